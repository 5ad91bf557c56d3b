// Object literals: shorthand properties and methods, computed keys, quoted/numeric keys.
const x = 1;
const y = "two";
const point = { x, y };
console.log(point);
const prefix = "item";
let n = 0;
const computed = {
  [prefix + ++n]: n,
  [prefix + ++n]: n,
  [`${prefix}_${n * 10}`]: "tpl",
  [1 + 2]: "three",
  [true]: "bool key",
  [null]: "null key",
};
console.log(computed);
console.log(computed.item1, computed["item2"], computed[3], computed["3"], computed["true"], computed.null);
const odd = { "a-b": 1, "with space": 2, "": 3, 42: 4, "007": 5, $dollar: 6, _under: 7, "ünï": 8 };
console.log(odd);
console.log(odd["a-b"], odd[""], odd[42], odd["007"], odd.$dollar);
const dup = { a: 1, b: 2, a: 3 };
console.log(dup, Object.keys(dup));
const withMethods = {
  value: 10,
  double() {
    return this.value * 2;
  },
  ["computed" + "Method"]() {
    return "cm";
  },
  "quoted method"() {
    return "qm";
  },
};
console.log(withMethods.double(), withMethods.computedMethod(), withMethods["quoted method"]());
const empty = {};
console.log(empty, Object.keys(empty).length);
const nestedLit = { a: { b: { c: {} } }, list: [{}, { d: [] }] };
console.log(nestedLit);
const numKeys = { 1.5: "a", 1e3: "b", 0x10: "c", [-1]: "d" };
console.log(Object.keys(numKeys), numKeys["1000"], numKeys[16], numKeys["-1"]);
const values = { undef: undefined, nul: null, nan: NaN, negz: -0, inf: -Infinity, str: "s", bool: false };
console.log(values);
const trailing = {
  a: 1,
  b: 2,
};
console.log(trailing);
function make(kind, size) {
  return { kind, size, label: kind + ":" + size };
}
console.log(make("box", 3), make("bag", 0).label);
const keyObj = { toString: "not a function here" };
console.log(keyObj.toString);
