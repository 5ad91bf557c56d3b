// Object literals whose leading entries are created at once (compiler lower/object-literal.ts):
// the result must be what defining the keys one by one gives: key order, duplicates, methods,
// index keys, spread and __proto__ after the leading run, a throw in the middle, shared shapes.
const a = { x: 1, y: 'two', z: [3], f() { return this.x; }, g: () => 5, 0: 'zero', 'q-r': 7 };
console.log(a, Object.keys(a), a.f(), a.g.name, a.g());
const b = { x: 1, x: 2, y: 3 };
console.log(b);
const c = { p: 1, ...a, q: 2 };
console.log(c);
const d = { __proto__: null, k: 1 };
console.log(Object.getPrototypeOf(d), d.k);
const e = { k: 1, __proto__: Array.prototype, m: 2 };
console.log(e instanceof Array, Object.keys(e));
let i = 0;
const f = { a: i++, b: i++, c: (() => { try { throw 1; } catch { return i++; } })() };
console.log(f);
function mk(n) { return { n, sq: n * n, s: String(n) }; }
const list = []; for (let k = 0; k < 1000; k++) list.push(mk(k));
console.log(list[999], list.length);
try { const g = { a: 1, b: (() => { throw new Error('boom'); })() }; } catch (err) { console.log(err.message); }
const h = { get v() { return 1; }, w: 2 };
console.log(h.v, h.w, Object.getOwnPropertyDescriptor(h, 'w'));
console.log({ a1:1,a2:2,a3:3,a4:4,a5:5,a6:6,a7:7,a8:8,a9:9,a10:10 });
const o2 = { toString() { return 'O'; } }; console.log(`${o2}`);
// Two literals with the same keys share a shape, so one inline cache serves both.
const p1 = { u: 1, v: 2 }, p2 = { u: 'a', v: 'b' };
const read = (o) => o.u + o.v;
console.log(read(p1), read(p2), read({ u: 3, v: 4, w: 5 }));
// A later write of a leading key, and a key past the leading run equal to one in it.
const q = { a: 1, b: 2, ['a']: 3 }; q.b = 9;
console.log(q, JSON.stringify(q));
// Values evaluated in order, each seeing the bindings the previous ones changed.
let n = 1;
console.log({ first: n, second: (n *= 10), third: n + 1 });
