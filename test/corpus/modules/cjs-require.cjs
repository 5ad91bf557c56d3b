// CommonJS program: require() of .cjs helpers, module.exports objects and a shared module cache.
const helper = require("./lib/cjs-helper.cjs");
const extra = require("./lib/cjs-extra.cjs");
const again = require("./lib/cjs-helper.cjs");

console.log(typeof helper, typeof helper.greet, helper === again);
console.log(helper.greet("Ada"), helper.greet("Linus"));
console.log(extra.shout("grace"));
console.log("calls seen by both:", helper.callCount(), extra.helperCalls());
console.log(helper.stats([4, 8, 15, 16, 23, 42]));
console.log(helper.stats([]));
console.log(helper.PI_ISH, Object.keys(helper));
console.log(Object.keys(extra));
helper.PI_ISH = 3.14159;
console.log(again.PI_ISH);
function hoistedInCjs() {
  return typeof laterVar;
}
console.log("var hoisting in a CommonJS file:", hoistedInCjs());
var laterVar = "defined";
console.log(hoistedInCjs(), laterVar);
var total = 0;
for (var i = 0; i < 5; i++) total += i;
console.log(total, i);
