// reduce with and without an initial value, on empty and single-element arrays.
const nums = [1, 2, 3, 4, 5];
console.log(nums.reduce((a, b) => a + b), nums.reduce((a, b) => a + b, 0), nums.reduce((a, b) => a + b, 100));
console.log(nums.reduce((a, b) => a * b), nums.reduce((a, b) => a + b, ""), nums.reduce((a, b) => b + a, ""));
console.log([7].reduce((a, b) => a + b), [7].reduce((a, b) => a + b, 1), [].reduce((a, b) => a + b, "init"));
try {
  [].reduce((a, b) => a + b);
} catch (e) {
  console.log(e.name, e instanceof TypeError, e.message);
}
const calls = [];
nums.reduce((acc, x, i) => {
  calls.push(acc + "/" + x + "/" + i);
  return acc + x;
});
console.log(calls.join(" "));
const calls2 = [];
nums.reduce((acc, x, i) => {
  calls2.push(i);
  return acc;
}, 0);
console.log(calls2.join(" "));
console.log([, 5, , 6].reduce((a, b) => a + b), [, , 3].reduce((a, b) => a + b));
console.log(nums.reduce((m, x) => (x > m ? x : m)), [-3, -1, -2].reduce((m, x) => Math.min(m, x)));
const words = ["apple", "avocado", "banana", "blueberry", "cherry"];
const groups = words.reduce((acc, w) => {
  const k = w[0];
  if (!(k in acc)) acc[k] = [];
  acc[k].push(w);
  return acc;
}, {});
console.log(groups);
const counts = "hello world".split("").reduce((acc, ch) => {
  acc[ch] = (acc[ch] || 0) + 1;
  return acc;
}, {});
console.log(counts);
const flat = [[1, 2], [3], [], [4, [5]]].reduce((acc, x) => acc.concat(x), []);
console.log(flat);
const pipeline = [(x) => x + 1, (x) => x * 10, (x) => x - 3].reduce((f, g) => (x) => g(f(x)));
console.log(pipeline(1), pipeline(0));
const avg = [2, 4, 9].reduce((acc, x, i, arr) => acc + x / arr.length, 0);
console.log(avg);
const stats = [4, 8, 15, 16, 23, 42].reduce(
  (s, x) => ({ min: Math.min(s.min, x), max: Math.max(s.max, x), sum: s.sum + x, n: s.n + 1 }),
  { min: Infinity, max: -Infinity, sum: 0, n: 0 }
);
console.log(stats, stats.sum / stats.n);
console.log([0.1, 0.2, 0.3].reduce((a, b) => a + b), [0.3, 0.2, 0.1].reduce((a, b) => a + b));
const rev = "stressed".split("").reduce((acc, ch) => ch + acc, "");
console.log(rev);
console.log([[0, 1], [2, 3]].reduce((acc, pair) => acc + pair[0] * pair[1], 0));
