// slice (negative and out-of-range indices) and concat (flattening one level, holes).
const a = [0, 1, 2, 3, 4, 5];
console.log(a.slice(), a.slice(2), a.slice(2, 4), a.slice(-2), a.slice(-4, -1), a.slice(1, -1));
console.log(a.slice(4, 2), a.slice(10), a.slice(-10), a.slice(-10, 2), a.slice(2, 100));
console.log(a.slice(NaN), a.slice(1.5, 3.9), a.slice("1", "3"), a.slice(undefined, 2));
const copy = a.slice();
copy[0] = "changed";
console.log(a[0], copy[0], copy !== a);
const objs = [{ v: 1 }, { v: 2 }];
const shallow = objs.slice();
shallow[0].v = 99;
console.log(objs[0].v, shallow[0] === objs[0]);
console.log([1, 2].concat([3, 4]), [1].concat(2, [3], [[4]]), [].concat([], []), [1].concat());
console.log([1, , 3].concat([4, , 6]), [1].concat("ab", null, undefined, { k: 1 }));
const base = [1, 2];
const joined = base.concat(base, base);
console.log(joined, base);
const inner = [9];
const outer = [0].concat([inner]);
inner.push(10);
console.log(outer);
function chunk(arr, size) {
  const out = [];
  for (let i = 0; i < arr.length; i += size) out.push(arr.slice(i, i + size));
  return out;
}
console.log(chunk([1, 2, 3, 4, 5, 6, 7], 3), chunk([], 2), chunk([1, 2], 5));
function removeAt(arr, i) {
  return arr.slice(0, i).concat(arr.slice(i + 1));
}
function insertAt(arr, i, v) {
  return arr.slice(0, i).concat([v], arr.slice(i));
}
const letters = ["a", "b", "c", "d"];
console.log(removeAt(letters, 0), removeAt(letters, 3), removeAt(letters, -1), insertAt(letters, 2, "X"));
console.log(letters);
let windows = [];
const data = [1, 3, 5, 7, 9];
for (let i = 0; i + 3 <= data.length; i++) {
  const w = data.slice(i, i + 3);
  windows.push(w.reduce((x, y) => x + y) / 3);
}
console.log(windows);
const holey = [1, , 3, , 5];
console.log(holey.slice(1, 4), holey.slice(-2));
