// BigInt64Array, BigUint64Array and DataView's BigInt accessors.
const show = (label, f) => {
  try { console.log(label, f()); } catch (e) { console.log(label, '->', e.constructor.name + ': ' + e.message); }
};
const i64 = new BigInt64Array([1n, -1n, 2n ** 63n, 2n ** 64n + 5n, -(2n ** 63n) - 1n]);
const u64 = new BigUint64Array([1n, -1n, 2n ** 64n + 5n]);
console.log(i64, u64, BigInt64Array.BYTES_PER_ELEMENT, BigUint64Array.name);
console.log(new BigInt64Array(new BigUint64Array([2n ** 64n - 1n, 3n])), new BigUint64Array(i64.buffer, 8, 2));
i64[0] = 42n; i64[1] = '7'; i64[9] = 1n;
console.log(i64[0], i64[1], i64[9], i64.length, Object.keys(i64));
show('store a number', () => { i64[0] = 5; });
show('fill number', () => i64.fill(1));
show('mix ctor', () => new Float64Array(i64));
show('mix ctor 2', () => new BigInt64Array(new Uint8Array(2)));
show('mix set', () => i64.set(new Int32Array(1)));
show('from numbers', () => BigInt64Array.from([1, 2]));
console.log(BigInt64Array.from([1n, 2n], (x) => x * 10n), BigUint64Array.of(3n, 4n), new BigInt64Array(3).fill(-9n, 1));
const s = new BigInt64Array([5n, -3n, 2n ** 62n, 0n, -(2n ** 63n)]);
console.log(s.slice().sort(), new BigUint64Array(s.buffer).sort(), s.slice().sort((a, b) => (a < b ? 1 : a > b ? -1 : 0)));
console.log(s.indexOf(0n), s.indexOf(0), s.includes(-(2n ** 63n)), s.includes(2n ** 64n), s.lastIndexOf(5n), s.join(), s.toString());
console.log(s.map((x) => x / 2n), s.filter((x) => x > 0n), s.reduce((a, b) => a + b), s.at(-1), s.with(0, 1n), [...s.subarray(1, 3)]);
console.log(s.toLocaleString(), Array.from(new BigUint64Array([3n, 1n])), s.toReversed(), s.toSorted());
const dv = new DataView(new ArrayBuffer(16));
dv.setBigInt64(0, -5n);
dv.setBigUint64(8, 2n ** 64n - 2n, true);
console.log(dv.getBigInt64(0), dv.getBigUint64(0), dv.getBigUint64(8, true), dv.getBigInt64(8, true), dv.getBigInt64(8), dv.getUint8(7));
show('setBigInt64 number', () => dv.setBigInt64(0, 1));
show('getBigInt64 range', () => dv.getBigInt64(12));
let sum = 0n;
const big = new BigUint64Array(256);
for (let i = 0; i < big.length; i++) big[i] = BigInt(i) * 0x0123456789abcdefn;
for (const v of big) sum ^= v;
console.log(sum, big[255]);
