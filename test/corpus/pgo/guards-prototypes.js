// Warm three kinds of prototype reads (a primitive's method from String.prototype and
// Number.prototype, a class getter, a function's `length`), then change what the guards stand for:
// a method replaced or added on String.prototype, a getter redefined, shadowed or inherited from
// further up, functions with an own or a bound `length`, and objects shaped like functions.
function code(s, i) { return s.charCodeAt(i); }
function fixed(n) { return n.toFixed(1); }
function arity(f) { return f.length; }
class Person {
  constructor(first, last) { this.first = first; this.last = last; }
  get full() { return `${this.first} ${this.last}`; }
}
function fullName(p) { return p.full; }

let sum = 0, text = '';
for (let i = 0; i < 400; i++) {
  sum += code('hello world', i % 11) + arity((a, b) => a) + arity(function (a, b, c) {});
  text = fixed(i / 7) + fullName(new Person('Ada', `L${i}`));
}
console.log('warm', sum, text);

// String.prototype: a method replaced keeps its shape (the slot holds the new function), an
// added key moves its shape; numbers and strings keep their own methods apart.
const original = String.prototype.charCodeAt;
String.prototype.charCodeAt = function (i) { return `patched ${this}[${i}]`; };
console.log(code('abc', 1), fixed(2.25));
String.prototype.shout = function () { return this.toUpperCase(); };
String.prototype.charCodeAt = original;
console.log(code('abc', 1), code('😀', 1), code('', 0), code(new String('xy'), 0), 'q'.shout());
delete String.prototype.shout;
console.log(code('abc', 2), fixed(-0.05), fixed(1e21), fixed(NaN));
console.log(code({ charCodeAt: (i) => `own ${i}` }, 3), fixed({ toFixed: () => 'object' }));
Number.prototype.toFixed = function () { return 'number patched'; };
console.log(fixed(3), code('z', 0));
try { code(undefined, 0); } catch (e) { console.log(e.constructor.name, e.message); }
try { fixed(null); } catch (e) { console.log(e.constructor.name, e.message); }

// Getters: redefined on the prototype, shadowed on the instance, inherited by a subclass, and
// a receiver of another class with a data property of that name.
const ada = new Person('Ada', 'Lovelace');
Object.defineProperty(Person.prototype, 'full', { get() { return `${this.last}, ${this.first}`; }, configurable: true });
console.log(fullName(ada));
Object.defineProperty(ada, 'full', { value: 'own value' });
console.log(fullName(ada), fullName(new Person('Alan', 'Turing')));
class Employee extends Person { get role() { return 'staff'; } }
console.log(fullName(new Employee('Grace', 'Hopper')), fullName({ full: 'plain' }), fullName(Object.create(Person.prototype)));
Object.defineProperty(Person.prototype, 'full', { set(v) {}, configurable: true });
console.log(fullName(ada), fullName(new Person('Edsger', 'Dijkstra')));
let calls = 0;
class Counter { get next() { calls++; if (calls > 402) throw new Error(`getter threw at ${calls}`); return calls; } }
const counter = new Counter();
function next(c) { return c.next; }
try { for (let i = 0; i < 500; i++) next(counter); } catch (e) { console.log(e.message); }

// Function `length`: own properties, bound functions, classes, rest and default parameters,
// natives, and objects whose shape a function could have.
function withOwn(a) {}
Object.defineProperty(withOwn, 'length', { value: 'own length' });
class Three { constructor(a, b, c) {} static length = 'static'; }
console.log(arity(withOwn), arity(Three), arity(class { constructor(a) {} }), arity(function (a, b = 1, c) {}), arity((...r) => r));
console.log(arity(Math.max), arity(arity.bind(null)), arity(((a, b, c) => 0).bind(null, 1)), arity(Object.create(Function.prototype)), arity([1, 2]), arity('four'));
console.log(arity(function (x, y) {}), arity({ length: 5 }));
