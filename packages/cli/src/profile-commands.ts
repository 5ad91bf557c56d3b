// The profile half of the pgo command: `pgo record` (instrumented build, run, profile), `pgo merge`
// and `pgo show`. Each bad input ends with one clear line (fail), as for `pgo build`.
import fs from 'node:fs';
import path from 'node:path';
import { build, dumpToProfile, projectRootOf, CompileError } from '@pgo/compiler';
import { engineBuildId } from '@pgo/engine';
import {
  encodeProfile, decodeProfile, mergeProfiles, summarize, formatShow, ProfileError, type Profile,
} from '@pgo/profile';
import { runInWorker } from './host/worker.js';

export type Fail = (message: string) => never;

/** pgo's own version, recorded in every profile's provenance. */
export function pgoVersion(): string {
  const pkg = JSON.parse(fs.readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

function readFile(file: string, fail: Fail): Uint8Array {
  try {
    return fs.readFileSync(file);
  } catch (e) {
    return fail(`${file}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
}

function writeFile(file: string, bytes: Uint8Array, fail: Fail): void {
  try {
    fs.writeFileSync(file, bytes);
  } catch (e) {
    fail(`${file}: cannot write output (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
}

/** Read and decode a profile; a bad one ends with one line naming the file. */
export function readProfile(file: string, fail: Fail): Profile {
  const bytes = readFile(file, fail);
  try {
    return decodeProfile(bytes, file);
  } catch (e) {
    if (e instanceof ProfileError) fail(e.message);
    throw e;
  }
}

/** `pgo record <workload.js> [-o out.pb] [-- args...]`: the workload's output and exit code pass
 *  through; the profile is written even when it exits non-zero (what ran was recorded). */
export async function commandRecord(workload: string, out: string | undefined, args: string[], fail: Fail): Promise<void> {
  const output = out ?? path.basename(workload).replace(/\.[cm]?[jt]s$/, '') + '.pb';
  let result;
  try {
    result = build({ entry: workload, record: true });
  } catch (e) {
    if (e instanceof CompileError) fail(e.message);
    throw e;
  }
  const run = await runInWorker(result.wasm, {
    args, programName: workload, env: process.env as Record<string, string>, profileDump: true,
  });
  process.exitCode = run.exitCode;
  if (run.profileDump == null) fail(`${workload}: the run ended without a readable profile (exit code ${run.exitCode})`);
  const name = path.relative(projectRootOf(workload), path.resolve(workload)).split(path.sep).join('/');
  const profile = dumpToProfile(run.profileDump, result.sourceMap, {
    pgoVersion: pgoVersion(), engineBuild: engineBuildId(), workloads: [{ name, weight: 1, runs: 1 }],
  });
  writeFile(output, encodeProfile(profile, output), fail);
}

/** `pgo merge <in.pb...> -o out.pb [--weight file=N]...` */
export function commandMerge(inputs: string[], out: string, weights: string[], fail: Fail): void {
  const weightOf = new Map<string, number>();
  for (const w of weights) {
    const m = /^(.+)=(\d+)$/.exec(w);
    if (!m || Number(m[2]) < 1) fail(`--weight ${w}: expected file=N with N a positive integer`);
    if (!inputs.includes(m[1])) fail(`--weight ${w}: ${m[1]} is not one of the inputs`);
    weightOf.set(m[1], Number(m[2]));
  }
  const profiles = inputs.map((file) => ({ file, profile: readProfile(file, fail), weight: weightOf.get(file) ?? 1 }));
  let merged: Profile;
  try {
    merged = mergeProfiles(profiles);
  } catch (e) {
    if (e instanceof ProfileError) fail(e.message);
    throw e;
  }
  writeFile(out, encodeProfile(merged, out), fail);
}

/** `pgo show <profile.pb> [--top N] [--json]` */
export function commandShow(file: string, top: number, json: boolean, fail: Fail): void {
  if (!Number.isInteger(top) || top < 1) fail(`--top ${top}: expected a positive integer`);
  const report = summarize(readProfile(file, fail), { top });
  process.stdout.write(json ? JSON.stringify(report, null, 2) + '\n' : formatShow(report));
}
