// Immediately invoked function expressions: module pattern, private state, return values.
const result = (function () {
  return "plain iife";
})();
console.log(result);
(function (a, b) {
  console.log("args", a, b, a * b);
})(6, 7);
(() => {
  console.log("arrow iife");
})();
const value = ((x) => x * x)(12);
console.log(value);
const counterModule = (function () {
  let count = 0;
  function change(by) {
    count += by;
    return count;
  }
  return {
    increment: () => change(1),
    decrement: () => change(-1),
    value: () => count,
  };
})();
counterModule.increment();
counterModule.increment();
counterModule.decrement();
counterModule.increment();
console.log(counterModule.value(), typeof counterModule.change, counterModule.count);
const fns = [];
for (var i = 0; i < 3; i++) {
  (function (j) {
    fns.push(function () {
      return j * 100;
    });
  })(i);
}
console.log(fns[0](), fns[1](), fns[2](), i);
const config = (function () {
  const defaults = { debug: false, level: 1 };
  const overrides = { level: 3 };
  const merged = {};
  const keysA = Object.keys(defaults);
  for (let k = 0; k < keysA.length; k++) merged[keysA[k]] = defaults[keysA[k]];
  const keysB = Object.keys(overrides);
  for (let k = 0; k < keysB.length; k++) merged[keysB[k]] = overrides[keysB[k]];
  return merged;
})();
console.log(config);
const nested = (function outer(n) {
  return (function inner(m) {
    return n + m;
  })(n * 2);
})(5);
console.log(nested);
const fact = (function f(n) {
  return n <= 1 ? 1 : n * f(n - 1);
})(10);
console.log(fact);
let order = [];
const r = (function () {
  order.push("body");
  return (order.push("return"), order.length);
})();
console.log(r, order);
const idGen = (() => {
  let next = 1;
  return (prefix = "id") => prefix + "-" + next++;
})();
console.log(idGen(), idGen("user"), idGen(), idGen("item"));
const t = (function () {
  return typeof this;
})();
console.log(t);
