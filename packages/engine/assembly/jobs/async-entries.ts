// Entry points for generated code that works with promises (async functions, await). They wrap
// the abstract operations of builtins/promise-ops.ts and the queue of jobs/microtasks.ts.
import { EXCEPTION, UNDEFINED, boxObject, ptr } from "../value";
import { pushRoot, saveSp, restoreSp } from "../heap/stack";
import { PromiseConstructor } from "../realm";
import { newPromise, ResolvePromise, RejectPromise, PromiseResolve, PerformPromiseThen } from "../builtins/promise-ops";
import { runMicrotasks } from "./microtasks";

/** Drain the microtask queue: UNDEFINED, or EXCEPTION (pending) when a job threw. */
export function rt_run_jobs(): i64 { return runMicrotasks(); }

/** A new pending %Promise% (an async function's result promise). */
export function rt_new_promise(): i64 { return boxObject(newPromise()); }

/** Resolve promise `p` with `v` (the [[Resolve]] of its capability: thenables are adopted). */
export function rt_resolve_promise(p: i64, v: i64): void { ResolvePromise(ptr(p), v); }

/** Reject promise `p` with `reason`. */
export function rt_reject_promise(p: i64, reason: i64): void { RejectPromise(ptr(p), reason); }

/** Await(v) — §27.7.5.3 steps 2-9 without the suspension: PromiseResolve(%Promise%, v), then
 *  PerformPromiseThen(promise, onFulfilled, onRejected) with no result capability. The handlers
 *  resume the suspended function (native closures, or generated functions). Returns UNDEFINED,
 *  or EXCEPTION when reading `v.constructor` threw. */
export function rt_await(v: i64, onFulfilled: i64, onRejected: i64): i64 {
  const sp0 = saveSp();
  pushRoot(onFulfilled);
  pushRoot(onRejected);
  const promise = PromiseResolve(boxObject(PromiseConstructor), v);
  if (promise == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
  PerformPromiseThen(ptr(promise), onFulfilled, onRejected, 0);
  restoreSp(sp0);
  return UNDEFINED;
}
