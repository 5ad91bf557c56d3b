// Arrays of exactly 100 items print fully; more than 100 end with "... N more items".
function range(n, f) {
  const out = [];
  for (let i = 0; i < n; i++) out.push(f(i));
  return out;
}
console.log(range(100, (i) => i));
console.log(range(101, (i) => i));
console.log(range(150, (i) => i * 3));
console.log(range(102, (i) => (i % 2 === 0 ? "e" : "o")));
console.log(range(120, (i) => i % 7 === 0));
console.log({ big: range(105, (i) => i % 10) });
const sparseBig = [];
sparseBig[150] = "end";
console.log(sparseBig);
const holesAndValues = range(110, (i) => i);
for (let i = 0; i < 110; i += 3) delete holesAndValues[i];
console.log(holesAndValues.length);
console.log(holesAndValues);
console.log([range(101, (i) => i)]);
console.log(range(7, (i) => "item" + i).concat(range(95, () => 0)).length);
