// Object.defineProperty / getOwnPropertyDescriptor(s) / defineProperties: data and accessor
// descriptors, defaults, redefinition rules and node's TypeError messages.
function attempt(label, fn) {
  try { console.log(label, fn()); } catch (e) { console.log(label, e.constructor.name + ": " + e.message); }
}

const o = {};
Object.defineProperty(o, "hidden", { value: 1 });
console.log(Object.getOwnPropertyDescriptor(o, "hidden"), Object.keys(o), o.hidden);
// (Modules are strict: a refused write would throw, which assign shows.)
attempt("assign read-only", () => Object.assign(o, { hidden: 2 }));
console.log(o.hidden);

Object.defineProperty(o, "open", { value: "x", writable: true, enumerable: true, configurable: true });
console.log(o, Object.getOwnPropertyDescriptor(o, "open"));
Object.defineProperty(o, "open", { enumerable: false });
console.log(Object.keys(o), Object.getOwnPropertyDescriptor(o, "open"));

// Accessors through descriptors, then converted back to data.
let backing = 10;
Object.defineProperty(o, "acc", {
  get: function () { return backing * 2; },
  set: function (v) { backing = v; },
  enumerable: true,
  configurable: true,
});
o.acc = 21;
console.log(o.acc, backing, o);
const accDesc = Object.getOwnPropertyDescriptor(o, "acc");
console.log(typeof accDesc.get, typeof accDesc.set, accDesc.enumerable, accDesc.configurable, "value" in accDesc);
Object.defineProperty(o, "acc", { value: 5 });
console.log(Object.getOwnPropertyDescriptor(o, "acc"));
Object.defineProperty(o, "acc", { get: function () { return "again"; } });
console.log(o.acc, Object.getOwnPropertyDescriptor(o, "acc").set);

// Non-configurable properties: what may and may not change.
const fixed = {};
Object.defineProperty(fixed, "k", { value: 1, writable: true });
Object.defineProperty(fixed, "k", { value: 2 });
Object.defineProperty(fixed, "k", { writable: false });
console.log(fixed.k, Object.getOwnPropertyDescriptor(fixed, "k"));
attempt("same value", () => Object.defineProperty(fixed, "k", { value: 2 }).k);
attempt("new value", () => Object.defineProperty(fixed, "k", { value: 3 }));
attempt("writable again", () => Object.defineProperty(fixed, "k", { writable: true }));
attempt("enumerable", () => Object.defineProperty(fixed, "k", { enumerable: true }));
attempt("to accessor", () => Object.defineProperty(fixed, "k", { get: function () { return 1; } }));
attempt("configurable", () => Object.defineProperty(fixed, "k", { configurable: true }));
attempt("NaN same", () => Object.defineProperty(Object.defineProperty({}, "n", { value: NaN }), "n", { value: NaN }).n);
attempt("-0 vs 0", () => Object.defineProperty(Object.defineProperty({}, "z", { value: -0 }), "z", { value: 0 }));

// Bad descriptors.
attempt("primitive desc", () => Object.defineProperty({}, "x", 1));
attempt("string desc", () => Object.defineProperty({}, "x", "str"));
attempt("getter type", () => Object.defineProperty({}, "x", { get: 1 }));
attempt("setter type", () => Object.defineProperty({}, "x", { set: {} }));
attempt("both kinds", () => Object.defineProperty({}, "x", { get: function () {}, value: 1 }));
attempt("non-object target", () => Object.defineProperty(1, "x", {}));
attempt("inherited fields", () => {
  const desc = Object.create({ value: "from proto", enumerable: true });
  return Object.defineProperty({}, "p", desc);
});

// defineProperties reads every descriptor first.
const many = Object.defineProperties({}, {
  a: { value: 1, enumerable: true },
  b: { get: function () { return this.a + 1; }, enumerable: true },
  c: { value: 3 },
});
console.log(many, many.b, Object.keys(many));
attempt("defineProperties bad", () => Object.defineProperties({}, { ok: { value: 1 }, bad: 2 }));
console.log(Object.getOwnPropertyDescriptors(many));
console.log(Object.getOwnPropertyDescriptor({ x: 1 }, "y"), Object.getOwnPropertyDescriptor("str", "length"));
console.log(Object.getOwnPropertyDescriptor("str", 1));
attempt("gOPD null", () => Object.getOwnPropertyDescriptor(null, "x"));
