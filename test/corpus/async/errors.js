// TypeErrors of the Promise API, with V8's messages.
const tryIt = (label, f) => {
  try { f(); console.log(label, "no error"); } catch (e) { console.log(label, e.constructor.name, e.message); }
};
tryIt("call without new", () => Promise(() => {}));
tryIt("executor 1", () => new Promise(1));
tryIt("executor object", () => new Promise({}));
tryIt("executor array", () => new Promise([1]));
tryIt("executor undefined", () => new Promise());
tryIt("then on number", () => Promise.prototype.then.call(1));
tryIt("then on object", () => Promise.prototype.then.call({}));
tryIt("resolve on non-object", () => Promise.resolve.call(1, 2));
tryIt("reject on non-object", () => Promise.reject.call("x", 2));
tryIt("all on non-object", () => Promise.all.call(undefined, []));
tryIt("finally on non-object", () => Promise.prototype.finally.call(5));
tryIt("queueMicrotask", () => queueMicrotask("nope"));
tryIt("setTimeout", () => setTimeout(5));
tryIt("nextTick", () => process.nextTick({}));
tryIt("setImmediate", () => setImmediate(null));
// Errors inside executors and handlers become rejections.
new Promise(() => { throw new RangeError("in executor"); }).catch((e) => console.log("caught", e.name, e.message));
new Promise((res, rej) => { res("first"); rej(new Error("ignored")); throw new Error("also ignored"); })
  .then((v) => console.log("resolved", v));
Promise.resolve().then(() => { null.x; }).catch((e) => console.log("caught", e.message));
// A constructor other than Promise: NewPromiseCapability constructs it with an executor.
function MyPromise(executor) { console.log("MyPromise constructed"); return new Promise(executor); }
MyPromise.resolve = Promise.resolve;
Promise.all.call(MyPromise, [1, 2]).then((v) => console.log("custom all", v));
Promise.resolve.call(MyPromise, 5).then((v) => console.log("custom resolve", v));
Promise.reject.call(MyPromise, 6).catch((v) => console.log("custom reject", v));
const own = Promise.resolve(7);
console.log("same promise back:", Promise.resolve(own) === own, Promise.resolve.call(MyPromise, own) === own);
tryIt("custom constructor resolve", () => Promise.resolve.call(function C(executor) { executor(1, 2); }, 3));
tryIt("executor called twice", () => Promise.resolve.call(function C(executor) { executor(undefined, undefined); executor(() => {}, () => {}); executor(1, 2); }, 3));
