// Set: construction, add/has/delete/clear/size, SameValueZero, keys === values.
const s = new Set();
console.log('add returns set', s.add(1) === s, s.size);
s.add(2).add(3).add(2).add(1);
console.log('dedupe', s.size, Array.from(s));
console.log('has', s.has(1), s.has('1'), s.has(4));
console.log('delete', s.delete(2), s.delete(2), Array.from(s));
s.add(2);
console.log('re-added last', Array.from(s.values()));

const z = new Set([0, -0, NaN, 0 / 0, '0', '', false, null, undefined]);
console.log('same value zero', z.size, z.has(-0), z.has(NaN), 1 / Array.from(z)[0]);
console.log(z);

const a = {}, b = [];
const objs = new Set([a, b, a, {}, []]);
console.log('objects by identity', objs.size, objs.has(a), objs.has(b), objs.has({}));

console.log('from string', Array.from(new Set('hello')), new Set('').size);
console.log('from set', Array.from(new Set(new Set([3, 1, 3, 2]))));
const words = ['b', 'a', 'b', 'c', 'a', 'd'];
console.log('unique words', Array.from(new Set(words)).join(','));

// Many values
const big = new Set();
for (let i = 0; i < 500; i++) big.add(i % 250);
console.log('big', big.size);
for (let i = 0; i < 250; i += 2) big.delete(i);
console.log('after deletes', big.size, big.has(0), big.has(1), Array.from(big).slice(0, 4));
for (let i = 0; i < 250; i += 2) big.add('s' + i);
console.log('mixed', big.size, big.has('s0'), big.has(0), Array.from(big)[125]);
big.clear();
console.log('clear', big.size, Array.from(big));

console.log('keys is values', Set.prototype.keys === Set.prototype.values);
console.log('proto names', Object.getOwnPropertyNames(Set.prototype));
console.log('set length', Set.length, Set.prototype.add.length, typeof Set.prototype.entries);
console.log('entries', Array.from(new Set(['x', 'y']).entries()));

function attempt(label, f) {
  try { console.log(label, f()); } catch (e) { console.log(label, e.name + ': ' + e.message); }
}
attempt('call', function () { return Set([1]); });
attempt('not iterable', function () { return new Set(1.5); });
attempt('not iterable bool', function () { return new Set(true); });
attempt('not iterable fn', function () { return new Set(function () {}); });
attempt('receiver map', function () { return Set.prototype.add.call(new Map(), 1); });
attempt('receiver undefined', function () { return Set.prototype.has.call(undefined, 1); });
attempt('receiver string', function () { return Set.prototype.has.call('abc', 1); });
attempt('size receiver', function () { return Object.getOwnPropertyNames(Set.prototype).indexOf('size'); });
attempt('forEach undefined', function () { return new Set([1]).forEach(); });
attempt('forEach null', function () { return new Set([1]).forEach(null); });
