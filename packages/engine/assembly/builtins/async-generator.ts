// Async generators — ECMA-262 §27.6: %AsyncGeneratorPrototype% next/return/throw, the request
// queue, and the steps of the body (AsyncGeneratorStart, AsyncGeneratorYield, ...) on the
// coroutines of ops/coroutine.ts. The object is a CELL_GENERATOR with GEN_FLAG_ASYNC; its
// coroutine holds [[AsyncGeneratorState]] (CO_AG_STATE) and [[AsyncGeneratorQueue]] (CO_QUEUE, a
// linked list of request vectors).
//
// The body suspends both to await and to yield (rt_yield with YIELD_ASYNC_GENERATOR). A return
// request delivered to a suspended yield is awaited here before the body resumes (the Await of
// AsyncGeneratorUnwrapYieldResumption), so the body sees a return of the settled value, or a throw.
import { CELL_GENERATOR, OBJ_AUX } from "../layout.generated";
import { UNDEFINED, EMPTY, EXCEPTION, isObject, boxObject, ptr } from "../value";
import { cellKind, cellFlags } from "../heap/alloc";
import { pushRoot, saveSp, restoreSp } from "../heap/stack";
import { markCell } from "../heap/gc";
import { newVector, vecGet, vecSet } from "../object/vector";
import { AsyncGeneratorPrototype, PromiseConstructor } from "../realm";
import { takeException } from "../errors";
import { CreateIterResultObject } from "../ops/iteration";
import {
  runCoroutine, lastYield, CO_VALUE, CO_QUEUE, CO_AG_STATE, YIELD_ASYNC_GENERATOR,
  RESUME_NEXT, RESUME_THROW, RESUME_RETURN,
} from "../ops/coroutine";
import {
  newPromise, ResolvePromise, RejectPromise, PromiseResolve, PerformPromiseThen, nativeInfo,
  newNativeClosure, closureData,
} from "./promise-ops";
import { awaitValue } from "./async-function";
import { startGenerator, GEN_FLAG_ASYNC } from "./generator";
import { throwIncompatible } from "./collections-common";
import { defineMethod } from "./native";

// [[AsyncGeneratorState]]
const AG_SUSPENDED_START: i64 = 0;
const AG_SUSPENDED_YIELD: i64 = 1;
const AG_EXECUTING: i64 = 2;
const AG_AWAITING_RETURN: i64 = 3;
const AG_COMPLETED: i64 = 4;

// AsyncGeneratorRequest records: the completion (mode, value), the promise, the next request.
const RQ_MODE: u32 = 0;
const RQ_VALUE: u32 = 1;
const RQ_PROMISE: u32 = 2;
const RQ_NEXT: u32 = 3;

/** Reactions of AsyncGeneratorAwaitReturn (their data is the coroutine). */
let returnFulfilledInfo: usize = 0;
let returnRejectedInfo: usize = 0;

export function markAsyncGeneratorRoots(): void { markCell(returnFulfilledInfo); markCell(returnRejectedInfo); }

// @ts-ignore: decorator
@inline function agState(co: usize): i64 { return vecGet(co, CO_AG_STATE); }
// @ts-ignore: decorator
@inline function setAgState(co: usize, s: i64): void { vecSet(co, CO_AG_STATE, s); }

/** Calling an async generator function — §15.6.2 EvaluateAsyncGeneratorBody. */
export function rt_async_generator_call(callee: u32, thisv: i64, argv: usize, argc: i32, code: u32): i64 {
  const gen = startGenerator(callee, thisv, argv, argc, code, true);
  if (gen != EXCEPTION) setAgState(ptr(load<i64>(ptr(gen), OBJ_AUX)), AG_SUSPENDED_START);
  return gen;
}

/** AsyncGeneratorEnqueue — §27.6.3.4. */
function enqueue(co: usize, mode: i32, value: i64, promise: i64): void {
  const sp0 = saveSp();
  pushRoot(value);
  pushRoot(promise);
  const rq = newVector(4);
  vecSet(rq, RQ_MODE, <i64>mode);
  vecSet(rq, RQ_VALUE, value);
  vecSet(rq, RQ_PROMISE, promise);
  vecSet(rq, RQ_NEXT, UNDEFINED);
  let last = vecGet(co, CO_QUEUE);
  if (last == UNDEFINED) vecSet(co, CO_QUEUE, boxObject(rq));
  else {
    while (vecGet(ptr(last), RQ_NEXT) != UNDEFINED) last = vecGet(ptr(last), RQ_NEXT);
    vecSet(ptr(last), RQ_NEXT, boxObject(rq));
  }
  restoreSp(sp0);
}

