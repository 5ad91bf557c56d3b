#!/usr/bin/env node
// What the profile buys: each workload built generic and profile-guided (its profile recorded
// here, from the workload itself, through the instrumented build), both run N times alternately
// in this process (a fresh instance from the compiled module each run); prints median run times,
// the speedup and its geomean, module sizes and build times.
//   npm run bench:pgo [-- --runs 5] [workloads/x.main.js ...]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, dumpToProfile } from '@pgo/compiler';
import { runModule, readProfileDump } from '@pgo/cli';
import { engineBuildId } from '@pgo/engine';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const argv = process.argv.slice(2);
const runsAt = argv.indexOf('--runs');
const runs = runsAt >= 0 ? Number(argv[runsAt + 1]) : 5;
const files = argv.filter((a, i) => !a.startsWith('--') && i !== runsAt + 1);
const workloads = files.length > 0 ? files
  : fs.readdirSync(path.join(root, 'workloads')).filter((f) => f.endsWith('.main.js')).map((f) => `workloads/${f}`);

const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const timed = (f) => { const t0 = performance.now(); const r = f(); return [r, performance.now() - t0]; };
const rows = {};
const speedups = [];
for (const w of workloads) {
  const entry = path.resolve(root, w);
  const [rec] = timed(() => build({ entry, record: true }));
  const recorded = runModule(new WebAssembly.Module(rec.wasm), { capture: true });
  const profile = dumpToProfile(readProfileDump(recorded.instance), rec.sourceMap, {
    pgoVersion: 'bench', engineBuild: engineBuildId(), workloads: [{ name: w, weight: 1, runs: 1 }],
  });
  const [generic, genericMs] = timed(() => build({ entry }));
  const [guided, guidedMs] = timed(() => build({ entry, profile: { profile, file: `${w}.pb` } }));
  const modules = { generic: new WebAssembly.Module(generic.wasm), guided: new WebAssembly.Module(guided.wasm) };
  const times = { generic: [], guided: [] };
  for (let i = 0; i < runs; i++) {
    for (const [mode, m] of Object.entries(modules)) {
      const [r, ms] = timed(() => runModule(m, { capture: true }));
      if (r.exitCode !== 0) throw new Error(`${w} (${mode}) exited ${r.exitCode}: ${r.stderr}`);
      if (r.stdout !== recorded.stdout) throw new Error(`${w} (${mode}) printed something else than the record build`);
      times[mode].push(ms);
    }
  }
  const g = median(times.generic), p = median(times.guided);
  speedups.push(g / p);
  rows[w] = {
    'generic ms': Number(g.toFixed(1)), 'pgo ms': Number(p.toFixed(1)), speedup: `${(g / p).toFixed(2)}x`,
    'generic bytes': generic.wasm.length, 'pgo bytes': guided.wasm.length,
    'generic build ms': Math.round(genericMs), 'pgo build ms': Math.round(guidedMs),
  };
}
console.table(rows);
const geomean = Math.exp(speedups.reduce((s, x) => s + Math.log(x), 0) / speedups.length);
console.log(`geomean speedup of the profile-guided build over the generic build: ${geomean.toFixed(2)}x (${runs} runs each, median)`);
