// setImmediate inside I/O-free callbacks: inside a timer, immediates run before new timers;
// immediates queued by an immediate wait for the next loop iteration.
const fromTimer = () => {
  console.log("timer");
  setTimeout(() => console.log("timer 30 from timer"), 30);
  setImmediate(() => {
    console.log("immediate 1");
    setImmediate(() => console.log("immediate from immediate"));
    process.nextTick(() => console.log("tick from immediate"));
    Promise.resolve().then(() => console.log("promise from immediate"));
  });
  setImmediate((a) => console.log("immediate 2", a), "arg");
  const cancelled = setImmediate(() => console.log("never"));
  clearImmediate(cancelled);
};
// The first timer is created by an immediate, so nothing depends on how long the script took.
setImmediate(() => {
  console.log("top-level immediate");
  setTimeout(fromTimer, 5);
});
const im = setImmediate(() => {});
console.log(im.hasRef(), im.unref() === im, im.hasRef(), im.ref() === im);
