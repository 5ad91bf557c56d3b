// manually driving iterators
function iterate(iterable) {
  const it = iterable[Symbol.iterator]();
  const results = [];
  let step;
  while (!(step = it.next()).done) results.push(step.value);
  results.push('done:' + String(step.value));
  return results;
}
console.log(iterate([1, 2]));
console.log(iterate('ab'));
console.log(iterate(new Set(['x'])));

// iterator that counts next() calls and ignores args
let calls = 0;
const counting = {
  [Symbol.iterator]() {
    return {
      next(...args) {
        calls++;
        return calls <= 3 ? { value: args.length, done: false } : { done: true };
      },
    };
  },
};
console.log([...counting], calls);

// for-of caches next method at start
let nextLookups = 0;
const cachedNext = {
  [Symbol.iterator]() {
    let i = 0;
    const iterObj = {};
    Object.defineProperty(iterObj, 'next', {
      get() {
        nextLookups++;
        return () => (i++ < 3 ? { value: i, done: false } : { done: true });
      },
    });
    return iterObj;
  },
};
const vals = [];
for (const v of cachedNext) vals.push(v);
console.log(vals, nextLookups);

// value/done getters read lazily
const log = [];
const lazy = {
  [Symbol.iterator]() {
    let i = 0;
    return {
      next() {
        i++;
        return {
          get done() { log.push('done' + i); return i > 2; },
          get value() { log.push('value' + i); return i; },
        };
      },
    };
  },
};
for (const v of lazy) log.push('body' + v);
console.log(log);

// zip two iterables
function zip(a, b) {
  const ia = a[Symbol.iterator](), ib = b[Symbol.iterator]();
  const out = [];
  while (true) {
    const x = ia.next(), y = ib.next();
    if (x.done || y.done) break;
    out.push([x.value, y.value]);
  }
  return out;
}
console.log(zip([1, 2, 3], 'ab'));

// iterator helpers absent check avoided; Array.from with map
console.log(Array.from({ length: 3 }, (_, i) => i * 2));
console.log(Array.from(new Map([[1, 2]]), ([k, v]) => k + v));
