// Thenable adoption: NewPromiseResolveThenableJob, then getters, throwing thenables, and
// resolving functions called more than once.
const log = (s) => console.log(s);

const t1 = { then(resolve, reject) { log("t1.then"); resolve("one"); resolve("ignored"); reject("ignored"); } };
Promise.resolve(t1).then((v) => log("t1 -> " + v));

const t2 = { then() { throw new Error("then threw"); } };
Promise.resolve(t2).catch((e) => log("t2 -> " + e.message));

const t3 = { then(resolve) { resolve("value"); throw new Error("too late"); } };
Promise.resolve(t3).then((v) => log("t3 -> " + v), (e) => log("t3 rejected " + e.message));

let getterCalls = 0;
const t4 = { get then() { getterCalls++; return (res) => res("from getter"); } };
Promise.resolve(t4).then((v) => log("t4 -> " + v + " getter calls " + getterCalls));

const t5 = { get then() { throw new Error("getter threw"); } };
Promise.resolve(t5).catch((e) => log("t5 -> " + e.message));

const t6 = { then: 42 };
Promise.resolve(t6).then((v) => log("t6 -> then is " + v.then));

// A thenable resolving with another thenable.
const inner = { then(res) { log("inner.then"); res("deep"); } };
const outer = { then(res) { log("outer.then"); res(inner); } };
Promise.resolve(outer).then((v) => log("outer -> " + v));

// A promise resolved with itself rejects with a TypeError.
let self;
self = new Promise((res) => Promise.resolve().then(() => res(self)));
self.catch((e) => log(e.constructor.name + ": " + e.message));

// then on a promise whose then was replaced.
const p = Promise.resolve("patched");
p.then = function (f, r) { log("patched then called"); return Promise.prototype.then.call(this, f, r); };
Promise.resolve().then(() => p).then((v) => log("p -> " + v));
log("sync done");
