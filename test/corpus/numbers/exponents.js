// Where JS switches between fixed and exponential notation, both directions.
const big = [1e20, 1e21, 1e22, 123456789012345680000, 1234567890123456789012,
  9.999999999999999e20, 1e100, 1.5e300, 2e308];
for (let i = 0; i < big.length; i++) {
  console.log(big[i]);
}
const small = [1e-6, 1e-7, 1.5e-6, 1.5e-7, 0.00000123, 0.000000123, 1e-100, 3e-310];
for (let i = 0; i < small.length; i++) {
  console.log(small[i]);
}
console.log(-1e21, -1e-7);
console.log(2 ** 64);
console.log(2 ** 70);
console.log(2 ** -10);
console.log(2 ** -30);
console.log(2 ** 1023);
console.log(2 ** 1024);
console.log(2 ** -1074);
console.log(2 ** -1075);
console.log(10 ** 21, 10 ** 20);
console.log(10 ** -6, 10 ** -7);
console.log(1e21 + 1);
console.log(1e300 * 1e10);
console.log(-1e300 * 1e10);
console.log(1e-300 * 1e-300);
console.log(-1e-300 * 1e-300);
let x = 1;
for (let i = 0; i < 25; i++) {
  x *= 10;
  if (i > 17) console.log(i + 1, x);
}
let y = 1;
for (let i = 0; i < 10; i++) {
  y /= 10;
  if (i > 3) console.log(-(i + 1), y);
}
console.log(String(1e21), String(1e-7), "" + 1.5e-10);
console.log(`${1e25} and ${1e-25}`);
