// The profile commands end to end: `pgo record` (output and exit code pass through, keys match the
// app's own build), `pgo merge` (weights, order independence, refusals) and `pgo show`.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, it, expect, beforeAll } from 'vitest';
import { build } from '@pgo/compiler';
import { decodeProfile, encodeProfile, applyStaleness, type Profile } from '@pgo/profile';
import { repoRoot } from './support/corpus.js';

const cli = path.join(repoRoot, 'packages/cli/dist/main.js');
let tmp: string;

function pgo(...args: string[]) {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: repoRoot, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const read = (file: string): Profile => decodeProfile(fs.readFileSync(file), file);
const entries = (p: Profile, name: string): number => p.functions.find((f) => f.key.name === name)?.entryCount ?? -1;

beforeAll(() => { tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pgo-profile-')); });

describe('pgo record', () => {
  it('passes output and exit code through and writes a profile keyed by the original source', () => {
    const out = path.join(tmp, 'w100.pb');
    const r = pgo('record', 'test/profile/workload.js', '-o', out, '--', '100', '3');
    expect(r.stdout).toBe('14142.84\n');
    expect(r.code).toBe(3);
    const p = read(out);
    expect(p.provenance.workloads).toEqual([{ name: 'test/profile/workload.js', weight: 1, runs: 1 }]);
    expect(entries(p, 'scale')).toBe(100);
    expect(entries(p, 'Vec.add')).toBe(100);
    const add = p.functions.find((f) => f.key.name === 'Vec.add')!;
    expect(add.key.path).toBe('test/profile/app.js');
    // this.x in add: one receiver shape, an own slot.
    const kinds = add.sites.flatMap((s) => s.stubs.map((st) => st.kind));
    expect(kinds).toContain('GetProp.OwnSlot');
    expect(kinds).toContain('New.Function');
    // Loop and branch counts: sum's for-of ran 100 times; `if (process.argv[3])` was taken once.
    expect(p.functions.find((f) => f.key.name === 'sum')!.loops).toEqual([{ line: 10, column: 22, entries: 1, iterations: 100 }]);
    expect(p.functions.find((f) => f.key.name === '<top>')!.branches.map((b) => [b.taken, b.notTaken])).toEqual([[1, 0]]);
  });

  it('records keys that `pgo build app.js` matches, none of them stale', () => {
    const p = read(path.join(tmp, 'w100.pb'));
    const app = build({ entry: path.join(repoRoot, 'test/profile/app.js') }).sourceMap.functions;
    const r = applyStaleness(p, app.map((f) => ({ key: f.key, sourceHash: f.sourceHash })));
    expect(r.stale).toEqual([]);
    expect(r.profile.functions.map((f) => f.key.name).sort()).toEqual(['Vec', 'Vec.add', 'Vec.get len', 'Vec.zero', 'scale', 'sum']);
  });
});

describe('a recorded profile', () => {
  it("names the workload's shapes symbolically: Vec instances are {x, y} under Vec.prototype", () => {
    const p = read(path.join(tmp, 'w100.pb'));
    const vec = p.shapes.find((s) => 'functionPrototype' in s.root && s.root.functionPrototype.name === 'Vec' &&
      s.keys.map((k) => k.name).join() === 'x,y');
    expect(vec).toBeDefined();
    expect(vec!.keys.every((k) => k.attributes === 7)).toBe(true); // writable, enumerable, configurable
  });

  it('goes stale for exactly the one function edited since recording', () => {
    const project = fs.mkdtempSync(path.join(os.tmpdir(), 'pgo-stale-'));
    fs.writeFileSync(path.join(project, 'package.json'), '{}');
    fs.copyFileSync(path.join(repoRoot, 'test/profile/workload.js'), path.join(project, 'workload.js'));
    const appFile = path.join(project, 'app.js');
    fs.copyFileSync(path.join(repoRoot, 'test/profile/app.js'), appFile);
    const out = path.join(project, 'w.pb');
    expect(spawnSync(process.execPath, [cli, 'record', 'workload.js', '-o', out], { cwd: project }).status).toBe(0);
    // Edit the body of `sum` only (same line count, so the other keys keep their positions).
    fs.writeFileSync(appFile, fs.readFileSync(appFile, 'utf8').replace('let acc = Vec.zero();', 'let acc = new Vec(0, 0);'));
    const now = build({ entry: appFile }).sourceMap.functions;
    const r = applyStaleness(read(out), now.map((f) => ({ key: f.key, sourceHash: f.sourceHash })), 'w.pb');
    expect(r.stale.map((k) => k.name)).toEqual(['sum']);
    expect(r.warning).toBe('w.pb: 1 of 8 functions changed since recording; their data is ignored');
  });
});

describe('pgo merge', () => {
  it('sums counts with weights and gives the same bytes in any order', () => {
    const a = path.join(tmp, 'a.pb'), b = path.join(tmp, 'b.pb');
    expect(pgo('record', 'test/profile/workload.js', '-o', a, '--', '10').code).toBe(0);
    expect(pgo('record', 'test/profile/workload.js', '-o', b, '--', '20').code).toBe(0);
    const ab = path.join(tmp, 'ab.pb'), ba = path.join(tmp, 'ba.pb');
    expect(pgo('merge', a, b, '-o', ab, '--weight', `${a}=3`).code).toBe(0);
    expect(pgo('merge', b, a, '-o', ba, '--weight', `${a}=3`).code).toBe(0);
    expect(fs.readFileSync(ab).equals(fs.readFileSync(ba))).toBe(true);
    expect(entries(read(ab), 'scale')).toBe(3 * 10 + 20);
  });

  it('refuses a profile from another engine build, naming the file', () => {
    const a = path.join(tmp, 'a.pb'), other = path.join(tmp, 'other.pb');
    const p = read(a);
    fs.writeFileSync(other, encodeProfile({ ...p, provenance: { ...p.provenance, engineBuild: '0000000000000000' } }));
    const r = pgo('merge', a, other, '-o', path.join(tmp, 'x.pb'));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/other\.pb/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('refuses a corrupt profile and a missing file with one line', () => {
    const bad = path.join(tmp, 'bad.pb');
    fs.writeFileSync(bad, fs.readFileSync(path.join(tmp, 'a.pb')).subarray(0, 40));
    for (const r of [pgo('show', bad), pgo('merge', path.join(tmp, 'missing.pb'), '-o', path.join(tmp, 'y.pb'))]) {
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/^pgo: .*(not a pgo profile|cannot read)/);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
  });
});

describe('pgo show', () => {
  it('prints the hottest functions, polymorphism and coverage, as text or JSON', () => {
    const file = path.join(tmp, 'w100.pb');
    const text = pgo('show', file, '--top', '3');
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/Hottest functions/);
    expect(text.stdout).toMatch(/monomorphic/);
    const json = JSON.parse(pgo('show', file, '--json').stdout) as { coverage: unknown; hotFunctions: { key: { name: string } }[] };
    expect(json.coverage).toBeDefined();
    expect(json.hotFunctions.length).toBeGreaterThan(0);
  });
});
