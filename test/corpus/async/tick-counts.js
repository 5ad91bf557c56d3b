// Exact job counts: combinators, finally, adopted promises and thenables against a counter
// that advances one job at a time.
const log = [];
const mark = (s) => () => log.push(s);
let c = 0;
const counter = () => { c++; log.push("c" + c); if (c < 25) Promise.resolve().then(counter); };
Promise.resolve().then(counter);
Promise.all([1, 2]).then(mark("all"));
Promise.all([Promise.resolve(1)]).then(mark("all-promise"));
Promise.allSettled([1]).then(mark("allSettled"));
Promise.any([1]).then(mark("any"));
Promise.race([1]).then(mark("race"));
Promise.resolve().finally(mark("finally-cb")).then(mark("after-finally"));
Promise.reject(1).finally(mark("finally-rej")).catch(mark("after-finally-rej"));
Promise.resolve().then(() => Promise.resolve()).then(mark("returned-promise"));
Promise.resolve().then(() => ({ then(r) { r(); } })).then(mark("returned-thenable"));
new Promise((r) => r(Promise.resolve())).then(mark("resolved-with-promise"));
Promise.resolve(Promise.resolve()).then(mark("Promise.resolve(promise)"));
Promise.reject(new Error()).catch(mark("catch"));
Promise.resolve().then(mark("then1")).then(mark("then2"));
const p = Promise.resolve(); p.then(mark("p-a")); p.then(mark("p-b"));
queueMicrotask(mark("qm"));
Promise.race([new Promise((r) => setTimeout(r, 1)), Promise.resolve()]).then(mark("race-mixed"));
setTimeout(() => console.log(log.join(" ")), 10);
