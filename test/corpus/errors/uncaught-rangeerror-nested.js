// A RangeError thrown several calls deep escapes every frame (finally still runs), exit code 1.
function validate(depth, value) {
  if (value > 100) {
    throw new RangeError("value " + value + " exceeds 100 at depth " + depth);
  }
  return value;
}
function transform(depth, value) {
  if (depth === 0) return validate(depth, value);
  try {
    return transform(depth - 1, value * 2);
  } finally {
    console.log("unwinding depth", depth);
  }
}
function run(value) {
  const out = transform(3, value);
  console.log("run", value, "->", out);
  return out;
}
run(5);
run(12);
try {
  run(20);
} catch (e) {
  console.log("caught once:", e.name, e.message);
}
console.log("now uncaught");
run(13);
console.log("never printed");
