// The collector's stress mode itself. The corpus runs under it in test/corpus-no-snapshot.test.ts
// (see test/support/gc-stress.ts for what CI runs and why); here: the `--gc-stress` build flag and
// the host's run-time switch both collect at every allocation, and the build flag's module still
// prints what node prints.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it, expect } from 'vitest';
import { build } from '@pgo/compiler';
import { runInWorker } from '@pgo/cli';
import { corpusRoot, runUnderNode } from './support/corpus.js';

function collections(stderr: string): number {
  const m = /collections=(\d+)/.exec(stderr);
  if (!m) throw new Error(`no collector statistics in: ${stderr}`);
  return Number(m[1]);
}

describe('gc stress mode', () => {
  it.each(['console/inspect-strings.js', 'strings/split.js'])('--gc-stress build of %s prints what node prints', async (program) => {
    const file = path.join(corpusRoot, program);
    const expected = await runUnderNode(file);
    const { wasm } = build({ entry: file, snapshot: false, gcStress: true });
    const actual = await runInWorker(wasm, { capture: true });
    expect({ stdout: actual.stdout, exitCode: actual.exitCode })
      .toEqual({ stdout: expected.stdout, exitCode: expected.exitCode });
  });

  it('collects at every allocation (build flag, run-time switch) or every n-th', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pgo-stress-'));
    const file = path.join(dir, 'objects.js');
    fs.writeFileSync(file, 'const a = [];\nfor (let i = 0; i < 3000; i++) a.push({ i });\nconsole.log(a.length);\n');
    const plain = build({ entry: file, gcStats: true }).wasm;
    const stressed = build({ entry: file, gcStats: true, gcStress: true }).wasm;
    const normal = collections((await runInWorker(plain, { capture: true })).stderr);
    const byBuild = collections((await runInWorker(stressed, { capture: true })).stderr);
    const byHost = collections((await runInWorker(plain, { capture: true, gcStress: true })).stderr);
    const every10 = collections((await runInWorker(plain, { capture: true, gcStress: 10 })).stderr);
    expect(normal).toBeLessThan(5);
    expect(byBuild).toBeGreaterThanOrEqual(3000); // at least one per object
    expect(byHost).toBeGreaterThanOrEqual(3000); // (the build flag's count adds build-time ones)
    expect(every10).toBeGreaterThanOrEqual(Math.floor(byHost / 10));
    expect(every10).toBeLessThanOrEqual(Math.ceil(byHost / 10) + normal);
  });
});
