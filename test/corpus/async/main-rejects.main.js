// main() returns a promise that rejects: an unhandled rejection, exit code 1.
setTimeout(() => console.log("never"), 2000); // far after the rejection, even on a loaded machine
export function main() {
  console.log("main");
  return new Promise((resolve, reject) => setTimeout(() => reject(new Error("main failed")), 5));
}
