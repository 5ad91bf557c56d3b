// indexOf, includes (NaN, -0), find, findIndex, some, every: strict vs SameValueZero.
const a = [1, 2, 3, 2, 1, NaN, -0, "2", null, undefined];
console.log(a.indexOf(2), a.indexOf(2, 2), a.indexOf(2, -7), a.indexOf("2"), a.indexOf(4));
console.log(a.indexOf(NaN), a.includes(NaN), a.indexOf(0), a.includes(0), a.indexOf(-0), a.includes(+0));
console.log(a.indexOf(null), a.indexOf(undefined), a.includes(undefined), a.includes(null));
console.log(a.includes(1, 5), a.includes(1, -6), a.includes(1, 100), a.indexOf(1, -100));
console.log([].indexOf(undefined), [].includes(undefined), [,].includes(undefined), [,].indexOf(undefined));
const obj = { id: 1 };
const objs = [{ id: 1 }, obj, { id: 2 }];
console.log(objs.indexOf(obj), objs.indexOf({ id: 1 }), objs.includes(obj));
const people = [
  { name: "Ann", age: 31 },
  { name: "Bob", age: 17 },
  { name: "Cat", age: 45 },
  { name: "Dan", age: 17 },
];
console.log(people.find((p) => p.age < 18), people.findIndex((p) => p.age < 18));
console.log(people.find((p) => p.age > 100), people.findIndex((p) => p.age > 100));
console.log(people.find((p, i) => i === 2).name, people.findIndex((p) => p.name.startsWith("D")));
console.log(people.some((p) => p.age >= 45), people.every((p) => p.age > 16), people.every((p) => p.age > 17));
console.log([].some(() => true), [].every(() => false), [].find(() => true), [].findIndex(() => true));
const visited = [];
const r = [5, 10, 15, 20].some((x) => {
  visited.push(x);
  return x > 8;
});
console.log(r, visited);
const visited2 = [];
const r2 = [5, 10, 15, 20].every((x) => {
  visited2.push(x);
  return x < 12;
});
console.log(r2, visited2);
const holes = [1, , 3];
let findCalls = 0;
holes.find(() => {
  findCalls++;
  return false;
});
let someCalls = 0;
holes.some(() => {
  someCalls++;
  return false;
});
console.log("find visits holes:", findCalls, "some skips holes:", someCalls);
console.log([NaN].findIndex((x) => x !== x), [1, 2, 3].find((x) => x > 1), [-0].find((x) => x === 0));
function unique(arr) {
  const out = [];
  for (const x of arr) if (!out.includes(x)) out.push(x);
  return out;
}
console.log(unique([3, 1, 3, NaN, 2, NaN, 1, "3", -0, 0]));
const haystack = "a,b,c,d".split(",");
console.log(haystack.indexOf("c"), haystack.includes("e"), haystack.findIndex((s) => s > "b"));
