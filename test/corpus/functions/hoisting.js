// Function declarations are hoisted with their bodies; expressions are not.
console.log(square(7), typeof square);
function square(x) {
  return x * x;
}
console.log(typeof notYet);
try {
  notYet();
} catch (e) {
  console.log(e instanceof TypeError, e.name);
}
var notYet = function () {
  return "now defined";
};
console.log(notYet());
try {
  arrowLater();
} catch (e) {
  console.log(e.name, e.message);
}
const arrowLater = () => "arrow";
console.log(arrowLater());
function isEven(n) {
  return n === 0 ? true : isOdd(n - 1);
}
function isOdd(n) {
  return n === 0 ? false : isEven(n - 1);
}
console.log(isEven(10), isOdd(7), isEven(3));
function outer() {
  return inner() + " from outer";
  function inner() {
    return "inner";
  }
}
console.log(outer());
function lastWins() {
  const before = redefined();
  function redefined() {
    return "first";
  }
  function redefined() {
    return "second";
  }
  return before;
}
console.log(lastWins());
function shadowing() {
  var result = typeof helper;
  function helper() {}
  return result;
}
console.log(shadowing());
function blockScoped() {
  const results = [];
  {
    results.push(typeof blockFn);
    function blockFn() {
      return "in block";
    }
    results.push(blockFn());
  }
  return results;
}
console.log(blockScoped());
function usesLater() {
  return helperDefinedBelow(3);
}
console.log(usesLater());
function helperDefinedBelow(n) {
  return n + 100;
}
function paramVsFn(x) {
  return typeof x;
  function x() {}
}
console.log(paramVsFn(5));
const fnCount = [square, isEven, isOdd, outer].length;
console.log(fnCount);
