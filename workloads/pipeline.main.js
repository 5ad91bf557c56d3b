// A closure-heavy functional pipeline over records: curry, compose/pipe, lazy generator-based
// sequences (map/filter/take/chunk/zip/scan), lenses for immutable updates, memoization, groupBy
// and reducers built from higher-order functions, applied to a stream of generated sales events.
// Verified: every report is recomputed with plain imperative loops and must agree exactly.
// main(size): size = number of events. Default 30000; quick checks: main(3000).
const DEFAULT_SIZE = 30000;

// ---------------------------------------------------------------- the toolkit
const curry = (fn) => {
  const curried = (...args) => (args.length >= fn.length ? fn(...args) : (...more) => curried(...args, ...more));
  return curried;
};
const compose = (...fns) => (x) => fns.reduceRight((acc, f) => f(acc), x);
const pipe = (...fns) => (x) => fns.reduce((acc, f) => f(acc), x);
const prop = curry((key, obj) => obj[key]);
const eq = curry((a, b) => a === b);
const not = (pred) => (...args) => !pred(...args);
const both = (p, q) => (x) => p(x) && q(x);

const Seq = {
  *range(start, end, step = 1) { for (let i = start; i < end; i += step) yield i; },
  map: curry(function* (f, it) { let i = 0; for (const x of it) yield f(x, i++); }),
  filter: curry(function* (p, it) { for (const x of it) if (p(x)) yield x; }),
  take: curry(function* (n, it) { if (n <= 0) return; for (const x of it) { yield x; if (--n <= 0) return; } }),
  chunk: curry(function* (n, it) { let buf = []; for (const x of it) { buf.push(x); if (buf.length === n) { yield buf; buf = []; } } if (buf.length) yield buf; }),
  scan: curry(function* (f, init, it) { let acc = init; for (const x of it) yield (acc = f(acc, x)); }),
  *zip(a, b) { const ib = b[Symbol.iterator](); for (const x of a) { const { value, done } = ib.next(); if (done) return; yield [x, value]; } },
  reduce: curry((f, init, it) => { let acc = init; for (const x of it) acc = f(acc, x); return acc; }),
  toArray: (it) => [...it],
};

const lens = (get, set) => ({ get, set });
const lensProp = (k) => lens((o) => o[k], (v, o) => ({ ...o, [k]: v }));
const lensPath = (...keys) => keys.map(lensProp).reduce((outer, inner) => lens(
  (o) => inner.get(outer.get(o)),
  (v, o) => outer.set(inner.set(v, outer.get(o)), o),
));
const over = curry((l, f, o) => l.set(f(l.get(o)), o));
const view = curry((l, o) => l.get(o));

const memoize = (fn, key = (x) => x) => {
  const cache = new Map();
  const m = (x) => { const k = key(x); if (!cache.has(k)) cache.set(k, fn(x)); return cache.get(k); };
  m.cache = cache;
  return m;
};
const groupBy = curry((keyOf, reducer, init, xs) => {
  const out = new Map();
  for (const x of xs) { const k = keyOf(x); out.set(k, reducer(out.has(k) ? out.get(k) : init(), x)); }
  return out;
});
const sumBy = (f) => (acc, x) => acc + f(x);
const sortBy = (...keys) => (xs) => [...xs].sort((a, b) => { for (const k of keys) { const d = k(a) < k(b) ? -1 : k(a) > k(b) ? 1 : 0; if (d) return d; } return 0; });

// ---------------------------------------------------------------- the data
const REGIONS = ['north', 'south', 'east', 'west'];
const CATEGORIES = ['books', 'games', 'garden', 'kitchen', 'toys', 'tools'];

function* events(n, seed) {
  let s = seed;
  const next = () => { s ^= s << 13; s ^= s >>> 17; s ^= s << 5; return (s >>> 0) / 4294967296; };
  for (let i = 0; i < n; i++) {
    yield {
      id: i,
      customer: { id: Math.floor(next() * 500), region: REGIONS[Math.floor(next() * 4)] },
      item: { category: CATEGORIES[Math.floor(next() * 6)], price: Math.floor(next() * 20000) / 100 },
      qty: 1 + Math.floor(next() * 5),
      kind: next() < 0.08 ? 'return' : 'sale',
    };
  }
}

const cents = (x) => Math.round(x * 100);
const amountOf = (e) => cents(e.item.price) * e.qty * (e.kind === 'return' ? -1 : 1);

