// Builtin families created on first use, touched in odd orders: what each one sees must not depend
// on which was created first (TextEncoder before any typed array, a string pattern before RegExp,
// Array.prototype.toString replaced before the typed arrays exist, a global assigned over).
console.log(new TextEncoder().encode("é") instanceof Uint8Array);
console.log("x-y".split(/-/), "abc".match("b")[0], typeof RegExp, RegExp.prototype.flags);
const originalToString = Array.prototype.toString;
Array.prototype.toString = function () { return "replaced"; };
console.log(Int8Array.prototype.toString === originalToString, String(new Int8Array([1, 2])));
Array.prototype.toString = originalToString;
console.log(Object.getPrototypeOf(Int8Array) === Object.getPrototypeOf(Float64Array), DataView.name);
var Map = 5;
console.log(Map, typeof WeakMap, new Set([1]).size, new WeakSet().has({}));
console.log(Math.max(1, 2), typeof Math.random(), Reflect.has({ a: 1 }, "a"));
console.log(new Date(0).toISOString(), Date.UTC(2000, 0));
console.log(Array.prototype === [].__proto__, Uint8Array.prototype.constructor === Uint8Array);
