// Prototype-dependent prefixes: "[Object: null prototype] {}", objects whose prototype has no
// usable constructor, non-enumerable properties (hidden, or "[key]" with %o), symbols,
// %j, and error causes.
const bare = Object.create(null);
console.log(bare, [bare], { bare });
bare.key = "value";
bare.nested = Object.create(null);
console.log(bare);
console.log(Object.create(Object.create(null)));
const protoNoCtor = { shared: true };
const child = Object.create(protoNoCtor);
child.own = 1;
console.log(child, Object.create(protoNoCtor));
function Legacy() { this.v = 1; }
const fromLegacy = Object.create(Legacy.prototype);
console.log(fromLegacy, Object.setPrototypeOf({ moved: true }, Legacy.prototype));
console.log(Object.setPrototypeOf([1, 2], null), Object.setPrototypeOf(function f() {}, null));
console.log(Object.setPrototypeOf(new Number(5), null), Object.setPrototypeOf({ a: 1 }, Array.prototype));
const hidden = Object.defineProperty({ visible: 1 }, "hidden", { value: 2, enumerable: false });
console.log(hidden, Object.keys(hidden));
console.log("%o", hidden);
const nullErr = new Error("detached");
delete nullErr.stack;
Object.setPrototypeOf(nullErr, null);
console.log(nullErr);
const sym = Symbol("tag");
const withSymbols = { [sym]: 1, regular: 2, [Symbol()]: 3, [Symbol("it's")]: 4 };
console.log(sym, Symbol(), Symbol("with space"), [sym], withSymbols);
console.log("%s", sym);
console.log("%j %j %j", { a: [1, "x"] }, "str", [null]);
const circular = { name: "loop" };
circular.self = circular;
console.log("%j", circular);
function noStack(e) { delete e.stack; return e; }
const cause = noStack(new TypeError("root cause"));
console.log(noStack(new Error("outer", { cause })));
console.log(noStack(new Error("primitive cause", { cause: 42 })));
console.log({ chain: noStack(new Error("top", { cause: noStack(new Error("middle", { cause })) })) });
console.log(Object.prototype, Array.prototype, Function.prototype);
console.log(Object.create(Array.prototype), Object.create(Function.prototype));
const frozen = Object.freeze({ a: 1, b: [2] });
console.log(frozen, Object.isFrozen(frozen));
const proxyLike = Object.create({ constructor: { name: "NotAFunction" } });
console.log(proxyLike);
