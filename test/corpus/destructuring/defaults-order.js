const log = [];
function d(name, v) {
  log.push(name);
  return v;
}

// defaults only evaluated when value is undefined, left to right
const [a = d('a', 1), b = d('b', 2), c = d('c', 3)] = [undefined, 'given'];
console.log(a, b, c, log);

log.length = 0;
const { p = d('p', 'P'), q = d('q', 'Q'), r = d('r', 'R') } = { q: 0 };
console.log(p, q, r, log);

// defaults can reference earlier bindings
const [x = 1, y = x + 1, z = x + y] = [];
console.log(x, y, z);

const { m = 10, n = m * 2 } = { m: 3 };
console.log(m, n);

// referencing a later binding is a TDZ error
try {
  const [u = v, v = 1] = [];
  console.log(u, v);
} catch (e) {
  console.log(e.constructor.name + ': ' + e.message);
}

// order between getter reads and defaults
log.length = 0;
const src = {
  get one() { log.push('get one'); return undefined; },
  get two() { log.push('get two'); return 2; },
};
const { one = d('default one', 1), two = d('default two', 0) } = src;
console.log(one, two, log);

// iterator steps interleave with defaults
log.length = 0;
const iter = {
  [Symbol.iterator]() {
    let i = 0;
    return {
      next() {
        log.push('next ' + i);
        i++;
        return { value: i === 2 ? 'two' : undefined, done: i > 3 };
      },
    };
  },
};
const [i1 = d('i1', 'I1'), i2 = d('i2', 'I2')] = iter;
console.log(i1, i2, log);

// param defaults evaluated per call
let count = 0;
function f(v = ++count) { return v; }
console.log(f(), f(), f(100), f(), count);

// default is a function: name inference
const [fn = function () {}, arrow = () => {}] = [];
const { cls = class {} } = {};
console.log(fn.name, arrow.name, cls.name);
