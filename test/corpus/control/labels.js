// Labeled break and continue across nested for, while and do-while loops.
outer: for (let i = 0; i < 4; i++) {
  for (let j = 0; j < 4; j++) {
    if (j === 2) continue outer;
    if (i === 3) break outer;
    console.log("pair", i, j);
  }
}
const grid = [
  [1, 2, 3],
  [4, 42, 6],
  [7, 8, 42],
];
let found = null;
search: for (let r = 0; r < grid.length; r++) {
  for (let c = 0; c < grid[r].length; c++) {
    if (grid[r][c] === 42) {
      found = [r, c];
      break search;
    }
  }
}
console.log("found", found);
let log = [];
rows: for (let r = 0; r < 3; r++) {
  let c = 0;
  cols: while (true) {
    c++;
    if (c > 3) break cols;
    if (c === 2) continue cols;
    if (r === 1) continue rows;
    log.push(r + "" + c);
  }
  log.push("end" + r);
}
console.log(log.join(" "));
let count = 0;
a: do {
  count++;
  b: for (let k = 0; k < 10; k++) {
    if (k === 3) continue a;
    if (count > 2) break a;
  }
  console.log("unreachable");
} while (count < 5);
console.log("count", count);
let primes = [];
candidates: for (let n = 2; n < 40; n++) {
  for (let d = 2; d < n; d++) {
    if (n % d === 0) continue candidates;
  }
  primes.push(n);
}
console.log(primes.join(","));
let triple = null;
x: for (let a = 1; a < 30; a++) {
  y: for (let b = a; b < 30; b++) {
    for (let c = b; c < 30; c++) {
      if (a * a + b * b === c * c && a + b + c === 24) {
        triple = [a, b, c];
        break x;
      }
      if (c * c > a * a + b * b) continue y;
    }
  }
}
console.log("triple", triple);
let s = "";
level1: for (const w of ["ab", "cd", "ef"]) {
  for (const ch of w.split("")) {
    if (ch === "d") continue level1;
    if (ch === "f") break level1;
    s += ch;
  }
  s += "|";
}
console.log(s);