export function main(size = DEFAULT_SIZE) {
  // 1. a taxed, discounted stream built with lenses: every record is copied, never mutated
  const priceLens = lensPath('item', 'price');
  const applyDiscount = curry((pct, e) => over(priceLens, (p) => Math.round(p * (100 - pct)) / 100, e));
  const tagged = (e) => ({ ...e, big: e.qty * view(priceLens, e) > 300 });
  const prepare = pipe(Seq.map(compose(tagged, applyDiscount(10))), Seq.filter(not(compose(eq(0), prop('qty')))), Seq.toArray);
  const source = [...events(size, 2463534242)];
  const data = prepare(source);
  if (data.length !== size || data.some((e, i) => e === source[i] || e.item === source[i].item)) throw new Error('records were not copied');

  // 2. revenue per region and category
  const byRegionCat = groupBy((e) => `${e.customer.region}/${e.item.category}`, sumBy(amountOf), () => 0, data);
  const imperative = new Map();
  for (const e of source) {
    const price = Math.round(e.item.price * 90) / 100;
    const k = `${e.customer.region}/${e.item.category}`;
    imperative.set(k, (imperative.get(k) ?? 0) + Math.round(price * 100) * e.qty * (e.kind === 'return' ? -1 : 1));
  }
  for (const [k, v] of imperative) if (byRegionCat.get(k) !== v) throw new Error(`revenue ${k}: ${byRegionCat.get(k)} vs ${v}`);

  // 3. top customers by lifetime value: memoized per-customer aggregation
  const sales = data.filter(both(compose(eq('sale'), prop('kind')), prop('big')));
  const perCustomer = groupBy(compose(prop('id'), prop('customer')), (acc, e) => acc.concat(e), () => [], sales);
  const lifetime = memoize((id) => Seq.reduce(sumBy(amountOf), 0, perCustomer.get(id) ?? []));
  const ranked = sortBy((c) => -lifetime(c), (c) => c)([...perCustomer.keys()]);
  const top = Seq.toArray(Seq.take(5, ranked));
  for (const id of top) {
    let v = 0;
    for (const e of data) if (e.customer.id === id && e.kind === 'sale' && e.big) v += amountOf(e);
    if (v !== lifetime(id)) throw new Error(`lifetime of ${id}`);
  }

  // 4. a running balance in windows of 1000 events, via scan + chunk
  const balances = pipe(Seq.map(amountOf), Seq.scan((a, x) => a + x, 0), Seq.chunk(1000), Seq.map((w) => w[w.length - 1]), Seq.toArray)(data);
  let bal = 0;
  const checkBal = [];
  data.forEach((e, i) => { bal += amountOf(e); if ((i + 1) % 1000 === 0 || i === data.length - 1) checkBal.push(bal); });
  if (balances.join() !== checkBal.join()) throw new Error('running balance');

  // 5. pairs of consecutive events by the same customer's region (zip with itself, shifted)
  const sameRegion = Seq.reduce((n, [a, b]) => n + (a.customer.region === b.customer.region ? 1 : 0), 0,
    Seq.zip(data, Seq.map((x) => x, data.slice(1))));
  let sr = 0;
  for (let i = 0; i + 1 < data.length; i++) if (data[i].customer.region === data[i + 1].customer.region) sr++;
  if (sameRegion !== sr) throw new Error('zip');

  // 6. curried arithmetic in a long composition
  const add = curry((a, b) => a + b), mul = curry((a, b) => a * b), mod = curry((m, a) => a % m);
  const mix = compose(mod(1000003), add(7), mul(31));
  const mixed = Seq.reduce((h, e) => mix(h + e.qty), 1, data);
  let mh = 1;
  for (const e of data) mh = ((mh + e.qty) * 31 + 7) % 1000003;
  if (mixed !== mh) throw new Error('mix');

  const fmt = (c) => (c / 100).toFixed(2);
  const regions = REGIONS.map((r) => `${r} ${fmt(CATEGORIES.reduce((s, c) => s + (byRegionCat.get(`${r}/${c}`) ?? 0), 0))}`);
  console.log(`${data.length} events; revenue ${regions.join(', ')}`);
  console.log(`top customers ${top.map((id) => `#${id}:${fmt(lifetime(id))}`).join(' ')} (memo ${lifetime.cache.size})`);
  console.log(`final balance ${fmt(balances[balances.length - 1])} over ${balances.length} windows; same-region pairs ${sameRegion}; mix ${mixed}`);
}
