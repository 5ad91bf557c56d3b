// The differential harness shared by the per-mode test files: each corpus program is built by pgo
// and run in the lean host (on a worker with a large stack), and its stdout and exit code must
// equal node's, computed at test time — never a stored copy of our own output.
import fs from 'node:fs';
import path from 'node:path';
import { it, expect, beforeAll } from 'vitest';
import { build, dumpToProfile, type BuildOptions } from '@pgo/compiler';
import { runInWorker, type WorkerRunOptions } from '@pgo/cli';
import { engineBuildId } from '@pgo/engine';
import { corpusPrograms, corpusRoot, runUnderNode, type Outcome } from './corpus.js';
import { gcStressEvery } from './gc-stress.js';
import { crossWired } from './profiles.js';

const knownFailures: Record<string, string> = JSON.parse(
  fs.readFileSync(path.join(corpusRoot, 'known-failures.json'), 'utf8'));

/** What else a suite runs besides the plain run of each build. */
export interface SuiteOptions {
  /** Also run each build in the collector's stress mode (the host's `gcStress`, same module). */
  gcStress?: boolean;
  /** `mode` must be a record build: its profile then builds each program twice more, with that
   *  profile (snapshot) and with the profile cross-wired (no snapshot), and each must print what
   *  node prints (DESIGN.md contract 1: whatever profile the build was given). */
  profileGuided?: boolean;
}

export function differentialSuite(mode: Omit<BuildOptions, 'entry'>, suite: SuiteOptions = {}): void {
  const programs = corpusPrograms();
  const reference = new Map<string, Outcome>();
  // One build per program, shared by its plain and its stress run.
  const modules = new Map<string, WebAssembly.Module>();
  const moduleOf = (program: string): WebAssembly.Module => {
    let m = modules.get(program);
    if (!m) {
      m = new WebAssembly.Module(build({ entry: path.join(corpusRoot, program), ...mode }).wasm);
      modules.set(program, m);
    }
    return m;
  };

  beforeAll(async () => {
    const queue = [...programs];
    const worker = async () => {
      for (let p = queue.shift(); p; p = queue.shift()) reference.set(p, await runUnderNode(path.join(corpusRoot, p)));
    };
    await Promise.all([worker(), worker(), worker()]);
  });

  const check = (program: string, options: WorkerRunOptions, last: boolean) => async () => {
    const expected = reference.get(program)!;
    const module = moduleOf(program);
    if (last) modules.delete(program);
    const actual = await runInWorker(module, { capture: true, programName: program, ...options });
    expect({ stdout: actual.stdout, exitCode: actual.exitCode })
      .toEqual({ stdout: expected.stdout, exitCode: expected.exitCode });
  };

  /** The record build's run, then the two profile-guided builds of its profile. */
  const profileGuided = (program: string) => async () => {
    const expected = reference.get(program)!;
    const entry = path.join(corpusRoot, program);
    const result = build({ entry, ...mode });
    const actual = await runInWorker(result.wasm, { capture: true, programName: program, profileDump: true });
    expect({ stdout: actual.stdout, exitCode: actual.exitCode })
      .toEqual({ stdout: expected.stdout, exitCode: expected.exitCode });
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

  for (const program of programs) {
    const reason = knownFailures[program];
    const plain = suite.profileGuided ? profileGuided(program) : check(program, {}, !suite.gcStress || reason !== undefined);
    if (reason) { it.fails(`${program} (known failure: ${reason})`, plain); continue; }
    it(program, plain);
    if (!suite.gcStress) continue;
    const every = gcStressEvery(program);
    it(`${program} under gc stress${every > 1 ? ` (every ${every} allocations)` : ''}`,
      check(program, { gcStress: every }, true), 120_000);
  }
}
