// Bitwise & | ^ ~ with ToInt32 wrapping of big, negative, fractional and special values.
const vals = [0, 1, -1, 5, -5, 3.7, -3.7, 2 ** 31, 2 ** 31 - 1, 2 ** 32, 2 ** 32 + 5,
  -(2 ** 31), -(2 ** 31) - 1, 2 ** 53, 1e21, NaN, Infinity, -Infinity, -0, 4294967295.5];
for (let i = 0; i < vals.length; i++) {
  const v = vals[i];
  console.log(String(v).padStart(22), "|0:", v | 0, "~:", ~v, "&255:", v & 255, "^-1:", v ^ -1);
}
console.log(5 & 3, 5 | 3, 5 ^ 3, ~5, ~~5.9, ~~-5.9, ~-1, ~0);
console.log(0xff00 & 0x0ff0, 0xf0 | 0x0f, 0xaaaa ^ 0x5555, 0x80000000 | 0, 0xffffffff & 1);
console.log("12" & "10", "3" | null, true ^ true, undefined | 0, null & -1, [7] | 0, "0x1f" | 0);
console.log("abc" | 0, [] | 0, [1, 2] | 0, {} | 0, 1.9999999 | 0, -0.5 | 0);
function popcount(n) {
  let count = 0;
  while (n !== 0) {
    n &= n - 1;
    count++;
  }
  return count;
}
console.log(popcount(0), popcount(7), popcount(255), popcount(-1), popcount(2 ** 31), popcount(0x55555555));
function toBinary32(n) {
  let s = "";
  for (let bit = 31; bit >= 0; bit--) {
    s += (n >>> bit) & 1;
  }
  return s;
}
console.log(toBinary32(5));
console.log(toBinary32(-5));
console.log(toBinary32(~0x0f0f0f0f));
let flags = 0;
const READ = 1;
const WRITE = 2;
const EXEC = 4;
flags |= READ;
flags |= EXEC;
console.log(flags, (flags & WRITE) !== 0, (flags & EXEC) !== 0);
flags ^= EXEC;
flags &= ~READ;
console.log(flags);
let h = 0;
const text = "hash me please";
for (let i = 0; i < text.length; i++) {
  h = (h * 31 + text.charCodeAt(i)) | 0;
}
console.log("hash", h, h >>> 0, (h >>> 0).toString(16));
let a = 12345;
let b = 67890;
a ^= b;
b ^= a;
a ^= b;
console.log("swapped", a, b);
