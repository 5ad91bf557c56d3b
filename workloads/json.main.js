// JSON round trip of a realistic document: users and orders (nested line items, addresses, tags,
// unicode names, nulls, dates as ISO strings) are stringified, parsed back (with a reviver),
// transformed (join orders to users, per-country and per-product aggregates), and stringified
// again (replacer, indentation). Verified: the parsed document re-stringifies to the same text,
// the aggregates over the parsed copy equal those computed from the original objects, and the
// pretty-printed report parses back to the report.
// main(size): size = number of orders. Default 6000; quick checks: main(200).
const DEFAULT_SIZE = 6000;

function mulberry32(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = ['Ada', 'Björn', 'Chloé', 'Dmitri', 'Eun-ji', 'Farah', 'Giulia', 'Hiro', 'Ingrid', 'José', 'Kwame', 'Léa'];
const LAST = ['Okafor', 'Müller', 'Nakamura', 'García', 'O\'Brien', 'Smith', 'Kowalski', 'Dubois', 'Rossi', 'Øvergaard'];
const COUNTRIES = ['NO', 'DE', 'JP', 'ES', 'IE', 'US', 'PL', 'FR', 'IT', 'GH'];
const PRODUCTS = [
  ['sku-100', 'Widget "Pro"', 1999], ['sku-101', 'Gadget\tmini', 450], ['sku-102', 'Cable 2m', 799],
  ['sku-103', 'Lamp — brass', 12900], ['sku-104', 'Mug ☕', 1250], ['sku-105', 'Notebook\\A5', 325],
  ['sku-106', 'Backpack', 5999], ['sku-107', 'Headphones', 8999], ['sku-108', 'Charger\nUSB-C', 2499],
];

function buildDocument(nOrders, rand) {
  const pick = (arr) => arr[Math.floor(rand() * arr.length)];
  const users = [];
  const nUsers = Math.max(10, Math.floor(nOrders / 8));
  for (let i = 0; i < nUsers; i++) {
    users.push({
      id: `u${1000 + i}`,
      name: `${pick(FIRST)} ${pick(LAST)}`,
      email: `user${i}@example.${pick(['com', 'org', 'no'])}`,
      address: { street: `${1 + Math.floor(rand() * 200)} Main St`, city: `City ${i % 37}`, country: pick(COUNTRIES), zip: rand() < 0.1 ? null : String(10000 + Math.floor(rand() * 89999)) },
      tags: Array.from({ length: Math.floor(rand() * 4) }, () => pick(['vip', 'new', 'b2b', 'returning', 'newsletter'])),
      premium: rand() < 0.2,
    });
  }
  const orders = [];
  for (let i = 0; i < nOrders; i++) {
    const items = [];
    const nItems = 1 + Math.floor(rand() * 5);
    for (let k = 0; k < nItems; k++) {
      const [sku, title, price] = pick(PRODUCTS);
      items.push({ sku, title, unitPrice: price / 100, qty: 1 + Math.floor(rand() * 3), discount: rand() < 0.15 ? Math.round(rand() * 30) / 100 : 0 });
    }
    const day = 1 + Math.floor(rand() * 28), month = 1 + Math.floor(rand() * 12);
    orders.push({
      id: i + 1,
      user: users[Math.floor(rand() * users.length)].id,
      placed: `2023-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}T${String(Math.floor(rand() * 24)).padStart(2, '0')}:00:00.000Z`,
      status: pick(['paid', 'paid', 'paid', 'shipped', 'refunded', 'pending']),
      items,
      note: rand() < 0.1 ? `Leave at door — "${pick(FIRST)}"` : undefined,
      meta: { source: pick(['web', 'app', 'phone']), coupon: rand() < 0.2 ? `SAVE${Math.floor(rand() * 50)}` : null },
    });
  }
  return { version: 3, generated: '2024-01-01T00:00:00.000Z', users, orders };
}

const cents = (x) => Math.round(x * 100);
const orderTotal = (o) => o.items.reduce((sum, it) => sum + cents(it.unitPrice * it.qty * (1 - it.discount)), 0);

function aggregate(doc, placedMonth) {
  const usersById = new Map(doc.users.map((u) => [u.id, u]));
  const byCountry = {}, byProduct = new Map(), byMonth = new Array(12).fill(0);
  let revenue = 0, refunded = 0;
  for (const order of doc.orders) {
    const total = orderTotal(order);
    if (order.status === 'refunded') { refunded += total; continue; }
    const { address: { country } } = usersById.get(order.user);
    byCountry[country] = (byCountry[country] ?? 0) + total;
    revenue += total;
    byMonth[placedMonth(order.placed)] += total;
    for (const { sku, qty } of order.items) byProduct.set(sku, (byProduct.get(sku) ?? 0) + qty);
  }
  const topProducts = [...byProduct].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 3);
  const premiumSpend = doc.orders.filter((o) => o.status !== 'refunded' && usersById.get(o.user).premium).reduce((s, o) => s + orderTotal(o), 0);
  return { revenue, refunded, premiumSpend, byCountry, byMonth, topProducts };
}

