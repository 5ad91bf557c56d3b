// Functions whose parameters contain expressions (defaults, computed keys) give their body's
// declarations an environment of their own (ECMA-262 §10.2.11 steps 27-28): closures in the
// parameters see the parameters, never the body's vars, lets or functions, and a body var named
// like a parameter starts with the parameter's value.
const x = 'outer x';
function g() { return 'outer g'; }

function shadowed(a, getA = () => a, setA = (v) => { a = v; }) {
  const first = a;
  var a = 'body';
  setA('set by default');
  return [first, a, getA()];
}
console.log(shadowed('param'), shadowed());

function noDefaults(a, getA) { var a; a = a + '!'; return [a, getA()]; }
console.log(noDefaults('shared', () => 'no scope of its own'));

function lexical(a = x, b = () => x, c = typeof g === 'function' ? g() : 'none') {
  let x = 'inner x';
  function g() { return 'inner g'; }
  return [a, b(), c, x, g()];
}
console.log(lexical());

function sameNameFunction(a = 1) { function a() {} return typeof a; }
console.log(sameNameFunction(), sameNameFunction(5));

function destructured({ k, v = k * 2 }, [first = v] = [], getV = () => v) {
  var v;
  const before = v;
  v = 'changed';
  return [k, before, v, getV(), first];
}
console.log(destructured({ k: 3 }), destructured({ k: 1, v: 9 }, [7]));

const key = 'dyn';
function computed({ [key]: value }, read = () => value) { var value = 'body'; return [value, read()]; }
console.log(computed({ dyn: 'from key' }));

// Closures made in the body and in the defaults, all captured and called later.
function counters(n = 0, inc = () => ++n) {
  var n;
  const bodyInc = () => ++n;
  inc(); inc(); bodyInc();
  return [n, inc(), bodyInc()];
}
console.log(counters(), counters(10));

function withArguments(a = 'd', b = arguments.length) { var a; return [a, b, arguments.length, arguments[0]]; }
console.log(withArguments(), withArguments('given'), withArguments(undefined, 'b'));

const arrow = (p = 1, f = () => p) => { var p = p + 1; return [p, f()]; };
console.log(arrow(), arrow(41));

function* gen(start = 1, peek = () => start) {
  var start = start * 10;
  yield start;
  yield peek();
}
console.log([...gen()], [...gen(2)]);

async function asyncFn(v = 'a', read = () => v) {
  var v = v + 'b';
  await null;
  return [v, read()];
}
asyncFn().then((r) => console.log('async', r));

class Box {
  constructor(value = 0, get = () => value) { var value = value + 1; this.pair = [value, get()]; }
  method(m = 'm', f = () => m) { var m = 'body'; return [m, f()]; }
  static of(v = 'static', f = () => v) { var v = 'changed'; return [v, f()]; }
}
console.log(new Box(5).pair, new Box().method(), Box.of());

const obj = { m(t = this.tag, f = () => t) { var t = 'body ' + t; return [t, f()]; }, tag: 'obj' };
console.log(obj.m());

// Names read in a default before a later parameter is bound: TDZ, even with a body var.
function tdz(a = b, b = 1) { var b = 2; return [a, b]; }
try { tdz(); } catch (e) { console.log(e.constructor.name, e.message); }
console.log(tdz(0));

// Recursion through the function's own name from a default.
const fact = function f(n, acc = n <= 1 ? 1 : n * f(n - 1)[0]) { var f = 'shadowed'; return [acc, typeof f]; };
console.log(fact(5));
