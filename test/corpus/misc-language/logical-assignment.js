let a = null;
a ??= 'default';
console.log(a);
a ??= 'not used';
console.log(a);

let b = 0;
b ||= 42;
console.log(b);
b ||= 99;
console.log(b);

let c = 1;
c &&= 'truthy-replaced';
console.log(c);
let c2 = '';
c2 &&= 'not assigned';
console.log(JSON.stringify(c2));

// short-circuit: rhs not evaluated
let calls = 0;
const f = () => { calls++; return 'rhs'; };
let x = 'set';
x ??= f();
x ||= f();
let y = 0;
y &&= f();
console.log(calls, x, y);

// setters not called when short-circuited
const log = [];
const obj = {
  _v: 'init',
  get v() { log.push('get'); return this._v; },
  set v(val) { log.push('set ' + val); this._v = val; },
};
obj.v ??= 'nope';
obj.v ||= 'nope';
obj.v &&= 'replaced';
console.log(log, obj._v);

// on object properties and computed keys
const counts = {};
for (const w of ['a', 'b', 'a', 'c', 'a']) {
  counts[w] ??= 0;
  counts[w]++;
}
console.log(counts);

let keyEvals = 0;
const key = () => { keyEvals++; return 'k'; };
const o2 = { k: 1 };
o2[key()] ||= 5;
console.log(o2, keyEvals);

// ?? vs ||
console.log(0 ?? 'x', 0 || 'x', '' ?? 'x', '' || 'x', NaN ?? 'x', NaN || 'x', false ?? 'x');
console.log(null ?? undefined ?? 'last');

// ?? requires parens with || (syntax); test with parens
console.log((null || undefined) ?? 'p1', null || (undefined ?? 'p2'));

// returns value of the expression
let z;
console.log((z ??= 5), (z ||= 6), (z &&= 7));

// const with logical assignment that short-circuits does not throw
const constVal = 'x';
constVal ??= 'y';
console.log(constVal);
try {
  const cz = null;
  cz ??= 1;
} catch (e) {
  console.log(e.constructor.name + ': ' + e.message);
}

// frozen object: short-circuit means no error even in strict mode
(function () {
  'use strict';
  const frozen = Object.freeze({ p: 1 });
  frozen.p ||= 2;
  console.log('no error', frozen.p);
  try {
    frozen.p &&= 3;
  } catch (e) {
    console.log(e.constructor.name + ': ' + e.message);
  }
})();
