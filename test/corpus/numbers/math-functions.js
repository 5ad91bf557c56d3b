// Math.min/max/pow/sqrt/cbrt/hypot and transcendental functions with exact results.
console.log(Math.min(), Math.max());
console.log(Math.min(3, 1, 2), Math.max(3, 1, 2), Math.max(-1, -5), Math.min(1));
console.log(Math.max(1, NaN, 3), Math.min(NaN), Math.max("7", 3), Math.min("a", 1));
console.log(Math.max(null, -1), Math.min(undefined, 1), Math.max(true, 0));
console.log(Math.pow(2, 10), Math.pow(2, -2), Math.pow(-8, 1 / 3), Math.pow(0, 0));
console.log(Math.pow(NaN, 0), Math.pow(1, Infinity), Math.pow(-2, 3), Math.pow(4, 0.5));
console.log(2 ** 10 === Math.pow(2, 10), (-2) ** 2, 2 ** 3 ** 2, (2 ** 3) ** 2);
console.log(Math.sqrt(2), Math.sqrt(16), Math.sqrt(0.25), Math.sqrt(-4), Math.sqrt(Infinity));
console.log(Math.sqrt(1 / 2), Math.sqrt(3), Math.sqrt(1e-10), Math.sqrt(1e300));
console.log(Math.cbrt(27), Math.cbrt(-64), Math.cbrt(1), Math.cbrt(0));
console.log(Math.hypot(3, 4), Math.hypot(5, 12), Math.hypot(), Math.hypot(-3), Math.hypot(1, 1));
console.log(Math.hypot(3, 4, 12), Math.hypot(NaN, 1), Math.hypot(Infinity, NaN));
console.log(Math.PI, Math.E, Math.PI / 2, Math.PI * 4);
console.log(Math.sin(0), Math.cos(0), Math.sin(-0), Math.cos(Math.PI));
console.log(Math.exp(0), Math.exp(1) === Math.E, Math.log(1), Math.log(0), Math.log(-1));
console.log(Math.log(Math.E), Math.exp(-Infinity), Math.exp(Infinity), Math.log(Infinity));
console.log(Math.sin(NaN), Math.cos(Infinity), Math.exp(NaN), Math.log(0.5) < 0);
console.log(Math.round(Math.log(1024) / Math.log(2)), Math.round(Math.exp(Math.log(10))));
console.log(Math.floor(Math.sin(Math.PI) * 1e6), Math.round(Math.cos(Math.PI)));
console.log(Math.sqrt(2) * Math.sqrt(2), Math.sqrt(2) ** 2 === 2);
function isqrt(n) {
  let x = n;
  let y = Math.floor((x + 1) / 2);
  while (y < x) {
    x = y;
    y = Math.floor((x + Math.floor(n / x)) / 2);
  }
  return x;
}
const squares = [];
for (let n = 0; n < 50; n += 7) {
  squares.push(isqrt(n) === Math.floor(Math.sqrt(n)));
}
console.log(squares);
let dist = 0;
const pts = [[0, 0], [3, 4], [3, 0], [0, 0]];
for (let i = 1; i < pts.length; i++) {
  dist += Math.hypot(pts[i][0] - pts[i - 1][0], pts[i][1] - pts[i - 1][1]);
}
console.log("perimeter", dist);
