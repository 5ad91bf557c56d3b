// process.exit inside a timer ends the process at once with that code; output so far is kept.
setTimeout(() => console.log("never: later timer"), 50);
setTimeout(() => {
  console.log("exiting");
  Promise.resolve().then(() => console.log("never: microtask"));
  process.nextTick(() => console.log("never: tick"));
  process.exit(3);
  console.log("never: after exit");
}, 5);
console.log("scheduled");
