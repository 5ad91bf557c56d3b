class Range {
  constructor(start, end, step = 1) {
    this.start = start;
    this.end = end;
    this.step = step;
  }
  [Symbol.iterator]() {
    let cur = this.start;
    const { end, step } = this;
    return {
      next() {
        if (cur < end) {
          const value = cur;
          cur += step;
          return { value, done: false };
        }
        return { value: undefined, done: true };
      },
      [Symbol.iterator]() { return this; },
    };
  }
}

const r = new Range(0, 5);
const forOf = [];
for (const x of r) forOf.push(x);
console.log(forOf);
console.log([...r]);
console.log([...new Range(0, 10, 3)]);
const [first, second, ...others] = r;
console.log(first, second, others);
console.log(Array.from(r));
console.log(Array.from(r, x => x * x));
console.log(new Set(new Range(0, 3)));
console.log(new Map(Array.from(new Range(1, 4), i => [i, 'v' + i])));
console.log(Math.max(...r));
console.log(Object.fromEntries(Array.from(new Range(0, 2), i => ['k' + i, i])));

// reusable: each call gets a fresh iterator
console.log([...r].length, [...r].length);

// iterator objects can be iterated themselves
const it = r[Symbol.iterator]();
it.next();
console.log([...it]);
console.log([...it]);

// Map from custom iterable of pairs
const pairs = {
  *[Symbol.iterator]() {
    yield ['a', 1];
    yield ['b', 2];
  },
};
console.log(new Map(pairs));
console.log(Object.fromEntries(pairs));

// done result with value is not included
const withReturn = {
  [Symbol.iterator]() {
    let i = 0;
    return { next: () => (i++ < 2 ? { value: i, done: false } : { value: 'final', done: true }) };
  },
};
console.log([...withReturn]);

// next result missing done treated as false; missing value undefined
const noDone = {
  [Symbol.iterator]() {
    let i = 0;
    return { next: () => (i++ < 2 ? {} : { done: true }) };
  },
};
console.log([...noDone]);

// Symbol.iterator not a function
try {
  for (const x of { [Symbol.iterator]: 5 }) {}
} catch (e) {
  console.log(e.constructor.name);
}
// iterator returning non-object
try {
  const bad = { [Symbol.iterator]() { return 1; } };
  [...bad];
} catch (e) {
  console.log(e.constructor.name + ': ' + e.message);
}
