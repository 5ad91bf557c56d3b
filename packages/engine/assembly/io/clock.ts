// The clocks from WASI: monotonic (collector statistics) and wall-clock time (Date).
// @ts-ignore: decorator
@external("wasi_snapshot_preview1", "clock_time_get")
declare function clock_time_get(id: u32, precision: u64, out: usize): u32;

const CLOCK_MONOTONIC: u32 = 1;
const scratch = memory.data(8);

/** Nanoseconds on the monotonic clock (0 if the host has none). */
export function monotonicNanos(): u64 {
  return clock_time_get(CLOCK_MONOTONIC, 1000, scratch) == 0 ? load<u64>(scratch) : 0;
}

const CLOCK_REALTIME: u32 = 0;

/** Milliseconds since the epoch on the wall clock, whole (Date's time values), or NaN if the host
 *  has none. Never call at build time: Wizer provides no WASI. */
export function clockRealtimeMillis(): f64 {
  if (clock_time_get(CLOCK_REALTIME, 1000000, scratch) != 0) return NaN;
  return <f64>(load<u64>(scratch) / 1000000);
}
