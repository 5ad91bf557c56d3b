// strings, including surrogate pairs
const [c1, c2, ...cRest] = 'héllo';
console.log(c1, c2, cRest);
const [e1, e2] = '😀x';
console.log(e1, e2, e1.length);

// Map and Set
const m = new Map([['k1', 'v1'], ['k2', 'v2'], ['k3', 'v3']]);
const [[k1, v1], second] = m;
console.log(k1, v1, second);
const [, ...mapRest] = m;
console.log(mapRest);
for (const [k, v] of m) console.log(k, '=>', v);

const s = new Set([3, 1, 3, 2]);
const [s1, ...sRest] = s;
console.log(s1, sRest);

// map entries/keys/values iterators
const [firstKey] = m.keys();
const [, secondVal] = m.values();
console.log(firstKey, secondVal);

// arguments object
function f() {
  const [a, b] = arguments;
  return a + b;
}
console.log(f(2, 3));

// generator
function* gen() {
  yield 'g1';
  yield 'g2';
  yield 'g3';
}
const [g1, , g3] = gen();
console.log(g1, g3);

// custom iterable
const range = {
  from: 1,
  to: 5,
  [Symbol.iterator]() {
    let cur = this.from;
    const to = this.to;
    return { next: () => (cur <= to ? { value: cur++, done: false } : { value: undefined, done: true }) };
  },
};
const [r1, r2, ...rr] = range;
console.log(r1, r2, rr);

// array entries
for (const [i, v] of ['a', 'b'].entries()) console.log(i, v);

// Object.entries
const obj = { one: 1, two: 2 };
for (const [key, val] of Object.entries(obj)) console.log(key, val);

// non-iterable errors
for (const bad of [{}, 5, undefined, null]) {
  try {
    const [x] = bad;
    console.log('no error', x);
  } catch (e) {
    console.log(e.constructor.name + ': ' + e.message);
  }
}
