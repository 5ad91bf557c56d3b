// Sleeping until a timer is due: WASI poll_oneoff with one relative monotonic-clock subscription;
// a host without it (an error return) gets a spin on clock_time_get instead. Run time only: Wizer
// traps on WASI calls during initialization.
import { monotonicNanos } from "./clock";

// @ts-ignore: decorator
@external("wasi_snapshot_preview1", "poll_oneoff")
declare function poll_oneoff(inPtr: usize, outPtr: usize, nsubscriptions: u32, neventsPtr: usize): u32;

const SUBSCRIPTION_BYTES: i32 = 48;
const EVENT_BYTES: i32 = 32;
const subscription = memory.data(SUBSCRIPTION_BYTES);
const event = memory.data(EVENT_BYTES);
const nevents = memory.data(4);
const EVENTTYPE_CLOCK: u8 = 0;
const CLOCK_MONOTONIC: u32 = 1;

/** Block for `ns` nanoseconds. */
export function sleepNanos(ns: u64): void {
  if (ns == 0) return;
  // subscription: userdata u64 @0, tag u8 @8, clock { id u32 @16, timeout u64 @24,
  // precision u64 @32, flags u16 @40 } (flags 0: the timeout is relative).
  memory.fill(subscription, 0, SUBSCRIPTION_BYTES);
  store<u8>(subscription, EVENTTYPE_CLOCK, 8);
  store<u32>(subscription, CLOCK_MONOTONIC, 16);
  store<u64>(subscription, ns, 24);
  store<u64>(subscription, 1000, 32);
  if (poll_oneoff(subscription, event, 1, nevents) == 0) return;
  const end = monotonicNanos() + ns;
  while (monotonicNanos() < end) { /* spin: no poll_oneoff */ }
}
