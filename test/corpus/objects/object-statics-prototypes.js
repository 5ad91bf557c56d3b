// Object.create / getPrototypeOf / setPrototypeOf / __proto__ / isPrototypeOf.
function attempt(label, fn) {
  try { console.log(label, fn()); } catch (e) { console.log(label, e.constructor.name + ": " + e.message); }
}

const base = { greet: function () { return "hi from " + this.name; } };
const child = Object.create(base);
child.name = "child";
console.log(child.greet(), Object.getPrototypeOf(child) === base, base.isPrototypeOf(child));
console.log(Object.prototype.isPrototypeOf(child), child.isPrototypeOf(base), base.isPrototypeOf(1));

const bare = Object.create(null);
console.log(Object.getPrototypeOf(bare), "toString" in bare);
const withProps = Object.create(base, { name: { value: "props", enumerable: true } });
console.log(withProps, withProps.greet());
attempt("create 1", () => Object.create(1));
attempt("create undefined", () => Object.create(undefined));

console.log(Object.getPrototypeOf(1) === Number.prototype, Object.getPrototypeOf("s") === String.prototype);
console.log(Object.getPrototypeOf([]) === Array.prototype, Object.getPrototypeOf(function () {}) === Function.prototype);
attempt("gPO null", () => Object.getPrototypeOf(null));

const moved = { own: 1 };
console.log(Object.setPrototypeOf(moved, base) === moved, moved.greet === base.greet);
Object.setPrototypeOf(moved, null);
console.log(Object.getPrototypeOf(moved), moved.greet);
console.log(Object.setPrototypeOf(1, null), Object.setPrototypeOf("x", {}));
attempt("proto 1", () => Object.setPrototypeOf({}, 1));
attempt("on null", () => Object.setPrototypeOf(null, {}));
attempt("cycle", () => { const x = {}; const y = Object.create(x); Object.setPrototypeOf(x, y); });
attempt("self", () => { const x = {}; Object.setPrototypeOf(x, x); });
attempt("not extensible", () => Object.setPrototypeOf(Object.preventExtensions({}), {}));
console.log(Object.setPrototypeOf(Object.preventExtensions({ same: 1 }), Object.prototype));

// Changing a prototype after lookups were cached.
function readGreet(o) { return o.greet ? o.greet() : "none"; }
const p1 = { greet: function () { return "one"; } };
const p2 = { greet: function () { return "two"; } };
const obj = Object.create(p1);
const results = [];
for (let i = 0; i < 4; i++) {
  if (i == 2) Object.setPrototypeOf(obj, p2);
  results.push(readGreet(obj));
}
console.log(results);

// __proto__ accessor.
const q = {};
console.log(q.__proto__ === Object.prototype);
q.__proto__ = base;
console.log(Object.getPrototypeOf(q) === base, q.greet === base.greet);
q.__proto__ = 5;
console.log(Object.getPrototypeOf(q) === base);
attempt("__proto__ cycle", () => { base.__proto__ = q; });
const desc = Object.getOwnPropertyDescriptor(Object.prototype, "__proto__");
console.log(desc.get.name, desc.set.name, desc.enumerable, desc.configurable);
console.log(Object.create(null).__proto__);
