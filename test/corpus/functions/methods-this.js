// this inside methods: dot calls, bracket calls, detached calls (undefined in strict code).
const person = {
  first: "Grace",
  last: "Hopper",
  full() {
    return this.first + " " + this.last;
  },
  rename(f) {
    this.first = f;
    return this;
  },
  describe: function () {
    return "I am " + this.full();
  },
};
console.log(person.full(), person["full"](), person.describe());
console.log(person.rename("G.").rename("Gracie").full());
const detached = person.full;
try {
  detached();
} catch (e) {
  console.log("detached:", e.name, e instanceof TypeError);
}
function whoAmI() {
  return this === undefined ? "undefined this" : this.tag;
}
const a = { tag: "A", who: whoAmI };
const b = { tag: "B", who: whoAmI };
console.log(a.who(), b.who(), whoAmI());
b.who = a.who;
console.log(b.who());
const calc = {
  total: 0,
  add(n) {
    this.total += n;
    return this;
  },
  mul(n) {
    this.total *= n;
    return this;
  },
  result() {
    return this.total;
  },
};
console.log(calc.add(5).mul(3).add(1).result(), calc.total);
const outer = {
  name: "outer",
  inner: {
    name: "inner",
    getName() {
      return this.name;
    },
  },
  getName() {
    return this.name;
  },
};
console.log(outer.getName(), outer.inner.getName());
const list = {
  items: [1, 2, 3],
  factor: 10,
  scaled() {
    return this.items.map((x) => x * this.factor);
  },
  scaledWithThisArg() {
    const self = this;
    return this.items.map(function (x) {
      return x * self.factor;
    });
  },
};
console.log(list.scaled(), list.scaledWithThisArg());
const arr = [function () { return this.length; }, "x", "y"];
console.log(arr[0]());
const key = "dyn";
const dynObj = { [key + "Method"]() { return this.v; }, v: "dynamic this" };
console.log(dynObj.dynMethod());
