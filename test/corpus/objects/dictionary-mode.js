// Objects with many own properties (dictionary mode in pgo): reads, writes, enumeration order,
// spread, JSON, freeze, inspect, for-in, and a class instance with many fields.
const counts = {};
const words = [];
for (let i = 0; i < 300; i++) words.push('w' + ((i * 37) % 211));
for (const w of words) counts[w] = (counts[w] || 0) + 1;
console.log(Object.keys(counts).length, counts.w0, counts.w36, counts.w210, counts.nope);
console.log(Object.keys(counts).slice(0, 8).join(','));
console.log(Object.entries(counts).slice(-3));

// Integer keys mixed in: ascending integers first, then strings in insertion order.
const mixed = {};
for (let i = 0; i < 80; i++) {
  mixed['k' + i] = i;
  if (i % 10 === 0) mixed[1000 - i] = -i;
}
mixed[5] = 'five';
mixed['01'] = 'not an index';
mixed[4294967295] = 'too big for an index';
mixed[4294967294] = 'largest index';
const mk = Object.keys(mixed);
console.log(mk.length, mk.slice(0, 12).join(' '), '...', mk.slice(-4).join(' '));
let forIn = [];
for (const k in mixed) forIn.push(k);
console.log(forIn.join(',') === mk.join(','), forIn.slice(8, 14).join(','));

// Symbols come after the strings, in insertion order.
const big = {};
const s1 = Symbol('first'), s2 = Symbol('second');
big[s2] = 'b';
for (let i = 0; i < 70; i++) big['p' + i] = i * 2;
big[s1] = 'a';
console.log(Reflect.ownKeys(big).length, String(Reflect.ownKeys(big).slice(-3).map(String)));
console.log(Object.getOwnPropertySymbols(big).map(String).join(' '), big[s1], big[s2]);
console.log('p69' in big, 'p70' in big, big.hasOwnProperty('p33'), Object.hasOwn(big, 'q'));

// Overwrite, spread, assign, JSON.
for (let i = 0; i < 70; i += 7) big['p' + i] = 'x' + i;
const copy = { ...big, extra: true };
console.log(Object.keys(copy).length, copy.p7, copy.p8, copy.extra, copy[s1]);
const assigned = Object.assign({ first: 1 }, big);
console.log(Object.keys(assigned).slice(0, 4).join(','), assigned.p63);
const json = JSON.stringify(big);
console.log(json.length, json.slice(0, 60));
const parsed = JSON.parse(json);
console.log(Object.keys(parsed).length, parsed.p69, JSON.stringify(parsed) === json);
const reviveCount = { n: 0 };
JSON.parse(json, function (k, v) { reviveCount.n++; return v; });
console.log(reviveCount.n);

// Freeze and seal a dictionary object.
const frozen = {};
for (let i = 0; i < 100; i++) frozen['f' + i] = i;
Object.freeze(frozen);
function attempt(what, f) {
  try { f(); console.log(what, 'ok'); } catch (e) { console.log(what, e.constructor.name, e.message); }
}
attempt('write', () => { frozen.f1 = 'changed'; });
attempt('add', () => { frozen.added = 1; });
attempt('delete', () => { delete frozen.f2; });
console.log(Object.isFrozen(frozen), Object.isSealed(frozen), frozen.f1, frozen.added, frozen.f2);
console.log(JSON.stringify(Object.getOwnPropertyDescriptor(frozen, 'f50')));
const sealed = {};
for (let i = 0; i < 100; i++) sealed['s' + i] = i;
Object.seal(sealed);
sealed.s1 = 'changed';
attempt('delete sealed', () => { delete sealed.s3; });
console.log(Object.isFrozen(sealed), Object.isSealed(sealed), sealed.s1, sealed.s3);

// Inspect output of a big object, and of a medium one that fits on a few lines.
const medium = {};
for (let i = 0; i < 70; i++) medium['m' + i] = i;
console.log(medium);
const nested = { inner: {} };
for (let i = 0; i < 66; i++) nested.inner[i % 2 ? 'a' + i : i] = i % 3 ? 'str' : [i];
console.log(nested);

// A class instance with many fields.
class Wide {
  constructor() {
    for (let i = 0; i < 90; i++) this['field' + i] = i;
  }
  sum() { let s = 0; for (const k of Object.keys(this)) s += this[k]; return s; }
}
const w = new Wide();
console.log(w.sum(), w.field89, w instanceof Wide, Object.keys(w).length, typeof w.sum);
class Fields {
  a0 = 0; a1 = 1; a2 = 2; a3 = 3; a4 = 4; a5 = 5; a6 = 6; a7 = 7; a8 = 8; a9 = 9;
  b0 = 10; b1 = 11; b2 = 12; b3 = 13; b4 = 14; b5 = 15; b6 = 16; b7 = 17; b8 = 18; b9 = 19;
  c0 = 20; c1 = 21; c2 = 22; c3 = 23; c4 = 24; c5 = 25; c6 = 26; c7 = 27; c8 = 28; c9 = 29;
  d0 = 30; d1 = 31; d2 = 32; d3 = 33; d4 = 34; d5 = 35; d6 = 36; d7 = 37; d8 = 38; d9 = 39;
  e0 = 40; e1 = 41; e2 = 42; e3 = 43; e4 = 44; e5 = 45; e6 = 46; e7 = 47; e8 = 48; e9 = 49;
  f0 = 50; f1 = 51; f2 = 52; f3 = 53; f4 = 54; f5 = 55; f6 = 56; f7 = 57; f8 = 58; f9 = 59;
  g0 = 60; g1 = 61; g2 = 62; g3 = 63; g4 = 64; g5 = 65; g6 = 66; g7 = 67; g8 = 68; g9 = 69;
  #secret = 'hidden';
  get secret() { return this.#secret; }
}
const fi = [new Fields(), new Fields()];
fi[1].g9 = 'changed';
console.log(fi[0].g9, fi[1].g9, fi[0].a0, fi[1].secret, Object.keys(fi[0]).length);

// The same property site sees shape-mode and dictionary-mode receivers.
function readX(o) { return o.x; }
const receivers = [{ x: 1 }, Object.assign({}, medium, { x: 2 }), { y: 0, x: 3 }, Object.assign({ x: 4 }, big)];
let total = 0;
for (let r = 0; r < 20; r++) for (const o of receivers) total += readX(o);
console.log(total);
function writeX(o, v) { o.x = v; }
for (let r = 0; r < 5; r++) for (const o of receivers) writeX(o, r);
console.log(receivers.map(readX).join(','));
