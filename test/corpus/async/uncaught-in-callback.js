// An exception thrown by a timer callback is uncaught: exit code 1, no further callbacks.
setTimeout(() => console.log("never"), 30);
process.nextTick(() => console.log("tick"));
setTimeout(() => {
  console.log("about to throw");
  throw new TypeError("from timer");
}, 1);
