// A sloppy function's `this` is the global object: reflection through it sees every builtin,
// including families no code named before.
function self() { return this; }
const g = self();
console.log(g === globalThis, typeof g.Date.now(), typeof g.Map, g.Reflect.ownKeys({ b: 1 }));
console.log(["Set", "RegExp", "Float32Array", "Math"].map((n) => typeof g[n]));
