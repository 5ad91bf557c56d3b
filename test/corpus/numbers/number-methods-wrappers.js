// Number and Boolean as functions and constructors, wrapper objects, and the this-value checks of
// their prototype methods.
function attempt(fn) {
  try {
    return fn();
  } catch (e) {
    return e.name + ": " + e.message;
  }
}
const n = new Number(42);
const b = new Boolean(false);
console.log(typeof n, typeof b, typeof Number(42), typeof Boolean(0), n instanceof Number, b instanceof Boolean);
console.log(n.valueOf(), n + 1, n * 2, n == 42, n === 42, String(n), n.toFixed(1), n.toString(2));
console.log(b.valueOf(), b.toString(), b ? "wrapper is truthy" : "falsy", !b, b == false, String(b));
console.log(new Number().valueOf(), new Number("0x10").valueOf(), new Number(null).valueOf(),
  new Number(undefined).valueOf(), new Number("abc").valueOf(), new Number(-0).toString());
console.log(new Boolean().valueOf(), new Boolean("").valueOf(), new Boolean("false").valueOf(),
  new Boolean(0).valueOf(), new Boolean(NaN).valueOf(), new Boolean({}).valueOf(), new Boolean([]).valueOf());
const truthy = [0, -0, NaN, 1, -1, "", " ", "0", "false", null, undefined, [], {}, Infinity];
const out = [];
for (let i = 0; i < truthy.length; i++) out.push(Boolean(truthy[i]));
console.log(out.join(" "));
console.log(true.toString(), false.toString(), true.valueOf(), (1).constructor === Number,
  true.constructor === Boolean, Number.prototype.constructor === Number, Boolean.prototype.constructor === Boolean);
// Borrowed methods see other this values: primitives (modules are strict, so no wrapping) and objects.
String.prototype.numberToString = Number.prototype.toString;
String.prototype.numberToLocale = Number.prototype.toLocaleString;
Boolean.prototype.numberValueOf = Number.prototype.valueOf;
Number.prototype.booleanToString = Boolean.prototype.toString;
String.prototype.booleanToString = Boolean.prototype.toString;
const borrow = {
  toFixed: Number.prototype.toFixed,
  toExponential: Number.prototype.toExponential,
  toPrecision: Number.prototype.toPrecision,
  numberValueOf: Number.prototype.valueOf,
  booleanValueOf: Boolean.prototype.valueOf,
};
Number.prototype.ownValueOf = Number.prototype.valueOf;
Boolean.prototype.ownValueOf = Boolean.prototype.valueOf;
console.log(Number.prototype.ownValueOf(), Boolean.prototype.ownValueOf(), new Number(255).numberToString === undefined,
  new Boolean(true).booleanValueOf === undefined);
console.log(attempt(function () { return "12".numberToString(); }));
console.log(attempt(function () { return true.numberValueOf(); }));
console.log(attempt(function () { return borrow.toFixed(2); }));
console.log(attempt(function () { return borrow.toExponential(); }));
console.log(attempt(function () { return borrow.toPrecision(2); }));
console.log(attempt(function () { return "1".numberToLocale(); }));
console.log(attempt(function () { return borrow.numberValueOf(); }));
console.log(attempt(function () { return (1).booleanToString(); }));
console.log(attempt(function () { return borrow.booleanValueOf(); }));
console.log(attempt(function () { return "true".booleanToString(); }));
console.log(new Number(7).booleanToString === Boolean.prototype.toString, attempt(function () { return new Number(7).booleanToString(); }));
// The this-check comes before the argument conversion.
let converted = false;
const digits = { valueOf: function () { converted = true; return 2; } };
String.prototype.numberToFixed = Number.prototype.toFixed;
console.log(attempt(function () { return "x".numberToFixed(digits); }), converted);
console.log((5).toFixed(digits), converted);
// Methods added to the prototypes are visible on primitives.
Number.prototype.double = function () { return this * 2; };
Boolean.prototype.flip = function () { return !this.valueOf(); };
console.log((21).double(), n.double(), true.flip(), b.flip());
function Celsius(value) {
  this.value = value;
}
Celsius.prototype.valueOf = function () { return this.value; };
const temps = [new Celsius(21.5), new Celsius(-3.25), new Celsius(30)];
let total = 0;
for (let i = 0; i < temps.length; i++) total += Number(temps[i]);
console.log(total, Math.max(temps[0], temps[1], temps[2]), Number(temps[1]).toFixed(1));
console.log(Number.prototype.toString.name, Boolean.length, Boolean.name, Boolean.prototype.toString.length);
