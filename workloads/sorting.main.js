// Sorting and searching on large arrays: quicksort (median of three, insertion sort for short
// runs), top-down merge sort, heap sort and LSD radix sort on typed arrays, Array.prototype.sort
// with comparator functions over records (multi-key), and binary search (lower/upper bound).
// Every sort is checked against the others and for order; every search against a linear scan.
// main(size): size = number of elements. Default 60000; quick checks: main(2000).
const DEFAULT_SIZE = 60000;

function mulberry32(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function insertionSort(a, lo, hi, cmp) {
  for (let i = lo + 1; i <= hi; i++) {
    const v = a[i];
    let j = i - 1;
    while (j >= lo && cmp(a[j], v) > 0) { a[j + 1] = a[j]; j--; }
    a[j + 1] = v;
  }
}

function quickSort(a, cmp, lo = 0, hi = a.length - 1) {
  while (hi - lo > 16) {
    const mid = (lo + hi) >> 1;
    if (cmp(a[mid], a[lo]) < 0) [a[mid], a[lo]] = [a[lo], a[mid]];
    if (cmp(a[hi], a[lo]) < 0) [a[hi], a[lo]] = [a[lo], a[hi]];
    if (cmp(a[hi], a[mid]) < 0) [a[hi], a[mid]] = [a[mid], a[hi]];
    const pivot = a[mid];
    let i = lo, j = hi;
    while (i <= j) {
      while (cmp(a[i], pivot) < 0) i++;
      while (cmp(a[j], pivot) > 0) j--;
      if (i <= j) { const t = a[i]; a[i] = a[j]; a[j] = t; i++; j--; }
    }
    // recurse into the smaller side, loop on the larger
    if (j - lo < hi - i) { quickSort(a, cmp, lo, j); lo = i; }
    else { quickSort(a, cmp, i, hi); hi = j; }
  }
  insertionSort(a, lo, hi, cmp);
  return a;
}

function mergeSort(a, cmp) {
  const tmp = new Array(a.length);
  const sort = (lo, hi) => {
    if (hi - lo < 12) { insertionSort(a, lo, hi - 1, cmp); return; }
    const mid = (lo + hi) >>> 1;
    sort(lo, mid); sort(mid, hi);
    if (cmp(a[mid - 1], a[mid]) <= 0) return;
    let i = lo, j = mid, k = lo;
    while (i < mid && j < hi) tmp[k++] = cmp(a[j], a[i]) < 0 ? a[j++] : a[i++];
    while (i < mid) tmp[k++] = a[i++];
    while (j < hi) tmp[k++] = a[j++];
    for (let m = lo; m < hi; m++) a[m] = tmp[m];
  };
  sort(0, a.length);
  return a;
}

function heapSort(a) { // typed array, ascending
  const n = a.length;
  const sift = (i, end) => {
    for (;;) {
      let m = i;
      const l = 2 * i + 1, r = l + 1;
      if (l < end && a[l] > a[m]) m = l;
      if (r < end && a[r] > a[m]) m = r;
      if (m === i) return;
      const t = a[i]; a[i] = a[m]; a[m] = t;
      i = m;
    }
  };
  for (let i = (n >> 1) - 1; i >= 0; i--) sift(i, n);
  for (let end = n - 1; end > 0; end--) {
    const t = a[0]; a[0] = a[end]; a[end] = t;
    sift(0, end);
  }
  return a;
}

function radixSort(keys) { // Uint32Array, 8 bits a pass
  let src = keys, dst = new Uint32Array(keys.length);
  const count = new Uint32Array(256);
  for (let shift = 0; shift < 32; shift += 8) {
    count.fill(0);
    for (let i = 0; i < src.length; i++) count[(src[i] >>> shift) & 0xff]++;
    let sum = 0;
    for (let b = 0; b < 256; b++) { const c = count[b]; count[b] = sum; sum += c; }
    for (let i = 0; i < src.length; i++) dst[count[(src[i] >>> shift) & 0xff]++] = src[i];
    [src, dst] = [dst, src];
  }
  return src;
}

function lowerBound(a, x, cmp = (p, q) => p - q) {
  let lo = 0, hi = a.length;
  while (lo < hi) { const mid = (lo + hi) >>> 1; if (cmp(a[mid], x) < 0) lo = mid + 1; else hi = mid; }
  return lo;
}
function upperBound(a, x, cmp = (p, q) => p - q) {
  let lo = 0, hi = a.length;
  while (lo < hi) { const mid = (lo + hi) >>> 1; if (cmp(a[mid], x) <= 0) lo = mid + 1; else hi = mid; }
  return lo;
}

function assertSorted(label, a, cmp) {
  for (let i = 1; i < a.length; i++) if (cmp(a[i - 1], a[i]) > 0) throw new Error(`${label}: out of order at ${i}`);
}
function assertSame(label, a, b, eq = (p, q) => p === q) {
  if (a.length !== b.length) throw new Error(`${label}: lengths ${a.length} vs ${b.length}`);
  for (let i = 0; i < a.length; i++) if (!eq(a[i], b[i])) throw new Error(`${label}: differs at ${i}`);
}

const CITIES = ['Oslo', 'Lima', 'Pune', 'Kyiv', 'Rome', 'Baku', 'Doha', 'Riga', 'Nice', 'Bern'];
class Person {
  constructor(id, name, city, age, score) { Object.assign(this, { id, name, city, age, score }); }
  get key() { return `${this.city}/${this.name}`; }
}

export function main(size = DEFAULT_SIZE) {
  const rand = mulberry32(12345);
  // numbers: quick, merge, heap (Float64Array), radix (Uint32Array), builtin sort
  const nums = Array.from({ length: size }, () => Math.floor(rand() * 1e6));
  const byNum = (p, q) => p - q;
  const q = quickSort(nums.slice(), byNum);
  const m = mergeSort(nums.slice(), byNum);
  const h = Array.from(heapSort(Float64Array.from(nums)));
  const r = Array.from(radixSort(Uint32Array.from(nums)));
  const b = nums.slice().sort(byNum);
  const t = Array.from(new Float64Array(nums).sort());
  assertSorted('quick', q, byNum);
  for (const [label, arr] of [['merge', m], ['heap', h], ['radix', r], ['builtin', b], ['typed', t]]) assertSame(label, arr, q);
  let numSum = 0;
  for (let i = 0; i < q.length; i += 97) numSum = (numSum * 31 + q[i]) % 1000000007;

  // records: multi-key comparators, stability of merge sort and the builtin sort
  const people = [];
  for (let i = 0; i < size / 2; i++) {
    const name = String.fromCharCode(65 + Math.floor(rand() * 26)) + Math.floor(rand() * 1000).toString(36);
    people.push(new Person(i, name, CITIES[Math.floor(rand() * CITIES.length)], 18 + Math.floor(rand() * 60), Math.round(rand() * 1000) / 10));
  }
  const byCityAge = (x, y) => x.city.localeCompare(y.city) || x.age - y.age;
  const stable1 = mergeSort(people.slice(), byCityAge);
  const stable2 = people.slice().sort(byCityAge);
  assertSame('stable sorts', stable1, stable2);
  for (let i = 1; i < stable1.length; i++) {
    if (byCityAge(stable1[i - 1], stable1[i]) === 0 && stable1[i - 1].id > stable1[i].id) throw new Error('merge sort not stable');
  }
  const byScoreDesc = (x, y) => y.score - x.score || (x.key < y.key ? -1 : x.key > y.key ? 1 : 0) || x.id - y.id;
  const ranked = quickSort(people.slice(), byScoreDesc);
  assertSame('ranked', ranked, people.slice().sort(byScoreDesc));

  // searching: lower/upper bounds agree with linear counts
  let found = 0, checked = 0;
  for (let k = 0; k < 400; k++) {
    const x = Math.floor(rand() * 1e6);
    const lo = lowerBound(q, x), hi = upperBound(q, x);
    if (k % 20 === 0) {
      const below = q.filter((v) => v < x).length, upto = q.filter((v) => v <= x).length;
      if (below !== lo || upto !== hi) throw new Error(`bounds for ${x}: ${lo},${hi} vs ${below},${upto}`);
      checked++;
    }
    found += hi - lo;
  }
  for (const p of people.slice(0, 300)) {
    const i = lowerBound(ranked, p, byScoreDesc);
    if (ranked[i] !== p) throw new Error(`record ${p.id} not found`);
  }
  // a by-city index: ranges of the city-sorted array
  const ranges = new Map();
  for (const city of [...CITIES].sort()) {
    const probe = { city, age: -Infinity };
    const start = lowerBound(stable1, probe, byCityAge);
    const end = lowerBound(stable1, { city, age: Infinity }, byCityAge);
    ranges.set(city, end - start);
  }
  const counted = people.reduce((acc, p) => acc.set(p.city, (acc.get(p.city) ?? 0) + 1), new Map());
  for (const [city, n] of ranges) if (counted.get(city) !== n) throw new Error(`range of ${city}`);

  console.log(`sorted ${size} numbers six ways; checksum ${numSum}; median ${q[q.length >> 1]}`);
  console.log(`sorted ${people.length} records; top ${ranked[0].key} ${ranked[0].score}; oldest in ${stable1[stable1.length - 1].city}`);
  console.log(`searches: ${found} hits, ${checked} checked linearly; cities ${[...ranges].map(([c, n]) => `${c}:${n}`).join(' ')}`);
}
