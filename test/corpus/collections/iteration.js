// for-of, forEach and iterators over Maps and Sets, including changes during iteration.
const m = new Map([['a', 1], ['b', 2], ['c', 3]]);
for (const e of m) console.log('entry', e[0], e[1], Array.isArray(e));
for (const k of m.keys()) console.log('key', k);
for (const v of m.values()) console.log('value', v);
for (const e of m.entries()) console.log('pair', e);

const s = new Set(['x', 'y']);
for (const v of s) console.log('set value', v);
for (const e of s.entries()) console.log('set entry', e);

// forEach arguments and thisArg
m.forEach(function (value, key, map) { console.log('forEach', key, value, map === m, this.tag); }, { tag: 'T' });
s.forEach(function (value, key, set) { console.log('set forEach', value, key, set === s); });

// Deleting ahead skips; deleting behind is harmless; adding is visited.
const live = new Map([[1, 'one'], [2, 'two'], [3, 'three'], [4, 'four']]);
const seen = [];
live.forEach(function (v, k) {
  seen.push(k);
  if (k === 1) { live.delete(2); live.set(5, 'five'); }
  if (k === 3) live.delete(1);
});
console.log('live forEach', seen, Array.from(live.keys()));

const liveSet = new Set([1, 2, 3]);
const order = [];
for (const v of liveSet) {
  order.push(v);
  if (v < 6) liveSet.add(v + 3);
  if (v === 1) liveSet.delete(3);
}
console.log('live for-of', order, liveSet.size);

// Deleting the current entry and re-adding it moves it to the end: visited again.
const again = new Set(['a', 'b']);
const visits = [];
for (const v of again) {
  visits.push(v);
  if (visits.length < 4) { again.delete(v); again.add(v); }
}
console.log('re-add during iteration', visits);

// Many additions during iteration force the table to grow while iterating.
const grow = new Map([[0, 0]]);
let count = 0;
for (const e of grow) {
  count++;
  if (e[0] < 200) grow.set(e[0] + 1, e[0] * 2);
  if (e[0] % 10 === 5) grow.delete(e[0] - 3);
}
console.log('grow while iterating', count, grow.size, grow.get(200));

// Clearing during iteration ends it unless entries are added afterwards.
const cl = new Set([1, 2, 3]);
const got = [];
for (const v of cl) {
  got.push(v);
  if (v === 1) { cl.clear(); cl.add(10); cl.add(11); }
}
console.log('clear during iteration', got);

// Iterator objects
const it = m.entries();
console.log('next', it.next(), it.next().value);
console.log('next keys', m.keys().next(), typeof it.next);
it.next();
console.log('done', it.next(), it.next());
m.set('d', 4);
console.log('stays done', it.next().done);
const vit = s.values();
s.add('z');
console.log('sees later adds', vit.next().value, vit.next().value, vit.next().value, vit.next().done);
const partial = m.keys();
partial.next();
console.log('rest of iterator', Array.from(partial));
for (const k of partial) console.log('never');

// Array.from with a map function
console.log(Array.from(m, function (e, i) { return i + ':' + e[0] + '=' + e[1]; }));
console.log(Array.from(new Set([1, 2, 3]), function (x) { return x * x; }));
console.log(Array.from(new Map()), Array.from(new Set()));

function attempt(label, f) {
  try { console.log(label, f()); } catch (e) { console.log(label, e.name + ': ' + e.message); }
}
attempt('next on object', function () { return m.keys().next.call({}); });
attempt('next on set iterator', function () { return m.keys().next.call(s.values()); });
attempt('callback throws', function () {
  new Map([[1, 1]]).forEach(function () { throw new Error('boom'); });
});
