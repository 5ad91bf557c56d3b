#!/usr/bin/env node
// The main job end to end on a bundled workload, as a user runs it: `pgo record` (instrumented
// build, run, profile), `pgo merge`, `pgo build` generic and `pgo build --profile`, then both
// modules run side by side (alternating, median of N) next to node (JIT) and node --jitless.
//   npm run demo [-- workloads/other.main.js] [--runs N]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { runModule } from '@pgo/cli';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const argv = process.argv.slice(2);
const runsAt = argv.indexOf('--runs');
const runs = runsAt >= 0 ? Number(argv[runsAt + 1]) : 5;
const entry = path.resolve(argv.find((a, i) => !a.startsWith('--') && i !== runsAt + 1) ?? path.join(root, 'workloads/scheduler.main.js'));
const rel = path.relative(process.cwd(), entry);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pgo-demo-'));
const name = path.basename(entry).replace(/(\.main)?\.[cm]?js$/, '');
const pgoBin = path.join(root, 'packages/cli/bin/pgo.mjs');

/** Run the pgo command as a user would; show the command, its time, and its stderr. */
function pgo(...args) {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [pgoBin, ...args], { encoding: 'utf8', cwd: root });
  const ms = performance.now() - t0;
  console.log(`$ pgo ${args.map((a) => a.startsWith(dir) ? a.replace(dir, '$TMP') : path.isAbsolute(a) ? path.relative(process.cwd(), a) : a).join(' ')}   (${ms.toFixed(0)} ms)`);
  if (r.stdout) process.stdout.write(r.stdout.split('\n').map((l) => l && `  ${l}`).join('\n'));
  if (r.stderr) process.stderr.write(r.stderr);
  if (r.status !== 0) { console.error(`pgo ${args[0]} failed (exit ${r.status})`); process.exit(1); }
  return ms;
}

const rec = path.join(dir, `${name}.pb`), merged = path.join(dir, 'merged.pb');
const generic = path.join(dir, `${name}.generic.wasm`), guided = path.join(dir, `${name}.pgo.wasm`);
pgo('record', entry, '-o', rec);
pgo('merge', rec, '-o', merged);
const genericBuildMs = pgo('build', entry, '-o', generic);
const guidedBuildMs = pgo('build', entry, '--profile', merged, '-o', guided);

const modules = { generic: new WebAssembly.Module(fs.readFileSync(generic)), 'profile-guided': new WebAssembly.Module(fs.readFileSync(guided)) };
const times = { generic: [], 'profile-guided': [] };
let output = null;
for (let i = 0; i < runs; i++) {
  for (const [mode, m] of Object.entries(modules)) {
    const t0 = performance.now();
    const r = runModule(m, { capture: true });
    times[mode].push(performance.now() - t0);
    if (r.exitCode !== 0) { console.error(`${mode} build exited ${r.exitCode}: ${r.stderr}`); process.exit(1); }
    if (output !== null && r.stdout !== output) { console.error(`${mode} build printed something else`); process.exit(1); }
    output = r.stdout;
  }
}
console.log(`\n${rel} prints:`);
process.stdout.write(output);

function nodeTime(flags) {
  const code = `const t=performance.now();import(${JSON.stringify(entry)}).then(async m=>{if(m.main)await m.main();` +
    `process.stderr.write(String(performance.now()-t))})`;
  const r = spawnSync(process.execPath, [...flags, '-e', code], { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
  return Number(r.stderr.split('\n').filter((l) => /^[\d.]+$/.test(l)).pop());
}
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const g = median(times.generic), p = median(times['profile-guided']);
console.log(`\nrun time, median of ${runs} (ms; a fresh instance from the compiled module each run):`);
console.table({
  'pgo generic build': { ms: Number(g.toFixed(1)), 'module bytes': fs.statSync(generic).size, 'build ms': Math.round(genericBuildMs) },
  'pgo profile-guided build': { ms: Number(p.toFixed(1)), 'module bytes': fs.statSync(guided).size, 'build ms': Math.round(guidedBuildMs) },
  'node (JIT)': { ms: Number(nodeTime([]).toFixed(1)) },
  'node --jitless': { ms: Number(nodeTime(['--jitless']).toFixed(1)) },
});
console.log(`profile-guided / generic: ${(g / p).toFixed(2)}x faster   (files in ${dir})`);