/** AsyncGeneratorCompleteStep — §27.6.3.5: remove the first request and settle its promise with
 *  the completion (mode, value): rejected for a throw, else with { value, done }. */
function completeStep(co: usize, mode: i32, value: i64, done: bool): void {
  const rq = ptr(vecGet(co, CO_QUEUE));
  vecSet(co, CO_QUEUE, vecGet(rq, RQ_NEXT));
  const sp0 = saveSp();
  pushRoot(boxObject(rq));
  const promise = ptr(vecGet(rq, RQ_PROMISE));
  if (mode == RESUME_THROW) RejectPromise(promise, value);
  else ResolvePromise(promise, CreateIterResultObject(value, done));
  restoreSp(sp0);
}

/** AsyncGeneratorResume — §27.6.3.6, and the unwrapping of a return request (§27.6.3.8). */
function resume(co: usize, mode: i32, value: i64): void {
  setAgState(co, AG_EXECUTING);
  if (mode == RESUME_RETURN) {
    if (awaitValue(co, value, RESUME_RETURN) != EXCEPTION) return;
    mode = RESUME_THROW;
    value = takeException();
  }
  asyncGeneratorStep(co, mode, value);
}

/** Run the body until it awaits, yields with no request waiting, or completes — AsyncGeneratorStart
 *  step 4 and AsyncGeneratorYield (§27.6.3.2, §27.6.3.8). */
export function asyncGeneratorStep(co: usize, mode: i32, value: i64): void {
  const sp0 = saveSp();
  pushRoot(boxObject(co));
  while (true) {
    const r = runCoroutine(co, 0, 0, mode, value);
    if (r != EMPTY) {
      // The body completed: settle the request it was running for, then the rest.
      setAgState(co, AG_COMPLETED);
      if (r == EXCEPTION) completeStep(co, RESUME_THROW, takeException(), true);
      else completeStep(co, RESUME_NEXT, r, true);
      drainQueue(co);
      break;
    }
    const v = vecGet(co, CO_VALUE);
    vecSet(co, CO_VALUE, UNDEFINED);
    if ((lastYield() & YIELD_ASYNC_GENERATOR) == 0) {
      // An await: the reactions come back here.
      if (awaitValue(co, v, RESUME_NEXT) != EXCEPTION) break;
      mode = RESUME_THROW;
      value = takeException();
      continue;
    }
    completeStep(co, RESUME_NEXT, v, false);
    const next = vecGet(co, CO_QUEUE);
    if (next == UNDEFINED) { setAgState(co, AG_SUSPENDED_YIELD); break; }
    // A request is waiting: continue without suspending.
    mode = <i32>vecGet(ptr(next), RQ_MODE);
    value = vecGet(ptr(next), RQ_VALUE);
    if (mode == RESUME_RETURN) {
      if (awaitValue(co, value, RESUME_RETURN) != EXCEPTION) break;
      mode = RESUME_THROW;
      value = takeException();
    }
  }
  restoreSp(sp0);
}

/** AsyncGeneratorDrainQueue — §27.6.3.10 (the generator is completed). */
function drainQueue(co: usize): void {
  while (true) {
    const next = vecGet(co, CO_QUEUE);
    if (next == UNDEFINED) return;
    const mode = <i32>vecGet(ptr(next), RQ_MODE);
    if (mode == RESUME_RETURN) {
      setAgState(co, AG_AWAITING_RETURN);
      awaitReturn(co);
      return;
    }
    completeStep(co, mode, mode == RESUME_THROW ? vecGet(ptr(next), RQ_VALUE) : UNDEFINED, true);
  }
}

