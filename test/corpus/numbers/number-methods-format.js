// Number.prototype.toString(radix), toFixed, toExponential and toPrecision over a grid of values,
// and their RangeErrors.
const values = [0, -0, 1, -1, 0.1, 0.5, 1.5, 2.5, -2.5, 1.005, 1.45, 123.456, -123.456, 0.000001234,
  1e-7, 1e21, 1.5e300, 5e-324, 1.7976931348623157e308, 2 ** 53, 4294967295, 1 / 3, 2 / 3, 0.1 + 0.2,
  NaN, Infinity, -Infinity];
function attempt(fn) {
  try {
    return fn();
  } catch (e) {
    return e.name + ": " + e.message;
  }
}
const radices = [2, 3, 8, 16, 36];
for (let i = 0; i < values.length; i++) {
  const v = values[i];
  const out = [];
  for (let r = 0; r < radices.length; r++) out.push(v.toString(radices[r]));
  console.log("toString", v, out.join(" "));
}
const fixedDigits = [0, 1, 2, 5, 20, 100];
for (let i = 0; i < values.length; i++) {
  const v = values[i];
  const out = [];
  for (let d = 0; d < fixedDigits.length; d++) out.push(v.toFixed(fixedDigits[d]));
  console.log("toFixed", v, out.join(" "));
}
for (let i = 0; i < values.length; i++) {
  const v = values[i];
  console.log("toExponential", v, v.toExponential(), v.toExponential(0), v.toExponential(3), v.toExponential(20));
}
for (let i = 0; i < values.length; i++) {
  const v = values[i];
  console.log("toPrecision", v, v.toPrecision(), v.toPrecision(1), v.toPrecision(3), v.toPrecision(8), v.toPrecision(21));
}
// Digits arguments go through ToIntegerOrInfinity.
console.log((3.14159).toFixed("2"), (3.14159).toFixed(2.9), (3.14159).toFixed(null), (3.14159).toFixed(),
  (3.14159).toFixed(NaN), (255).toString("16"), (255).toString(16.9), (255).toString(undefined),
  (1234.5678).toExponential("1"), (1234.5678).toPrecision(2.5));
// Range errors, and the non-finite exceptions to them.
console.log(attempt(function () { return (1).toString(1); }));
console.log(attempt(function () { return (1).toString(37); }));
console.log(attempt(function () { return (1).toString(0); }));
console.log(attempt(function () { return (1).toFixed(101); }));
console.log(attempt(function () { return (1).toFixed(-1); }));
console.log(attempt(function () { return NaN.toFixed(Infinity); }));
console.log(attempt(function () { return (1).toExponential(101); }));
console.log(attempt(function () { return (1).toExponential(-1); }));
console.log(attempt(function () { return Infinity.toExponential(-1); }));
console.log(attempt(function () { return (1).toPrecision(0); }));
console.log(attempt(function () { return (1).toPrecision(101); }));
console.log(attempt(function () { return NaN.toPrecision(0); }));
console.log(attempt(function () { return (-Infinity).toString(99); }));
// Formatting money and percentages, the everyday uses.
const prices = [19.999, 0.005, 1234.5, 0.1 * 3, 2.345, 2.355, 1e-10];
const lines = [];
for (let i = 0; i < prices.length; i++) lines.push("$" + prices[i].toFixed(2));
console.log(lines.join(" "));
console.log((0.4567).toFixed(1) + "%", (12.3456).toPrecision(3), (1 / 7).toFixed(10), (1e-7).toFixed(10));
console.log((25).toString(2).length, (0.5).toString(2), (-255).toString(16), (3.75).toString(2), (1e21).toString(36));
console.log(Number.prototype.toString.length, Number.prototype.toFixed.length, Number.prototype.toExponential.length,
  Number.prototype.toPrecision.length, Number.prototype.valueOf.length, Number.prototype.toLocaleString.length);
