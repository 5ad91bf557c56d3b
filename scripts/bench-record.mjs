#!/usr/bin/env node
// The cost of recording: each workload built generic and in record mode (the instrumented build
// of `pgo record`), each run N times alternately in this process; prints the median run times,
// the slowdown, and the profile's size.
//   npm run bench:record [-- --runs 5] [workloads/x.main.js ...]
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, dumpToProfile } from '@pgo/compiler';
import { runModule, readProfileDump } from '@pgo/cli';
import { encodeProfile } from '@pgo/profile';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const argv = process.argv.slice(2);
const runsAt = argv.indexOf('--runs');
const runs = runsAt >= 0 ? Number(argv[runsAt + 1]) : 5;
const files = argv.filter((a, i) => !a.startsWith('--') && i !== runsAt + 1);
const workloads = files.length > 0 ? files : ['workloads/scheduler.main.js', 'workloads/gc-churn.main.js'];

const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const rows = {};
for (const w of workloads) {
  const entry = path.resolve(root, w);
  const generic = new WebAssembly.Module(build({ entry }).wasm);
  const rec = build({ entry, record: true });
  const record = new WebAssembly.Module(rec.wasm);
  const times = { generic: [], record: [] };
  let dump = null;
  for (let i = 0; i < runs; i++) {
    for (const [mode, m] of [['generic', generic], ['record', record]]) {
      const t0 = performance.now();
      const r = runModule(m, { capture: true });
      times[mode].push(performance.now() - t0);
      if (r.exitCode !== 0) throw new Error(`${w} (${mode}) exited ${r.exitCode}: ${r.stderr}`);
      if (mode === 'record') dump = readProfileDump(r.instance);
    }
  }
  const profile = dumpToProfile(dump, rec.sourceMap, { pgoVersion: 'bench', engineBuild: 'bench', workloads: [{ name: w, weight: 1, runs: 1 }] });
  const g = median(times.generic), r = median(times.record);
  rows[w] = {
    'generic ms': g.toFixed(1), 'record ms': r.toFixed(1), slowdown: (r / g).toFixed(2) + 'x',
    'profile bytes': encodeProfile(profile).length, sites: rec.sites,
  };
}
console.table(rows);
