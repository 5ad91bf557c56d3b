// expect: runtime failure "RangeError: Maximum call stack size exceeded", exit code 1, after printing "starting".
function down(n) {
  return down(n + 1) + 1;
}
console.log("starting");
console.log(down(0));
console.log("never printed");
