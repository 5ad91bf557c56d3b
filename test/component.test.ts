// pgo build --component: the core module wrapped as a WASI preview2 command component, run by
// `jco run` (jco transpiles it to JS over preview2-shim and runs it on node).
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { build } from '@pgo/compiler';
import { toCommandComponent, WasiHost } from '@pgo/cli';

const here = path.dirname(new URL(import.meta.url).pathname);
// jco's command line, next to its API entry (dist/api.js; the package exports no other path).
const jcoBin = path.join(path.dirname(createRequire(path.join(here, '../packages/cli/package.json'))
  .resolve('@bytecodealliance/jco')), 'jco.js');

describe('pgo build --component', () => {
  it('makes a WASI preview2 command component that jco run runs', async () => {
    const core = build({ entry: path.join(here, 'component/command-app.js') }).wasm;
    const component = await toCommandComponent(core);
    // A component, not a core module: the layer field of the preamble is 1.
    expect([...component.subarray(0, 8)]).toEqual([0x00, 0x61, 0x73, 0x6d, 0x0d, 0x00, 0x01, 0x00]);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pgo-component-'));
    const file = path.join(dir, 'app.component.wasm');
    fs.writeFileSync(file, component);
    const run = await promisify(execFile)(process.execPath, [jcoBin, 'run', file, 'one', 'two words'], { cwd: dir })
      .then((r) => ({ code: 0, stdout: r.stdout }), (e: { code: number; stdout: string }) => ({ code: e.code, stdout: e.stdout }));
    expect(run.stdout).toBe('args ["one","two words"]\nrandom in [0, 1): true, clock moves: true\n');
    // WASI 0.2's wasi:cli/exit has only success or failure, so the adapter turns exit code 3 into 1.
    expect(run.code).toBe(1);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('gives the adapter memory from cabi_realloc, which the heap never grows over', () => {
    // What the preview1 adapter does in a component: take a 64 KiB stack and a 64 KiB state
    // block from the module's cabi_realloc, then call into _start.
    const module = new WebAssembly.Module(build({ entry: path.join(here, 'component/heap-growth-app.js') }).wasm);
    const host = new WasiHost({ capture: true }, module);
    const instance = new WebAssembly.Instance(module, host.imports);
    host.bind(instance);
    const realloc = instance.exports['cabi_realloc'] as (old: number, oldSize: number, align: number, size: number) => number;
    const memory = instance.exports['memory'] as WebAssembly.Memory;
    const blocks = [realloc(0, 0, 8, 65536), realloc(0, 0, 8, 65536)];
    for (const b of blocks) new Uint32Array(memory.buffer, b, 16384).fill(0xdeadbeef);
    const pagesBefore = memory.buffer.byteLength >> 16;
    (instance.exports['_start'] as () => void)();
    expect(host.stdout()).toBe('kept 200000 199999\n');
    expect(memory.buffer.byteLength >> 16).toBeGreaterThan(pagesBefore + 64); // the heap grew
    for (const b of blocks) expect(new Uint32Array(memory.buffer, b, 16384).every((w) => w === 0xdeadbeef)).toBe(true);
  });
});
