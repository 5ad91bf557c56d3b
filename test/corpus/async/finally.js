// Promise.prototype.finally: pass-through of values and reasons, overriding by a throw or a
// rejected promise, waiting for a returned promise, and non-function arguments.
const log = console.log;

Promise.resolve(1).finally(() => { log("finally 1"); return 99; }).then((v) => log("value kept", v));
Promise.reject(new Error("r")).finally(() => log("finally 2")).catch((e) => log("reason kept", e.message));
Promise.resolve(2).finally(() => { throw new Error("thrown in finally"); }).catch((e) => log("override", e.message));
Promise.resolve(3).finally(() => Promise.reject(new Error("rejected in finally"))).catch((e) => log("override 2", e.message));
Promise.resolve(4).finally(() => new Promise((res) => setTimeout(() => { log("finally waited"); res(); }, 3)))
  .then((v) => log("after wait", v));
Promise.resolve(5).finally(7).then((v) => log("non-function", v));
Promise.resolve(6).finally().then((v) => log("no argument", v));

// Ticks: finally takes more jobs than then.
Promise.resolve().finally(() => log("f1")).then(() => log("f2"));
Promise.resolve().then(() => log("t1")).then(() => log("t2")).then(() => log("t3")).then(() => log("t4"));
