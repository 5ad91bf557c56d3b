// yield* forwards next/throw/return to a custom iterator
function makeIter(log) {
  let i = 0;
  return {
    [Symbol.iterator]() { return this; },
    next(v) {
      log.push('next(' + v + ')');
      i++;
      return i <= 3 ? { value: 'v' + i, done: false } : { value: 'inner-ret', done: true };
    },
    throw(e) {
      log.push('throw(' + e + ')');
      return { value: 'handled-' + e, done: false };
    },
    return(v) {
      log.push('return(' + v + ')');
      return { value: 'ret-' + v, done: true };
    },
  };
}

function* delegator(log) {
  const r = yield* makeIter(log);
  log.push('delegate result ' + r);
  return r;
}

let log = [];
let d = delegator(log);
console.log(d.next('a'), d.next('b'), d.next('c'), d.next('d'));
console.log(log);

log = [];
d = delegator(log);
d.next();
console.log(d.throw('E1'));
console.log(d.next('after'));
console.log(log);

log = [];
d = delegator(log);
d.next();
console.log(d.return('R1'));
console.log(d.next());
console.log(log);

// inner iterator without throw(): yield* closes it and throws TypeError
const noThrow = {
  [Symbol.iterator]() { return this; },
  next() { return { value: 1, done: false }; },
  return() { console.log('closing noThrow'); return {}; },
};
function* d2() { yield* noThrow; }
const g2 = d2();
g2.next();
try {
  g2.throw(new Error('x'));
} catch (e) {
  console.log(e.constructor.name + ': ' + e.message);
}

// inner iterator without return(): outer just completes
const noReturn = {
  [Symbol.iterator]() { return this; },
  next() { return { value: 1, done: false }; },
};
function* d3() { try { yield* noReturn; } finally { console.log('d3 finally'); } }
const g3 = d3();
g3.next();
console.log(g3.return('bye'));

// result objects from inner are passed through as-is by next()
const extra = {
  [Symbol.iterator]() { return this; },
  next() { return { value: 'x', done: false, extra: 'kept?' }; },
};
function* d4() { yield* extra; }
const r4 = d4().next();
console.log(r4, 'extra' in r4);
