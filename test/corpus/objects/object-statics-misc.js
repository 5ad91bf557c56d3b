// Object.assign / entries / values / fromEntries / is / freeze / seal / preventExtensions and the
// Object.prototype methods.
function attempt(label, fn) {
  try { console.log(label, fn()); } catch (e) { console.log(label, e.constructor.name + ": " + e.message); }
}

const target = { a: 1 };
const result = Object.assign(target, { b: 2 }, null, undefined, { a: 3, c: [4] }, "xy");
console.log(result === target, target);
let setterCalls = 0;
const withSetter = { set v(x) { setterCalls++; this.stored = x; } };
Object.assign(withSetter, { v: 7 });
console.log(setterCalls, withSetter.stored);
const src = Object.defineProperty({ shown: 1 }, "skipped", { value: 2 });
console.log(Object.assign({}, src), Object.assign(1) instanceof Number);
attempt("assign frozen", () => Object.assign(Object.freeze({ x: 1 }), { x: 2 }));
attempt("assign sealed add", () => Object.assign(Object.seal({ x: 1 }), { y: 2 }));
attempt("assign null", () => Object.assign(null, {}));

console.log(Object.entries({ x: 1, y: "two", 2: "num" }), Object.values({ x: 1, y: [2] }));
console.log(Object.entries("ab"), Object.values([5, 6]), Object.entries([]));
attempt("entries null", () => Object.entries(null));
const byGetter = { get g() { return "computed"; }, plain: 0 };
console.log(Object.entries(byGetter));

console.log(Object.fromEntries([["a", 1], ["b", [2]], [3, "three"]]));
console.log(Object.fromEntries(Object.entries({ k: 1, l: 2 }).map(function (e) { return [e[0].toUpperCase(), e[1] * 10]; })));
attempt("fromEntries bad entry", () => Object.fromEntries([1]));

console.log(Object.is(NaN, NaN), Object.is(0, -0), Object.is(-0, -0), Object.is("a", "a"), Object.is({}, {}));
console.log(Object.is(), Object.is(null, undefined), Object.is(1, 1));

// Integrity levels.
const frozen = Object.freeze({ x: 1, nested: { y: 2 } });
attempt("frozen write", () => Object.assign(frozen, { x: 2 }));
attempt("frozen add", () => Object.assign(frozen, { added: true }));
frozen.nested.y = 3;
console.log(frozen, Object.isFrozen(frozen), Object.isSealed(frozen), Object.isExtensible(frozen));
const sealed = Object.seal({ x: 1 });
sealed.x = 2;
attempt("sealed add", () => Object.assign(sealed, { y: 3 }));
console.log(sealed, Object.isFrozen(sealed), Object.isSealed(sealed), Object.getOwnPropertyDescriptor(sealed, "x"));
const closed = Object.preventExtensions({ x: 1 });
attempt("closed add", () => Object.assign(closed, { y: 2 }));
delete closed.x;
console.log(closed, Object.isExtensible(closed), Object.isSealed(closed), Object.isFrozen(closed));
console.log(Object.isFrozen(Object.preventExtensions({})), Object.isFrozen(1), Object.isExtensible(1), Object.freeze(5));
const frozenArr = Object.freeze([1, 2]);
attempt("frozen index", () => Object.assign(frozenArr, { 0: 9 }));
attempt("frozen length", () => Object.assign(frozenArr, { length: 0 }));
console.log(frozenArr, frozenArr.length, Object.isFrozen(frozenArr), frozenArr.indexOf(2), frozenArr.map(function (x) { return x * 2; }));
function fn() {}
Object.freeze(fn);
console.log(Object.isFrozen(fn), Object.getOwnPropertyDescriptor(fn, "name").configurable);
const accessorFrozen = Object.freeze({ get g() { return 1; } });
console.log(Object.isFrozen(accessorFrozen), Object.getOwnPropertyDescriptor(accessorFrozen, "g").configurable);

// Object.prototype methods.
const obj = { own: 1 };
Object.defineProperty(obj, "quiet", { value: 2 });
console.log(obj.propertyIsEnumerable("own"), obj.propertyIsEnumerable("quiet"), obj.propertyIsEnumerable("toString"));
console.log([1].propertyIsEnumerable(0), [1].propertyIsEnumerable("length"));
console.log(obj.valueOf() === obj, typeof Object.prototype.valueOf.call(1), obj.toLocaleString());
console.log(({ toString: function () { return "custom"; } }).toLocaleString());
attempt("valueOf null", () => Object.prototype.valueOf.call(null));
attempt("propertyIsEnumerable null", () => Object.prototype.propertyIsEnumerable.call(undefined, "x"));
console.log(obj.hasOwnProperty("quiet"), obj.hasOwnProperty("toString"));
