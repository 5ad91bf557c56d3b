/**
 * The instance pool of `pgo serve`: worker threads that each hold the compiled module and run one
 * request at a time in a brand-new instance. Threads are kept (starting one costs ~80 ms here,
 * instantiating a snapshot tens of µs); instances never are, so no state survives a request. A
 * request past its time limit has its thread terminated (the only way to stop Wasm code that
 * never returns) and a fresh thread takes its place; other requests are not affected.
 */
import { Worker } from 'node:worker_threads';
import { WORKER_STACK_MB } from '../host/worker.js';

/** @internal A request for a worker: its stdin is a StdinChannel's memory, which the server
 *  goes on filling as the request body arrives. */
export interface WorkerJob { id: number; stdin: SharedArrayBuffer }
/** @internal A stdout write of the instance. */
export interface WorkerStdout { type: 'stdout'; id: number; bytes: Uint8Array }
/** @internal The instance has ended. */
export interface WorkerDone {
  type: 'done'; id: number;
  /** `_start`'s exit code; 134 for a trap or out of memory; -1 if the host could not run it. */
  exitCode: number;
  stderr: string; instantiateMs: number; runMs: number;
}

/** How a request's instance ended. */
export type InstanceOutcome =
  | { kind: 'exited'; exitCode: number; stderr: string; instantiateMs: number; runMs: number }
  | { kind: 'timeout'; timeoutMs: number }
  | { kind: 'crashed'; reason: string };

export interface PoolOptions {
  /** Worker threads, i.e. requests run at once. */
  workers: number;
  /** A request's instance is stopped after this many milliseconds. */
  timeoutMs: number;
}

interface Pending {
  id: number; stdin: SharedArrayBuffer;
  onStdout: (bytes: Uint8Array) => void;
  resolve: (o: InstanceOutcome) => void;
}

interface Slot { worker: Worker; job: Pending | null; timer: NodeJS.Timeout | null }

export class InstancePool {
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];
  private nextId = 1;
  private closed = false;

  constructor(private readonly module: WebAssembly.Module, private readonly options: PoolOptions) {
    for (let i = 0; i < options.workers; i++) this.slots.push(this.spawn());
  }

  /** Run one request (its serialized stdin, a StdinChannel's memory); `onStdout` gets the output
   *  as it is written. */
  run(stdin: SharedArrayBuffer, onStdout: (bytes: Uint8Array) => void): Promise<InstanceOutcome> {
    if (this.closed) return Promise.resolve({ kind: 'crashed', reason: 'the server is closing' });
    return new Promise((resolve) => {
      this.queue.push({ id: this.nextId++, stdin, onStdout, resolve });
      this.dispatch();
    });
  }

  /** Stop every worker; queued requests end as crashed. */
  async close(): Promise<void> {
    this.closed = true;
    for (const p of this.queue.splice(0)) p.resolve({ kind: 'crashed', reason: 'the server is closing' });
    await Promise.all(this.slots.map((s) => {
      this.finish(s, { kind: 'crashed', reason: 'the server is closing' });
      return s.worker.terminate();
    }));
  }

  private spawn(): Slot {
    const worker = new Worker(new URL('./instance-worker.js', import.meta.url), {
      workerData: { module: this.module },
      resourceLimits: { stackSizeMb: WORKER_STACK_MB },
      stdout: false, stderr: false,
    });
    const slot: Slot = { worker, job: null, timer: null };
    worker.on('message', (m: WorkerStdout | WorkerDone) => {
      if (slot.job === null || m.id !== slot.job.id) return;
      if (m.type === 'stdout') slot.job.onStdout(m.bytes);
      else {
        this.finish(slot, { kind: 'exited', exitCode: m.exitCode, stderr: m.stderr, instantiateMs: m.instantiateMs, runMs: m.runMs });
        this.dispatch();
      }
    });
    // A thread that dies (e.g. V8 out of memory for the instance) ends its request and is replaced.
    worker.on('error', (e) => this.replace(slot, { kind: 'crashed', reason: e.message }));
    worker.on('exit', () => this.replace(slot, { kind: 'crashed', reason: 'the worker thread exited' }));
    return slot;
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (this.queue.length === 0) return;
      if (slot.job !== null) continue;
      const job = this.queue.shift()!;
      slot.job = job;
      slot.timer = setTimeout(() => this.replace(slot, { kind: 'timeout', timeoutMs: this.options.timeoutMs }), this.options.timeoutMs);
      slot.worker.postMessage({ id: job.id, stdin: job.stdin } satisfies WorkerJob);
    }
  }

  private finish(slot: Slot, outcome: InstanceOutcome): void {
    if (slot.timer !== null) clearTimeout(slot.timer);
    slot.timer = null;
    const job = slot.job;
    slot.job = null;
    job?.resolve(outcome);
  }

  /** End the slot's request with `outcome` and put a fresh thread in its place. */
  private replace(slot: Slot, outcome: InstanceOutcome): void {
    const i = this.slots.indexOf(slot);
    if (i < 0) return; // already replaced
    this.finish(slot, outcome);
    this.slots.splice(i, 1);
    slot.worker.removeAllListeners('exit');
    slot.worker.on('error', () => {}); // late errors of a thread being torn down
    void slot.worker.terminate();
    if (this.closed) return;
    this.slots.push(this.spawn());
    this.dispatch();
  }
}