/** AsyncGeneratorAwaitReturn — §27.6.3.9: await the value of the first (return) request. */
function awaitReturn(co: usize): void {
  const sp0 = saveSp();
  pushRoot(boxObject(co));
  const v = vecGet(ptr(vecGet(co, CO_QUEUE)), RQ_VALUE);
  const promise = PromiseResolve(boxObject(PromiseConstructor), v);
  if (promise == EXCEPTION) {
    setAgState(co, AG_COMPLETED);
    completeStep(co, RESUME_THROW, takeException(), true);
    drainQueue(co);
    restoreSp(sp0);
    return;
  }
  pushRoot(promise);
  const onFulfilled = boxObject(newNativeClosure(returnFulfilledInfo, co));
  pushRoot(onFulfilled);
  const onRejected = boxObject(newNativeClosure(returnRejectedInfo, co));
  PerformPromiseThen(ptr(promise), onFulfilled, onRejected, 0);
  restoreSp(sp0);
}

function returnSettled(callee: u32, argv: usize, argc: i32, mode: i32): i64 {
  const co = closureData(callee);
  setAgState(co, AG_COMPLETED);
  completeStep(co, mode, argc > 0 ? load<i64>(argv) : UNDEFINED, true);
  drainQueue(co);
  return UNDEFINED;
}
function returnFulfilled(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  return returnSettled(callee, argv, argc, RESUME_NEXT);
}
function returnRejected(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  return returnSettled(callee, argv, argc, RESUME_THROW);
}

/** The coroutine of async generator `thisv`, or 0 (AsyncGeneratorValidate — §27.6.3.3). */
function asyncGeneratorCoroutine(thisv: i64): usize {
  if (!isObject(thisv) || cellKind(ptr(thisv)) != CELL_GENERATOR || (cellFlags(ptr(thisv)) & GEN_FLAG_ASYNC) == 0) return 0;
  return ptr(load<i64>(ptr(thisv), OBJ_AUX));
}

/** %AsyncGeneratorPrototype%.next/return/throw — §27.6.1.2-4: a promise for the request. */
function asyncGeneratorRequest(thisv: i64, mode: i32, value: i64, method: string): i64 {
  const sp0 = saveSp();
  pushRoot(value);
  const promise = boxObject(newPromise());
  pushRoot(promise);
  const co = asyncGeneratorCoroutine(thisv);
  if (co == 0) {
    throwIncompatible(method, thisv);
    RejectPromise(ptr(promise), takeException());
    restoreSp(sp0);
    return promise;
  }
  let state = agState(co);
  if (mode == RESUME_THROW && state == AG_SUSPENDED_START) { setAgState(co, AG_COMPLETED); state = AG_COMPLETED; }
  if (state == AG_COMPLETED && mode != RESUME_RETURN) {
    if (mode == RESUME_THROW) RejectPromise(ptr(promise), value);
    else ResolvePromise(ptr(promise), CreateIterResultObject(UNDEFINED, true));
    restoreSp(sp0);
    return promise;
  }
  enqueue(co, mode, value, promise);
  if (mode == RESUME_RETURN && (state == AG_SUSPENDED_START || state == AG_COMPLETED)) {
    setAgState(co, AG_AWAITING_RETURN);
    awaitReturn(co);
  } else if (state == AG_SUSPENDED_START || state == AG_SUSPENDED_YIELD) {
    resume(co, mode, value);
  }
  restoreSp(sp0);
  return promise;
}

function AsyncGenerator_next(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  return asyncGeneratorRequest(thisv, RESUME_NEXT, argc > 0 ? load<i64>(argv) : UNDEFINED, "[AsyncGenerator].prototype.next");
}
function AsyncGenerator_return(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  return asyncGeneratorRequest(thisv, RESUME_RETURN, argc > 0 ? load<i64>(argv) : UNDEFINED, "[AsyncGenerator].prototype.return");
}
function AsyncGenerator_throw(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  return asyncGeneratorRequest(thisv, RESUME_THROW, argc > 0 ? load<i64>(argv) : UNDEFINED, "[AsyncGenerator].prototype.throw");
}

export function initAsyncGenerators(): void {
  returnFulfilledInfo = nativeInfo(returnFulfilled, 1);
  returnRejectedInfo = nativeInfo(returnRejected, 1);
  defineMethod(AsyncGeneratorPrototype, "next", 1, AsyncGenerator_next);
  defineMethod(AsyncGeneratorPrototype, "return", 1, AsyncGenerator_return);
  defineMethod(AsyncGeneratorPrototype, "throw", 1, AsyncGenerator_throw);
}
