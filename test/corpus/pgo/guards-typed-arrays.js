// Warm typed-array element loads and stores of each element type, then reach the same sites
// with other element types, out-of-range and fractional indices, NaN bit patterns, values
// outside the type's range, non-numbers, detached views' neighbours and plain arrays.
const kinds = [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array, Float32Array, Float64Array];
function get(a, i) { return a[i]; }
function set(a, i, v) { a[i] = v; return a[i]; }
// One monomorphic pair of sites per element type, so each type's stub is recorded alone.
const getU8 = (a, i) => a[i], setU8 = (a, i, v) => { a[i] = v; };
const getI32 = (a, i) => a[i], setI32 = (a, i, v) => { a[i] = v; };
const getU32 = (a, i) => a[i], setU32 = (a, i, v) => { a[i] = v; };
const getF32 = (a, i) => a[i], setF32 = (a, i, v) => { a[i] = v; };
const getF64 = (a, i) => a[i], setF64 = (a, i, v) => { a[i] = v; };
const pairs = [[Uint8Array, getU8, setU8], [Int32Array, getI32, setI32], [Uint32Array, getU32, setU32],
  [Float32Array, getF32, setF32], [Float64Array, getF64, setF64]];

const arrays = kinds.map((K) => new K(16));
let acc = 0;
for (let r = 0; r < 200; r++) {
  for (const a of arrays) {
    set(a, r % 16, r * 3 - 100);
    acc += get(a, (r + 5) % 16);
  }
  for (const [K, g, st] of pairs) {
    const a = arrays[kinds.indexOf(K)];
    st(a, r % 16, (r * 2654435761) % 4294967296 - 2 ** 31);
    acc += g(a, (r + 3) % 16);
  }
}
console.log('warm', acc);
for (const [K, g, st] of pairs) {
  const out = [];
  for (const [a, v] of [[new K(4), 2 ** 32 + 5], [new K(4), -1.25], [new K(4), NaN], [new Int16Array(4), 70000], [[0, 1], 'x'], [new K(4), 2 ** 70]]) {
    st(a, 1, v);
    out.push(g(a, 1), g(a, 9), g(a, 0.5));
  }
  console.log(K.name, out.join(','));
}

for (const a of arrays) {
  const vals = [300, -129, 2 ** 31, 2 ** 32 + 7, 1.5, -0.5, NaN, Infinity, -Infinity, 2 ** 64, '42', true, null];
  console.log(a.constructor.name, vals.map((v) => set(a, 3, v)).join(','), get(a, 16), get(a, -1), get(a, 1.5), get(a, '3'));
}
const bytes = new Uint8Array(8);
new DataView(bytes.buffer).setFloat64(0, NaN);
bytes[7] = 0xff; bytes[6] = 0xff; // a NaN with an unusual payload
const f = new Float64Array(bytes.buffer);
console.log(get(f, 0), Number.isNaN(get(f, 0)), typeof get(f, 0), [get(f, 0)].includes(NaN));
const view = new Int16Array(new ArrayBuffer(32), 8, 4);
console.log(set(view, 3, 7), get(view, 3), get(view, 4), view.length, new Int16Array(view.buffer)[7]);
console.log(get([10, 20], 1), set([1, 2], 0, 'plain'), get('abc', 1), get({ 0: 'obj' }, 0));
