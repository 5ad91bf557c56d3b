// Math.floor/ceil/round/trunc/sign/abs on halves, negatives, zeros and specials.
const xs = [2.5, 3.5, -2.5, -0.5, -0.4, 0.5, 0.49999999999999994, 1.4999999999999998,
  -1.5, 7, -7, 0, -0, 1e21, -1e-7, NaN, Infinity, -Infinity, 4503599627370495.5];
for (let i = 0; i < xs.length; i++) {
  const x = xs[i];
  console.log(x, "floor", Math.floor(x), "ceil", Math.ceil(x), "round", Math.round(x),
    "trunc", Math.trunc(x), "sign", Math.sign(x), "abs", Math.abs(x));
}
console.log(Math.round("2.5"), Math.floor(null), Math.ceil(undefined), Math.trunc("  -3.7 "));
console.log(Math.abs("-5"), Math.abs(null), Math.abs([]), Math.abs([-2]), Math.sign("-3"));
console.log(Math.ceil(-0.3), 1 / Math.ceil(-0.3));
console.log(Math.round(-0.5), 1 / Math.round(-0.5));
console.log(Math.trunc(-0.9), 1 / Math.trunc(-0.9));
function roundTo(x, digits) {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
console.log(roundTo(1.005, 2), roundTo(2.345, 2), roundTo(-2.345, 2), roundTo(123.456, -1));
let counts = [0, 0, 0];
for (let i = -20; i <= 20; i++) {
  const v = i / 4;
  if (Math.round(v) === Math.floor(v)) counts[0]++;
  else if (Math.round(v) === Math.ceil(v)) counts[1]++;
  else counts[2]++;
}
console.log(counts);
