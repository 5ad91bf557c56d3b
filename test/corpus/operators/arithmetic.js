// Arithmetic operators: ** associativity and signs, % with negatives and floats, division.
console.log(7 % 3, -7 % 3, 7 % -3, -7 % -3, 0 % 5, -0 % 5);
console.log(5.5 % 2, -5.5 % 2, 5 % 2.5, 0.3 % 0.1, 1 % 0.2, 10 % 0.1);
console.log(7 % 0, 0 % 0, Infinity % 1, 1 % Infinity, -1 % Infinity, 1 % -Infinity);
console.log(1 / -0 < 0 ? "neg" : "pos", 1 / (-4 % 2), 1 / (4 % -2));
console.log(2 ** 3, 2 ** -1, (-2) ** 3, (-2) ** 0.5, 2 ** 0.5, 4 ** -0.5);
console.log(2 ** 3 ** 2, (2 ** 3) ** 2, -(2 ** 2), 0 ** -1, (-0) ** -1, (-0) ** -2);
console.log(1 ** Infinity, (-1) ** Infinity, 0.5 ** Infinity, 2 ** -Infinity, Infinity ** 0);
console.log(10 ** 15, 10 ** 16, 10 ** 22, 10 ** 23, 2 ** -20, 3 ** 40);
console.log(7 / 2, -7 / 2, 1 / 3 * 3, 2 / 3 * 3, 9 / 3, 0.3 / 0.1);
console.log(0.1 * 0.1, 0.2 * 3, 1.1 + 2.2, 3 * 1.1, 1e16 + 1.5);
console.log(5 - -3, -5 - 3, -(-5), - -5, +-5, -+5);
function mod(a, b) {
  return ((a % b) + b) % b;
}
const pairs = [[-1, 5], [-6, 5], [11, 5], [-11, 5], [3.5, 2], [-3.5, 2]];
let out = [];
for (let i = 0; i < pairs.length; i++) {
  out.push(pairs[i][0] % pairs[i][1] + "/" + mod(pairs[i][0], pairs[i][1]));
}
console.log(out.join(" "));
function gcd(a, b) {
  while (b !== 0) {
    const t = a % b;
    a = b;
    b = t;
  }
  return a;
}
console.log(gcd(48, 18), gcd(17, 5), gcd(0, 9), gcd(1071, 462), gcd(2 ** 40, 6 ** 10));
function powmod(base, exp, m) {
  let result = 1;
  base = base % m;
  while (exp > 0) {
    if (exp % 2 === 1) result = (result * base) % m;
    base = (base * base) % m;
    exp = Math.floor(exp / 2);
  }
  return result;
}
console.log(powmod(2, 10, 1000), powmod(3, 200, 13), powmod(7, 0, 5), powmod(10, 9, 7));
let avg = 0;
const data = [1, 2, 3, 4];
for (let i = 0; i < data.length; i++) avg += data[i] / data.length;
console.log(avg, (1 + 2 + 3 + 4) / 4, 1e308 * 10, -1e308 * 10, 5e-324 / 2);
