// sort with comparators: numeric, descending, multi-key, and stability on ties.
console.log([10, 9, 1, 100, -5, 0.5].sort((a, b) => a - b));
console.log([10, 9, 1, 100, -5, 0.5].sort((a, b) => b - a));
console.log(["bb", "a", "ccc", "dd", "e"].sort((a, b) => a.length - b.length));
const people = [
  { name: "Ann", age: 30 },
  { name: "Bob", age: 25 },
  { name: "Cat", age: 30 },
  { name: "Dan", age: 25 },
  { name: "Eve", age: 35 },
  { name: "Fay", age: 30 },
  { name: "Gus", age: 25 },
  { name: "Hal", age: 35 },
  { name: "Ivy", age: 30 },
  { name: "Jon", age: 25 },
  { name: "Kim", age: 40 },
  { name: "Lee", age: 30 },
];
const byAge = people.slice().sort((a, b) => a.age - b.age);
console.log(byAge.map((p) => p.age + p.name).join(" "));
const byAgeDesc = people.slice().sort((a, b) => b.age - a.age);
console.log(byAgeDesc.map((p) => p.age + p.name).join(" "));
const byNameLen = people.slice().sort(() => 0);
console.log(byNameLen.map((p) => p.name).join(" "));
const multi = people.slice().sort((a, b) => (a.age !== b.age ? a.age - b.age : a.name < b.name ? 1 : -1));
console.log(multi.map((p) => p.age + p.name).join(" "));
const big = [];
for (let i = 0; i < 40; i++) big.push({ key: (i * 7) % 5, id: i });
big.sort((a, b) => a.key - b.key);
console.log(big.map((o) => o.key + ":" + o.id).join(" "));
let stable = true;
for (let i = 1; i < big.length; i++) {
  if (big[i - 1].key === big[i].key && big[i - 1].id > big[i].id) stable = false;
}
console.log("stable:", stable);
const withUndef = [3, undefined, 1, , 2];
withUndef.sort((a, b) => b - a);
console.log(withUndef);
let comparisons = 0;
const counted = [5, 1, 4, 2, 3].sort((a, b) => {
  comparisons++;
  return a - b;
});
console.log(counted, comparisons > 0);
const strs = ["b10", "a2", "b2", "a10", "a1"];
strs.sort((x, y) => {
  if (x[0] !== y[0]) return x[0] < y[0] ? -1 : 1;
  return Number(x.slice(1)) - Number(y.slice(1));
});
console.log(strs);
console.log([3, 1, 2].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)), [3, 1, 2].sort((a, b) => (a > b) - (a < b)));
console.log([0.1, -0, 0, -0.1, 1e-300].sort((a, b) => a - b));
const chars = "javascript".split("").sort((a, b) => (a < b ? 1 : a > b ? -1 : 0)).join("");
console.log(chars);
