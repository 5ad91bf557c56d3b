// var vs let in loops
const varFns = [];
for (var i = 0; i < 3; i++) varFns.push(() => i);
console.log(varFns.map(f => f()));

const letFns = [];
for (let j = 0; j < 3; j++) letFns.push(() => j);
console.log(letFns.map(f => f()));

// let binding copied per iteration, mutation inside body
const mutFns = [];
for (let k = 0; k < 6; k++) {
  mutFns.push(() => k);
  k++;
}
console.log(mutFns.map(f => f()));

// IIFE capturing var
const iifeFns = [];
for (var m = 0; m < 3; m++) {
  iifeFns.push((function (captured) { return () => captured; })(m));
}
console.log(iifeFns.map(f => f()));

// IIFE forms
console.log((function () { return 'classic'; })());
console.log((function () { return 'crockford'; }()));
console.log((() => 'arrow')());
console.log(!function () { return false; }());
console.log(void function () {}());

// counter factory
function makeCounter() {
  let count = 0;
  return {
    inc: () => ++count,
    dec: () => --count,
    get value() { return count; },
  };
}
const c1 = makeCounter();
const c2 = makeCounter();
c1.inc(); c1.inc(); c2.dec();
console.log(c1.value, c2.value);

// memoize
function memo(fn) {
  const cache = new Map();
  return (n) => {
    if (!cache.has(n)) cache.set(n, fn(n));
    return cache.get(n);
  };
}
let calls = 0;
const slowSquare = memo((n) => { calls++; return n * n; });
console.log(slowSquare(4), slowSquare(4), slowSquare(5), calls);

// closure sees later updates
let late = 'before';
const readLate = () => late;
late = 'after';
console.log(readLate());

// closures in while with block-scoped const
const wfns = [];
let w = 0;
while (w < 3) {
  const captured = w * 10;
  wfns.push(() => captured);
  w++;
}
console.log(wfns.map(f => f()));

// for-in/of closures
const ofFns = [];
for (const v of ['x', 'y']) ofFns.push(() => v);
const inFns = [];
for (const key in { p: 1, q: 2 }) inFns.push(() => key);
console.log(ofFns.map(f => f()), inFns.map(f => f()));
