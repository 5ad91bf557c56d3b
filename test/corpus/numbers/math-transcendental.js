// Math's transcendental functions on a few thousand deterministic arguments: the results must be
// bit-identical with node (V8 computes them with fdlibm ports), so every value is printed in full.
let seed = 20240601;
function next() {
  seed = (seed * 16807) % 2147483647; // Park-Miller: exact in doubles
  return seed / 2147483647;
}
function sample(kind) {
  const u = next();
  if (kind === 0) return (u - 0.5) * 20; // [-10, 10)
  if (kind === 1) return (u - 0.5) * 2.2; // around [-1, 1]
  if (kind === 2) return u * 1000; // [0, 1000)
  if (kind === 3) return Math.exp((u - 0.5) * 1400); // across the exponent range
  if (kind === 4) return -Math.exp((u - 0.5) * 80);
  return (u - 0.5) * 1e6;
}
const unary = ["sin", "cos", "tan", "asin", "acos", "atan", "sinh", "cosh", "tanh", "asinh",
  "acosh", "atanh", "exp", "expm1", "log", "log1p", "log2", "log10", "cbrt", "sqrt"];
for (let f = 0; f < unary.length; f++) {
  const name = unary[f];
  const fn = Math[name];
  const out = [];
  for (let kind = 0; kind < 6; kind++) {
    for (let i = 0; i < 25; i++) out.push(fn(sample(kind)));
  }
  console.log(name, out.join(" "));
}
const binary = ["atan2", "pow", "hypot"];
for (let f = 0; f < binary.length; f++) {
  const name = binary[f];
  const fn = Math[name];
  const out = [];
  for (let kind = 0; kind < 6; kind++) {
    for (let i = 0; i < 25; i++) out.push(fn(sample(kind), sample((kind + i) % 3)));
  }
  console.log(name, out.join(" "));
}
// The exponentiation operator is Math.pow.
const ops = [];
for (let i = 0; i < 60; i++) {
  const b = next() * 30;
  const e = (next() - 0.5) * 40;
  ops.push(b ** e === Math.pow(b, e) ? b ** e : "mismatch");
}
console.log("**", ops.join(" "));
// Arguments where the algorithms change branches.
const special = [0, -0, 1e-320, 5e-324, 1e-300, 2 ** -28, 2 ** -27, 2 ** -54, 0.25, 0.5, 0.75,
  Math.LN2 / 2, Math.LN2 * 1.5, 0.6744, 0.7853981633974483, 1, 1.5, 2, Math.PI / 2, 2.356194490192345,
  Math.PI, 3 * Math.PI / 2, 22, 56 * Math.LN2, 100, 709.78, 709.79, 710.47, 710.48, 1e9, 2 ** 19 * Math.PI,
  1e22, 1e100, 1e300, 1.7976931348623157e308, Infinity, -Infinity, NaN];
for (let f = 0; f < unary.length; f++) {
  const fn = Math[unary[f]];
  const out = [];
  for (let i = 0; i < special.length; i++) out.push(fn(special[i]), fn(-special[i]));
  console.log(unary[f], "special", out.join(" "));
}
