#!/usr/bin/env node
// The main job end to end on a bundled workload: build it with pgo (snapshotted), run it, print
// its output, and time each step next to node (JIT) and node --jitless.
//   npm run demo [-- workloads/other.main.js]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { build } from '@pgo/compiler';
import { runModule } from '@pgo/cli';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const entry = path.resolve(process.argv[2] ?? path.join(root, 'workloads/scheduler.main.js'));
const rel = path.relative(process.cwd(), entry);

const t0 = performance.now();
const result = build({ entry });
const buildMs = performance.now() - t0;
const out = path.join(os.tmpdir(), path.basename(entry).replace(/\.[cm]?js$/, '') + '.wasm');
fs.writeFileSync(out, result.wasm);
console.log(`pgo build ${rel} → ${out} (${result.wasm.length} bytes, ${result.sites} IC sites) in ${buildMs.toFixed(0)} ms`);

const module = new WebAssembly.Module(result.wasm);
const t1 = performance.now();
const run = runModule(module, { capture: true });
const runMs = performance.now() - t1;
process.stdout.write(run.stdout);
process.stderr.write(run.stderr);

function nodeTime(flags) {
  const code = `const t=performance.now();import(${JSON.stringify(entry)}).then(async m=>{if(m.main)await m.main();` +
    `process.stderr.write(String(performance.now()-t))})`;
  const r = spawnSync(process.execPath, [...flags, '-e', code], { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
  return Number(r.stderr.split('\n').filter((l) => /^[\d.]+$/.test(l)).pop());
}
console.log('\nrun time (ms):');
console.table({
  'pgo (Wasm, generic build)': { ms: Number(runMs.toFixed(1)), exit: run.exitCode },
  'node (JIT)': { ms: Number(nodeTime([]).toFixed(1)), exit: 0 },
  'node --jitless': { ms: Number(nodeTime(['--jitless']).toFixed(1)), exit: 0 },
});
process.exitCode = run.exitCode;
