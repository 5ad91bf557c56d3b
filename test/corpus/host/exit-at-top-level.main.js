// process.exit in a module's top level (which pgo runs at build time): the output before it is
// printed, nothing after it, and main never runs.
console.log("top level");
setTimeout(() => console.log("never: timer"), 1);
Promise.resolve().then(() => console.log("never: microtask"));
process.exit(5);
console.log("never: after exit");
export function main() {
  console.log("never: main");
}
