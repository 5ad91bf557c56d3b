// reduceToSingleString: entries stay on one line when the innermost nesting below the object is
// less than 3 levels deep and "start + entries" fits in 80 columns; otherwise one per line,
// indented by two spaces per level.
function fill(n) {
  const o = {};
  for (let i = 0; i < n; i++) o["k" + i] = i;
  return o;
}
for (let n = 8; n <= 14; n++) console.log(fill(n));
function str(len) { return "s".repeat(len); }
for (let len = 60; len <= 68; len += 2) console.log({ key: str(len) });
for (let len = 58; len <= 66; len += 2) console.log([str(len), 1]);
console.log({ a: { b: { c: {} } } });
console.log({ a: { b: { c: { d: 1 } } } });
console.log({ a: 1, b: { c: { d: { e: 1 } } } });
console.log({ x: [[[1]]], y: 2 });
console.log([[[[1]]], 2]);
console.log({ one: { two: { three: "3" } }, four: 4 });
console.log({ first: [1, 2, 3], second: { inner: [1, 2, 3] } });
console.log({ a: "multi\nline", b: 1 });
console.log([{ a: 1, b: 2 }, { a: 3, b: 4 }, { a: 5, b: 6 }]);
console.log([{ name: "alpha", value: 1 }, { name: "beta", value: 2 }, { name: "gamma", value: 3 }]);
console.log({ matrix: [[1, 2, 3], [4, 5, 6], [7, 8, 9]] });
console.log({ aVeryLongPropertyNameThatTakesSpace: "and a value that is also long", other: 1 });
const people = [];
for (let i = 0; i < 4; i++) people.push({ id: i, name: "person" + i, tags: ["t" + i, "u" + i], meta: { age: 20 + i } });
console.log(people);
console.log({ people });
const tree = { value: 1, children: [{ value: 2, children: [{ value: 3, children: [] }] }] };
console.log(tree);
console.log([tree, tree.children]);
const config = {
  server: { host: "localhost", port: 8080, options: { secure: false, timeout: 30 } },
  database: { url: "db://example", pool: { min: 1, max: 10 } },
  features: ["a", "b", "c"],
};
console.log(config);
console.log({ fn: function named() {}, arrow: () => 0, list: [function () {}] });
console.log({ empty: {}, emptyArr: [], nested: { empty: {} } });
console.log([[1, [2, [3, [4, [5]]]]]]);
console.log({ l: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27] });
