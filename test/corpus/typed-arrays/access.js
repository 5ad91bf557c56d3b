// Integer-indexed element access: out of bounds, canonical numeric strings, in, delete, keys.
const a = new Uint8Array([10, 20, 30]);
console.log(a[0], a[2], a[3], a[-1], a[1.5], a['1'], a['01'], a['-0'], a[-0], a['1.5'], a.NaN);
a[3] = 99; a[-1] = 5; a[1.5] = 7; a['1.50'] = 8; a['-0'] = 9; a[-0] = 11;
console.log(a, a['1.50'], a[-0]);
console.log(0 in a, 2 in a, 3 in a, '-0' in a, '1.5' in a, 'foo' in a, 'length' in a);
a.foo = 'x';
console.log(Object.keys(a), Object.values(a), Object.entries(a).length, JSON.stringify(a));
console.log(delete a[5], delete a.foo, delete a['-0'], a[0], Object.keys(a));
const d = Object.getOwnPropertyDescriptor(a, 1);
console.log(d.value, d.writable, d.enumerable, d.configurable, Object.getOwnPropertyDescriptor(a, 7));
console.log(a.length, a.byteLength, a.byteOffset, Object.getOwnPropertyNames(a));
const f = new Float64Array(2);
f[0] = '3.25'; f[1] = { valueOf() { return -2; } };
console.log(f, f.hasOwnProperty(1), f.hasOwnProperty(2));
let i = 0; const g = new Int32Array(1000);
for (i = 0; i < g.length; i++) g[i] = i * i;
let sum = 0; for (i = 0; i < g.length; i++) sum += g[i];
console.log(sum, g[999]);
