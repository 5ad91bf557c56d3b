// WASI preview1's clocks as this host reads them from Node, and the thread's sleep for
// poll_oneoff and a retried write.
const CLOCK_REALTIME = 0;
const CLOCK_MONOTONIC = 1;
const CLOCK_PROCESS_CPUTIME = 2;
const CLOCK_THREAD_CPUTIME = 3;

let sleepCell: Int32Array | undefined;

/** Blocks the thread for `ns` nanoseconds (Atomics.wait on a private SharedArrayBuffer: no busy-wait). */
export function sleepNanos(ns: bigint): void {
  if (ns <= 0n) return;
  sleepCell ??= new Int32Array(new SharedArrayBuffer(4));
  Atomics.wait(sleepCell, 0, 0, Number(ns) / 1e6);
}

/** Returns the current time of a WASI clock in nanoseconds, or undefined for an unknown clock. */
export function clockNow(id: number): bigint | undefined {
  switch (id) {
    case CLOCK_REALTIME:
      return BigInt(Date.now()) * 1_000_000n;
    case CLOCK_MONOTONIC:
      return process.hrtime.bigint();
    case CLOCK_PROCESS_CPUTIME:
    case CLOCK_THREAD_CPUTIME: {
      // Single-threaded: the thread's CPU time is the process's.
      const { user, system } = process.cpuUsage();
      return BigInt(user + system) * 1000n;
    }
    default:
      return undefined;
  }
}

/** The resolution of a WASI clock in nanoseconds, or undefined for an unknown clock. */
export function clockResolution(id: number): bigint | undefined {
  switch (id) {
    case CLOCK_REALTIME:
      return 1_000_000n;
    case CLOCK_MONOTONIC:
      return 1n;
    case CLOCK_PROCESS_CPUTIME:
    case CLOCK_THREAD_CPUTIME:
      return 1000n;
    default:
      return undefined;
  }
}
