// A thrown string escapes after finally blocks run; exit code 1, stdout up to that point.
function step(n) {
  try {
    console.log("step", n);
    if (n === 3) throw "step three failed";
    return n;
  } finally {
    console.log("cleanup", n);
  }
}
function safeStep(n) {
  try {
    return step(n);
  } catch (e) {
    console.log("recovered from:", e, typeof e);
    return 0;
  }
}
console.log("safe total", safeStep(1) + safeStep(3) + safeStep(4));
let total = 0;
for (let i = 1; i <= 5; i++) {
  total += step(i);
  console.log("total", total);
}
console.log("never printed");
