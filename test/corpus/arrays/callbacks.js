// map, filter, forEach with index and array arguments; callbacks that mutate.
const nums = [3, 1, 4, 1, 5, 9, 2, 6];
console.log(nums.map((x) => x * 2));
console.log(nums.map((x, i) => x * i));
console.log(nums.map((x, i, arr) => arr.length - i));
console.log(nums.filter((x) => x % 2 === 1), nums.filter((x, i) => i % 3 === 0));
console.log(nums.filter(() => false), nums.map(String), ["1", "2", "3"].map(Number));
console.log(["10", "10", "10"].map((s) => parseInt(s)), [1.5, -1.5].map(Math.round));
let log = [];
nums.forEach((x, i) => {
  if (x > 4) log.push(i + ":" + x);
});
console.log(log.join(" "), nums.forEach(() => 1));
const words = ["apple", "Banana", "cherry", "date", "Elderberry"];
const caps = words.filter((w) => w[0] === w[0].toUpperCase()).map((w) => w.toLowerCase());
console.log(caps, words.map((w) => w.length), words.map((w) => w.slice(-2)));
const growing = [1, 2, 3];
const seen = [];
growing.forEach((x) => {
  seen.push(x);
  if (growing.length < 6) growing.push(x * 10);
});
console.log(seen, growing);
const shrink = [1, 2, 3, 4];
const seen2 = [];
shrink.forEach((x, i) => {
  seen2.push(x);
  if (i === 0) shrink.pop();
});
console.log(seen2, shrink);
const editMap = [1, 2, 3].map((x, i, arr) => {
  if (i === 0) arr[2] = 300;
  return x;
});
console.log(editMap);
const matrix = [[1, 2], [3, 4], [5, 6]];
console.log(matrix.map((row) => row.map((v) => v * v)), matrix.map((row) => row[0]));
const objs = [{ n: "a", on: true }, { n: "b", on: false }, { n: "c", on: true }];
console.log(objs.filter((o) => o.on).map((o) => o.n).join(""));
const indexed = ["x", "y", "z"].map((v, i) => ({ [v]: i }));
console.log(indexed);
let total = 0;
[10, 20, 30].forEach(function (v) {
  total += v;
});
console.log(total);
const chained = [5, 4, 3, 2, 1]
  .map((x) => x * 3)
  .filter((x) => x % 2 === 1)
  .map((x) => "<" + x + ">");
console.log(chained);
const mapped = [1, 2, 3].map(() => undefined);
console.log(mapped, mapped.length);
const byLen = ["aa", "b", "ccc", "dd"].filter((s, i, arr) => s.length === arr[0].length);
console.log(byLen);
