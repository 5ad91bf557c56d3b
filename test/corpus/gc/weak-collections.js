// WeakMap and WeakSet entries whose keys die are dropped by the collector (ephemerons); entries
// whose keys stay reachable keep their values, even when the only path to a key is another
// entry's value.
const cache = new WeakMap();
const seen = new WeakSet();
const kept = [];
for (let i = 0; i < 3000; i++) {
  const key = { id: i };
  cache.set(key, { label: 'item ' + i, payload: new Array(20).fill(i) });
  seen.add(key);
  if (i % 500 === 0) kept.push(key); // most keys die at the end of the iteration
}
console.log(kept.map((k) => cache.get(k).label).join(', '));
console.log(kept.every((k) => seen.has(k) && cache.get(k).payload[19] === k.id));

// A chain: a's value holds b, b's value holds c; only a is held.
const chain = new WeakMap();
let a = { n: 'a' };
{
  const b = { n: 'b' };
  const c = { n: 'c' };
  chain.set(a, { next: b });
  chain.set(b, { next: c });
  chain.set(c, { next: null, end: true });
}
let walk = a, names = [];
while (walk) { names.push(walk.n); walk = chain.get(walk).next; }
console.log(names.join(' -> '));

// A value that refers back to its own key does not keep the entry alive (no observable effect,
// but it must not confuse the collector); churn again to force collections meanwhile.
for (let i = 0; i < 3000; i++) {
  const k = { i };
  chain.set(k, { back: k, data: 'x'.repeat(i % 50) });
}
console.log(chain.get(a).next.n, chain.has({}), seen.has(kept[3]));

// Symbols can be weak keys too.
const sym = Symbol('token');
const bySymbol = new WeakMap([[sym, 'symbol value']]);
for (let i = 0; i < 2000; i++) bySymbol.set(Symbol('tmp' + i), i);
console.log(bySymbol.get(sym));
