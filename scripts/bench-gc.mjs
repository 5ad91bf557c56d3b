#!/usr/bin/env node
// Collector benchmark: an allocation-heavy workload (workloads/gc-churn.main.js, 300 generations:
// ~3.5 GB allocated, ~21 MB live) built with collector statistics, run once in a fresh process;
// prints time, GC time and share, the longest pause, collections, live bytes, peak linear memory
// and peak RSS.
//   npm run bench:gc [-- other.main.js [args...]]
import path from 'node:path';
import fs from 'node:fs';
import os from 'node:os';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { build } from '@pgo/compiler';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const entry = path.join(root, process.argv[2] ?? 'workloads/gc-churn.main.js');
const args = process.argv[2] ? process.argv.slice(3) : ['300'];
const wasmPath = path.join(os.tmpdir(), 'pgo-bench-gc.wasm');
fs.writeFileSync(wasmPath, build({ entry, gcStats: true }).wasm);

// Run in a child so RSS is the workload's own.
const child = `
  import fs from 'node:fs';
  import { runModule } from '@pgo/cli';
  const m = new WebAssembly.Module(fs.readFileSync(${JSON.stringify(wasmPath)}));
  const t0 = performance.now();
  const r = runModule(m, { capture: true, args: ${JSON.stringify(args)} });
  const ms = performance.now() - t0;
  const pages = r.instance.exports.memory.buffer.byteLength;
  process.stdout.write(JSON.stringify({ ms, exit: r.exitCode, out: r.stdout, err: r.stderr, memory: pages,
    rss: process.resourceUsage().maxRSS * 1024 }));`;
const r = spawnSync(process.execPath, ['--input-type=module', '-e', child], { cwd: root, encoding: 'utf8' });
if (r.status !== 0) { process.stderr.write(r.stderr); process.exit(1); }
const res = JSON.parse(r.stdout);
const stats = Object.fromEntries((res.err.match(/pgo-gc: (.*)/)?.[1] ?? '').split(' ').map((kv) => kv.split('=')));
const mb = (n) => (Number(n) / (1 << 20)).toFixed(1) + ' MB';
process.stdout.write(res.out);
console.table({
  'run time': (res.ms).toFixed(0) + ' ms',
  'GC time': Number(stats['gc-ms']).toFixed(0) + ' ms',
  'GC share': ((Number(stats['gc-ms']) / res.ms) * 100).toFixed(1) + ' %',
  'longest pause': Number(stats['max-pause-ms']).toFixed(1) + ' ms',
  collections: stats.collections,
  allocated: mb(stats['allocated-bytes']),
  'live after last GC': mb(stats['live-bytes']),
  'heap in use (cells + free)': mb(stats['heap-bytes']),
  'peak linear memory': mb(res.memory),
  'peak RSS (process)': mb(res.rss),
});
