#!/usr/bin/env node
// Where the startup time of the snapshotted hello module goes (the figures of the engine
// README's "Startup: what an instance costs"). Under the startup benchmark's V8 flags:
// 1. this machine's price of memory: a module that is only a memory, with 0..64 pages of data;
// 2. hello's run split into instantiation and `_start`, and the pages each writes;
// 3. `new WebAssembly.Instance` of hello and of variants without its data, without its table's
//    elements too, and of an empty module with the same memory (the variants do not run).
//   node scripts/startup-breakdown.mjs [--rounds N]
import path from 'node:path';
import { build } from '@pgo/compiler';
import { measureStartup, runModule, WasiHost } from '@pgo/cli';
import { ensureV8Flags, DEFAULT_WASM_FLAGS, repoRoot, dataSegments, withoutSection, sections } from '@pgo/bench';

const flags = ensureV8Flags(DEFAULT_WASM_FLAGS);
const at = process.argv.indexOf('--rounds');
const rounds = at >= 0 ? Number(process.argv[at + 1]) : 10;
const SECTION_MEMORY = 5, SECTION_ELEMENT = 9, SECTION_DATA = 11, SECTION_DATA_COUNT = 12;

/** A module with one memory (`pages` Wasm pages, max 65536) and `dataPages` 4 KiB pages of data. */
function memoryModule(pages, dataPages) {
  const memory = [SECTION_MEMORY, 6, 1, 1, pages, 0x80, 0x80, 0x04];
  const bytes = dataPages * 4096;
  const size = [0x80 | (bytes & 0x7f), 0x80 | ((bytes >> 7) & 0x7f), bytes >> 14]; // 3-byte LEB
  const body = dataPages ? [1, 0, 0x41, 0, 0x0b, ...size] : [];
  const data = dataPages ? [SECTION_DATA, 0x80 | ((body.length + bytes) & 0x7f), 0x80 | (((body.length + bytes) >> 7) & 0x7f), (body.length + bytes) >> 14] : [];
  const out = new Uint8Array(8 + memory.length + data.length + body.length + bytes).fill(1);
  out.set([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0, ...memory, ...data, ...body]);
  return out;
}

/** Median µs of `new WebAssembly.Instance` per module, the modules taken in turn round by round
 *  (so a busy moment of the machine hits all alike). */
function instantiation(named) {
  const modules = named.map(([name, wasm]) => [name, new WebAssembly.Module(wasm)]);
  const samples = modules.map(() => []);
  for (const [, m] of modules) for (let i = 0; i < 100; i++) new WebAssembly.Instance(m, new WasiHost({ capture: true }, m).imports);
  for (let r = 0; r < rounds; r++) {
    modules.forEach(([, m], k) => {
      for (let i = 0; i < 200; i++) {
        const imports = new WasiHost({ capture: true }, m).imports;
        const t0 = process.hrtime.bigint();
        new WebAssembly.Instance(m, imports);
        samples[k].push(Number(process.hrtime.bigint() - t0) / 1000);
      }
    });
  }
  return Object.fromEntries(modules.map(([name], k) => {
    const s = samples[k].sort((a, b) => a - b);
    return [name, { 'median µs': Number(s[s.length >> 1].toFixed(1)), 'p90 µs': Number(s[Math.floor(s.length * 0.9)].toFixed(1)) }];
  }));
}

/** Pages of memory `_start` changes, and how many of them the data segments had not written. */
function pagesOfRun(module) {
  const host = new WasiHost({ capture: true }, module);
  const instance = new WebAssembly.Instance(module, host.imports);
  host.bind(instance);
  const before = new Uint8Array(instance.exports.memory.buffer).slice();
  try { instance.exports._start(); } catch { /* proc_exit */ }
  const after = new Uint8Array(instance.exports.memory.buffer);
  let changed = 0, fresh = 0;
  for (let p = 0; p < after.length; p += 4096) {
    let differs = false, zero = true;
    for (let i = p; i < p + 4096; i++) {
      if (after[i] !== (before[i] ?? 0)) differs = true;
      if (before[i]) zero = false;
    }
    if (differs) { changed++; if (zero) fresh++; }
  }
  return { changed, fresh };
}

console.log(`startup breakdown of workloads/hello.js, node ${process.version}, V8 flags: ${flags.join(' ') || '(none)'}`);
console.log('\n1. the price of memory here: a module of one 38-page memory and n 4 KiB pages of data');
console.table(instantiation([0, 1, 4, 16, 64].map((n) => [`${n} pages of data`, memoryModule(38, n)])));

const { wasm } = build({ entry: path.join(repoRoot, 'workloads/hello.js') });
const module = new WebAssembly.Module(wasm);
const run = runModule(module, { capture: true });
if (run.stdout !== 'hello, world\n') throw new Error(`hello printed ${JSON.stringify(run.stdout)}`);
const seg = dataSegments(wasm);
const t = measureStartup(module, { iterations: rounds * 200, warmup: 200 });
const runPages = pagesOfRun(module);
console.log('\n2. hello, snapshotted: a fresh instance + _start');
console.table({
  'instance + _start': { 'median µs': Number(t.medianMicros.toFixed(1)), 'pages written': `${seg.pages} (${seg.count} data segments, ${seg.bytes} bytes)` },
  'of which instantiation': { 'median µs': Number(t.instantiateMedianMicros.toFixed(1)), 'pages written': seg.pages },
  'of which _start': { 'median µs': Number((t.medianMicros - t.instantiateMedianMicros).toFixed(1)), 'pages written': `${runPages.changed} (${runPages.fresh} not written by the data)` },
});

const memory = sections(wasm).find((s) => s.id === SECTION_MEMORY);
const onlyMemory = new Uint8Array([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0, ...wasm.subarray(memory.start, memory.end)]);
const noData = withoutSection(withoutSection(wasm, SECTION_DATA), SECTION_DATA_COUNT);
console.log('\n3. new WebAssembly.Instance of hello and of variants (which no longer run)');
console.table(instantiation([
  ['hello', wasm],
  ['without its data', noData],
  ['without data and table elements', withoutSection(noData, SECTION_ELEMENT)],
  ['only its memory', onlyMemory],
]));
