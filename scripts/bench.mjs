#!/usr/bin/env node
// pgo against its peers, side by side in one run: for each workload, the median of N runs in
// each engine — pgo generic, pgo profile-guided (profiles/<name>.pb), node (JIT), node --jitless,
// QuickJS-wasm, StarlingMonkey-wasm (no AOT) — alternating engines within each round (the
// starting engine rotates) so drift hits all alike. Every run's output is checked against node's.
// Writes workloads/results.json, workloads/RESULTS.md and workloads/ratios.svg.
//   npm run bench [-- --runs 5] [--engines pgo,node,...] [--v8-flags "--no-liftoff"] [--out dir] [name ...]
//   npm run bench -- --quick    every engine runs every workload once at its small size, output checked, no timing
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  listWorkloads, repoRoot, median, geomean, ensureV8Flags, DEFAULT_WASM_FLAGS, runInNode, writeReports,
  pgoGeneric, pgoGuided, nodeJit, nodeJitless, quickjsWasm, starlingMonkey, componentEntry, buildComponents,
} from '@pgo/bench';

// --quick times nothing: V8's default tiering then saves compiling every module with TurboFan
const wasmFlags = ensureV8Flags(process.argv.includes('--quick') ? [] : DEFAULT_WASM_FLAGS);
const argv = process.argv.slice(2);
const option = (name) => { const i = argv.indexOf(name); return i >= 0 ? argv[i + 1] : undefined; };
const valued = new Set(['--runs', '--engines', '--v8-flags', '--out']);
const names = argv.filter((a, i) => !a.startsWith('--') && !valued.has(argv[i - 1]));
const quick = argv.includes('--quick');
const runs = Number(option('--runs') ?? 5);
const allEngines = [pgoGuided, pgoGeneric, nodeJit, nodeJitless, quickjsWasm, starlingMonkey];
const engineIds = option('--engines')?.split(',') ?? allEngines.map((e) => e.id);
const engines = allEngines.filter((e) => engineIds.includes(e.id));
if (engines.length !== engineIds.length) throw new Error(`--engines: known are ${allEngines.map((e) => e.id).join(',')}`);
const workloads = listWorkloads(names);
const loadavgStart = os.loadavg();

console.log(`${quick ? 'quick check' : `benchmark, median of ${runs} runs`}: ${workloads.length} workloads × ${engines.length} engines; node ${process.version}, ` +
  `${os.cpus().length} cores, load ${loadavgStart.map((x) => x.toFixed(2)).join(' ')}`);
console.log(`V8 flags of every Wasm engine (${engines.filter((e) => e.wasm).map((e) => e.label).join(', ')}): ${wasmFlags.join(' ') || '(none)'}`);

if (engines.includes(starlingMonkey)) {
  const t0 = performance.now();
  await buildComponents(workloads.map((w) => componentEntry(w.name, fs.readFileSync(w.file, 'utf8'))));
  console.log(`StarlingMonkey components ready (${((performance.now() - t0) / 1000).toFixed(1)} s; cached in .bench-cache/starlingmonkey/)`);
}

const results = [];
let failures = 0;
for (const w of workloads) {
  const size = quick ? w.quickSize : w.defaultSize;
  const expected = runInNode(w.file, size, []).stdout;
  const result = { name: w.name, size, medianMs: {}, runsMs: {}, errors: {} };
  const prepared = new Map();
  for (const e of engines) {
    try {
      const p = await e.prepare(w, size);
      for (const warning of p.warnings ?? []) console.log(`  warning (${e.label}): ${warning} — run \`npm run profiles\``);
      prepared.set(e, p);
    } catch (err) {
      result.errors[e.id] = `prepare: ${err.message.split('\n')[0]}`;
    }
  }
  // round 0 checks every engine's output and warms it up; rounds 1..N are timed
  const rounds = quick ? 1 : runs + 1;
  for (let round = 0; round < rounds; round++) {
    const order = engines.map((_, i) => engines[(i + round) % engines.length]);
    for (const e of order) {
      const p = prepared.get(e);
      if (!p || result.errors[e.id]) continue;
      try {
        const r = await p.run();
        if (r.stdout !== expected) throw new Error(`printed ${JSON.stringify(r.stdout.slice(0, 160))}, node printed ${JSON.stringify(expected.slice(0, 160))}`);
        if (round > 0) (result.runsMs[e.id] ??= []).push(r.ms);
      } catch (err) {
        result.errors[e.id] = err.message.split('\n')[0];
      }
    }
  }
  for (const e of engines) result.medianMs[e.id] = result.runsMs[e.id] && !result.errors[e.id] ? median(result.runsMs[e.id]) : null;
  failures += Object.keys(result.errors).length;
  if (quick) {
    console.log(`${w.name.padEnd(12)} size ${String(size).padStart(6)}  ${engines.map((e) => `${e.id} ${result.errors[e.id] ? 'FAILED' : 'ok'}`).join('  ')}`);
  } else {
    console.log(`${w.name.padEnd(12)} ${engines.map((e) => `${e.id} ${result.medianMs[e.id]?.toFixed(1) ?? 'failed'} ms`).join('  ')}`);
  }
  for (const [id, msg] of Object.entries(result.errors)) console.log(`  ${id}: ${msg}`);
  results.push(result);
}

if (quick) {
  console.log(failures === 0 ? `all ${workloads.length * engines.length} runs printed what node printed` : `${failures} engine/workload pairs failed`);
  process.exit(failures === 0 ? 0 : 1);
}

const reference = pgoGuided.id;
const geomeanRatio = {};
for (const e of engines) {
  const rs = results.map((w) => w.medianMs[e.id] != null && w.medianMs[reference] != null ? w.medianMs[e.id] / w.medianMs[reference] : null).filter((r) => r != null);
  geomeanRatio[e.id] = { geomean: rs.length ? geomean(rs) : null, over: rs.length };
}
const res = {
  generated: new Date().toISOString(),
  // --out names where the files go, not what was measured
  command: `npm run bench -- ${argv.filter((a, i) => a !== '--out' && argv[i - 1] !== '--out').join(' ')}`.trim().replace(/ --$/, ''),
  machine: { node: process.version, v8: process.versions.v8, cpus: `${os.cpus().length} × ${os.cpus()[0]?.model.trim()}`, loadavgStart, loadavgEnd: os.loadavg() },
  wasmFlags, runs, reference,
  engines: engines.map((e) => ({ id: e.id, label: e.label, measures: e.measures })),
  workloads: results, geomeanRatio,
};
const outDir = path.resolve(option('--out') ?? path.join(repoRoot, 'workloads'));
fs.mkdirSync(outDir, { recursive: true });
writeReports(res, outDir);
console.log(`\ngeomean of each engine's time over ${pgoGuided.label}'s: ${engines.filter((e) => e.id !== reference)
  .map((e) => `${e.label} ${geomeanRatio[e.id].geomean?.toFixed(2) ?? '—'}×`).join(', ')}`);
console.log(`wrote results.json, RESULTS.md, ratios.svg in ${path.relative(process.cwd(), outDir) || '.'} (load ${os.loadavg().map((x) => x.toFixed(2)).join(' ')})`);