const rand = mulberry32(7);
let built = null;

export function main(size = DEFAULT_SIZE) {
  if (!built || built.orders.length !== size) built = buildDocument(size, rand);
  const doc = built;
  const expected = aggregate(doc, (s) => Number(s.slice(5, 7)) - 1);

  let text = '', parsed = null, report = null;
  for (let round = 0; round < 3; round++) {
    text = JSON.stringify(doc);
    // the reviver turns ISO strings into Dates
    parsed = JSON.parse(text, (key, value) => (key === 'placed' || key === 'generated') ? new Date(value) : value);
    if (!(parsed.orders[0].placed instanceof Date)) throw new Error('reviver did not run');
    const again = JSON.stringify(parsed); // Dates stringify back through toJSON
    if (again !== text) throw new Error(`round trip differs (${again.length} vs ${text.length})`);
    report = aggregate(parsed, (d) => d.getUTCMonth());
  }
  const a = JSON.stringify(report), b = JSON.stringify(expected);
  if (a !== b) throw new Error(`aggregates differ:\n${a}\n${b}`);

  // transform: a per-user summary, pretty-printed with a replacer that drops empty arrays
  const perUser = new Map();
  for (const o of parsed.orders) {
    if (!perUser.has(o.user)) perUser.set(o.user, []);
    perUser.get(o.user).push(o);
  }
  const summary = parsed.users.map(({ id, name, address: { country }, tags }) => {
    const mine = perUser.get(id) ?? [];
    return { id, name, country, tags, orders: mine.length, spent: mine.reduce((s, o) => s + orderTotal(o), 0) / 100 };
  }).sort((x, y) => y.spent - x.spent || (x.id < y.id ? -1 : 1));
  const pretty = JSON.stringify({ summary, report }, (k, v) => (Array.isArray(v) && v.length === 0 ? undefined : v), 2);
  const back = JSON.parse(pretty);
  if (back.summary.length !== summary.length || back.report.revenue !== report.revenue) throw new Error('pretty round trip');

  let h = 0;
  for (let i = 0; i < pretty.length; i++) h = (Math.imul(h, 31) + pretty.charCodeAt(i)) | 0;
  console.log(`document: ${doc.users.length} users, ${doc.orders.length} orders, ${text.length} chars`);
  console.log(`revenue ${(report.revenue / 100).toFixed(2)}, refunded ${(report.refunded / 100).toFixed(2)}, premium ${(report.premiumSpend / 100).toFixed(2)}`);
  console.log(`top products ${report.topProducts.map(([s, q]) => `${s}x${q}`).join(' ')}; best customer ${summary[0].name} (${summary[0].spent})`);
  console.log(`report ${pretty.length} chars, hash ${h >>> 0}`);
}
