// Function.prototype.toString: the source text exactly as written for functions of the program,
// NativeFunction syntax for builtins and bound functions.
function add(a, b) { return a + b; }
function   spaced ( x ,y )   {
  // a comment inside the body is part of the text
  return x  *  y; /* and so is this one */
}
function withDefaults(a, b = a + 1, c = "x") { return [a, b, c]; }
const expr = function (n) { return n > 0; };
const namedExpr = function inner(n) {
  return n <= 1 ? 1 : n * inner(n - 1);
};
const arrow = (x) => x * 2;
const bare = x => x;
const blockArrow = (a, b) => {
  const s = a + b;
  return s;
};
const noArgs = () => {};
const unicode = function () { return "héllo ✓ 𝒳"; };
console.log(add.toString());
console.log(spaced.toString());
console.log(withDefaults.toString());
console.log(expr.toString());
console.log(namedExpr.toString());
console.log(arrow.toString(), "|", bare.toString(), "|", noArgs.toString());
console.log(blockArrow.toString());
console.log(unicode.toString());

// Methods print from their key, in every form of key.
const obj = {
  m() { return 1; },
  "quoted key"(a) { return a; },
  ["comp" + "uted"]() {},
  42() { return 42; },
  prop: function () { return "prop"; },
  named: function given() {},
  arrowProp: (v) => v,
};
console.log(obj.m.toString());
console.log(obj["quoted key"].toString());
console.log(obj.computed.toString());
console.log(obj[42].toString());
console.log(obj.prop.toString());
console.log(obj.named.toString());
console.log(obj.arrowProp.toString());

// Nested functions each have their own text.
function outer() {
  function innerDecl(q) { return q; }
  const innerArrow = () => innerDecl;
  return [innerDecl, innerArrow];
}
const pair = outer();
console.log(pair[0].toString());
console.log(pair[1].toString());
console.log(outer.toString().length, outer.toString().split("\n").length);

// Conversions go through toString too.
console.log(String(add));
console.log("" + arrow);
console.log(`${bare}`);
console.log([add, arrow].join(" ;; "));
console.log(Function.prototype.toString.call(expr) === expr.toString());

// Builtins and bound functions.
console.log(Math.max.toString());
console.log(Array.prototype.push.toString());
console.log(String(Object), String(Array), String(Error), String(TypeError));
console.log(Function.prototype.toString());
console.log(Function.prototype.toString.toString());
console.log(add.bind(null).toString(), String(Math.min.bind(Math)));
console.log(parseInt.toString(), String(Function));

// A function's toString can be overridden on the object; the method itself is unchanged.
const custom = function () {};
custom.toString = function () { return "custom!"; };
console.log(String(custom), "" + custom, Function.prototype.toString.call(custom));

// Only functions can be printed.
const notFns = [{}, [], "str", 1, null, undefined];
for (let i = 0; i < notFns.length; i++) {
  try {
    Function.prototype.toString.call(notFns[i]);
  } catch (e) {
    console.log(e instanceof TypeError, e.message);
  }
}
console.log(Function.prototype.toString.length, Function.prototype.toString.name);
