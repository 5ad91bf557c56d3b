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

/** Idle workers, kept for the next run: starting a worker and loading the host into it costs
 *  ~80 ms here, two orders of magnitude more than running a small program. Each run still gets a
 *  fresh instance; only the thread is reused. Idle workers are unref'd so they never hold the
 *  process open. */
const idle: Worker[] = [];

function spawn(): Worker {
  return new Worker(new URL(import.meta.url), {
    workerData: { pooled: true },
    resourceLimits: { stackSizeMb: WORKER_STACK_MB },
    stdout: false, stderr: false,
  });
}

/** Run `wasm` (bytes or a compiled module) in a fresh instance on a worker thread; resolves when
 *  it has finished. */
export function runInWorker(wasm: Uint8Array | WebAssembly.Module, options: WorkerRunOptions = {}): Promise<WorkerRunResult> {
  const worker = idle.pop() ?? spawn();
  worker.ref();
  return new Promise((resolve, reject) => {
    const done = (): void => { worker.off('message', onResult); worker.off('error', onError); worker.off('exit', onExit); };
    const onResult = (r: WorkerRunResult): void => {
      done();
      worker.unref();
      idle.push(worker);
      resolve(r);
    };
    const onError = (e: Error): void => { done(); void worker.terminate(); reject(e); };
    const onExit = (): void => { done(); reject(new Error('pgo: the run worker exited without a result')); };
    worker.on('message', onResult);
    worker.once('error', onError);
    worker.once('exit', onExit);
    worker.postMessage({ wasm, options } satisfies Job);
  });
}

function runJob(job: Job): WorkerRunResult {
  const module = job.wasm instanceof WebAssembly.Module ? job.wasm : new WebAssembly.Module(job.wasm as Uint8Array<ArrayBuffer>);
  const r = runModule(module, job.options);
  const profileDump = job.options.profileDump ? readProfileDump(r.instance) : undefined;
  return { exitCode: r.exitCode, stdout: r.stdout, stderr: r.stderr, profileDump };
}

if (!isMainThread && parentPort && (workerData as { pooled?: boolean } | undefined)?.pooled) {
  const port = parentPort;
  port.on('message', (job: Job) => port.postMessage(runJob(job)));
}
