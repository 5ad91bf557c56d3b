// The differential corpus: each program is built by pgo and run in the lean host, and its stdout
// and exit code must equal node's, computed at test time. Build modes: snapshotted (initialization
// at build time) and not snapshotted.
import path from 'node:path';
import { describe, it, expect, beforeAll } from 'vitest';
import { build } from '@pgo/compiler';
import { runInWorker } from '@pgo/cli';
import { corpusPrograms, corpusRoot, runUnderNode, type Outcome } from './support/corpus.js';

const programs = corpusPrograms();
const modes = [
  { name: 'snapshot', snapshot: true },
  { name: 'no-snapshot', snapshot: false },
] as const;

const reference = new Map<string, Outcome>();

beforeAll(async () => {
  // node runs the reference side of every program, a few at a time.
  const queue = [...programs];
  const worker = async () => {
    for (let p = queue.shift(); p; p = queue.shift()) reference.set(p, await runUnderNode(path.join(corpusRoot, p)));
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
});

describe.each(modes)('corpus ($name)', ({ snapshot }) => {
  it.each(programs)('%s', async (program) => {
    const expected = reference.get(program)!;
    const { wasm } = build({ entry: path.join(corpusRoot, program), snapshot });
    const actual = await runInWorker(wasm, { capture: true, programName: program });
    expect({ stdout: actual.stdout, exitCode: actual.exitCode })
      .toEqual({ stdout: expected.stdout, exitCode: expected.exitCode });
  });
});
