// Objects and arrays that would exceed the line width (about 72 columns) break onto lines.
console.log({ a: 1, b: 2, c: 3 });
console.log({ alpha: "aaaaaaaaaa", beta: "bbbbbbbbbb", gamma: "cccccccccc", delta: "dd" });
console.log({ alpha: "aaaaaaaaaa", beta: "bbbbbbbbbb", gamma: "cccccccccc", delta: "ddd" });
console.log({ alpha: "aaaaaaaaaa", beta: "bbbbbbbbbb", gamma: "cccccccccc", delta: "dddddddddd" });
console.log({ k1: 1, k2: 2, k3: 3, k4: 4, k5: 5, k6: 6, k7: 7, k8: 8, k9: 9, k10: 10, k11: 11 });
console.log({ k1: 1, k2: 2, k3: 3, k4: 4, k5: 5, k6: 6, k7: 7, k8: 8, k9: 9, k10: 10, k11: 11, k12: 12, k13: 13 });
console.log({ name: "A fairly long descriptive name", description: "and an even longer description" });
console.log(["a fairly long string element", "another fairly long string", "third"]);
console.log(["a fairly long string element", "another fairly long string", "third one here"]);
console.log({ nested: { first: "value one", second: "value two", third: "value three!" } });
console.log({ nested: { first: "value one", second: "value two", third: "value three!!!!!!!" } });
console.log({ list: ["one", "two", "three"], map: { x: 1, y: 2 }, flag: true, count: 12345 });
console.log({ list: ["one", "two", "three"], map: { x: 1, y: 2 }, flag: true, count: 1234567890 });
const rows = [];
for (let i = 0; i < 4; i++) rows.push({ id: i, label: "row number " + i, active: i % 2 === 0 });
console.log(rows);
const wide = {};
for (let i = 0; i < 30; i++) wide["key" + i] = i;
console.log(wide);
const person = {
  firstName: "Augusta",
  lastName: "King",
  title: "Countess of Lovelace",
  born: 1815,
  interests: ["mathematics", "poetry", "engines"],
  address: { city: "London", country: "England" },
};
console.log(person);
console.log([person.address, person.address]);
console.log({ a: [1, 2, 3], b: [4, 5, 6], c: [7, 8, 9], d: [10, 11, 12], e: [13, 14, 15] });
console.log({ s: "x".repeat(60) });
console.log({ s: "x".repeat(80) });
console.log(["y".repeat(100)]);
console.log({ fn: function aVeryLongFunctionNameThatTakesSpace() {}, other: "value that is long" });
console.log({ s: "x".repeat(62) });
console.log({ s: "x".repeat(63) });
console.log(["y".repeat(65)]);
console.log(["y".repeat(66)]);
