// Comma operator, conditional operator (nested, right-associative) and assignment as a condition.
let x = (1, 2, 3);
console.log(x);
let y = 0;
const z = (y++, y++, y * 10);
console.log(y, z);
let i;
let j;
for (i = 0, j = 10; i < j; i += 3, j -= 2) {
  console.log("i", i, "j", j);
}
console.log("final", i, j);
const log = [];
const r = (log.push("a"), log.push("b"), log.length);
console.log(r, log);
function classify(n) {
  return n < 0 ? "negative" : n === 0 ? "zero" : n < 10 ? "small" : n < 100 ? "medium" : "large";
}
const nums = [-5, 0, 3, 42, 1000, NaN];
for (let k = 0; k < nums.length; k++) {
  console.log(nums[k], classify(nums[k]));
}
const t = true ? false ? 1 : 2 : 3;
console.log(t);
let a = 1;
let b = 2;
const bigger = a > b ? a : b;
const which = (a > b ? "a" : "b") + " wins";
console.log(bigger, which);
const count = 1;
console.log(count + " item" + (count === 1 ? "" : "s"), 2 + " item" + (2 === 1 ? "" : "s"));
let calls = "";
const pick = (c) => (c ? (calls += "T", "yes") : (calls += "F", "no"));
console.log(pick(1), pick(0), pick(""), pick("x"), calls);
console.log((a = 5) ? "assigned" : "falsy", a, (a = 0) ? "assigned" : "falsy", a);
function fizz(n) {
  return n % 15 === 0 ? "FizzBuzz" : n % 3 === 0 ? "Fizz" : n % 5 === 0 ? "Buzz" : n;
}
let line = [];
for (let n = 1; n <= 15; n++) line.push(fizz(n));
console.log(line.join(" "));
const obj = { flag: false };
obj.flag ? (obj.yes = 1) : (obj.no = 1);
console.log(obj);
console.log(null ? "t" : "f", [] ? "t" : "f", "" ? "t" : "f", 0 ? "t" : "f", NaN ? "t" : "f");
