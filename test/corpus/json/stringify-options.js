// JSON.stringify(value, replacer, space): replacer functions (holder as this, string keys, root
// call with ""), replacer arrays as property lists, and the gap from a number or a string.
const sample = { name: "pgo", version: 2, tags: ["a", "b"], nested: { x: 1, y: [true, null], z: {} }, none: [] };
// Replacer function.
const seen = [];
const out = JSON.stringify(sample, function (key, value) {
  seen.push(JSON.stringify(key) + (Array.isArray(this) ? "[]" : "{}"));
  return value;
});
console.log(out);
console.log(seen.join(" "));
console.log(JSON.stringify(sample, function (k, v) { return typeof v === "number" ? v * 100 : v; }));
console.log(JSON.stringify(sample, function (k, v) { return k === "tags" || k === "z" ? undefined : v; }));
console.log(JSON.stringify(sample, function (k, v) { return k === "" ? [1, 2] : "leaf " + v; }));
console.log(JSON.stringify(sample, function (k, v) { return k === "" ? undefined : v; }));
console.log(JSON.stringify([1, "2", true], function (k, v) { return k === "" ? v : typeof k + k; }));
console.log(JSON.stringify({ a: 1 }, function (k, v) { return k === "a" ? function () {} : v; }));
console.log(JSON.stringify([1], function (k, v) { return k === "0" ? undefined : v; }));
console.log(JSON.stringify({ d: new Number(5) }, function (k, v) { return k === "d" ? new String("boxed " + typeof v) : v; }));
// toJSON runs before the replacer.
const order = [];
JSON.stringify({ v: { toJSON: function (k) { order.push("toJSON " + k); return "T"; } } }, function (k, v) {
  order.push("replacer " + JSON.stringify(k) + " " + JSON.stringify(v));
  return v;
});
console.log(order.join(" | "));
// Replacer array: the keys to keep, in the list's order, for every nested object (not arrays).
console.log(JSON.stringify(sample, ["version", "name", "nested", "x", "missing"]));
console.log(JSON.stringify(sample, ["tags", "nested", "y"]));
console.log(JSON.stringify({ 1: "one", 2: "two", a: "a" }, [2, "a", 1, "2", new String("a"), new Number(1)]));
console.log(JSON.stringify({ a: 1, b: 2 }, [{}, true, null, undefined, "b"]));
console.log(JSON.stringify({ a: 1, b: 2 }, []));
console.log(JSON.stringify([{ a: 1, b: 2 }, { b: 3 }], ["b"]));
console.log(JSON.stringify({ a: 1 }, "not a replacer"), JSON.stringify({ a: 1 }, 42), JSON.stringify({ a: 1 }, {}));
// Space as a number: clamped to 10, below 1 means none.
const small = { a: [1, { b: 2 }], c: "d", e: {}, f: [] };
const spaces = [2, 0, -3, 1.9, 12, 10, 4, NaN, Infinity];
for (let i = 0; i < spaces.length; i++) console.log("space " + spaces[i] + ":\n" + JSON.stringify(small, null, spaces[i]));
// Space as a string: its first 10 code units.
const gaps = ["\t", "--", "", "abcdefghijklmnop", " ", "0123456789"];
for (let i = 0; i < gaps.length; i++) console.log("gap " + JSON.stringify(gaps[i]) + ":\n" + JSON.stringify(small, null, gaps[i]));
console.log(JSON.stringify(small, null, new Number(3)));
console.log(JSON.stringify(small, null, new String("..")));
console.log(JSON.stringify(small, null, true), JSON.stringify(small, null, {}), JSON.stringify(small, null, [4]));
// Indentation with arrays of arrays, omitted members and a replacer together.
console.log(JSON.stringify({ m: [[1, 2], [], [[]]], skip: undefined, fn: function () {}, last: null }, null, 2));
console.log(JSON.stringify([undefined, { a: undefined }], null, 1));
console.log(JSON.stringify({ k: 1, j: { k: 2 } }, function (k, v) { return k === "k" ? v + 1 : v; }, "  "));
console.log(JSON.stringify(sample, ["name", "nested", "y"], 3));
console.log(JSON.stringify("top", null, 4), JSON.stringify(5, null, 4), JSON.stringify([], null, 4), JSON.stringify({}, null, 4));
// Exceptions thrown by the replacer propagate.
try {
  JSON.stringify({ a: [1, 2, 3] }, function (k, v) { if (k === "1") throw new TypeError("bad element " + v); return v; });
} catch (e) {
  console.log(e.name, e.message);
}
// Nested JSON.stringify calls from toJSON and the replacer keep their own state.
const inner = { toJSON: function () { return JSON.stringify({ x: [1, 2] }, null, 1); } };
console.log(JSON.stringify({ inner: inner, list: [inner] }, null, 2));
console.log(JSON.stringify({ a: { b: 1 } }, function (k, v) { return k === "b" ? JSON.stringify([v, v], ["q"]) : v; }, "-"));
