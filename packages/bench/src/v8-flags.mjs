// The V8 flags every Wasm engine of the benchmark runs under. All Wasm engines (pgo, QuickJS,
// StarlingMonkey) run inside the one benchmark process, so they share its flags by construction.
// Default: --no-liftoff. V8 compiles Wasm first with its Liftoff baseline and tiers hot
// functions up to TurboFan; for a module as large as StarlingMonkey's (~12 MB) much code stays in
// Liftoff for seconds (its first run here was 3–4x slower than its later ones), so timings would
// measure V8's tier-up rather than the engines' code. With --no-liftoff every module is compiled
// by TurboFan up front, outside the timed region.
import { spawnSync } from 'node:child_process';

export const DEFAULT_WASM_FLAGS = ['--no-liftoff'];

/**
 * Re-runs this script under the Wasm flags unless the process already has them; returns them.
 * `--v8-flags "<flags>"` on the command line replaces the default ("" for none).
 * @param {string[]} [defaults] flags when the command line names none
 * @returns {string[]} the flags in force
 */
export function ensureV8Flags(defaults = DEFAULT_WASM_FLAGS) {
  const at = process.argv.indexOf('--v8-flags');
  const flags = at >= 0 ? (process.argv[at + 1] ?? '').split(/\s+/).filter(Boolean) : defaults;
  if (process.env.PGO_BENCH_CHILD === '1' || flags.every((f) => process.execArgv.includes(f))) return flags;
  const r = spawnSync(process.execPath, [...process.execArgv, ...flags, ...process.argv.slice(1)], {
    stdio: 'inherit', env: { ...process.env, PGO_BENCH_CHILD: '1' },
  });
  process.exit(r.status ?? 1);
}
