// CommonJS helper required by ../cjs-require.cjs (not a program itself).
let calls = 0;

function greet(name) {
  calls++;
  return "Hello, " + name + "!";
}

function stats(values) {
  let min = Infinity;
  let max = -Infinity;
  let total = 0;
  for (const v of values) {
    if (v < min) min = v;
    if (v > max) max = v;
    total += v;
  }
  return { min: min, max: max, mean: values.length ? total / values.length : NaN };
}

module.exports = {
  greet: greet,
  stats: stats,
  callCount: function () {
    return calls;
  },
  PI_ISH: 3.14,
};
