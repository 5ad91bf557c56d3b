// The differential harness shared by the per-mode test files: each corpus program is built by pgo
// and run in the lean host (on a worker with a large stack), and its stdout and exit code must
// equal node's, computed at test time — never a stored copy of our own output.
import fs from 'node:fs';
import path from 'node:path';
import { it, expect, beforeAll } from 'vitest';
import { build, dumpToProfile, type BuildOptions } from '@pgo/compiler';
import { runInWorker } from '@pgo/cli';
import { engineBuildId } from '@pgo/engine';
import { corpusPrograms, corpusRoot, runUnderNode, type Outcome } from './corpus.js';
import { crossWired } from './profiles.js';

const knownFailures: Record<string, string> = JSON.parse(
  fs.readFileSync(path.join(corpusRoot, 'known-failures.json'), 'utf8'));

/** `mode`: the build options of every program. `profileGuided`: the mode must be a record build;
 *  its profile then builds the program twice more, with that profile (snapshot) and with the
 *  profile cross-wired (no snapshot), and each build must print what node prints. */
export function differentialSuite(mode: Omit<BuildOptions, 'entry'>, profileGuided = false): void {
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
      const entry = path.join(corpusRoot, program);
      const result = build({ entry, ...mode });
      const actual = await runInWorker(result.wasm, { capture: true, programName: program, profileDump: profileGuided });
      expect({ stdout: actual.stdout, exitCode: actual.exitCode })
        .toEqual({ stdout: expected.stdout, exitCode: expected.exitCode });
      if (!profileGuided) return;
      const profile = dumpToProfile(actual.profileDump!, result.sourceMap, {
        pgoVersion: 'test', engineBuild: engineBuildId(), workloads: [{ name: program, weight: 1, runs: 1 }],
      });
      for (const [build_, p, snapshot] of [['own profile', profile, true], ['cross-wired profile', crossWired(profile), false]] as const) {
        const { wasm } = build({ entry, snapshot, profile: { profile: p, file: `${program}.pb` } });
        const r = await runInWorker(wasm, { capture: true, programName: program });
        expect({ build: build_, stdout: r.stdout, exitCode: r.exitCode })
          .toEqual({ build: build_, stdout: expected.stdout, exitCode: expected.exitCode });
      }
    };
    if (reason) it.fails(`${program} (known failure: ${reason})`, test);
    else it(program, test);
  }
}
