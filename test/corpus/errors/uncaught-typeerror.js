// Prints some lines, then ends with an uncaught TypeError (exit code 1).
function check(value) {
  if (typeof value !== "number") {
    throw new TypeError("boom");
  }
  return value * 2;
}
const inputs = [1, 2.5, -3];
for (const v of inputs) {
  console.log("check", v, "->", check(v));
}
try {
  check("caught");
} catch (e) {
  console.log("first failure caught:", e.message);
}
console.log("about to fail for real");
const results = [];
for (const v of [10, 20, "thirty", 40]) {
  results.push(check(v));
  console.log("results so far", results);
}
console.log("never printed");
