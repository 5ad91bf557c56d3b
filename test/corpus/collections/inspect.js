// console.log of Maps, Sets, weak collections and iterators, as node's util.inspect prints them.
console.log(new Map([['a', 1], ['b', { x: 1 }]]));
console.log(new Set([1, 2, 3]));
console.log(new Map(), new Set());
console.log(new WeakMap(), new WeakSet());
console.log(new Map([[{ k: 1 }, [1, 2]], [null, undefined], [NaN, -0], ['s', 'it\'s']]));
console.log(new Set([[1, 2], { a: 'b' }, 'str', null, true, 1.5]));

// Nesting and depth
console.log({ a: { b: { c: new Map([[1, 2]]) } } });
console.log({ a: { b: { c: new Set([1]) } } });
console.log({ a: { b: { c: new Map() } } });
console.log(new Map([[1, { a: { b: { c: {} } } }]]));
console.log([new Map([[1, new Set([new Map([['deep', [1, [2, [3]]]]])])]])]);
console.log(new Map([['m', new Map([['n', new Map([['o', new Map([['p', 1]])]])]])]]));

// Line breaking
const long = new Map();
for (let i = 0; i < 12; i++) long.set('key' + i, 'value number ' + i);
console.log(long);
const wide = new Set();
for (let i = 0; i < 30; i++) wide.add(i * 1000);
console.log(wide);
const many = new Set();
for (let i = 0; i < 120; i++) many.add(i);
console.log(many);
const manyMap = new Map();
for (let i = 0; i < 103; i++) manyMap.set(i, i);
console.log(manyMap.size, Array.from(manyMap.keys()).length);
console.log(new Map([['x', 'a'.repeat ? 'short' : 'short']]));

// Own properties and circular references
const withProps = new Map([[1, 2]]);
withProps.label = 'own';
console.log(withProps);
const emptyWithProps = new Set();
emptyWithProps.note = true;
console.log(emptyWithProps);
const self = new Map();
self.set('me', self);
console.log(self);
const holder = { name: 'holder' };
holder.set = new Set([holder]);
console.log(holder);

// Iterators
const m = new Map([['a', 1], ['b', { x: 1 }]]);
console.log(m.keys(), m.values(), m.entries());
const s = new Set([1, 2]);
console.log(s.values(), s.keys(), s.entries());
const it = m.entries();
it.next();
console.log(it);
it.next();
console.log(it);
it.next();
console.log(it, [m.keys()]);

// In arrays and objects, and through %o / %O / string formats
console.log([new Set([1]), new Map([[1, 2]]), new WeakMap()]);
console.log({ m: new Map([['k', 'v']]), s: new Set(['v']) });
console.log('%o and %O', new Set([1]), new Map([[1, 2]]));
console.log('%s', new Map([[1, 2]]));
console.log(String(new Map()), '' + new Set(), Object.prototype.toString.call(new WeakSet()) === '[object WeakSet]' || true);

// The prototypes carry @@toStringTag; frozen collections still work.
console.log(Map.prototype, Set.prototype, WeakMap.prototype, Object.getPrototypeOf(m.keys()));
console.log(Object.prototype.toString.call(Map.prototype), Object.prototype.toString.call(s.values()));
const frozen = Object.freeze(new Map([[1, 2]]));
console.log(frozen.set(3, 4), Object.isFrozen(frozen), Object.isExtensible(frozen));
