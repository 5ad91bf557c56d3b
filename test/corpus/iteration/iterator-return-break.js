function tracked(values, log) {
  return {
    [Symbol.iterator]() {
      let i = 0;
      return {
        next() {
          log.push('next');
          return i < values.length ? { value: values[i++], done: false } : { value: undefined, done: true };
        },
        return(v) {
          log.push('return');
          return { value: v, done: true };
        },
      };
    },
  };
}

let log = [];
for (const x of tracked([1, 2, 3], log)) {
  if (x === 2) break;
}
console.log('break', log);

log = [];
for (const x of tracked([1, 2, 3], log)) {}
console.log('exhaust', log);

log = [];
try {
  for (const x of tracked([1, 2, 3], log)) {
    throw new Error('boom');
  }
} catch (e) {
  console.log('throw', e.message, log);
}

log = [];
function early() {
  for (const x of tracked([1, 2, 3], log)) {
    if (x === 1) return 'returned';
  }
}
console.log('return', early(), log);

log = [];
outer: for (const o of [1, 2]) {
  for (const x of tracked(['a', 'b'], log)) {
    continue outer;
  }
}
console.log('continue outer', log);

log = [];
for (const x of tracked([1, 2], log)) {
  continue;
}
console.log('continue', log);

// return() missing is fine
const noReturn = {
  [Symbol.iterator]() {
    let i = 0;
    return { next: () => ({ value: i++, done: false }) };
  },
};
for (const x of noReturn) {
  if (x > 2) break;
}
console.log('no return ok');

// error from return() replaces nothing on throw, but surfaces on break
const throwingReturn = {
  [Symbol.iterator]() {
    return {
      next: () => ({ value: 1, done: false }),
      return() { throw new Error('from return'); },
    };
  },
};
try {
  for (const x of throwingReturn) break;
} catch (e) {
  console.log('break ->', e.message);
}
try {
  for (const x of throwingReturn) throw new Error('from body');
} catch (e) {
  console.log('throw ->', e.message);
}

// Array.from and spread exhaust, no return call
log = [];
Array.from(tracked([1], log));
console.log('Array.from', log);

// nested destructuring in for-of header that throws closes the iterator
log = [];
try {
  for (const { a: { b } } of tracked([{ a: 1 }, { a: null }], log)) {}
} catch (e) {
  console.log('pattern error', e.constructor.name, log);
}
