// The differential harness shared by the per-mode test files: each corpus program is built by pgo
// and run in the lean host (on a worker with a large stack), and its stdout and exit code must
// equal node's, computed at test time — never a stored copy of our own output.
import fs from 'node:fs';
import path from 'node:path';
import { it, expect, beforeAll } from 'vitest';
import { build, type BuildOptions } from '@pgo/compiler';
import { runInWorker } from '@pgo/cli';
import { corpusPrograms, corpusRoot, runUnderNode, type Outcome } from './corpus.js';

const knownFailures: Record<string, string> = JSON.parse(
  fs.readFileSync(path.join(corpusRoot, 'known-failures.json'), 'utf8'));

export function differentialSuite(mode: Omit<BuildOptions, 'entry'>): void {
  const programs = corpusPrograms();
  const reference = new Map<string, Outcome>();

  beforeAll(async () => {
    const queue = [...programs];
    const worker = async () => {
      for (let p = queue.shift(); p; p = queue.shift()) reference.set(p, await runUnderNode(path.join(corpusRoot, p)));
    };
    await Promise.all([worker(), worker(), worker()]);
  });

  for (const program of programs) {
    const reason = knownFailures[program];
    const test = async () => {
      const expected = reference.get(program)!;
      const { wasm } = build({ entry: path.join(corpusRoot, program), ...mode });
      const actual = await runInWorker(wasm, { capture: true, programName: program });
      expect({ stdout: actual.stdout, exitCode: actual.exitCode })
        .toEqual({ stdout: expected.stdout, exitCode: expected.exitCode });
    };
    if (reason) it.fails(`${program} (known failure: ${reason})`, test);
    else it(program, test);
  }
}
