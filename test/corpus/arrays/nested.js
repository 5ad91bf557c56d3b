// Nested arrays: matrices, transpose, multiplication, jagged arrays, flattening by hand.
function matrix(rows, cols, f) {
  const m = [];
  for (let r = 0; r < rows; r++) {
    const row = [];
    for (let c = 0; c < cols; c++) row.push(f(r, c));
    m.push(row);
  }
  return m;
}
const a = matrix(2, 3, (r, c) => r * 3 + c + 1);
const b = matrix(3, 2, (r, c) => (r === c ? 1 : r + c));
console.log(a, b);
function transpose(m) {
  return m[0].map((_, c) => m.map((row) => row[c]));
}
console.log(transpose(a));
function mul(x, y) {
  return matrix(x.length, y[0].length, (r, c) => {
    let s = 0;
    for (let k = 0; k < y.length; k++) s += x[r][k] * y[k][c];
    return s;
  });
}
console.log(mul(a, b), mul(b, a));
const identity = matrix(4, 4, (r, c) => (r === c ? 1 : 0));
console.log(identity);
const jagged = [[1], [2, 3], [], [4, 5, 6], [[7, 8], 9]];
console.log(jagged.length, jagged[3].length, jagged[4][0][1], jagged[2][0], jagged.map((r) => r.length));
function flatten(arr) {
  const out = [];
  for (const x of arr) {
    if (x instanceof Array) {
      const inner = flatten(x);
      for (const y of inner) out.push(y);
    } else out.push(x);
  }
  return out;
}
console.log(flatten(jagged), flatten([[[[]]]]));
const triangle = [[1]];
for (let i = 1; i < 8; i++) {
  const prev = triangle[i - 1];
  const row = [1];
  for (let j = 1; j < i; j++) row.push(prev[j - 1] + prev[j]);
  row.push(1);
  triangle.push(row);
}
for (const row of triangle) console.log(row.join(" ").padStart(12 + row.join(" ").length / 2));
const deep = [1, [2, [3, [4, [5]]]]];
console.log(deep, deep[1][1][1][1][0]);
const life = [
  [0, 1, 0],
  [0, 1, 0],
  [0, 1, 0],
];
function step(g) {
  return g.map((row, r) =>
    row.map((cell, c) => {
      let n = 0;
      for (let dr = -1; dr <= 1; dr++)
        for (let dc = -1; dc <= 1; dc++)
          if ((dr || dc) && g[r + dr] && g[r + dr][c + dc]) n++;
      return n === 3 || (cell && n === 2) ? 1 : 0;
    })
  );
}
const next = step(life);
console.log(next.map((r) => r.join("")).join("|"), step(next).map((r) => r.join("")).join("|"));
const copy = life.map((row) => row.slice());
copy[0][0] = 9;
console.log(life[0][0], copy[0][0], life[0] !== copy[0]);
