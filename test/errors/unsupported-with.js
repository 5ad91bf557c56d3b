// expect: compile error "unsupported: with statement" at line 4. Sloppy-mode script (test/errors/package.json sets "type": "commonjs"), so node itself runs it and prints 3.
var point = { x: 1, y: 2 };
var sum = 0;
with (point) {
  sum = x + y;
}
console.log(sum);
