// for-of over arrays (and split strings): holes read as undefined, mutation while iterating.
const arr = [1, , 3, , , 6];
const seen = [];
for (const v of arr) {
  seen.push(v);
}
console.log(seen, seen.length);
let holes = 0;
for (const v of [, , ,]) {
  if (v === undefined) holes++;
}
console.log("holes", holes);
for (const ch of "héllo".split("")) {
  console.log(ch, ch.charCodeAt(0));
}
let units = 0;
for (const ch of "a😀b".split("")) {
  units++;
  console.log(ch.length, ch.charCodeAt(0));
}
console.log("iterations", units);
const nested = [[1, 2], [3], [], [4, 5, 6]];
let flat = [];
for (const inner of nested) {
  for (const x of inner) {
    flat.push(x * 10);
  }
}
console.log(flat);
const growing = [1, 2, 3];
let iterations = 0;
for (const v of growing) {
  iterations++;
  if (v < 3) growing.push(v + 10);
}
console.log(growing, iterations);
const shrinking = [1, 2, 3, 4, 5, 6];
const visited = [];
for (const v of shrinking) {
  visited.push(v);
  shrinking.pop();
}
console.log(visited, shrinking);
const fns = [];
for (const v of ["a", "b", "c"]) {
  fns.push(() => v);
}
console.log(fns[0](), fns[1](), fns[2]());
let total = 0;
for (let v of [5, 10, 15]) {
  v *= 2;
  total += v;
}
console.log(total);
const words = ["alpha", "beta", "gamma", "delta", "epsilon"];
for (const w of words) {
  if (w === "beta") continue;
  if (w === "delta") break;
  console.log("word", w);
}
for (const o of [{ n: 1 }, { n: 2 }]) {
  o.n *= 100;
  console.log(o);
}
for (const v of []) {
  console.log("never", v);
}
console.log("done");
