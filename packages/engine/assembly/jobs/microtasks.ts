// The microtask queue — HostEnqueuePromiseJob (ECMA-262 §9.5.5) and queueMicrotask (HTML). V8's
// queue is one FIFO for promise reaction jobs, thenable jobs and queueMicrotask callbacks; node
// drains it after each macrotask (host/event-loop.ts) and after the program's top level.
//
// Interface (also for async functions):
//   enqueueJob(fn, arg)        a job that calls fn(arg) with this = undefined
//   enqueueCallback(fn)        a job that calls fn() (queueMicrotask)
//   runMicrotasks()            run jobs until the queue is empty; EXCEPTION (pending) if a job
//                              threw (an uncaught error: the caller reports it), UNDEFINED otherwise
import { UNDEFINED, EXCEPTION, TRUE, FALSE, fromF64, toF64, ptr } from "../value";
import { saveSp, restoreSp, reserveSlots, pushRoot } from "../heap/stack";
import { Call } from "../ops/call";
import { ringInit, ringPush, ringShift, ringCount, markRing, RING_BYTES } from "./ring";
import { PromiseReactionJob, PromiseResolveThenableJob } from "../builtins/promise-ops";

// A job record: [kind, a, b, c].
const JOB_REACTION: i32 = 1;  // a: reaction record, b: argument, c: rejected (boolean)
const JOB_THENABLE: i32 = 2;  // a: promise to resolve, b: thenable, c: then
const JOB_CALL: i32 = 3;      // a: function, b: argument, c: argument count (0 or 1)
const JOB_WIDTH: u32 = 4;

const queue = memory.data(RING_BYTES);
let queueReady = false;

function push(kind: i32, a: i64, b: i64, c: i64): void {
  if (!queueReady) { ringInit(queue, JOB_WIDTH); queueReady = true; }
  const sp0 = saveSp();
  pushRoot(a); pushRoot(b); pushRoot(c);
  const r = ringPush(queue);
  store<i64>(r, fromF64(<f64>kind));
  store<i64>(r, a, 8);
  store<i64>(r, b, 16);
  store<i64>(r, c, 24);
  restoreSp(sp0);
}

/** NewPromiseReactionJob(reaction, argument) + HostEnqueuePromiseJob — §27.2.2.1. */
export function enqueueReactionJob(reaction: i64, argument: i64, rejected: bool): void {
  push(JOB_REACTION, reaction, argument, rejected ? TRUE : FALSE);
}

/** NewPromiseResolveThenableJob(promise, thenable, then) + HostEnqueuePromiseJob — §27.2.2.2. */
export function enqueueResolveThenableJob(promise: i64, thenable: i64, then: i64): void {
  push(JOB_THENABLE, promise, thenable, then);
}

/** A job calling fn(arg). */
export function enqueueJob(fn: i64, arg: i64): void { push(JOB_CALL, fn, arg, fromF64(1)); }

/** A job calling fn() (queueMicrotask). */
export function enqueueCallback(fn: i64): void { push(JOB_CALL, fn, UNDEFINED, fromF64(0)); }

export function hasMicrotasks(): bool { return queueReady && ringCount(queue) > 0; }

/** Run jobs until the queue is empty (jobs queued meanwhile run too). */
export function runMicrotasks(): i64 {
  if (!queueReady) return UNDEFINED;
  const sp0 = saveSp();
  const job = reserveSlots(<i32>JOB_WIDTH);
  while (ringShift(queue, job)) {
    const kind = <i32>toF64(load<i64>(job));
    const a = load<i64>(job, 8), b = load<i64>(job, 16), c = load<i64>(job, 24);
    let r: i64;
    if (kind == JOB_REACTION) r = PromiseReactionJob(ptr(a), b, c == TRUE);
    else if (kind == JOB_THENABLE) r = PromiseResolveThenableJob(a, b, c);
    else r = Call(a, UNDEFINED, job + 16, <i32>toF64(c));
    if (r == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
  }
  restoreSp(sp0);
  return UNDEFINED;
}

export function markMicrotasks(): void { if (queueReady) markRing(queue); }
