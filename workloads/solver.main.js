// Constraint solving: a Sudoku solver with candidate bitmasks, constraint propagation (naked and
// hidden singles) and backtracking on the most constrained cell; an N-queens counter with
// bitboards; and a DPLL SAT solver (unit propagation, pure literals) on generated 3-SAT formulas.
// Verified: each Sudoku solution satisfies every row/column/box and keeps the givens; N-queens
// counts equal the known sequence; every satisfying assignment satisfies every clause, and every
// "unsatisfiable" answer is confirmed by exhaustive search on the small formulas.
// main(size): size = rounds over the puzzle set. Default 4; quick checks: main(1).
const DEFAULT_SIZE = 4;

const PUZZLES = [
  '003020600900305001001806400008102900700000008006708200002609500800203009005010300',
  '4.....8.5.3..........7......2.....6.....8.4......1.......6.3.7.5..2.....1.4......',
  '52...6.........7.13...........4..8..6......5...........418.........3..2...87.....',
  '6.....8.3.4.7.................5.4.7.3..2.....1.6.......2.....5.....8.6......1....',
  '48.3............71.2.......7.5....6....2..8.............1.76...3.....4......5....',
  '..53.....8......2..7..1.5..4....53...1..7...6..32...8..6.5....9..4....3......97..',
];

// ---------------------------------------------------------------- sudoku
const UNITS = [];
for (let i = 0; i < 9; i++) {
  UNITS.push(Array.from({ length: 9 }, (_, k) => i * 9 + k));
  UNITS.push(Array.from({ length: 9 }, (_, k) => k * 9 + i));
  const r = Math.floor(i / 3) * 3, c = (i % 3) * 3;
  UNITS.push(Array.from({ length: 9 }, (_, k) => (r + Math.floor(k / 3)) * 9 + c + (k % 3)));
}
const PEERS = Array.from({ length: 81 }, (_, cell) => {
  const set = new Set();
  for (const unit of UNITS) if (unit.includes(cell)) for (const p of unit) if (p !== cell) set.add(p);
  return [...set];
});
const UNITS_OF = Array.from({ length: 81 }, (_, cell) => UNITS.filter((u) => u.includes(cell)));
const popcount = (m) => { let c = 0; while (m) { m &= m - 1; c++; } return c; };
const ALL = 0x1ff;

class Sudoku {
  constructor() { this.nodes = 0; }
  solve(text) {
    const cand = new Uint16Array(81).fill(ALL);
    for (let i = 0; i < 81; i++) {
      const ch = text[i];
      if (ch >= '1' && ch <= '9' && !this.assign(cand, i, Number(ch) - 1)) return null;
    }
    return this.search(cand);
  }
  assign(cand, cell, digit) { // eliminate every other digit from the cell
    let others = cand[cell] & ~(1 << digit);
    while (others) {
      const bit = others & -others;
      others ^= bit;
      if (!this.eliminate(cand, cell, bit)) return false;
    }
    return true;
  }
  eliminate(cand, cell, bit) {
    if (!(cand[cell] & bit)) return true;
    cand[cell] &= ~bit;
    const left = cand[cell];
    if (left === 0) return false;
    if ((left & (left - 1)) === 0) { // naked single: remove it from the peers
      for (const p of PEERS[cell]) if (!this.eliminate(cand, p, left)) return false;
    }
    for (const unit of UNITS_OF[cell]) { // hidden single: the bit has one place left in a unit
      let place = -1, count = 0;
      for (const c of unit) if (cand[c] & bit) { count++; place = c; }
      if (count === 0) return false;
      if (count === 1 && !this.assign(cand, place, 31 - Math.clz32(bit))) return false;
    }
    return true;
  }
  search(cand) {
    this.nodes++;
    let best = -1, bestCount = 10;
    for (let i = 0; i < 81; i++) {
      const n = popcount(cand[i]);
      if (n > 1 && n < bestCount) { best = i; bestCount = n; }
    }
    if (best < 0) return cand;
    for (let m = cand[best]; m; m &= m - 1) {
      const copy = cand.slice();
      if (this.assign(copy, best, 31 - Math.clz32(m & -m))) {
        const r = this.search(copy);
        if (r) return r;
      }
    }
    return null;
  }
}

function checkSudoku(puzzle, cand) {
  const grid = Array.from(cand, (m) => 32 - Math.clz32(m));
  for (const unit of UNITS) {
    const seen = new Set(unit.map((c) => grid[c]));
    if (seen.size !== 9 || seen.has(0)) throw new Error(`unit broken in ${puzzle}`);
  }
  grid.forEach((d, i) => { if (puzzle[i] >= '1' && puzzle[i] <= '9' && Number(puzzle[i]) !== d) throw new Error('given changed'); });
  return grid.join('');
}

