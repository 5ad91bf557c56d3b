// Ordering between synchronous code, nextTick, promise jobs, queueMicrotask and timers.
const log = [];
const out = (s) => { log.push(s); console.log(s); };

out("sync 1");
setTimeout(() => out("timeout 1"), 1);
setTimeout(() => out("timeout 0"), 0);
Promise.resolve().then(() => out("promise 1")).then(() => out("promise 2"));
queueMicrotask(() => out("microtask 1"));
process.nextTick(() => out("tick 1"));
process.nextTick(() => {
  out("tick 2");
  Promise.resolve().then(() => out("promise from tick"));
  process.nextTick(() => out("tick from tick"));
});
Promise.resolve().then(() => {
  out("promise 3");
  process.nextTick(() => out("tick from promise"));
  queueMicrotask(() => out("microtask from promise"));
});
setTimeout(() => {
  out("timeout 2");
  process.nextTick(() => out("tick in timeout"));
  Promise.resolve().then(() => out("promise in timeout"));
  queueMicrotask(() => out("microtask in timeout"));
}, 2);
setTimeout(() => {
  out("timeout 3");
  Promise.resolve().then(() => out("promise in timeout 3"));
}, 2);
out("sync 2");
setTimeout(() => console.log("total", log.length), 20);
