// Async functions — ECMA-262 §27.7.5: AsyncFunctionStart and Await, on the coroutines of
// ops/coroutine.ts. The body runs synchronously until its first `await`; each `await v` suspends
// it, and a reaction on PromiseResolve(%Promise%, v) resumes it with the value (or throws the
// reason into it). Its completion settles the promise the call returned. Async generators
// (async-generator.ts) await through awaitValue too.
import { UNDEFINED, EMPTY, EXCEPTION, boxObject, ptr } from "../value";
import { pushRoot, saveSp, restoreSp } from "../heap/stack";
import { markCell } from "../heap/gc";
import { vecGet, vecSet } from "../object/vector";
import { PromiseConstructor } from "../realm";
import { takeException } from "../errors";
import {
  newCoroutine, runCoroutine, CO_VALUE, CO_OWNER, RESUME_NEXT, RESUME_THROW, RESUME_RETURN,
} from "../ops/coroutine";
import {
  newPromise, ResolvePromise, RejectPromise, PromiseResolve, PerformPromiseThen, nativeInfo,
  newNativeClosure, closureData, isPromise,
} from "./promise-ops";
import { asyncGeneratorStep } from "./async-generator";

/** FunctionInfos of the reactions that resume an awaiting coroutine (their data is the
 *  coroutine): with the value, with a return completion of it, or throwing the reason. */
let resumeNextInfo: usize = 0;
let resumeReturnInfo: usize = 0;
let resumeThrowInfo: usize = 0;

export function markAsyncFunctionRoots(): void {
  markCell(resumeNextInfo); markCell(resumeReturnInfo); markCell(resumeThrowInfo);
}

export function initAsyncFunctions(): void {
  resumeNextInfo = nativeInfo(resumeNext, 1);
  resumeReturnInfo = nativeInfo(resumeReturn, 1);
  resumeThrowInfo = nativeInfo(resumeThrow, 1);
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
 *  awaits, or settle its promise when it completes. */
function asyncFunctionStep(co: usize, argv: usize, argc: i32, mode: i32, value: i64): void {
  const sp0 = saveSp();
  pushRoot(boxObject(co));
  while (true) {
    const r = runCoroutine(co, argv, argc, mode, value);
    if (r == EMPTY) {
      const awaited = vecGet(co, CO_VALUE);
      vecSet(co, CO_VALUE, UNDEFINED);
      if (awaitValue(co, awaited, RESUME_NEXT) != EXCEPTION) break;
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

/** Await(v) — §27.7.5.3 steps 2-9 for suspended coroutine `co`: when the promise fulfills, `co`
 *  resumes in mode `fulfilledMode` with the value; when it rejects, the reason is thrown into it.
 *  Returns EXCEPTION (pending) when PromiseResolve threw. */
export function awaitValue(co: usize, v: i64, fulfilledMode: i32): i64 {
  const sp0 = saveSp();
  pushRoot(v);
  pushRoot(boxObject(co));
  const promise = PromiseResolve(boxObject(PromiseConstructor), v);
  if (promise == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
  pushRoot(promise);
  const info = fulfilledMode == RESUME_RETURN ? resumeReturnInfo : resumeNextInfo;
  const onFulfilled = boxObject(newNativeClosure(info, co));
  pushRoot(onFulfilled);
  const onRejected = boxObject(newNativeClosure(resumeThrowInfo, co));
  PerformPromiseThen(ptr(promise), onFulfilled, onRejected, 0);
  restoreSp(sp0);
  return UNDEFINED;
}

/** Resume `co` after an await: an async function's body, or an async generator's. */
function resumeCoroutine(co: usize, mode: i32, value: i64): i64 {
  if (isPromise(vecGet(co, CO_OWNER))) asyncFunctionStep(co, 0, 0, mode, value);
  else asyncGeneratorStep(co, mode, value);
  return UNDEFINED;
}

function resumeNext(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  return resumeCoroutine(closureData(callee), RESUME_NEXT, argc > 0 ? load<i64>(argv) : UNDEFINED);
}
function resumeReturn(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  return resumeCoroutine(closureData(callee), RESUME_RETURN, argc > 0 ? load<i64>(argv) : UNDEFINED);
}
function resumeThrow(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  return resumeCoroutine(closureData(callee), RESUME_THROW, argc > 0 ? load<i64>(argv) : UNDEFINED);
}
