// Integers around 2**53, where doubles stop being exact.
const p = 2 ** 53;
console.log(p);
console.log(p - 1, p + 1, p + 2, p + 3, p + 4);
console.log(p + 1 === p, p + 2 === p);
console.log(-p, -p - 1);
console.log(2 ** 53 * 2, 2 ** 54 + 1);
console.log(9007199254740993);
console.log(9007199254740995);
console.log(12345678901234567890);
console.log(123456789012345678);
console.log(99999999999999999);
console.log(2 ** 31, 2 ** 32, 2 ** 31 - 1, -(2 ** 31));
console.log(4294967295 + 1, 4294967296 * 4294967296);
console.log(1e15 + 0.3, 1e16 + 1, 1e16 + 2);
console.log(0.1 * 3 === 0.3, 0.5 * 3 === 1.5);
let fib = [0, 1];
for (let i = 2; i <= 90; i++) {
  fib.push(fib[i - 1] + fib[i - 2]);
}
console.log(fib[70], fib[78], fib[79], fib[80], fib[90]);
let pow3 = 1;
let steps = 0;
while (pow3 * 3 <= p) {
  pow3 *= 3;
  steps++;
}
console.log(steps, pow3);
console.log(Math.floor(p / 3), p % 3, p % 10);
console.log(p / 1e10, (p / 1e10) * 1e10 === p);
console.log(1e21 / 7, Math.floor(1e21 / 7));
let acc = 1;
for (let i = 0; i < 64; i++) {
  acc = acc * 2 + 1;
}
console.log(acc, acc === 2 ** 65);
console.log(255 * 256 * 256 * 256 + 255 * 256 * 256 + 255 * 256 + 255);
console.log(0xff, 0xFFFF, 0x7fffffff, 0o17, 0b1011);
