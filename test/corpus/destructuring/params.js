function point({ x = 0, y = 0 } = {}) {
  return `${x},${y}`;
}
console.log(point(), point({}), point({ x: 5 }), point({ y: 3, x: 1 }));

function arr([a, b = a * 2, ...rest]) {
  return [a, b, rest];
}
console.log(arr([1]), arr([1, 5, 6, 7]));

function nested({ user: { name, tags: [firstTag = 'none'] = [] } }) {
  return name + ':' + firstTag;
}
console.log(nested({ user: { name: 'ann' } }), nested({ user: { name: 'bob', tags: ['admin', 'x'] } }));

const arrow = ({ a }, [b], ...others) => [a, b, others.length];
console.log(arrow({ a: 1 }, [2], 3, 4, 5));

// length of functions with destructured params
console.log(point.length, arr.length, nested.length, arrow.length);
function withDefaults(a, { b } = {}, c) {}
console.log(withDefaults.length);

// defaults can reference earlier destructured bindings
function chain({ a = 1, b = a + 1 }, [c = b * 10] = []) {
  return [a, b, c];
}
console.log(chain({}), chain({ a: 5 }), chain({ b: 0 }, [undefined]));

// calling without arg when pattern has no default
try {
  point.call(null, undefined);
  (function ({ x }) {})();
} catch (e) {
  console.log(e.constructor.name + ': ' + e.message);
}

try {
  (function ([x]) {})();
} catch (e) {
  console.log(e.constructor.name + ': ' + e.message);
}

// destructuring in method and class constructor
class Rect {
  constructor({ w = 1, h = 1 } = {}) {
    this.area = w * h;
  }
  scale({ factor }) {
    return this.area * factor;
  }
}
console.log(new Rect({ w: 3, h: 4 }).area, new Rect().area, new Rect({ w: 2 }).scale({ factor: 3 }));

// arguments object still sees original arg
function argsSeen({ a }) {
  return [a, arguments[0]];
}
console.log(argsSeen({ a: 9 }));
