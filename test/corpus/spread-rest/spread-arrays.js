const a = [1, 2];
const b = [3, 4];
console.log([...a, ...b]);
console.log([0, ...a, 2.5, ...b, 5]);
console.log([...'hello']);
console.log([...'a😀b']);
console.log([...new Set(['x', 'y', 'x'])]);
console.log([...new Map([[1, 'one'], [2, 'two']])]);
console.log([...new Map([[1, 'one']]).keys()]);

// holes become undefined
const holey = [1, , 3];
const spread = [...holey];
console.log(spread, 1 in holey, 1 in spread);
console.log([, ...[1]], [...[1], ,]);
console.log([...[, ,]].length);

// copy is shallow
const nested = [{ n: 1 }, [2]];
const copy = [...nested];
console.log(copy[0] === nested[0], copy === nested);
copy[0].n = 99;
console.log(nested[0].n);

// spread of array-like without iterator fails
const arrayLike = { length: 2, 0: 'a', 1: 'b' };
try {
  [...arrayLike];
} catch (e) {
  console.log(e.constructor.name + ': ' + e.message);
}
console.log(Array.from({ length: 2, 0: 'a', 1: 'b' }));

// spread of arguments
function args() { return [...arguments]; }
console.log(args(1, 'two', null));

// spread of entries
console.log([...Object.entries({ a: 1, b: 2 })]);
console.log([...[10, 20].entries()]);
console.log([...[10, 20].keys()]);

// spread a custom iterable
const countdown = {
  *[Symbol.iterator]() {
    for (let i = 3; i > 0; i--) yield i;
  },
};
console.log([...countdown, 'liftoff']);

// spread extra properties not copied
const withProp = [1, 2];
withProp.extra = 'e';
console.log([...withProp]);

// spread overriding Array.prototype[Symbol.iterator] temporarily
const orig = Array.prototype[Symbol.iterator];
const arr = [1, 2, 3];
arr[Symbol.iterator] = function* () { yield 'custom'; };
console.log([...arr]);
console.log(Array.prototype[Symbol.iterator] === orig);

// dedupe and sort
console.log([...new Set([3, 1, 2, 3, 1])].sort((x, y) => x - y));
