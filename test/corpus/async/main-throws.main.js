// main() throws: node's harness sees a rejected promise; ticks queued so far still run.
process.nextTick(() => console.log("tick before the rejection is reported"));
export function main() {
  console.log("main");
  Promise.resolve().then(() => console.log("microtask"));
  throw new Error("boom");
}
