// Running a module on a worker thread with a large native stack. JS recursion in Wasm uses V8's
// native stack, whose frames for big generated functions are far larger than node's own JS
// frames; the engine stops deep recursion with a RangeError at a fixed call depth, and this stack
// is sized so the native stack can never overflow before that (an overflow would abort the module).
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { runModule, readProfileDump, type RunOptions } from './run.js';

/** Native stack of the worker, in MB (the engine's call-depth limit fits within it). */
export const WORKER_STACK_MB = 256;

interface Job { wasm: Uint8Array | WebAssembly.Module; options: WorkerRunOptions }
/** Options of a worker run: a run's, and whether to read the recorder's data afterwards. */
export interface WorkerRunOptions extends RunOptions {
  /** The module is a record build: read what its recorder saw once it has finished. */
  profileDump?: boolean;
}
/** What a worker run reports (the instance stays in the worker). */
export interface WorkerRunResult {
  exitCode: number; stdout: string; stderr: string;
  /** The recorder's data (JSON), with `profileDump`; null if it could not be read. */
  profileDump?: string | null;
}

/** Run `wasm` (bytes or a compiled module) in a fresh worker; resolves when it has finished. */
export function runInWorker(wasm: Uint8Array | WebAssembly.Module, options: WorkerRunOptions = {}): Promise<WorkerRunResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL(import.meta.url), {
      workerData: { wasm, options } satisfies Job,
      resourceLimits: { stackSizeMb: WORKER_STACK_MB },
      stdout: false, stderr: false,
    });
    let result: WorkerRunResult | null = null;
    worker.once('message', (r: WorkerRunResult) => { result = r; });
    worker.once('error', reject);
    worker.once('exit', () => (result ? resolve(result) : reject(new Error('pgo: the run worker exited without a result'))));
  });
}

if (!isMainThread && parentPort && (workerData as Job | undefined)?.wasm) {
  const job = workerData as Job;
  const module = job.wasm instanceof WebAssembly.Module ? job.wasm : new WebAssembly.Module(job.wasm as Uint8Array<ArrayBuffer>);
  const r = runModule(module, job.options);
  const profileDump = job.options.profileDump ? readProfileDump(r.instance) : undefined;
  parentPort.postMessage({ exitCode: r.exitCode, stdout: r.stdout, stderr: r.stderr, profileDump } satisfies WorkerRunResult);
}
