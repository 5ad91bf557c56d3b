// NaN keys made by arithmetic at run time (whatever bits the CPU gives them) find the NaN entry.
const zeros = [0, 0, Infinity];
const m = new Map([[NaN, 'nan entry']]);
const s = new Set([NaN]);
const made = [zeros[0] / zeros[1], zeros[2] - zeros[2], Math.sqrt(-1), Number('x') * 2, zeros[2] * zeros[0]];
console.log(made.map((x) => m.get(x)), made.map((x) => s.has(x)));
m.set(zeros[0] / zeros[1], 'replaced');
console.log(m.size, m.get(NaN), [...new Set(made)].length);
