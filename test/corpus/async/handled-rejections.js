// Rejections that are handled before the check never end the process.
const p1 = Promise.reject(new Error("one"));
p1.then(null, (e) => console.log("handled", e.message));
const p2 = Promise.reject(new Error("two"));
process.nextTick(() => p2.catch((e) => console.log("handled in tick", e.message)));
const p3 = new Promise((_, reject) => reject("three"));
queueMicrotask(() => queueMicrotask(() => p3.catch((e) => console.log("handled deep", e))));
// A handled promise whose derived promise rejects is a new unhandled rejection unless caught.
Promise.reject(new Error("four")).catch((e) => { throw new Error("rethrown " + e.message); })
  .catch((e) => console.log(e.message));
Promise.reject(new Error("five")).finally(() => console.log("finally runs")).catch(() => console.log("caught five"));
setTimeout(() => console.log("timers still run"), 1);
