// JSON.stringify — SerializeJSONProperty on every kind of value: primitives, numbers through the
// engine's formatting (non-finite as null), QuoteJSONString's escapes (lone surrogates as \udxxx),
// boxed primitives, toJSON, undefined and functions (left out of objects, null in arrays), key order.
function show(label, v) {
  const s = JSON.stringify(v);
  console.log(label, typeof s, s);
}
show("undefined", undefined);
show("null", null);
show("true", true);
show("false", false);
show("function", function () {});
show("arrow", () => 1);
// Numbers.
const nums = [0, -0, 1, -1, 1.5, 0.1 + 0.2, 1e21, 1e-7, 123456789012345680000, 5e-324, 1.7976931348623157e308,
  NaN, Infinity, -Infinity, 2 ** 53, -1e-300, 100, 0.000001];
const numOut = [];
for (let i = 0; i < nums.length; i++) numOut.push(JSON.stringify(nums[i]));
console.log(numOut.join(" "));
console.log(JSON.stringify(nums));
// Strings and escapes.
show("empty", "");
show("plain", "hello world");
show("quotes", "say \"hi\" \\ back\\slash / slash");
show("controls", "\b\f\n\r\t\u0000\u0001\u001f\u007f");
const allControls = [];
for (let c = 0; c < 32; c++) allControls.push(String.fromCharCode(c));
show("all controls", allControls.join(""));
show("unicode", "caf\u00e9 \u4e2d\u6587 \u2028\u2029");
show("pair", "\ud83d\ude00");
show("lone lead", "a\ud800b");
show("lone trail", "a\udc00b");
show("reversed", "\ude00\ud83d");
show("lead at end", "x\udbff");
show("two leads", "\ud800\ud800\udc00");
show("upper hex", "\udABC");
// Boxed primitives are unwrapped.
show("Number object", new Number(3.5));
show("String object", new String("str\n"));
show("Boolean object", new Boolean(false));
show("boxed in array", [new Number(-0), new String(""), new Boolean(true), new Number(NaN)]);
// Objects: own enumerable string keys in order (integer keys first), inherited keys skipped.
show("object", { b: 1, a: "two", c: [3], d: { e: null } });
show("integer keys", { z: 1, 10: "ten", 2: "two", a: 0, 1: "one" });
function Point(x, y) { this.x = x; this.y = y; }
Point.prototype.inherited = "no";
show("constructed", new Point(1, 2));
show("empty object", {});
show("empty array", []);
// undefined, functions: omitted as members, null as elements.
show("omit", { a: undefined, b: function () {}, c: 1, d: undefined });
show("all omitted", { a: undefined, b: function () {} });
show("array nulls", [undefined, function () {}, 1, null, NaN]);
const holes = [1, , 3];
holes[5] = 6;
show("holes", holes);
show("nested", { list: [{ x: [] }, [{}]], deep: { deeper: { deepest: [1, [2, [3]]] } } });
// toJSON: called with the key, its result serialized instead (and not called again).
show("toJSON", { a: { toJSON: function (key) { return "a via toJSON with key " + JSON.stringify(key); } } });
show("toJSON in array", [{ toJSON: function (key) { return typeof key + ":" + key; } }, 0]);
show("toJSON root", { toJSON: function (key) { return "root key " + JSON.stringify(key); } });
show("toJSON undefined", { a: 1, b: { toJSON: function () { return undefined; } } });
show("toJSON object", { t: { toJSON: function () { return { inner: [1, 2] }; } } });
show("toJSON not callable", { toJSON: 5, x: 1 });
show("toJSON inherited", new (function Temp() { this.v = 1; })());
function Money(amount) { this.amount = amount; }
Money.prototype.toJSON = function () { return this.amount.toFixed(2) + " EUR"; };
show("toJSON on prototype", { price: new Money(3), list: [new Money(1.5)] });
const date = { toJSON: function () { return this.y + "-" + this.m; }, y: 2024, m: 5 };
show("this in toJSON", [date]);
// Errors from getters, toJSON propagate.
try {
  JSON.stringify({ a: { toJSON: function () { throw new Error("toJSON failed"); } } });
} catch (e) {
  console.log(e.name, e.message);
}
// Property values read with [[Get]] (prototype getters and all).
const withProto = Object.create({ fromProto: 1 });
withProto.own = 2;
show("own only", withProto);
// A string/array built from many parts.
const big = [];
for (let i = 0; i < 50; i++) big.push({ id: i, name: "item" + i, even: i % 2 === 0 });
const bigText = JSON.stringify(big);
console.log(bigText.length, bigText.slice(0, 80), bigText.slice(-40));
console.log(JSON.stringify(JSON.parse(bigText)) === bigText);
// Errors have no enumerable own properties; functions with toJSON serialize; arrays list indices only.
console.log(JSON.stringify(new Error("x")), JSON.stringify([new TypeError("y")]));
function withToJSON() {}
withToJSON.toJSON = function () { return "fn"; };
console.log(JSON.stringify({ f: withToJSON }), JSON.stringify(withToJSON));
const extra = [1, 2];
extra.extra = 3;
const boxedExtra = new String("ab");
boxedExtra.extra = 1;
console.log(JSON.stringify(extra), JSON.stringify({ s: boxedExtra }), JSON.stringify(Object.create(null)));
