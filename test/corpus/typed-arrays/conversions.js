// Element conversions of every typed array type: modulo wrap-around, clamping, Float32 rounding.
const values = [0, -0, 1, -1, 1.5, -1.5, 2.5, 127, 128, 255, 256, 257, -129, 65535, 65536, 2147483647,
  2147483648, 4294967295, 4294967296, -4294967297, 1e20, -1e20, 0.1, 1 / 3, NaN, Infinity, -Infinity,
  '42', '0x10', '', 'abc', true, null, undefined, [7], {}, { valueOf() { return 9.75; } }];
const types = [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array,
  Uint32Array, Float32Array, Float64Array];
for (const T of types) {
  const a = new T(values.length);
  values.forEach((v, i) => { a[i] = v; });
  console.log(T.name, T.BYTES_PER_ELEMENT, a.BYTES_PER_ELEMENT, Array.prototype.join.call(a, ' '));
}
console.log(new Uint8ClampedArray([0.5, 1.5, 2.5, 3.5, 254.5, 255.5, -0.5, 0.49999999999999994]).join());
console.log(new Float32Array([0.1, 0.2, 1e-46, 3.4028235e38, 3.5e38, 16777217]).join());
console.log(Object.is(new Float64Array([-0])[0], -0), Object.is(new Int8Array([-0])[0], 0));
