// HostPromiseRejectionTracker (ECMA-262 §27.2.1.9) as node implements it
// (lib/internal/process/promises.js, the default "throw" mode): a promise rejected while it has
// no handler is remembered; after the nextTick queue and the microtasks have drained
// (processTicksAndRejections, host/event-loop.ts) any remembered promise that still has no
// handler is an uncaught error and ends the process with code 1. The "handle" operation is the
// promise's [[PromiseIsHandled]] flag, which PerformPromiseThen sets and the check reads.
import { boxObject, ptr } from "../value";
import { ArrayCreate, arrayPush, arrayLength, arrayGet, arraySetLength } from "../object/array";
import { markCell } from "../heap/gc";
import { promiseIsHandled } from "../builtins/promise-ops";

/** Promises rejected without a handler, oldest first (an internal Array), or 0. */
let pending: usize = 0;

/** HostPromiseRejectionTracker(promise, "reject"). */
export function trackRejection(p: usize): void {
  if (pending == 0) pending = ArrayCreate(0, 4); // p is rooted by RejectPromise
  arrayPush(pending, boxObject(p));
}

/** The first remembered promise that is still unhandled (0 if none); the list is emptied. */
export function takeUnhandledRejection(): usize {
  if (pending == 0) return 0;
  const n = arrayLength(pending);
  let found: usize = 0;
  for (let i: u32 = 0; i < n && found == 0; i++) {
    const p = ptr(arrayGet(pending, i));
    if (!promiseIsHandled(p)) found = p;
  }
  arraySetLength(pending, 0);
  return found;
}

export function hasPendingRejections(): bool { return pending != 0 && arrayLength(pending) > 0; }

export function markRejections(): void { markCell(pending); }
