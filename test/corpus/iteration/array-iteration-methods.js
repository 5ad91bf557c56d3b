const arr = ['a', 'b', 'c'];
console.log([...arr.keys()], [...arr.values()], [...arr.entries()]);
const it = arr[Symbol.iterator]();
console.log(it.next(), it.next(), it.next(), it.next(), it.next());
console.log(Object.prototype.toString.call(it));
console.log(it[Symbol.iterator]() === it);

// iterator sees array mutation (live)
const live = [1, 2];
const out = [];
for (const x of live) {
  out.push(x);
  if (live.length < 5) live.push(x * 10);
}
console.log(out);

// shrinking during iteration
const shrink = [1, 2, 3, 4];
const seen = [];
for (const x of shrink) {
  seen.push(x);
  shrink.pop();
}
console.log(seen);

// string iterator
const sit = 'a𝒳'[Symbol.iterator]();
console.log(sit.next(), sit.next(), sit.next());
console.log(Object.prototype.toString.call(sit));

// Map/Set iterators
const m = new Map([['k', 'v']]);
const mit = m.entries();
console.log(mit.next(), mit.next());
console.log(Object.prototype.toString.call(mit));
const set = new Set([1]);
const setIt = set.values();
set.add(2);
console.log([...setIt]);

// Map iteration with deletion and addition during iteration
const m2 = new Map([[1, 'a'], [2, 'b'], [3, 'c']]);
const visited = [];
for (const [k] of m2) {
  visited.push(k);
  if (k === 1) { m2.delete(2); m2.set(4, 'd'); }
}
console.log(visited);

// iterator exhaustion is sticky
const done = [1][Symbol.iterator]();
done.next(); done.next();
console.log(done.next());

// arguments and typed forEach-free iteration over entries
for (const [i, ch] of [...'xy'].entries()) console.log(i, ch);

// console.log of iterators
console.log([1, 2].values());
console.log(new Map([['a', 1]]).keys());
console.log(new Set(['s']).entries());
