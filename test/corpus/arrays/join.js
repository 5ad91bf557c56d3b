// join: default separator, custom separators, holes/null/undefined as empty, nested arrays.
console.log([1, 2, 3].join(), [1, 2, 3].join(""), [1, 2, 3].join(" - "), [1, 2, 3].join(undefined));
console.log([].join(), [].join("x") === "", [5].join("!!"), ["only"].join(","));
console.log([null, undefined, 1].join(), [, , 1, ,].join("|"), [null].join("x") === "");
console.log([true, false, NaN, -0, 0.1 + 0.2, 1e21].join(" "));
console.log([[1, 2], [3, [4, 5]], []].join(";"), [[], [[]], [[], []]].join("/"));
console.log(["a", "b"].join(null), ["a", "b"].join(0), ["a", "b"].join(["x", "y"]));
console.log([{}, { a: 1 }].join(" & "));
console.log(["é", "中", "😀"].join("·"));
const words = ["The", "quick", "brown", "fox"];
console.log(words.join(" "), words.join("_").toLowerCase(), words.join("").length);
const rows = [
  ["id", "name", "score"],
  [1, "ann", 93.5],
  [2, null, undefined],
  [3, "cy", 0],
];
console.log(rows.map((r) => r.join(",")).join("\n"));
function csvEscape(v) {
  const s = v === null || v === undefined ? "" : String(v);
  return s.includes(",") || s.includes('"') ? '"' + s.split('"').join('""') + '"' : s;
}
const tricky = ["plain", "with,comma", 'with "quote"', null, 42];
console.log(tricky.map(csvEscape).join(","));
function range(n) {
  const out = [];
  for (let i = 0; i < n; i++) out.push(i);
  return out;
}
console.log(range(15).join(""), range(0).join(","), range(3).join(range(2)));
const sparse = [];
sparse[3] = "d";
sparse[0] = "a";
console.log("[" + sparse.join() + "]", sparse.length);
let str = "";
const parts = ["x", "y", "z"];
for (let i = 0; i < parts.length; i++) {
  if (i > 0) str += ", ";
  str += parts[i];
}
console.log(str === parts.join(", "), String(parts) === parts.join(), parts + "" === parts.join(","));
const matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]];
console.log(matrix.join(" | "), matrix.join().split(",").length);
const deep = [1, [2, [3, [4, [5, [6]]]]]];
console.log(deep.join("+"));
