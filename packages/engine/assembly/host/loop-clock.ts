// The event loop's clock: whole milliseconds since the run started (node's loop time is whole
// milliseconds too). During initialization (build time, under Wizer) there is no clock: it reads
// 0, so timers created then are due their delay after the run starts, whatever the build took.
import { monotonicNanos } from "../io/clock";
import { initializing } from "../io/output";

let runStartNanos: u64 = 0;
/** The loop time: read from the clock once per timers phase and kept, as libuv's uv_now is, so
 *  the timers one callback (or the main script) creates share one base time; a stall between two
 *  setTimeout calls cannot reorder them. */
let loopTimeMs: f64 = 0;

/** Start the clock (at the start of the run, before any program code runs at run time). */
export function startLoopClock(): void { runStartNanos = monotonicNanos(); loopTimeMs = 0; }

/** The loop time, in whole milliseconds since the run started (0 during initialization). */
export function nowMs(): f64 { return loopTimeMs; }

/** Read the clock into the loop time (the start of a timers phase, as uv_update_time). */
export function updateLoopTime(): void {
  if (initializing) return;
  loopTimeMs = Math.floor(<f64>(monotonicNanos() - runStartNanos) / 1e6);
}

/** Nanoseconds from now until the loop clock reads `ms`, or 0 if it already does. */
export function nanosUntil(ms: f64): u64 {
  const target = <u64>(ms * 1e6);
  const elapsed = monotonicNanos() - runStartNanos;
  return target > elapsed ? target - elapsed : 0;
}
