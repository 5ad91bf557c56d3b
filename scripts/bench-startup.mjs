#!/usr/bin/env node
// Startup benchmark: per engine, the time from a compiled module (or a started process, for
// node) to the first line of output of workloads/hello.js. pgo's rows (snapshotted by Wizer and
// not) also give the module's bytes, data segments and the pages those write, and the part of the
// median spent instantiating; they time a fresh instance + `_start` on pgo's lean JS WASI
// imports (not node:wasi). Every Wasm engine runs under the same V8 flags.
//   npm run bench:startup [-- --iterations N] [--v8-flags "..."]
//   npm run bench:startup -- --quick     each engine runs hello once, output checked, no timing
import fs from 'node:fs';
import path from 'node:path';
import { build } from '@pgo/compiler';
import { measureStartup, runModule } from '@pgo/cli';
import { ensureV8Flags, DEFAULT_WASM_FLAGS, repoRoot, quickjsStartup, starlingMonkeyStartup, nodeStartup, measure, dataSegments } from '@pgo/bench';

// --quick times nothing: V8's default tiering then saves compiling every module with TurboFan
const wasmFlags = ensureV8Flags(process.argv.includes('--quick') ? [] : DEFAULT_WASM_FLAGS);
const argv = process.argv.slice(2);
const quick = argv.includes('--quick');
const at = argv.indexOf('--iterations');
const iterations = quick ? 1 : at >= 0 ? Number(argv[at + 1]) : 2000;
const entry = path.join(repoRoot, 'workloads/hello.js');
const source = fs.readFileSync(entry, 'utf8');
const expected = 'hello, world\n';


console.log(`startup of workloads/hello.js, node ${process.version}; V8 flags of the Wasm engines: ${wasmFlags.join(' ') || '(none)'}`);
const rows = {};
const µs = (ms) => Number((ms * 1000).toFixed(1));
for (const snapshot of [true, false]) {
  const { wasm } = build({ entry, snapshot });
  const module = new WebAssembly.Module(wasm);
  const name = snapshot ? 'pgo, snapshot (Wizer)' : 'pgo, no snapshot';
  const r = runModule(module, { capture: true });
  if (r.stdout !== expected) throw new Error(`${name} printed ${JSON.stringify(r.stdout)}`);
  const seg = dataSegments(wasm);
  const t = quick ? null : measureStartup(module, { iterations, warmup: 200 });
  rows[name] = { 'median µs': t && Number(t.medianMicros.toFixed(1)), 'p90 µs': t && Number(t.p90Micros.toFixed(1)),
    'instantiate µs': t && Number(t.instantiateMedianMicros.toFixed(1)),
    'module bytes': wasm.length, 'data segments': seg.count, 'data bytes': seg.bytes, 'data pages': seg.pages,
    runs: iterations, measures: 'fresh instance + _start' };
}
// the peers: fewer iterations, as each takes milliseconds rather than microseconds
const peers = [
  ['QuickJS-wasm', await quickjsStartup(source), Math.min(iterations, 300), 'new runtime + context, eval, to the first console.log'],
  ['StarlingMonkey-wasm', await starlingMonkeyStartup(source), Math.min(iterations, 100), 'fresh component instance + run(), which printed the line'],
  ['node process', nodeStartup(entry), Math.min(iterations, 20), 'spawn to the first byte on stdout'],
];
for (const [name, sample, n, measures] of peers) {
  const t = await measure(sample, { iterations: n, warmup: quick ? 0 : Math.min(20, n), expected });
  rows[name] = { 'median µs': quick ? null : µs(t.medianMs), 'p90 µs': quick ? null : µs(t.p90Ms), runs: n, measures };
}
if (quick) {
  console.log(`every engine printed ${JSON.stringify(expected)}: ${Object.keys(rows).join(', ')}`);
} else {
  console.table(rows);
}
