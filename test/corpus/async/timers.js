// Timer ordering by delay, then by creation; nested timers; arguments; clearTimeout;
// the Timeout object's ref/unref/hasRef.
const log = console.log;
setTimeout(() => log("30"), 30);
setTimeout(() => log("10"), 10);
setTimeout(() => log("20 a"), 20);
setTimeout(() => log("20 b"), 20);
setTimeout((a, b) => log("args", a, b), 40, "x", { y: 1 });
setTimeout(() => log("0 becomes 1"), 0);
setTimeout(() => log("negative becomes 1"), -5);
setTimeout(() => log("NaN becomes 1"), "soon");
const cleared = setTimeout(() => log("never"), 15);
clearTimeout(cleared);
clearTimeout(cleared);
clearTimeout(undefined);
clearTimeout(12345);
setTimeout(() => {
  log("outer 50");
  setTimeout(() => log("inner 0 after outer"), 0);
  setTimeout(() => {
    log("inner 10");
    setTimeout(() => log("innermost"), 10);
  }, 10);
}, 50);
const t = setTimeout(function () { log("this is the timeout:", this === t); }, 120);
log(typeof t, t.hasRef(), t.unref() === t, t.hasRef(), t.ref() === t, t.hasRef());
log(typeof setTimeout(() => {}, 1).refresh);
// An unref'd timer does not keep the process alive.
setTimeout(() => log("unref'd: never"), 500).unref();
log("scheduled");
