// var vs let vs const: function scope, block scope, shadowing and hoisting.
function varScope() {
  if (true) {
    var inside = "var leaks out of blocks";
  }
  return inside;
}
console.log(varScope());
function hoisted() {
  const before = typeof h;
  const value = h;
  var h = 3;
  return before + " " + value + " " + h;
}
console.log(hoisted());
let a = 1;
{
  let a = 2;
  {
    let a = 3;
    console.log("innermost", a);
  }
  console.log("middle", a);
}
console.log("outer", a);
const c = "const outer";
function shadow() {
  const c = "const inner";
  return c;
}
console.log(shadow(), c);
var v = "global var";
function readV() {
  return v;
}
function localV() {
  var v = "local var";
  return readV() + " / " + v;
}
console.log(localV());
for (var i = 0; i < 3; i++) {}
console.log("var i after loop", i);
let count = 0;
for (let i = 0; i < 3; i++) {
  count += i;
}
console.log("outer i unchanged", i, count);
function counterScope() {
  let total = 0;
  for (let i = 0; i < 3; i++) {
    let total = 100;
    total += i;
  }
  return total;
}
console.log("inner let shadows", counterScope());
var dup = 1;
var dup = 2;
console.log("redeclared var", dup);
{
  const blockConst = [1];
  blockConst.push(2);
  console.log(blockConst);
}
console.log(typeof blockConst);
function conditionalVar(flag) {
  if (flag) {
    var result = "set";
  }
  return result;
}
console.log(conditionalVar(true), conditionalVar(false));
let outer = "o";
function closureOver() {
  return outer;
}
outer = "changed";
console.log(closureOver());
