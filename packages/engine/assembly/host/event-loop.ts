// The event loop inside the module: what node does after the program's top level (or main) has
// run. Run time only (it sleeps through WASI).
//
//   1. the microtask checkpoint that ends an ES module's evaluation, then processTicksAndRejections
//   2. loop: timers phase (every timer due at the phase's start, each followed by
//      processTicksAndRejections), check phase (the immediates queued before it, likewise), and
//      sleep until the earliest timer when nothing else is ready; stop when no referenced timer
//      or immediate is left.
//
// processTicksAndRejections is node's (lib/internal/process/task_queues.js): all nextTick
// callbacks, then all microtasks, again while ticks were queued; then the unhandled-rejection
// check, which ends the process when a rejected promise still has no handler. A wasi:http build
// has no process to end: there an uncaught error stops the loop (host/uncaught.ts, loopStopped).
import { EXCEPTION, FALSE } from "../value";
import { takeException } from "../errors";
import { runMicrotasks } from "../jobs/microtasks";
import { hasTicks, runOneTick } from "../jobs/ticks";
import { takeUnhandledRejection } from "../jobs/rejections";
import { sleepNanos } from "../io/sleep";
import { flushAll } from "../io/output";
import { dieUncaught, dieUnhandledRejection, loopStopped } from "./uncaught";
import { hasTimers, hasRefedTimers, nextTimerDue, runDueTimer } from "./timers";
import { hasRefedImmediates, queuedImmediates, runNextImmediate } from "./immediates";
import { nowMs, nanosUntil, updateLoopTime } from "./loop-clock";

/** Drain the microtask queue; an uncaught error ends the process. */
export function drainMicrotasks(): void {
  if (runMicrotasks() == EXCEPTION) dieUncaught(takeException());
}

/** processPromiseRejections(): false, or the process ends on an unhandled rejection. */
function processPromiseRejections(): bool {
  const p = takeUnhandledRejection();
  if (p != 0) dieUnhandledRejection(p);
  return false;
}

export function processTicksAndRejections(): void {
  do {
    while (hasTicks() && !loopStopped) {
      if (runOneTick() == EXCEPTION) dieUncaught(takeException());
    }
    if (loopStopped) return;
    drainMicrotasks();
  } while (!loopStopped && (hasTicks() || processPromiseRejections()));
}

/** Run the event loop until nothing keeps it alive. */
export function runEventLoop(): void {
  drainMicrotasks();
  if (!loopStopped) processTicksAndRejections();
  while (!loopStopped) {
    // Timers phase: those due when it starts; timers created meanwhile are due later. Without
    // timers the clock is not read (a program that makes none needs no clock import).
    if (hasTimers()) updateLoopTime();
    const now = nowMs();
    while (!loopStopped) {
      const r = runDueTimer(now);
      if (r == FALSE) break;
      if (r == EXCEPTION) dieUncaught(takeException());
      else processTicksAndRejections();
    }
    // Check phase: the immediates queued before it.
    let n = queuedImmediates();
    while (n-- > 0 && !loopStopped) {
      const r = runNextImmediate();
      if (r == EXCEPTION) dieUncaught(takeException());
      else processTicksAndRejections();
    }
    if (loopStopped) break;
    const timers = hasRefedTimers();
    if (!timers && !hasRefedImmediates()) break;
    if (timers && queuedImmediates() == 0) {
      flushAll(); // what was printed shows before the wait, as node's synchronous stdio does
      sleepNanos(nanosUntil(nextTimerDue()));
    }
  }
}
