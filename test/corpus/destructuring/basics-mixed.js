const [a, b = 5, ...rest] = [1, undefined, 3, 4];
console.log(a, b, rest);
const { x, y: { z = 9 } = {}, ...others } = { x: 1, q: 2, r: 3 };
console.log(x, z, others);
let p, q;
[p, q] = [q, p] = [10, 20];
console.log(p, q);
function f({ a, b } = {}, [c, d] = [7, 8], ...more) { return [a, b, c, d, more, arguments.length]; }
console.log(f({ a: 1 }, undefined, 3, 4), f.length);
for (const [k, v] of new Map([[1, 'a'], [2, 'b']])) console.log(k, v);
for (const k in { a: 1, b: 2, 2: 0, 1: 0 }) console.log(k);
console.log([...'héllo', ...[1, , 3]], Math.max(...[1, 5, 3]));
const o = { ...{ a: 1, b: 2 }, c: 3, ...null };
console.log(o);
const it = { [Symbol.iterator]() { let i = 0; return { next: () => ({ value: i++, done: i > 3 }), return() { console.log('closed'); return {}; } }; } };
for (const v of it) { if (v == 1) break; console.log(v); }
const [first] = it;
console.log(first, [...it]);
try { const { a } = null; } catch (e) { console.log(e.message); }
try { const [a] = 5; } catch (e) { console.log(e.message); }
console.log(Symbol('x').toString(), Symbol.for('k') === Symbol.for('k'), Symbol.keyFor(Symbol.for('k')), Symbol.iterator);
const s = Symbol('tag'); const so = { [s]: 1, a: 2 };
console.log(so, Object.keys(so), Object.getOwnPropertySymbols(so));
function g() { return Array.from(arguments); }
console.log(g(1, 2, 3), typeof Symbol(), [1,2].entries().next());
console.log(Array.from(new Set([1, 2, 2, 3])), new Map([[1, 2]]).entries().toString());
