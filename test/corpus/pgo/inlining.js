// Call sites with one hot target get the target's body inlined in the profile-guided build. Each
// case runs its call many times (so the profile marks it hot), then does what an inlined body must
// still do as a call would: throw to the caller's handler, appear in Error.stack, count towards the
// call depth, bind parameters (missing, extra, defaults, destructured), see sloppy `this`, run a
// finally on return, read and write variables of enclosing scopes, and construct with `new`
// (including a constructor that returns an object). Finally the hot target is replaced, so the
// guard fails and the generic call runs.
class Vec {
  constructor(x, y) { this.x = x; this.y = y; }
  add(v) { return new Vec(this.x + v.x, this.y + v.y); }
  dot(v) { return this.x * v.x + this.y * v.y; }
}

let acc = new Vec(0, 0);
let d = 0;
for (let i = 0; i < 300; i++) {
  const v = new Vec(i, -i / 2);
  acc = acc.add(v);
  d += acc.dot(v);
}
console.log(acc.x, acc.y, d);

// A throw inside the inlined body reaches the caller's catch; the stack names the callee.
function check(n) {
  if (n > 250) throw new RangeError(`too big: ${n}`);
  return n * 2;
}
let total = 0, caught = null;
for (let i = 0; i < 260; i++) {
  try { total += check(i); } catch (e) { caught = e; break; }
}
console.log(total, caught && caught.message, caught instanceof RangeError);
console.log(caught.stack.split('\n')[1].trim().startsWith('at check'));

// Reading a property of undefined inside the inlined body: node's message.
function field(o) { return o.value; }
let sum = 0;
for (let i = 0; i < 200; i++) sum += field({ value: i });
try { field(undefined); } catch (e) { console.log(e.constructor.name, e.message); }
console.log(sum);

// Parameters: missing, extra, defaults, destructuring.
function params(a, b = a + 1, { c = 3 } = {}) { return [a, b, c].join(','); }
const seen = new Set();
for (let i = 0; i < 100; i++) {
  seen.add(params(1));
  seen.add(params(1, 5));
  seen.add(params(1, undefined, { c: 9 }));
  seen.add(params());
}
console.log([...seen].join(' | '));
function two(a, b) { return `${a}/${b}`; }
let last = '';
for (let i = 0; i < 100; i++) last = two(i, i + 1, i + 2, i + 3);
console.log(last);

// Sloppy `this`: the global object for an undefined receiver.
function sloppyThis() { return this === globalThis; }
let sloppy = 0;
for (let i = 0; i < 100; i++) if (sloppyThis()) sloppy++;
console.log(sloppy);

// A return inside try/finally, and a loop, in the inlined body.
const log = [];
function withFinally(n) {
  let s = 0;
  try {
    for (let i = 0; i < n; i++) { s += i; if (s > 20) return s; }
    return -s;
  } finally {
    if (n === 99) log.push(`finally ${s}`);
  }
}
let f = 0;
for (let i = 0; i < 100; i++) f += withFinally(i % 10);
console.log(f, withFinally(99), log.join());

// Variables of enclosing scopes, read and written by the inlined body.
let counter = 0;
const step = 3;
function bump(k) { counter += step * k; return counter; }
for (let i = 0; i < 200; i++) bump(i % 4);
console.log(counter);

// A constructor that returns an object, and one that returns a primitive (ignored).
function Boxed(v) { this.v = v; if (v < 0) return { v: 'override' }; return 1; }
let boxes = 0;
for (let i = 0; i < 100; i++) boxes += new Boxed(i).v;
console.log(boxes, new Boxed(-1).v, new Boxed(2) instanceof Boxed);

// Deep recursion through an inlined call still ends in a catchable RangeError.
function deep(n) { return n === 0 ? 0 : 1 + deeper(n - 1); }
function deeper(n) { return deep(n); }
console.log(deep(50));
for (let i = 0; i < 50; i++) deep(20);
try { deep(1e6); } catch (e) { console.log(e instanceof RangeError, e.message); }

// The hot target replaced: the guard fails and the generic call runs.
let op = (a, b) => a + b;
function apply(a, b) { return op(a, b); }
let r = 0;
for (let i = 0; i < 200; i++) r = apply(r, i);
op = (a, b) => a * b;
console.log(r, apply(6, 7));
