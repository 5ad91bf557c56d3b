// The monotonic clock from WASI (collector statistics; Date and timers will use it too).
// @ts-ignore: decorator
@external("wasi_snapshot_preview1", "clock_time_get")
declare function clock_time_get(id: u32, precision: u64, out: usize): u32;

const CLOCK_MONOTONIC: u32 = 1;
const scratch = memory.data(8);

/** Nanoseconds on the monotonic clock (0 if the host has none). */
export function monotonicNanos(): u64 {
  return clock_time_get(CLOCK_MONOTONIC, 1000, scratch) == 0 ? load<u64>(scratch) : 0;
}
