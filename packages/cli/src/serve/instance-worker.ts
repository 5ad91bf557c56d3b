// A worker thread of the serve pool: it holds the compiled module and runs each request in a
// fresh instance, its stdin arriving on a shared channel and its stdout streamed to the main
// thread as the guest writes it. The pool terminates the whole thread to stop a handler past its
// time limit.
import { parentPort, workerData } from 'node:worker_threads';
import { runModule } from '../host/run.js';
import { StdinChannel } from '../host/stdin-channel.js';
import type { WorkerDone, WorkerJob, WorkerStdout } from './pool.js';

const port = parentPort!;
const { module } = workerData as { module: WebAssembly.Module };

port.on('message', (job: WorkerJob) => {
  const t0 = performance.now();
  const onStdout = (bytes: Uint8Array): void => {
    port.postMessage({ type: 'stdout', id: job.id, bytes } satisfies WorkerStdout, [bytes.buffer as ArrayBuffer]);
  };
  let done: WorkerDone;
  try {
    const r = runModule(module, { stdin: new StdinChannel(job.stdin), capture: true, onStdout, programName: 'app.wasm' });
    done = { type: 'done', id: job.id, exitCode: r.exitCode, stderr: r.stderr, instantiateMs: r.instantiateMs, runMs: performance.now() - t0 };
  } catch (err) {
    // A host error (not a WASI command, a link error): the module is not servable.
    done = { type: 'done', id: job.id, exitCode: -1, stderr: `pgo: ${(err as Error).message}\n`, instantiateMs: 0, runMs: performance.now() - t0 };
  }
  port.postMessage(done);
});
