const proto = { greet() { return 'hi from ' + this.name; }, kind: 'proto' };
const obj = { __proto__: proto, name: 'obj' };
console.log(obj.greet(), obj.kind, Object.getPrototypeOf(obj) === proto);
console.log(Object.keys(obj), Object.prototype.hasOwnProperty.call(obj, '__proto__'));
console.log(obj);

// quoted form also sets prototype
const q = { '__proto__': proto };
console.log(Object.getPrototypeOf(q) === proto);

// computed form creates own property
const c = { ['__proto__']: proto };
console.log(Object.getPrototypeOf(c) === Object.prototype, Object.keys(c));

// shorthand creates own property
const __proto__ = proto;
const s = { __proto__ };
console.log(Object.getPrototypeOf(s) === Object.prototype, Object.keys(s));

// null prototype
const n = { __proto__: null, a: 1 };
console.log(Object.getPrototypeOf(n), 'toString' in n);
console.log(n);

// non-object value is ignored
const ignored = { __proto__: 42 };
console.log(Object.getPrototypeOf(ignored) === Object.prototype);

// __proto__ accessor on Object.prototype
const plain = {};
plain.__proto__ = proto;
console.log(plain.kind, plain.__proto__ === proto);
console.log(typeof Object.getOwnPropertyDescriptor(Object.prototype, '__proto__').get);

// null-proto object: __proto__ is an ordinary property
const np = Object.create(null);
np.__proto__ = proto;
console.log(np.kind, Object.keys(np), Object.getPrototypeOf(np));

// cycles are rejected
const a = {};
const b = { __proto__: a };
try {
  Object.setPrototypeOf(a, b);
} catch (e) {
  console.log(e.constructor.name + ': ' + e.message);
}
try {
  a.__proto__ = b;
} catch (e) {
  console.log(e.constructor.name + ': ' + e.message);
}

// JSON.parse creates own __proto__ property
const parsed = JSON.parse('{"__proto__": {"x": 1}}');
console.log(Object.getPrototypeOf(parsed) === Object.prototype, Object.keys(parsed), parsed.x);

// spread copies own __proto__ keys as own props? (define semantics)
const spreadSrc = JSON.parse('{"__proto__": "own"}');
const spreadCopy = { ...spreadSrc };
console.log(Object.keys(spreadCopy), Object.getPrototypeOf(spreadCopy) === Object.prototype);
