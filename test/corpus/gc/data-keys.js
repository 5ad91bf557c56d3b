// Property keys made from data: 100,000 distinct names, each used on a short-lived object (and
// some as JSON keys), while a few objects stay live with theirs. Atoms only the atom table refers
// to are freed by a collection, so the table is rebuilt around the dead entries again and again:
// the live keys must still be found, by the atom itself and by a string made afresh.
const kept = [];
let sum = 0;
const keyOf = (i) => 'k' + i.toString(36) + '-' + ((i * 7919) % 1000);
for (let i = 0; i < 100000; i++) {
  const o = {};
  o[keyOf(i)] = i;
  sum += o[keyOf(i)];
  if (i % 10000 === 7) kept.push([i, o]);
  if (i % 5000 === 0) {
    const p = JSON.parse('{"' + keyOf(i) + 'j":' + i + ',"n":1}');
    sum += p[keyOf(i) + 'j'] + p.n;
  }
  if (i % 20000 === 3) {
    const d = { a: 1, b: 2 };
    delete d.a; // dictionary mode: its keys live in the object's table
    d[keyOf(i) + 'd'] = i;
    kept.push([i, d]);
  }
}
for (const [i, o] of kept) {
  const k = Object.keys(o).at(-1);
  console.log(k, o[k], o[keyOf(i)] ?? o[keyOf(i) + 'd'], k in o, Object.hasOwn(o, keyOf(i) + 'x'));
}
console.log(sum);
