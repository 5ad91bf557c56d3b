// Functions as values: passed, returned, stored in arrays and objects, called indirectly.
function apply(f, x) {
  return f(x);
}
function twice(f) {
  return function (x) {
    return f(f(x));
  };
}
console.log(apply(Math.abs, -5), apply(String, 42) + "!", twice((x) => x + 3)(10));
console.log(twice(twice((x) => x * 2))(1));
const table = {
  add: (a, b) => a + b,
  sub: (a, b) => a - b,
  mul: (a, b) => a * b,
  div: (a, b) => (b === 0 ? "div by zero" : a / b),
};
const ops = ["add", "sub", "mul", "div"];
for (const op of ops) {
  console.log(op, table[op](12, 4), table[op](7, 0));
}
function pipeline(fns) {
  return function (input) {
    let v = input;
    for (let i = 0; i < fns.length; i++) v = fns[i](v);
    return v;
  };
}
const clean = pipeline([(s) => s.trim(), (s) => s.toLowerCase(), (s) => s.split(" ").join("-")]);
console.log(clean("  Hello Big World  "));
function map(arr, f) {
  const out = [];
  for (let i = 0; i < arr.length; i++) out.push(f(arr[i], i));
  return out;
}
function filter(arr, pred) {
  const out = [];
  for (let i = 0; i < arr.length; i++) if (pred(arr[i])) out.push(arr[i]);
  return out;
}
function reduce(arr, f, init) {
  let acc = init;
  for (let i = 0; i < arr.length; i++) acc = f(acc, arr[i]);
  return acc;
}
const nums = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
const evSq = map(filter(nums, (n) => n % 2 === 0), (n) => n * n);
console.log(evSq, reduce(evSq, (a, b) => a + b, 0), map(["a", "b"], (s, i) => s + i));
function callN(f, n) {
  const out = [];
  for (let i = 0; i < n; i++) out.push(f());
  return out;
}
let seed = 7;
const lcg = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
console.log(callN(lcg, 5));
const handlers = [];
function on(f) {
  handlers.push(f);
}
on((e) => "first saw " + e);
on((e) => "second saw " + e.toUpperCase());
console.log(handlers.map((h) => h("click")));
console.log(typeof apply, apply === apply, twice(Math.abs) === twice(Math.abs), table.add === table["add"]);
const fnInArray = [function named() { return "named"; }, () => "arrow"];
console.log(fnInArray[0](), fnInArray[1](), fnInArray);
const ret = (function () {
  return function () {
    return function () {
      return "deep";
    };
  };
})()()();
console.log(ret);
