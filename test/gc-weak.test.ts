// WeakMap/WeakSet entries are ephemerons: a program that keeps one WeakMap alive while its keys
// die must run in bounded memory. The collector's statistics line gives the live bytes after the
// last collection; with strong keys they would exceed 100 MB here.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it, expect } from 'vitest';
import { build } from '@pgo/compiler';
import { runInWorker } from '@pgo/cli';

const program = `
const cache = new WeakMap();
const tags = new WeakSet();
const kept = [];
for (let i = 0; i < 100000; i++) {
  const key = { id: i };
  cache.set(key, new Array(128).fill(i));   // ~1 KB per value
  tags.add(key);
  if (i % 10000 === 0) kept.push(key);
}
console.log(kept.map((k) => cache.get(k)[127]).join(','), kept.every((k) => tags.has(k)));
`;

function liveBytes(stderr: string): number {
  const m = /live-bytes=(\d+)/.exec(stderr);
  if (!m) throw new Error(`no collector statistics in: ${stderr}`);
  return Number(m[1]);
}

describe('ephemerons', () => {
  it('drops WeakMap and WeakSet entries whose keys died', async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pgo-weak-')), 'weak.js');
    fs.writeFileSync(file, program);
    const { wasm } = build({ entry: file, gcStats: true });
    const r = await runInWorker(wasm, { capture: true });
    expect(r.stdout).toBe('0,10000,20000,30000,40000,50000,60000,70000,80000,90000 true\n');
    expect(liveBytes(r.stderr)).toBeLessThan(16 << 20);
  }, 120_000);

  it('frees atoms and shape transitions only the atom table and the transition tree refer to', async () => {
    // 300,000 distinct keys made from data, each on a fresh object that dies: kept by the atom
    // table and the root shape's transitions, they would be ~30 MB live at the end.
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pgo-weak-')), 'keys.js');
    fs.writeFileSync(file, `
const live = [];
for (let i = 0; i < 300000; i++) {
  const o = {};
  o['key' + i] = i;
  if (i % 30000 === 0) live.push(o);
}
console.log(live.map((o, j) => o['key' + j * 30000]).join(','));
`);
    const { wasm } = build({ entry: file, gcStats: true });
    const r = await runInWorker(wasm, { capture: true });
    expect(r.stdout).toBe('0,30000,60000,90000,120000,150000,180000,210000,240000,270000\n');
    expect(liveBytes(r.stderr)).toBeLessThan(4 << 20);
  }, 120_000);
});
