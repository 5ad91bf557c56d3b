/**
 * Startup time of a WASI command on the lean host: fresh instance + `_start`.
 */
import { runModule, type RunOptions } from './run.js';

/** Options of {@link measureStartup}. */
export interface StartupOptions {
  /** Measured runs (at least 1). */
  iterations: number;
  /** Unmeasured runs first, to warm up the engine's tiers and caches (default 50). */
  warmup?: number;
  /** What each run sees; output is always captured in memory, never printed. */
  run?: Omit<RunOptions, 'capture'>;
}

/** Startup statistics in microseconds. */
export interface StartupResult {
  /** Median of the samples. */
  medianMicros: number;
  /** 90th percentile (nearest rank). */
  p90Micros: number;
  /** Every measured run, in run order, in microseconds. */
  samples: number[];
  /** Median of the instantiation part of each run (host imports + `new WebAssembly.Instance`);
   *  the rest of a run is `_start`. */
  instantiateMedianMicros: number;
}

/**
 * Measures, per iteration, instantiating a fresh instance with the lean
 * imports and running `_start` to its end, with output captured in memory.
 * Throws if a run exits non-zero (a failing module's startup is meaningless).
 */
export function measureStartup(module: WebAssembly.Module, opts: StartupOptions): StartupResult {
  const { iterations, warmup = 50 } = opts;
  if (!Number.isInteger(iterations) || iterations < 1) {
    throw new RangeError(`measureStartup: iterations must be a positive integer, got ${iterations}`);
  }
  const runOptions: RunOptions = { ...opts.run, capture: true };

  for (let i = 0; i < warmup; i++) checked(runModule(module, runOptions));
  const samples: number[] = [];
  const instantiate: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const t0 = process.hrtime.bigint();
    const result = runModule(module, runOptions);
    const t1 = process.hrtime.bigint();
    checked(result);
    samples.push(Number(t1 - t0) / 1000);
    instantiate.push(result.instantiateMs * 1000);
  }

  const sorted = [...samples].sort((a, b) => a - b);
  const p90Micros = sorted[Math.ceil(sorted.length * 0.9) - 1]!;
  return { medianMicros: median(sorted), p90Micros, samples, instantiateMedianMicros: median(instantiate.sort((a, b) => a - b)) };
}

/** The median of sorted numbers. */
function median(sorted: number[]): number {
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function checked(result: { exitCode: number; stderr: string }): void {
  if (result.exitCode !== 0) {
    const detail = result.stderr.trim().split('\n')[0] ?? '';
    throw new Error(`measureStartup: module exited with code ${result.exitCode}${detail ? `: ${detail}` : ''}`);
  }
}
