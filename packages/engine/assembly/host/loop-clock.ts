// The event loop's clock: whole milliseconds since the run started (node's loop time is whole
// milliseconds too). During initialization (build time, under Wizer) there is no clock: it reads
// 0, so timers created then are due their delay after the run starts, whatever the build took.
import { monotonicNanos } from "../io/clock";
import { initializing } from "../io/output";

let runStartNanos: u64 = 0;

/** Start the clock (at the start of the run, before any program code runs at run time). */
export function startLoopClock(): void { runStartNanos = monotonicNanos(); }

export function nowMs(): f64 {
  if (initializing) return 0;
  return Math.floor(<f64>(monotonicNanos() - runStartNanos) / 1e6);
}

/** Nanoseconds from now until the loop clock reads `ms`, or 0 if it already does. */
export function nanosUntil(ms: f64): u64 {
  const target = <u64>(ms * 1e6);
  const elapsed = monotonicNanos() - runStartNanos;
  return target > elapsed ? target - elapsed : 0;
}
