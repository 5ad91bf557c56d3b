#!/usr/bin/env node
// Startup benchmark: bytes of a snapshotted hello module, and the median microseconds to
// instantiate it and run `_start` in a fresh instance (module compiled once; pgo's lean JS WASI
// imports as the host, not node:wasi). The unsnapshotted build is measured alongside.
//   npm run bench:startup [-- --iterations N]
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from '@pgo/compiler';
import { measureStartup } from '@pgo/cli';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const argv = process.argv.slice(2);
const at = argv.indexOf('--iterations');
const iterations = at >= 0 ? Number(argv[at + 1]) : 2000;
const entry = path.join(root, 'workloads/hello.js');

function dataSegments(wasm) {
  let p = 8, count = 0, bytes = 0;
  const leb = () => { let r = 0, s = 0, x; do { x = wasm[p++]; r |= (x & 0x7f) << s; s += 7; } while (x & 0x80); return r >>> 0; };
  while (p < wasm.length) {
    const id = wasm[p++], len = leb(), start = p;
    if (id === 11) { count = leb(); bytes = len; }
    p = start + len;
  }
  return { count, bytes };
}

const rows = [];
for (const snapshot of [true, false]) {
  const { wasm } = build({ entry, snapshot });
  const module = new WebAssembly.Module(wasm);
  const r = measureStartup(module, { iterations, warmup: 200 });
  const seg = dataSegments(wasm);
  rows.push({
    build: snapshot ? 'snapshot (Wizer)' : 'no snapshot',
    'module bytes': wasm.length,
    'data segments': seg.count,
    'data bytes': seg.bytes,
    'median µs': Number(r.medianMicros.toFixed(1)),
    'p90 µs': Number(r.p90Micros.toFixed(1)),
  });
}
console.log(`startup of workloads/hello.js: fresh instance + _start, ${iterations} runs each, node ${process.version}`);
console.table(rows);
