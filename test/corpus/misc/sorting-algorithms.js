// Hand-written sorting and searching algorithms checked against Array.prototype.sort.
let seed = 12345;
function rand(n) {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed % n;
}
function makeData(n) {
  const out = [];
  for (let i = 0; i < n; i++) out.push(rand(1000) - 500);
  return out;
}
function insertionSort(a) {
  a = a.slice();
  for (let i = 1; i < a.length; i++) {
    const v = a[i];
    let j = i - 1;
    while (j >= 0 && a[j] > v) {
      a[j + 1] = a[j];
      j--;
    }
    a[j + 1] = v;
  }
  return a;
}
function mergeSort(a) {
  if (a.length <= 1) return a.slice();
  const mid = a.length >> 1;
  const l = mergeSort(a.slice(0, mid));
  const r = mergeSort(a.slice(mid));
  const out = [];
  let i = 0;
  let j = 0;
  while (i < l.length && j < r.length) out.push(l[i] <= r[j] ? l[i++] : r[j++]);
  return out.concat(l.slice(i), r.slice(j));
}
function quickSort(a) {
  if (a.length <= 1) return a.slice();
  const pivot = a[a.length >> 1];
  return quickSort(a.filter((x) => x < pivot)).concat(a.filter((x) => x === pivot), quickSort(a.filter((x) => x > pivot)));
}
function binarySearch(sorted, target) {
  let lo = 0;
  let hi = sorted.length - 1;
  let steps = 0;
  while (lo <= hi) {
    steps++;
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] === target) return [mid, steps];
    if (sorted[mid] < target) lo = mid + 1;
    else hi = mid - 1;
  }
  return [-1, steps];
}
const data = makeData(200);
console.log(data.slice(0, 12));
const reference = data.slice().sort((a, b) => a - b);
const results = [insertionSort(data), mergeSort(data), quickSort(data)];
console.log(results.map((r) => r.join(",") === reference.join(",")));
console.log(reference.slice(0, 5), reference.slice(-5), data.length, reference.length);
for (const t of [reference[0], reference[100], reference[199], 1000, -1000]) {
  const r = binarySearch(reference, t);
  console.log("search", t, "found", r[0] >= 0 ? reference[r[0]] === t : false, "steps", r[1]);
}
const words = "pear apple fig banana cherry kiwi date grape lemon mango".split(" ");
console.log(mergeSort(words), quickSort(words).join(" ") === words.slice().sort().join(" "));
console.log(insertionSort([]), mergeSort([1]), quickSort([2, 2, 1, 1]));
