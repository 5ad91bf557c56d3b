// Async functions — ECMA-262 §27.7.5: AsyncFunctionStart and Await, on the coroutines of
// ops/coroutine.ts. The body runs synchronously until its first `await`; each `await v` suspends
// it, and a reaction on PromiseResolve(%Promise%, v) resumes it with the value (or throws the
// reason into it). Its completion settles the promise the call returned.
import { UNDEFINED, EMPTY, EXCEPTION, boxObject, ptr } from "../value";
import { pushRoot, saveSp, restoreSp } from "../heap/stack";
import { markCell } from "../heap/gc";
import { vecGet, vecSet } from "../object/vector";
import { PromiseConstructor } from "../realm";
import { takeException } from "../errors";
import {
  newCoroutine, runCoroutine, CO_VALUE, CO_OWNER, RESUME_NEXT, RESUME_THROW,
} from "../ops/coroutine";
import {
  newPromise, ResolvePromise, RejectPromise, PromiseResolve, PerformPromiseThen, nativeInfo,
  newNativeClosure, closureData,
} from "./promise-ops";

/** FunctionInfos of the reactions that resume an awaiting body (their data is the coroutine). */
let awaitFulfilledInfo: usize = 0;
let awaitRejectedInfo: usize = 0;

export function markAsyncFunctionRoots(): void { markCell(awaitFulfilledInfo); markCell(awaitRejectedInfo); }

export function initAsyncFunctions(): void {
  awaitFulfilledInfo = nativeInfo(awaitFulfilled, 1);
  awaitRejectedInfo = nativeInfo(awaitRejected, 1);
}

/** Calling an async function — §15.8.4 EvaluateAsyncFunctionBody: a new promise, then
 *  AsyncFunctionStart runs the body (table index `code`) until it awaits or completes. */
export function rt_async_call(callee: u32, thisv: i64, argv: usize, argc: i32, code: u32): i64 {
  const sp0 = saveSp();
  pushRoot(boxObject(callee));
  const promise = boxObject(newPromise());
  pushRoot(promise);
  const co = newCoroutine(callee, thisv, code);
  vecSet(co, CO_OWNER, promise);
  asyncFunctionStep(co, argv, argc, RESUME_NEXT, UNDEFINED);
  restoreSp(sp0);
  return promise;
}

/** Run the body of coroutine `co` (first entry with the call's arguments, or a resume) until it
 *  awaits, then register the reactions that resume it; or settle its promise when it completes. */
function asyncFunctionStep(co: usize, argv: usize, argc: i32, mode: i32, value: i64): void {
  const sp0 = saveSp();
  pushRoot(boxObject(co));
  while (true) {
    const r = runCoroutine(co, argv, argc, mode, value);
    if (r == EMPTY) {
      const awaited = vecGet(co, CO_VALUE);
      vecSet(co, CO_VALUE, UNDEFINED);
      if (Await(co, awaited) != EXCEPTION) break;
      // PromiseResolve threw (a `constructor` getter): the await throws that, at once.
      argv = 0; argc = 0; mode = RESUME_THROW; value = takeException();
      continue;
    }
    const promise = ptr(vecGet(co, CO_OWNER));
    if (r == EXCEPTION) RejectPromise(promise, takeException());
    else ResolvePromise(promise, r);
    break;
  }
  restoreSp(sp0);
}

/** Await(value) — §27.7.5.3 steps 2-9 after the body suspended: the reactions resume `co`. */
function Await(co: usize, v: i64): i64 {
  const sp0 = saveSp();
  pushRoot(v);
  const promise = PromiseResolve(boxObject(PromiseConstructor), v);
  if (promise == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
  pushRoot(promise);
  const onFulfilled = boxObject(newNativeClosure(awaitFulfilledInfo, co));
  pushRoot(onFulfilled);
  const onRejected = boxObject(newNativeClosure(awaitRejectedInfo, co));
  PerformPromiseThen(ptr(promise), onFulfilled, onRejected, 0);
  restoreSp(sp0);
  return UNDEFINED;
}

function awaitFulfilled(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  asyncFunctionStep(closureData(callee), 0, 0, RESUME_NEXT, argc > 0 ? load<i64>(argv) : UNDEFINED);
  return UNDEFINED;
}

function awaitRejected(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  asyncFunctionStep(closureData(callee), 0, 0, RESUME_THROW, argc > 0 ? load<i64>(argv) : UNDEFINED);
  return UNDEFINED;
}
