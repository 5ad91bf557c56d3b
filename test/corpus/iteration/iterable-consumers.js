function* source() {
  yield ['a', 1];
  yield ['b', 2];
  yield ['a', 3];
}

console.log(new Map(source()));
console.log(new Set(source()).size);
console.log(Object.fromEntries(source()));
console.log(Array.from(source(), ([k, v]) => k + v));
console.log([...source()].length);

// Promise.all/allSettled accept iterables but are async — use sync consumers only
// WeakMap/WeakSet from iterables
const k1 = {}, k2 = {};
const wm = new WeakMap([[k1, 'one'], [k2, 'two']]);
console.log(wm.get(k1), wm.has(k2));
const ws = new WeakSet((function* () { yield k1; })());
console.log(ws.has(k1), ws.has(k2));

// Map constructor with non-entry items throws
try {
  new Map([1, 2]);
} catch (e) {
  console.log(e.constructor.name + ': ' + e.message);
}

// Map constructor with entry-like objects (only 0 and 1 read)
console.log(new Map([{ 0: 'k', 1: 'v', 2: 'ignored' }, ['x', 'y', 'z']]));

// String.prototype methods on iterables
console.log(Array.from(new Set('hello')).join(''));

// Array.from with iterable vs array-like preference
const both = { length: 5, 0: 'arraylike', [Symbol.iterator]: function* () { yield 'iterable'; } };
console.log(Array.from(both));

// Set operations via iterables
const a = new Set([1, 2, 3]);
console.log([...a].filter(x => x > 1), new Set([...a].map(x => x * 2)));

// Array.prototype.includes/indexOf with NaN
console.log([NaN].includes(NaN), [NaN].indexOf(NaN));

// spread into Math.max from Set
console.log(Math.max(...new Set([3, 7, 2])));

// Array destructuring from Map keys iterator
const [firstKey] = new Map([['first', 1], ['second', 2]]).keys();
console.log(firstKey);

// join of iterator result after map
console.log(Array.from('abc', (c, i) => c.toUpperCase() + i).join('-'));
