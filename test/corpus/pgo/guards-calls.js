// Warm call, new and method sites on one target, then call them with others: other closures of
// the same literal (each with its own environment), other functions, bound functions, builtins,
// classes, non-callables; replace a prototype's method and a constructor's `prototype`.
function counter(start) { let n = start; return () => ++n; }
function callIt(f) { return f(); }
function make(C, a) { return new C(a); }
function Box(v) { this.v = v; }
Box.prototype.get = function () { return this.v; };
function viaMethod(o) { return o.get(); }

const c1 = counter(0);
let t = 0;
for (let i = 0; i < 1000; i++) t += callIt(c1) + make(Box, i).v + viaMethod(new Box(1));
console.log('warm', t);

const c2 = counter(100);
console.log(callIt(c2), callIt(c2), callIt(c1));
console.log(callIt(() => 'arrow'), callIt(function named() { return named.name; }));
console.log(callIt(Math.random.bind(null)) < 1, callIt(Date.now) > 0, callIt(Array).length);
try { callIt(42); } catch (e) { console.log(e.constructor.name, e.message); }
try { callIt(class K {}); } catch (e) { console.log(e.constructor.name, e.message); }

class Pair { constructor(a) { this.a = a; } }
console.log(make(Pair, 1), make(Array, 3).length, make(Map).size, make(Box.bind(null, 'bound')).v);
function Returns(a) { this.a = a; return { replaced: a }; }
console.log(make(Returns, 5));
try { make(() => 1); } catch (e) { console.log(e.constructor.name, e.message); }

Box.prototype = { get() { return 'new proto ' + this.v; } };
console.log(make(Box, 7).get(), make(Box, 8) instanceof Box);
Box.prototype = 5; // not an object: %Object.prototype% instead
const plain = make(Box, 9);
console.log(Object.getPrototypeOf(plain) === Object.prototype, plain.v);

const b = new Pair(0);
b.get = () => 'own method';
console.log(viaMethod(b), viaMethod({ get: () => 'literal' }));
const proto = { get() { return 'first'; } };
const child = Object.create(proto);
console.log(viaMethod(child));
proto.get = function () { return 'patched'; };
console.log(viaMethod(child));
