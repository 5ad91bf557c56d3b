// Math.random: only properties that hold for any seed are printed (the values are random).
const n = 20000;
let sum = 0;
let min = 1;
let max = 0;
let inRange = true;
let allNumbers = true;
const buckets = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
let repeats = 0;
let prev = -1;
for (let i = 0; i < n; i++) {
  const r = Math.random();
  if (typeof r !== "number") allNumbers = false;
  if (!(r >= 0 && r < 1)) inRange = false;
  if (r === prev) repeats++;
  prev = r;
  sum += r;
  if (r < min) min = r;
  if (r > max) max = r;
  buckets[Math.floor(r * 10)]++;
}
console.log("numbers", allNumbers, "in [0, 1)", inRange, "consecutive repeats", repeats);
console.log("mean near 0.5", Math.abs(sum / n - 0.5) < 0.02, "min < 0.01", min < 0.01, "max > 0.99", max > 0.99);
let balanced = true;
for (let b = 0; b < 10; b++) if (buckets[b] < n / 10 * 0.85 || buckets[b] > n / 10 * 1.15) balanced = false;
console.log("deciles balanced", balanced);
// Random integers and shuffles built on Math.random stay within their bounds.
function randomInt(lo, hi) {
  return lo + Math.floor(Math.random() * (hi - lo + 1));
}
let intsOk = true;
const seen = [false, false, false, false, false, false];
for (let i = 0; i < 1000; i++) {
  const d = randomInt(1, 6);
  if (d < 1 || d > 6 || d !== Math.floor(d)) intsOk = false;
  seen[d - 1] = true;
}
console.log("dice in 1..6", intsOk, "every face seen", seen.join(","));
const deck = [];
for (let i = 0; i < 52; i++) deck.push(i);
for (let i = deck.length - 1; i > 0; i--) {
  const j = Math.floor(Math.random() * (i + 1));
  const t = deck[i];
  deck[i] = deck[j];
  deck[j] = t;
}
let total = 0;
for (let i = 0; i < deck.length; i++) total += deck[i];
const sorted = deck.slice().sort(function (a, b) { return a - b; });
let permutation = true;
for (let i = 0; i < 52; i++) if (sorted[i] !== i) permutation = false;
console.log("shuffle is a permutation", permutation, total);
console.log("ignores arguments", typeof Math.random(1, 2, 3), Math.random.length);
