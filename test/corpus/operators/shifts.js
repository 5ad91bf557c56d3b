// Shift operators << >> >>>: count masking, sign propagation, ToUint32.
const xs = [1, -1, 5, -5, 255, -256, 2 ** 31, 2 ** 32 + 3, 3.9, -3.9, NaN, 1e21];
const counts = [0, 1, 4, 31, 32, 33, -1];
for (let i = 0; i < xs.length; i++) {
  const x = xs[i];
  let line = String(x).padStart(10) + ":";
  for (let j = 0; j < counts.length; j++) {
    const c = counts[j];
    line += " [" + (x << c) + " " + (x >> c) + " " + (x >>> c) + "]";
  }
  console.log(line);
}
console.log(1 << 31, 1 << 32, 1 << 30, (1 << 31) >>> 0, -1 >>> 0, -1 >>> 31);
console.log(-8 >> 1, -8 >>> 1, -1 >> 10, -1 >>> 28, 0x7fffffff << 1, 0xffffffff >> 0);
console.log(5 << 1.9, 5 << "2", 5 >> -30, "16" >> "2", true << 3, null << 1, undefined >>> 0);
console.log(2 ** 53 >>> 0, (2 ** 53 + 2) | 0, -(2 ** 32) >> 0, 4294967296.5 >>> 0);
function toUint32(x) {
  return x >>> 0;
}
function toInt32(x) {
  return x >> 0;
}
console.log(toUint32(-2), toInt32(4294967294), toUint32(4294967298), toInt32(2147483648));
function rotl(x, n) {
  return ((x << n) | (x >>> (32 - n))) >>> 0;
}
console.log(rotl(1, 1), rotl(0x80000000, 1), rotl(0x12345678, 8).toString(16), rotl(0xdeadbeef, 16).toString(16));
function bytes(n) {
  return [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];
}
console.log(bytes(0xc0a80001), bytes(-1), bytes(258));
let x = 1;
x <<= 10;
console.log(x);
x >>= 3;
console.log(x);
x = -x;
x >>>= 28;
console.log(x);
let y = 7;
y &= 3;
y |= 8;
y ^= 1;
console.log(y);
