// Number.prototype.toFixed: rounding of binary fractions, large values, signs.
const cases = [
  [1.005, 2], [1.004, 2], [1.015, 2], [1.025, 2], [1.045, 2],
  [0.5, 0], [1.5, 0], [2.5, 0], [-1.5, 0], [-2.5, 0], [-0.5, 0],
  [0, 2], [-0, 2], [0, 0], [123.456, 1], [123.456, 0], [123.456, 5],
  [0.1, 20], [0.000001, 7], [1e-10, 3], [-1e-10, 3], [1e-10, 12],
  [1e20, 2], [1e21, 2], [1.5e21, 0], [-1e21, 2],
  [10.235, 2], [8.345, 2], [8.335, 2], [2 ** 53, 1],
  [3.14159, 4], [99.995, 2], [99.994, 2], [0.045, 2], [-0.045, 2],
];
for (let i = 0; i < cases.length; i++) {
  const v = cases[i][0];
  const d = cases[i][1];
  console.log(String(v) + ".toFixed(" + d + ") = " + v.toFixed(d));
}
console.log((1.23).toFixed(), (1.5).toFixed(), (-1.6).toFixed());
console.log((NaN).toFixed(2), (Infinity).toFixed(2), (-Infinity).toFixed(1));
console.log(typeof (1).toFixed(2));
console.log((0.1 + 0.2).toFixed(10), (0.1 + 0.2).toFixed(17));
console.log((1 / 3).toFixed(16), (2 / 3).toFixed(16));
console.log((12345.6789).toFixed(100).length);
try {
  (1).toFixed(101);
} catch (e) {
  console.log(e.name, e instanceof RangeError, e.message);
}
try {
  (1).toFixed(-1);
} catch (e) {
  console.log(e.name, e instanceof RangeError);
}
function money(cents) {
  return "$" + (cents / 100).toFixed(2);
}
console.log(money(0), money(5), money(99), money(100), money(123456), money(-250));
let total = 0;
const prices = [19.99, 5.01, 0.1, 0.2, 100.005];
for (let i = 0; i < prices.length; i++) {
  total += prices[i];
}
console.log(total, total.toFixed(2), total.toFixed(0));
