function* counted(log) {
  try {
    for (let i = 1; i <= 5; i++) {
      log.push('yield ' + i);
      yield i;
    }
  } finally {
    log.push('finally');
  }
}

let log = [];
const [a, b] = counted(log);
console.log(a, b, log);

log = [];
const [x, , z] = counted(log);
console.log(x, z, log);

log = [];
const [first, ...rest] = counted(log);
console.log(first, rest, log);

log = [];
const [] = counted(log);
console.log(log);

// assignment destructuring
log = [];
let p, q;
[p, q] = counted(log);
console.log(p, q, log);

// spread / Array.from run to completion
log = [];
console.log([...counted(log)].length, log.slice(-2));

// object destructuring of generator object itself
function* g() { yield 1; }
const { next, return: ret, throw: thr } = g();
console.log(typeof next, typeof ret, typeof thr);

// destructuring in params from generator
function firstTwo([a, b]) { return a + b; }
log = [];
console.log(firstTwo(counted(log)), log);

// nested destructuring with generators of generators
function* outer() {
  yield (function* () { yield 'in1'; yield 'in2'; })();
  yield 'second';
}
const [[in1], second] = outer();
console.log(in1, second);

// for-of with destructuring head over generator of pairs
function* pairs() { yield ['k1', 'v1']; yield ['k2', 'v2']; }
for (const [k, v] of pairs()) console.log(k, v);
