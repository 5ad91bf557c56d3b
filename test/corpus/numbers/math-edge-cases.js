// Math: constants, the rounding family, min/max/hypot/pow/atan2 special values, -0 and NaN.
function show(x) {
  // -0 is visible through 1/x
  return x === 0 && 1 / x < 0 ? "-0" : String(x);
}
function row(label, fn, xs) {
  const out = [];
  for (let i = 0; i < xs.length; i++) out.push(show(fn(xs[i])));
  console.log(label, out.join(" "));
}
console.log(Math.E, Math.LN10, Math.LN2, Math.LOG10E, Math.LOG2E, Math.PI, Math.SQRT1_2, Math.SQRT2);
const xs = [0, -0, 0.2, 0.5, -0.5, 0.49999999999999994, -0.49999999999999994, 0.5000000000000001,
  1.5, 2.5, -1.5, -2.5, -0.7, 3.7, -3.7, 4503599627370495.5, 4503599627370497, -4503599627370497,
  1e21, -1e-300, 2 ** 31, -(2 ** 31) - 0.5, NaN, Infinity, -Infinity];
row("round", Math.round, xs);
row("floor", Math.floor, xs);
row("ceil", Math.ceil, xs);
row("trunc", Math.trunc, xs);
row("sign", Math.sign, xs);
row("abs", Math.abs, xs);
row("fround", Math.fround, [0, -0, 0.1, 1 / 3, 16777217, 3.4028235677973366e38, 3.4028236e38,
  1.401298464324817e-45, 7e-46, -7e-46, 5e-324, NaN, -Infinity]);
row("clz32", Math.clz32, [0, -0, 1, 2, 0.5, -1, 2 ** 31, 2 ** 32, 2 ** 32 + 1, 65535, NaN, Infinity,
  -Infinity, "8", null]);
console.log("imul", Math.imul(2, 3), Math.imul(-1, 8), Math.imul(0xffffffff, 5), Math.imul(0x7fffffff, 2),
  Math.imul(2 ** 32 + 3, 4), Math.imul(1.9, 2.9), Math.imul(NaN, 1), Math.imul(), Math.imul(3));
console.log("max", Math.max(), Math.max(1, 2, 3), show(Math.max(-0, 0)), show(Math.max(0, -0)),
  show(Math.max(-0, -0)), Math.max(1, NaN, 3), Math.max(NaN), Math.max(-Infinity, -1e308));
console.log("min", Math.min(), Math.min(1, 2, 3), show(Math.min(-0, 0)), show(Math.min(0, -0)),
  show(Math.min(0, 0)), Math.min(1, NaN, 3), Math.min(Infinity, 1e308));
console.log("hypot", Math.hypot(), Math.hypot(3, 4), Math.hypot(3, 4, 12), show(Math.hypot(-0)),
  show(Math.hypot(-0, -0)), Math.hypot(NaN, Infinity), Math.hypot(Infinity, NaN),
  Math.hypot(NaN, -Infinity, 1), Math.hypot(NaN, 1), Math.hypot(1e200, 1e200), Math.hypot(1e-200, 1e-200),
  Math.hypot(1, 1, 1, 1), Math.hypot(0.1, 0.2, 0.3, 0.4, 0.5), Math.hypot(-5));
const bases = [0, -0, 1, -1, 2, -2, 0.5, -0.5, NaN, Infinity, -Infinity, 10];
const exps = [0, -0, 1, -1, 2, 3, -3, 0.5, -0.5, NaN, Infinity, -Infinity, 1e10];
for (let i = 0; i < bases.length; i++) {
  const out = [];
  for (let j = 0; j < exps.length; j++) out.push(show(Math.pow(bases[i], exps[j])));
  console.log("pow", show(bases[i]), out.join(" "));
}
console.log("**", 2 ** -1074, 2 ** 1023 * 2, (-8) ** (1 / 3), 10 ** -5, 10 ** 21, 10 ** 22, 10 ** 23,
  1.0000001 ** 1e9, 0.9999999 ** 1e9, (-2) ** 1023, (-2) ** 1024, 3 ** 40, 7 ** 0.5);
const ys = [0, -0, 1, -1, Infinity, -Infinity, NaN, 1e300, -1e-300];
for (let i = 0; i < ys.length; i++) {
  const out = [];
  for (let j = 0; j < ys.length; j++) out.push(show(Math.atan2(ys[i], ys[j])));
  console.log("atan2", show(ys[i]), out.join(" "));
}
console.log("atan2 steep", Math.atan2(1e21, -125.7), Math.atan2(-1e21, -125.7), Math.atan2(1e-90, -1e-109),
  Math.atan2(125.7, -1e21), Math.atan2(-125.7, -1e21));
console.log("exact", Math.sqrt(2) * Math.sqrt(2), Math.exp(1), Math.log(Math.E), Math.log10(1000),
  Math.log2(1024), Math.log2(3), Math.cbrt(-27), Math.expm1(1e-10), Math.log1p(1e-10), Math.sinh(1e-10));
console.log("domain", Math.sqrt(-1), Math.log(-1), show(Math.log(-0)), Math.acos(2), Math.asin(-2),
  Math.acosh(0.5), Math.atanh(1), Math.atanh(-1), Math.atanh(2), Math.log1p(-1), Math.log1p(-2));
console.log("lengths", Math.max.length, Math.hypot.length, Math.pow.length, Math.random.length,
  Math.abs.name, Math.atan2.name, typeof Math);
