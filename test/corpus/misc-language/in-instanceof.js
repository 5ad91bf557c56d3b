const obj = { a: 1, u: undefined };
console.log('a' in obj, 'u' in obj, 'b' in obj, 'toString' in obj);
console.log(0 in [1], 1 in [1], 'length' in [], 0 in [, 1], 1 in [, 1]);

const sym = Symbol('s');
console.log(sym in { [sym]: 1 }, Symbol.iterator in [], Symbol.iterator in {});

// keys coerced to strings
console.log(1 in { 1: 'x' }, '1' in ['a', 'b'], 1.0 in ['a', 'b']);

// in on primitives throws
for (const val of ['str', 5, null, undefined]) {
  try {
    console.log('length' in val);
  } catch (e) {
    console.log(e.constructor.name + ': ' + e.message);
  }
}

// in with prototype chain & null-prototype objects
const np = Object.create(null);
np.x = 1;
console.log('x' in np, 'toString' in np);

// instanceof basics
class A {}
class B extends A {}
const b = new B();
console.log(b instanceof B, b instanceof A, b instanceof Object, b instanceof Function);
console.log([] instanceof Array, [] instanceof Object, (() => {}) instanceof Function);
console.log(Object.create(null) instanceof Object);
console.log(5 instanceof Number, new Number(5) instanceof Number, 'x' instanceof String);

// instanceof with non-callable rhs throws
for (const rhs of [{}, 5, null]) {
  try {
    console.log({} instanceof rhs);
  } catch (e) {
    console.log(e.constructor.name + ': ' + e.message);
  }
}

// instanceof with function without prototype object
const arrow = () => {};
try {
  console.log({} instanceof arrow);
} catch (e) {
  console.log(e.constructor.name + ': ' + e.message);
}

// bound functions use target's prototype
function F() {}
const BoundF = F.bind(null);
console.log(new F() instanceof BoundF);

// changing prototype affects instanceof
function G() {}
const g = new G();
G.prototype = {};
console.log(g instanceof G);

// Symbol.hasInstance (custom)
const Even = { [Symbol.hasInstance]: (n) => n % 2 === 0 };
console.log(4 instanceof Even, 3 instanceof Even);

// private brand check with in
class Priv {
  #p;
  static has(o) { return #p in o; }
}
console.log(Priv.has(new Priv()), Priv.has({}));
