// instanceof with constructors, arrays, errors, functions and primitives; prototype swaps.
function Shape() {}
function Circle(r) {
  this.r = r;
}
Circle.prototype = new Shape();
function Square(s) {
  this.s = s;
}
Square.prototype = new Shape();
const c = new Circle(1);
const sq = new Square(2);
console.log(c instanceof Circle, c instanceof Shape, c instanceof Square, sq instanceof Shape);
console.log([] instanceof Array, [1, 2] instanceof Array, {} instanceof Array, "str" instanceof Array);
console.log(new Error("x") instanceof Error, new TypeError("t") instanceof Error, new TypeError("t") instanceof RangeError);
console.log(new RangeError("r") instanceof RangeError, new SyntaxError("s") instanceof Error, new ReferenceError("r") instanceof TypeError);
console.log(1 instanceof Shape, "s" instanceof Array, true instanceof Error, null instanceof Shape, undefined instanceof Shape);
const fn = function () {};
const arrow = () => {};
console.log(fn instanceof Shape, arrow instanceof Error, new fn() instanceof fn, Shape instanceof Shape);
try {
  console.log(c instanceof {});
} catch (e) {
  console.log(e.name, e instanceof TypeError);
}
try {
  console.log(c instanceof 5);
} catch (e) {
  console.log(e.name, e instanceof TypeError);
}
function Late() {}
const before = new Late();
Late.prototype = { changed: true };
const after = new Late();
console.log(before instanceof Late, after instanceof Late, after.changed, before.changed);
function kindOf(x) {
  if (x instanceof Circle) return "circle r=" + x.r;
  if (x instanceof Square) return "square s=" + x.s;
  if (x instanceof Shape) return "shape";
  if (x instanceof Array) return "array of " + x.length;
  if (x instanceof Error) return "error: " + x.message;
  if (typeof x === "function") return "function";
  return typeof x;
}
const things = [c, sq, new Shape(), [1, 2, 3], new RangeError("bad"), kindOf, 7, "s", null];
for (const t of things) console.log(kindOf(t));
function isShape(x) {
  return x instanceof Shape;
}
console.log([c, sq, {}, null, new Circle(5)].map(isShape));
const errors = [new Error("e"), new TypeError("t"), new RangeError("r"), new SyntaxError("s"), new ReferenceError("f")];
const table = errors.map((e) => [e.name, e instanceof Error, e instanceof TypeError, e instanceof RangeError]);
console.log(table);
console.log(!(c instanceof Square), !c instanceof Square);
