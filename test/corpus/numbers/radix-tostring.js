// Number.prototype.toString(radix) for integers, negatives and fractions.
const ints = [0, 1, 7, 8, 15, 16, 255, 256, 1000, 65535, 123456789];
const radixes = [2, 8, 16, 36];
for (let i = 0; i < ints.length; i++) {
  let line = String(ints[i]) + ":";
  for (let j = 0; j < radixes.length; j++) {
    line += " " + ints[i].toString(radixes[j]);
  }
  console.log(line);
}
console.log((255).toString(16), (-255).toString(16), (-255).toString(36));
console.log((35).toString(36), (36).toString(36), (1295).toString(36));
console.log((0.5).toString(2), (0.25).toString(2), (0.75).toString(2));
console.log((0.5).toString(16), (0.125).toString(8), (3.5).toString(2));
console.log((0.1).toString(2));
console.log((0.1).toString(16));
console.log((1 / 3).toString(3));
console.log((-10.75).toString(2), (-10.75).toString(16));
console.log((255.5).toString(16), (1e21).toString(16));
console.log((2 ** 53).toString(2));
console.log((2 ** 53).toString(36));
console.log((-1).toString(2), (-0).toString(2));
console.log((10).toString(10), (10).toString(), (1e21).toString(10));
console.log((4095).toString(3), (4095).toString(5), (4095).toString(7));
console.log((NaN).toString(2), (Infinity).toString(16), (-Infinity).toString(36));
for (let r = 2; r <= 36; r += 5) {
  console.log("radix " + r + ": " + (1234567).toString(r));
}
try {
  (10).toString(1);
} catch (e) {
  console.log(e.name, e instanceof RangeError, e.message);
}
try {
  (10).toString(37);
} catch (e) {
  console.log(e.name, e instanceof RangeError);
}
const n = 3735928559;
console.log(n.toString(16).toUpperCase(), parseInt(n.toString(16), 16) === n);