// ---------------------------------------------------------------- n-queens
function queens(n) {
  const full = (1 << n) - 1;
  const place = (cols, d1, d2) => {
    if (cols === full) return 1;
    let count = 0;
    for (let free = full & ~(cols | d1 | d2); free; free &= free - 1) {
      const bit = free & -free;
      count += place(cols | bit, ((d1 | bit) << 1) & full, (d2 | bit) >> 1);
    }
    return count;
  };
  return place(0, 0, 0);
}
const QUEENS = [1, 0, 0, 2, 10, 4, 40, 92, 352, 724];

// ---------------------------------------------------------------- SAT (DPLL)
function dpll(clauses, nVars) {
  const assignment = new Int8Array(nVars + 1); // 0 unknown, 1 true, -1 false
  let decisions = 0;
  const value = (lit) => assignment[Math.abs(lit)] * Math.sign(lit);
  const solve = () => {
    const trail = [];
    const undo = () => { for (const v of trail) assignment[v] = 0; return false; };
    for (;;) { // unit propagation and pure literals until nothing changes
      let changed = false;
      const polarity = new Map();
      for (const clause of clauses) {
        let unknown = 0, last = 0, sat = false;
        for (const lit of clause) {
          const v = value(lit);
          if (v > 0) { sat = true; break; }
          if (v === 0) { unknown++; last = lit; }
        }
        if (sat) continue;
        if (unknown === 0) return undo();
        if (unknown === 1) { assignment[Math.abs(last)] = Math.sign(last); trail.push(Math.abs(last)); changed = true; continue; }
        for (const lit of clause) if (value(lit) === 0) polarity.set(Math.abs(lit), (polarity.get(Math.abs(lit)) ?? 0) | (lit > 0 ? 1 : 2));
      }
      if (!changed) {
        for (const [v, p] of polarity) if (p !== 3) { assignment[v] = p === 1 ? 1 : -1; trail.push(v); changed = true; }
        if (!changed) break;
      }
    }
    let branch = 0;
    for (let v = 1; v <= nVars; v++) if (assignment[v] === 0) { branch = v; break; }
    if (branch === 0) return true;
    decisions++;
    for (const choice of [1, -1]) {
      assignment[branch] = choice;
      if (solve()) return true;
    }
    assignment[branch] = 0;
    return undo();
  };
  const sat = solve();
  return { sat, assignment, decisions };
}

function bruteForceSat(clauses, nVars) {
  for (let m = 0; m < 1 << nVars; m++) {
    if (clauses.every((c) => c.some((lit) => ((m >> (Math.abs(lit) - 1)) & 1) === (lit > 0 ? 1 : 0)))) return true;
  }
  return false;
}

function randomFormula(rand, nVars, nClauses) {
  return Array.from({ length: nClauses }, () => {
    const vars = new Set();
    while (vars.size < 3) vars.add(1 + Math.floor(rand() * nVars));
    return [...vars].map((v) => (rand() < 0.5 ? v : -v));
  });
}

export function main(size = DEFAULT_SIZE) {
  const sudoku = new Sudoku();
  let solutionHash = 0;
  for (let round = 0; round < size; round++) {
    for (const p of PUZZLES) {
      const cand = sudoku.solve(p);
      if (!cand) throw new Error(`no solution for ${p}`);
      const s = checkSudoku(p, cand);
      if (round === 0) for (let i = 0; i < 81; i++) solutionHash = (Math.imul(solutionHash, 31) + s.charCodeAt(i)) >>> 0;
    }
  }
  console.log(`sudoku: ${PUZZLES.length} puzzles x ${size}, ${sudoku.nodes} search nodes, solutions hash ${solutionHash}`);

  const counts = QUEENS.map((_, i) => queens(i + 1));
  if (counts.join() !== QUEENS.join()) throw new Error(`queens ${counts}`);
  const big = queens(11);
  if (big !== 2680) throw new Error(`queens(11) = ${big}`);
  console.log(`n-queens 1..10: ${counts.join(' ')}; 11 -> ${big}`);

  let seed = 31337;
  const rand = () => { seed = (Math.imul(seed, 48271) % 2147483647 + 2147483647) % 2147483647; return seed / 2147483647; };
  let sat = 0, unsat = 0, decisions = 0;
  for (let f = 0; f < size * 12; f++) {
    const small = f % 3 === 0;
    const nVars = small ? 12 : 32, clauses = randomFormula(rand, nVars, Math.round(nVars * 4.26));
    const r = dpll(clauses, nVars);
    decisions += r.decisions;
    if (r.sat) {
      sat++;
      for (const c of clauses) if (!c.some((lit) => r.assignment[Math.abs(lit)] * Math.sign(lit) > 0)) throw new Error('assignment violates a clause');
    } else {
      unsat++;
      if (small && bruteForceSat(clauses, nVars)) throw new Error('dpll said unsat wrongly');
    }
  }
  console.log(`sat: ${sat} satisfiable, ${unsat} unsatisfiable, ${decisions} decisions`);
}
