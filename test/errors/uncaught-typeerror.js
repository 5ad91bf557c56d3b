// expect: runtime failure, exit code 1 after printing two lines; stderr carries "TypeError: boom" (stack text differs between engines).
function check(v) {
  if (typeof v !== "number") throw new TypeError("boom");
  return v + 1;
}
console.log("first", check(1));
console.log("second", check(2));
console.log("third", check("three"));
console.log("never printed");
