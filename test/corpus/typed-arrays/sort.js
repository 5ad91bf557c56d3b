// sort: numeric default order (-0 before +0, NaN last), comparators, toSorted.
const f = new Float64Array([3, NaN, -0, 0, -Infinity, 1e-300, -1, Infinity, NaN, 0, -0, 2]);
f.sort();
console.log(f, Object.is(f[2], -0), Object.is(f[4], 0));
console.log(new Uint32Array([4294967295, 0, 10, 9, 100]).sort(), new Int8Array([5, -5, 100, -100]).sort());
console.log(new Int16Array([5, 1, 4, 2, 3]).sort((a, b) => b - a));
const calls = [];
new Uint8Array([3, 1, 2, 5, 4]).sort((a, b) => { calls.push(a + '' + b); return a - b; });
console.log(calls.join(' '));
console.log(new Uint8Array([1, 2, 3]).sort(() => NaN), new Uint8Array([1, 2, 3]).sort((a, b) => (a < b ? 1 : -1)));
const orig = new Float32Array([0.5, -2, 1]);
const sorted = orig.toSorted();
console.log(orig, sorted, orig.toSorted((a, b) => b - a), sorted === orig);
const big = new Int32Array(500);
for (let i = 0; i < big.length; i++) big[i] = ((i * 7919) % 1000) - 500;
big.sort();
let ok = true;
for (let i = 1; i < big.length; i++) if (big[i - 1] > big[i]) ok = false;
console.log(ok, big[0], big[499]);
try { new Uint8Array(2).sort('x'); } catch (e) { console.log(e.message); }
try { new Uint8Array([2, 1]).sort(() => { throw new Error('boom'); }); } catch (e) { console.log(e.message); }
