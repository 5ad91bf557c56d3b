// JSON.parse with a reviver — InternalizeJSONProperty: bottom-up order, the holder as `this`,
// string keys (also for array indices), deletion when the reviver returns undefined, replacement
// values, and revivers that change the structure they walk.
const calls = [];
const result = JSON.parse('{"a":1,"b":[10,20,{"c":true}],"d":{"e":"x","f":null}}', function (key, value) {
  const kind = Array.isArray(value) ? "array" : value === null ? "null" : typeof value;
  calls.push(JSON.stringify(key) + ":" + kind + (this === undefined ? "" : Array.isArray(this) ? "@array" : "@object"));
  return value;
});
console.log(calls.join(" "));
console.log(JSON.stringify(result));
// Key types: always strings.
const keyTypes = [];
JSON.parse("[[0,1],{\"2\":3}]", function (k, v) { keyTypes.push(typeof k + " " + k); return v; });
console.log(keyTypes.join(", "));
// Returning undefined deletes the property (arrays keep a hole).
const filtered = JSON.parse('{"keep":1,"drop":2,"list":[1,2,3,4],"nested":{"drop":5,"x":6}}', function (k, v) {
  if (k === "drop") return undefined;
  if (typeof v === "number" && v % 2 === 0 && k !== "x") return undefined;
  return v;
});
console.log(filtered, Object.keys(filtered).join(","), filtered.list.length, 1 in filtered.list, 0 in filtered.list);
// Replacing values, including with objects the walk does not revisit.
const dates = JSON.parse('{"when":"2020-01-02","n":"5","tags":["a","b"]}', function (k, v) {
  if (k === "when") return { year: Number(v.slice(0, 4)), month: Number(v.slice(5, 7)) };
  if (k === "n") return Number(v) * 10;
  if (typeof v === "string") return v.toUpperCase();
  return v;
});
console.log(dates);
// The root is revived under the key "" with a fresh holder {"": value}.
let rootHolder = null;
const top = JSON.parse("[1,2]", function (k, v) {
  if (k === "") { rootHolder = this; return "replaced root"; }
  return v * 3;
});
console.log(top, typeof rootHolder, Object.keys(rootHolder).length, JSON.stringify(rootHolder[""]));
console.log(JSON.parse("7", function (k, v) { return k === "" ? undefined : v; }));
console.log(JSON.parse('"s"', function (k, v) { return [k, v, typeof this]; }));
// A reviver that edits siblings still to be visited: the walk reads the current values.
const edited = JSON.parse('{"first":1,"second":2,"third":3}', function (k, v) {
  if (k === "first") { this.second = 200; delete this.third; this.added = "late"; }
  return v;
});
console.log(edited);
// ... and an array whose later elements change.
const seen = [];
const arr = JSON.parse("[1,2,3]", function (k, v) {
  if (k === "0") { this[1] = "changed"; this.length = 2; }
  seen.push(k + "=" + v);
  return v;
});
console.log(seen.join(" "), arr);
// A non-callable reviver is ignored.
console.log(JSON.parse('{"a":[1]}', null), JSON.parse("[2]", {}), JSON.parse("3", "reviver"));
// Exceptions from the reviver propagate.
try {
  JSON.parse('{"a":{"b":1}}', function (k, v) { if (k === "b") throw new RangeError("no b"); return v; });
} catch (e) {
  console.log(e.name, e.message);
}
// Reviving numbers and nested arrays of objects.
const data = JSON.parse('{"items":[{"price":"1.50","qty":2},{"price":"2.25","qty":4}]}', function (k, v) {
  return k === "price" ? parseFloat(v) : v;
});
let total = 0;
for (let i = 0; i < data.items.length; i++) total += data.items[i].price * data.items[i].qty;
console.log(total, data);
