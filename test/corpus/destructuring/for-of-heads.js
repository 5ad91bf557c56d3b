const people = [
  { name: 'ann', age: 30, tags: ['a', 'b'] },
  { name: 'bob', age: 25, tags: [] },
  { name: 'cy', tags: ['c'] },
];

for (const { name, age = 'unknown', tags: [firstTag = '-'] } of people) {
  console.log(name, age, firstTag);
}

for (let [i, { name }] of people.entries()) {
  i *= 10;
  console.log(i, name);
}

// var head
for (var [k, v] of Object.entries({ x: 1, y: 2 })) {}
console.log(k, v);

// assignment pattern head (existing vars)
let a, b;
const seen = [];
for ([a, b] of [[1, 2], [3, 4]]) seen.push(a + b);
console.log(seen, a, b);

const holder = {};
for ({ id: holder.last } of [{ id: 'x' }, { id: 'y' }]);
console.log(holder);

// closures capture per-iteration bindings
const fns = [];
for (const [n] of [[1], [2], [3]]) fns.push(() => n);
console.log(fns.map(f => f()));

// for-in with destructuring (string key destructured into chars)
for (const [c0, c1] in { ab: 1, cd: 2 }) console.log(c0, c1);

// rest in for-of head
for (const [head, ...tail] of ['xyz', 'pq']) console.log(head, tail);

// Map iteration
const m = new Map([[{ id: 1 }, 'one'], [{ id: 2 }, 'two']]);
for (const [{ id }, label] of m) console.log(id, label);
