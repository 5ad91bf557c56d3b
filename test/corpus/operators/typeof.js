// typeof on every kind of value, including undeclared identifiers and TDZ-free cases.
console.log(typeof 1, typeof 1.5, typeof NaN, typeof Infinity, typeof -0);
console.log(typeof "", typeof "x", typeof `t`, typeof String(1));
console.log(typeof true, typeof false, typeof !0);
console.log(typeof undefined, typeof null, typeof [][0]);
console.log(typeof {}, typeof [], typeof [1, 2], typeof { a: 1 }.a);
console.log(typeof function () {}, typeof (() => 1), typeof Math.max, typeof console.log);
console.log(typeof Math, typeof console, typeof parseInt, typeof String, typeof Number);
console.log(typeof Error, typeof new Error("x"), typeof TypeError);
console.log(typeof notDeclaredAnywhere, typeof notDeclaredAnywhere === "undefined");
console.log(typeof typeof 1, typeof (typeof undefined));
console.log(typeof (1 + "1"), typeof (1 - "1"), typeof ("a" * 1), typeof [].length);
function Foo() {
  this.x = 1;
}
console.log(typeof Foo, typeof new Foo(), typeof Foo.prototype, typeof new Foo().x);
const obj = { method() { return 1; }, arrow: () => 2, nested: { deep: null } };
console.log(typeof obj.method, typeof obj.arrow, typeof obj.nested, typeof obj.nested.deep);
console.log(typeof obj.missing, typeof obj.method(), typeof [].push);
function describe(v) {
  const t = typeof v;
  if (t === "object") {
    if (v === null) return "null";
    if (v instanceof Array) return "array(" + v.length + ")";
    return "object";
  }
  if (t === "number" && v !== v) return "nan";
  return t;
}
const samples = [0, "s", true, null, undefined, [], [1, 2, 3], {}, NaN, describe, new Foo()];
const out = [];
for (let i = 0; i < samples.length; i++) {
  out.push(describe(samples[i]));
}
console.log(out.join(" "));
let counter = 0;
const t = typeof counter++;
console.log(t, counter);
console.log(typeof this, typeof (() => this)());
