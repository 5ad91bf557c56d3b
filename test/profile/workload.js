// A workload for test/profile/app.js: its profile must apply to `pgo build app.js`.
import { Vec, sum, scale } from './app.js';
const n = Number(process.argv[2] ?? 100);
const vs = [];
for (let i = 0; i < n; i++) vs.push(scale(new Vec(i, i + 1), 2));
console.log(sum(vs).len.toFixed(2));
if (process.argv[3]) process.exitCode = Number(process.argv[3]);
