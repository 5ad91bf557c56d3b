// main() returns a promise: the run waits for it. Top-level microtasks run before main (at
// build time), top-level ticks after main's microtasks.
Promise.resolve().then(() => console.log("top-level microtask"));
process.nextTick(() => console.log("top-level tick"));
setTimeout(() => console.log("top-level timer"), 200);
console.log("top level");

export function main() {
  console.log("main");
  Promise.resolve().then(() => console.log("main microtask"));
  process.nextTick(() => console.log("main tick"));
  return new Promise((resolve) => setTimeout(() => { console.log("main's promise settles"); resolve(1); }, 5))
    .then(() => console.log("after main"));
}
