function makeIter(n, log) {
  let i = 0;
  return {
    [Symbol.iterator]() {
      return this;
    },
    next() {
      log.push('next');
      i++;
      return { value: i, done: i > n };
    },
    return(v) {
      log.push('return');
      return { done: true, value: v };
    },
  };
}

// fewer targets than values: return() called
let log = [];
const [a, b] = makeIter(5, log);
console.log(a, b, log);

// exhausted: return() not called
log = [];
const [c, d, e] = makeIter(2, log);
console.log(c, d, e, log);

// rest exhausts: return() not called
log = [];
const [f, ...g] = makeIter(3, log);
console.log(f, g, log);

// empty pattern: return() called
log = [];
const [] = makeIter(3, log);
console.log(log);

// error in default: return() called
log = [];
try {
  const [x = (() => { throw new Error('default threw'); })()] = {
    [Symbol.iterator]() { return this; },
    next() { log.push('next'); return { value: undefined, done: false }; },
    return() { log.push('return'); return {}; },
  };
} catch (err) {
  console.log(err.message, log);
}

// error thrown by next(): return() NOT called
log = [];
try {
  const [y] = {
    [Symbol.iterator]() { return this; },
    next() { log.push('next'); throw new Error('next threw'); },
    return() { log.push('return'); return {}; },
  };
} catch (err) {
  console.log(err.message, log);
}

// generator finally runs when destructuring stops early
log = [];
function* gen() {
  try {
    yield 1;
    yield 2;
    yield 3;
  } finally {
    log.push('finally');
  }
}
const [g1, g2] = gen();
console.log(g1, g2, log);

// return returning non-object throws TypeError
try {
  const [z] = {
    [Symbol.iterator]() { return this; },
    next() { return { value: 1, done: false }; },
    return() { return 5; },
  };
} catch (err) {
  console.log(err.constructor.name + ': ' + err.message);
}
