// Getters and setters in object literals: merging pairs, computed keys, names, inheritance,
// `this`, and data/accessor replacement.
function attempt(label, fn) {
  try { console.log(label, fn()); } catch (e) { console.log(label, e.constructor.name + ": " + e.message); }
}

const temp = {
  celsius: 20,
  get fahrenheit() { return this.celsius * 9 / 5 + 32; },
  set fahrenheit(f) { this.celsius = (f - 32) * 5 / 9; },
  get readOnly() { return "ro"; },
  set writeOnly(v) { this.last = v; },
};
console.log(temp, temp.fahrenheit);
temp.fahrenheit = 212;
console.log(temp.celsius, temp.fahrenheit);
temp.writeOnly = "w";
console.log(temp.readOnly, temp.writeOnly, temp.last, Object.keys(temp));

const d = Object.getOwnPropertyDescriptor(temp, "fahrenheit");
console.log(d.get.name, d.set.name, d.enumerable, d.configurable, d.get.length, d.set.length);
console.log(Object.getOwnPropertyDescriptor(temp, "readOnly").set, Object.getOwnPropertyDescriptor(temp, "writeOnly").get);

// Computed keys.
const prefix = "dyn";
let counter = 0;
const computed = {
  get [prefix + "Value"]() { return ++counter; },
  set [prefix + "Value"](v) { counter = v * 100; },
  get [1 + 1]() { return "two"; },
};
console.log(computed.dynValue, computed.dynValue, computed[2]);
computed.dynValue = 3;
console.log(computed.dynValue, computed);
console.log(Object.getOwnPropertyDescriptor(computed, "dynValue").get.name, Object.getOwnPropertyDescriptor(computed, "2").get.name);

// Later definitions replace earlier ones.
const replaced = { x: 1, get x() { return "accessor"; } };
const back = { get x() { return "accessor"; }, x: "data" };
const getThenGet = { get x() { return 1; }, get x() { return 2; } };
console.log(replaced, back, getThenGet.x, Object.getOwnPropertyDescriptor(back, "x"));

// Inherited accessors run with the receiver as this; setters on the chain intercept writes.
const proto = {
  get full() { return this.first + " " + this.last; },
  set full(v) { const parts = v.split(" "); this.first = parts[0]; this.last = parts[1]; },
};
const person = Object.create(proto);
person.full = "Ada Lovelace";
console.log(person.first, person.last, person.full, Object.keys(person), person.hasOwnProperty("full"));
const noSetter = Object.create({ get only() { return "proto"; } });
Object.defineProperty(noSetter, "only", { value: "own", enumerable: true });
console.log(noSetter.only, Object.keys(noSetter), Object.getPrototypeOf(noSetter).only);

// Accessors in a loop body (inline caches must not cache accessor slots).
const counterObj = { n: 0, get next() { return ++this.n; } };
let sum = 0;
for (let i = 0; i < 5; i++) sum += counterObj.next;
console.log(sum, counterObj.n);

// A getter that throws; a getter on an array-like literal.
const thrower = { get boom() { throw new Error("boom"); } };
attempt("getter throws", () => thrower.boom);
const arrayLike = { length: 2, 0: "a", get 1() { return "b"; } };
console.log(Array.prototype.join.call(arrayLike, "-"));

// Nested literals with accessors and method shorthand.
const nested = {
  inner: { get deep() { return "deep value"; } },
  method() { return this.inner.deep; },
};
console.log(nested.method(), nested);
