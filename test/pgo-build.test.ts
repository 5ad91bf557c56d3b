// `pgo build --profile`: a workload's profile specializes the app it imports, the report says what
// was done and why, an edited function's data is dropped with one warning, bad profiles are one
// clear line, and the same inputs give the same bytes.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, it, expect, beforeAll } from 'vitest';
import { build } from '@pgo/compiler';
import { runInWorker } from '@pgo/cli';
import { decodeProfile, encodeProfile } from '@pgo/profile';
import { repoRoot } from './support/corpus.js';

const cli = path.join(repoRoot, 'packages/cli/dist/main.js');
let tmp: string;
let profile: string;

function pgo(...args: string[]) {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: repoRoot, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pgo-build-'));
  profile = path.join(tmp, 'w.pb');
  expect(pgo('record', 'test/profile/workload.js', '-o', profile, '--', '200').code).toBe(0);
});

describe('pgo build --profile', () => {
  it("specializes the app's sites from its workload's profile and prints what node prints", () => {
    const wasm = path.join(tmp, 'app.wasm');
    const r = pgo('build', 'test/profile/workload.js', '--profile', profile, '--report', '-o', wasm);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^profile-guided build: [1-9]\d* of \d+ sites specialized/);
    // Vec.add reads this.x/o.x from one shape and makes a Vec: own slots and a direct construct.
    const add = r.stdout.split('\n').findIndex((l) => l.startsWith('Vec.add (test/profile/app.js:'));
    expect(add).toBeGreaterThan(0);
    const addLines = r.stdout.split('\n').slice(add + 1).filter((l, i, all) => all.slice(0, i + 1).every((x) => x.startsWith('  ')));
    expect(addLines.some((l) => /GetProp .*specialized \(monomorphic\): GetProp\.OwnSlot inline/.test(l))).toBe(true);
    expect(addLines.some((l) => /New .*New\.Function inline/.test(l))).toBe(true);
    // The constructor is small: its body is inlined into Vec.add; `sum` inlines Vec.add itself.
    expect(addLines.some((l) => /New .*New\.Function inline \(\d+ hits\), inlined$/.test(l))).toBe(true);
    expect(r.stdout).toMatch(/^profile-guided build: .*, [1-9]\d* calls inlined;/);
    const run = spawnSync(process.execPath, [cli, 'run', wasm, '50'], { encoding: 'utf8' });
    const node = spawnSync(process.execPath, ['test/profile/workload.js', '50'], { cwd: repoRoot, encoding: 'utf8' });
    expect(run.stdout).toBe(node.stdout);
  });

  it('applies to `pgo build app.js`: the keys come from the original source, not the bundle', () => {
    const r = pgo('build', 'test/profile/app.js', '--profile', profile, '--report', '-o', path.join(tmp, 'app-only.wasm'));
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/Vec\.add \(test\/profile\/app\.js:4:2\): 200 entries/);
  });

  it('drops the data of an edited function with one warning and keeps the rest', () => {
    const dir = path.join(tmp, 'edited');
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'package.json'), '{"type":"module"}');
    const app = fs.readFileSync(path.join(repoRoot, 'test/profile/app.js'), 'utf8');
    fs.writeFileSync(path.join(dir, 'app.js'), app);
    fs.copyFileSync(path.join(repoRoot, 'test/profile/workload.js'), path.join(dir, 'workload.js'));
    const p = path.join(dir, 'w.pb');
    expect(pgo('record', path.join(dir, 'workload.js'), '-o', p, '--', '20').code).toBe(0);
    fs.writeFileSync(path.join(dir, 'app.js'), app.replace('return new Vec(this.x + o.x, this.y + o.y);', 'return new Vec(o.x + this.x, o.y + this.y);'));
    const total = decodeProfile(fs.readFileSync(p), p).functions.length;
    const r = pgo('build', path.join(dir, 'workload.js'), '--profile', p, '--report', '-o', path.join(dir, 'w.wasm'));
    expect(r.code).toBe(0);
    // Vec.add, and the bundle's top level, which holds every module's top-level code.
    expect(r.stderr).toBe(`pgo: ${p}: 2 of ${total} functions changed since recording; their data is ignored\n`);
    const unprofiled = r.stdout.split('\n').find((l) => l.startsWith('no profile data'))!;
    expect(unprofiled).toMatch(/Vec\.add \(app\.js:4:2\)/);
    expect(unprofiled).toMatch(/<top> \(workload\.js:1:0\)/);
    expect(r.stdout).toMatch(/^Vec \(app\.js:3:2\): 61 entries$/m);
    expect(r.stdout).toMatch(/^scale \(app\.js:13:21\): 20 entries$/m);
    // A profile of the earlier version still gives node's output for the edited program.
    const run = spawnSync(process.execPath, [cli, 'run', path.join(dir, 'w.wasm'), '30'], { encoding: 'utf8' });
    const node = spawnSync(process.execPath, [path.join(dir, 'workload.js'), '30'], { encoding: 'utf8' });
    expect(run.stdout).toBe(node.stdout);
  });

  it('builds with an empty profile (every function unprofiled) and prints what node prints', () => {
    const empty = path.join(tmp, 'empty.pb');
    expect(pgo('merge', profile, '-o', empty).code).toBe(0);
    const p = decodeProfile(fs.readFileSync(empty), empty);
    fs.writeFileSync(empty, encodeProfile({ ...p, functions: [], shapes: [] }));
    const wasm = path.join(tmp, 'empty.wasm');
    const r = pgo('build', 'test/profile/workload.js', '--profile', empty, '--report', '-o', wasm);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^profile-guided build: .*; 0 of \d+ functions have profile data$/m);
    const run = spawnSync(process.execPath, [cli, 'run', wasm, '40'], { encoding: 'utf8' });
    const node = spawnSync(process.execPath, ['test/profile/workload.js', '40'], { cwd: repoRoot, encoding: 'utf8' });
    expect(run.stdout).toBe(node.stdout);
  });

  it('refuses a corrupt, truncated or missing profile with one line, and --report without a profile', () => {
    const bytes = fs.readFileSync(profile);
    const truncated = path.join(tmp, 'truncated.pb');
    fs.writeFileSync(truncated, bytes.subarray(0, bytes.length >> 1));
    const notProfile = path.join(tmp, 'app.js.pb');
    fs.copyFileSync(path.join(repoRoot, 'test/profile/app.js'), notProfile);
    for (const [file, reason] of [[truncated, /truncated or corrupt|checksum/], [notProfile, /not a pgo profile|truncated or corrupt/],
      [path.join(tmp, 'missing.pb'), /cannot read \(ENOENT\)/]] as const) {
      const r = pgo('build', 'test/profile/app.js', '--profile', file, '-o', path.join(tmp, 'x.wasm'));
      expect(r.code).toBe(1);
      expect(r.stderr.split('\n').filter(Boolean)).toHaveLength(1);
      expect(r.stderr).toContain(`pgo: ${file}: `);
      expect(r.stderr).toMatch(reason);
    }
    const r = pgo('build', 'test/profile/app.js', '--report', '-o', path.join(tmp, 'x.wasm'));
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('pgo: --report needs --profile: it tells what the profile specialized\n');
  });

  it('gives byte-identical modules for the same program and profile (contract 8)', () => {
    const p = { profile: decodeProfile(fs.readFileSync(profile), profile), file: profile };
    const entry = path.join(repoRoot, 'test/profile/workload.js');
    const a = build({ entry, profile: p }).wasm, b = build({ entry, profile: p }).wasm;
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it('allocates the hot `new Vec` inline: in the allocation window, not through the engine', async () => {
    // 3 Vecs per element (new, scale, add), 2 cells each: the generic build makes each cell
    // through the engine's allocator; the profile-guided one bumps the window and calls the
    // engine only to refill it (n is small enough that no collection leaves exact-size holes,
    // which the slow path takes one by one).
    const p = { profile: decodeProfile(fs.readFileSync(profile), profile), file: profile };
    const entry = path.join(repoRoot, 'test/profile/workload.js');
    const n = 10000;
    const run = async (wasm: Uint8Array) => {
      const r = await runInWorker(wasm, { capture: true, args: [String(n)] });
      return { stdout: r.stdout, engine: Number(/engine-allocations=(\d+)/.exec(r.stderr)?.[1]) };
    };
    // Builds are synchronous: let the worker answer vitest's pending calls between them.
    const yieldToRpc = () => new Promise((resolve) => setTimeout(resolve, 0));
    await yieldToRpc();
    const generic = await run(build({ entry, snapshot: false, gcStats: true }).wasm);
    await yieldToRpc();
    const guided = await run(build({ entry, snapshot: false, gcStats: true, profile: p }).wasm);
    expect(guided.stdout).toBe(generic.stdout);
    expect(generic.engine).toBeGreaterThan(3 * n);
    expect(guided.engine).toBeLessThan(n / 5);
  });
});
