// Promise.all, Promise.allSettled, Promise.any and Promise.race — ECMA-262 §27.2.4.1-§27.2.4.5.
// One driver (performCombinator) runs the shared steps: NewPromiseCapability(C),
// GetPromiseResolve(C), the iteration with IfAbruptRejectPromise, and per element
// Invoke(C.resolve(next), "then", [onFulfilled, onRejected]). The four differ in the element
// functions they pass and in what happens when the remaining-elements count reaches zero.
// Iteration goes through the engine's for-of step (rt_for_of_next), which will grow into the
// Symbol.iterator protocol.
import { UNDEFINED, EXCEPTION, EMPTY, TRUE, FALSE, isObject, boxObject, boxString, fromF64, toF64, ptr } from "../value";
import { pushRoot, saveSp, restoreSp, reserveSlots } from "../heap/stack";
import { internStatic } from "../string/atoms";
import { OrdinaryObjectCreate, putOwn } from "../object/object";
import { newVector, vecGet, vecSet } from "../object/vector";
import { ArrayCreate, arrayPush, arraySet } from "../object/array";
import { isCallable } from "../object/function";
import { ObjectPrototype } from "../realm";
import { takeException, throwTypeError } from "../errors";
import { Get } from "../ops/property";
import { Call } from "../ops/call";
import { GetIterator, IteratorStepValue, IteratorCloseOnThrow, ITER_MSG_BUILTIN } from "../ops/iteration";
import { arg, defineMethod } from "./native";

import { allRejectedError } from "./error-aggregate";
import {
  NewPromiseCapability, settleCapability, nativeInfo, newNativeClosure, closureData,
  CAP_PROMISE, CAP_RESOLVE, CAP_REJECT,
} from "./promise-ops";
import { invokeThen } from "./promise";
import { markCell } from "../heap/gc";

const ALL: i32 = 0;
const ALL_SETTLED: i32 = 1;
const ANY: i32 = 2;
const RACE: i32 = 3;

// The record every element function of one call shares: the Vector
// [list (values or errors), remainingElementsCount, promise, resolve, reject].
const S_LIST: u32 = 0;
const S_REMAINING: u32 = 1;
const S_PROMISE: u32 = 2;
const S_RESOLVE: u32 = 3;
const S_REJECT: u32 = 4;
// Each element's record: [alreadyCalled, index, shared]. allSettled's two functions share it.
const E_CALLED: u32 = 0;
const E_INDEX: u32 = 1;
const E_SHARED: u32 = 2;

let resolveElementInfo: usize = 0;
let settledFulfilledInfo: usize = 0;
let settledRejectedInfo: usize = 0;
let rejectElementInfo: usize = 0;

// The driver's frame slots.
const F_CAP: usize = 0;        // three slots: promise, resolve, reject
const F_RESOLVE_FN: usize = 24; // C.resolve
const F_RECORD: usize = 32;     // the iterator record: two slots
const F_SHARED: usize = 48;
const F_NEXT: usize = 56;
const F_ELEMENT: usize = 64;
const F_ON_FULFILLED: usize = 72;
const F_ON_REJECTED: usize = 80;
const F_CTOR: usize = 88;       // C
const F_SLOTS: i32 = 12;

/** Decrement the remaining-elements count; at zero, finish: all/allSettled resolve with the
 *  values, any rejects with an AggregateError of the errors. */
function elementDone(shared: usize, kind: i32): i64 {
  const left = toF64(vecGet(shared, S_REMAINING)) - 1;
  vecSet(shared, S_REMAINING, fromF64(left));
  if (left != 0) return UNDEFINED;
  const list = vecGet(shared, S_LIST);
  if (kind == ANY) {
    const sp0 = saveSp();
    pushRoot(boxObject(shared));
    const e = boxObject(allRejectedError(list));
    const r = settleCapability(vecGet(shared, S_PROMISE), vecGet(shared, S_RESOLVE), vecGet(shared, S_REJECT), e, true);
    restoreSp(sp0);
    return r;
  }
  return settleCapability(vecGet(shared, S_PROMISE), vecGet(shared, S_RESOLVE), vecGet(shared, S_REJECT), list, false);
}

/** Store `v` at the element's index unless this element was already settled (alreadyCalled). */
function storeElement(callee: u32, v: i64, kind: i32): i64 {
  const rec = closureData(callee);
  if (vecGet(rec, E_CALLED) == TRUE) return UNDEFINED;
  vecSet(rec, E_CALLED, TRUE);
  const shared = ptr(vecGet(rec, E_SHARED));
  const sp0 = saveSp();
  pushRoot(boxObject(shared));
  arraySet(ptr(vecGet(shared, S_LIST)), <u32>toF64(vecGet(rec, E_INDEX)), v);
  const r = elementDone(shared, kind);
  restoreSp(sp0);
  return r;
}

/** Promise.all Resolve Element Functions — §27.2.4.1.3. */
function resolveElement(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  return storeElement(callee, arg(argv, argc, 0), ALL);
}

/** Promise.any Reject Element Functions — §27.2.4.3.2. */
function rejectElement(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  return storeElement(callee, arg(argv, argc, 0), ANY);
}

/** { status, value } or { status, reason } — allSettled's element results. */
function settledRecord(callee: u32, v: i64, fulfilled: bool): i64 {
  const sp0 = saveSp();
  pushRoot(v);
  const o = OrdinaryObjectCreate(boxObject(ObjectPrototype));
  pushRoot(boxObject(o));
  putOwn(o, internStatic("status"), boxString(internStatic(fulfilled ? "fulfilled" : "rejected")));
  putOwn(o, internStatic(fulfilled ? "value" : "reason"), v);
  const r = storeElement(callee, boxObject(o), ALL_SETTLED);
  restoreSp(sp0);
  return r;
}

/** Promise.allSettled Resolve Element Functions — §27.2.4.2.2. */
function settledFulfilled(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  if (vecGet(closureData(callee), E_CALLED) == TRUE) return UNDEFINED;
  return settledRecord(callee, arg(argv, argc, 0), true);
}

/** Promise.allSettled Reject Element Functions — §27.2.4.2.3. */
function settledRejected(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  if (vecGet(closureData(callee), E_CALLED) == TRUE) return UNDEFINED;
  return settledRecord(callee, arg(argv, argc, 0), false);
}

/** The element functions for element `index`, into the frame's F_ON_FULFILLED/F_ON_REJECTED. */
function makeElementFunctions(f: usize, kind: i32, index: u32): void {
  const cap = f + F_CAP;
  if (kind == RACE) {
    store<i64>(f + F_ON_FULFILLED, load<i64>(cap + CAP_RESOLVE));
    store<i64>(f + F_ON_REJECTED, load<i64>(cap + CAP_REJECT));
    return;
  }
  const rec = newVector(3);
  vecSet(rec, E_CALLED, FALSE);
  vecSet(rec, E_INDEX, fromF64(<f64>index));
  vecSet(rec, E_SHARED, load<i64>(f + F_SHARED));
  store<i64>(f + F_ELEMENT, boxObject(rec));
  if (kind == ALL) {
    store<i64>(f + F_ON_FULFILLED, boxObject(newNativeClosure(resolveElementInfo, rec)));
    store<i64>(f + F_ON_REJECTED, load<i64>(cap + CAP_REJECT));
  } else if (kind == ALL_SETTLED) {
    store<i64>(f + F_ON_FULFILLED, boxObject(newNativeClosure(settledFulfilledInfo, rec)));
    store<i64>(f + F_ON_REJECTED, boxObject(newNativeClosure(settledRejectedInfo, rec)));
  } else {
    store<i64>(f + F_ON_FULFILLED, load<i64>(cap + CAP_RESOLVE));
    store<i64>(f + F_ON_REJECTED, boxObject(newNativeClosure(rejectElementInfo, rec)));
  }
}

/** The iteration of PerformPromiseAll / AllSettled / Any / Race; false on an abrupt completion. */
function iterate(f: usize, kind: i32): bool {
  const shared = ptr(load<i64>(f + F_SHARED));
  let index: u32 = 0;
  while (true) {
    const next = IteratorStepValue(f + F_RECORD);
    if (next == EXCEPTION) return false;
    if (next == EMPTY) break;
    store<i64>(f + F_NEXT, next);
    if (kind != RACE) {
      arrayPush(ptr(vecGet(shared, S_LIST)), UNDEFINED);
      vecSet(shared, S_REMAINING, fromF64(toF64(vecGet(shared, S_REMAINING)) + 1));
    }
    // nextPromise = ? Call(promiseResolve, constructor, « nextValue »)
    const nextPromise = Call(load<i64>(f + F_RESOLVE_FN), load<i64>(f + F_CTOR), f + F_NEXT, 1);
    if (nextPromise == EXCEPTION) return false;
    store<i64>(f + F_NEXT, nextPromise);
    makeElementFunctions(f, kind, index);
    const r = invokeThen(load<i64>(f + F_NEXT), load<i64>(f + F_ON_FULFILLED), load<i64>(f + F_ON_REJECTED), 2);
    if (r == EXCEPTION) return false;
    index++;
  }
  if (kind != RACE && elementDone(shared, kind) == EXCEPTION) return false;
  return true;
}

/** The shared steps of the four combinators. */
function performCombinator(kind: i32, c: i64, iterable: i64, nonObject: string): i64 {
  if (!isObject(c)) return throwTypeError(nonObject);
  const sp0 = saveSp();
  const f = reserveSlots(F_SLOTS);
  store<i64>(f + F_RECORD, iterable);
  store<i64>(f + F_CTOR, c);
  const cap = f + F_CAP;
  if (!NewPromiseCapability(c, cap)) { restoreSp(sp0); return EXCEPTION; }
  let ok = true;
  // GetPromiseResolve(C) — §27.2.4.1.1.
  const resolveFn = Get(c, internStatic("resolve"), c);
  if (resolveFn == EXCEPTION) ok = false;
  else if (!isCallable(resolveFn)) { throwTypeError("Promise resolve or reject function is not callable"); ok = false; }
  else if (GetIterator(iterable, f + F_RECORD, 0, ITER_MSG_BUILTIN) == EXCEPTION) ok = false;
  if (ok) {
    store<i64>(f + F_RESOLVE_FN, resolveFn);
    const shared = newVector(5);
    store<i64>(f + F_SHARED, boxObject(shared)); // rooted before the list is allocated
    vecSet(shared, S_LIST, boxObject(ArrayCreate(0, 0)));
    vecSet(shared, S_REMAINING, fromF64(1));
    vecSet(shared, S_PROMISE, load<i64>(cap + CAP_PROMISE));
    vecSet(shared, S_RESOLVE, load<i64>(cap + CAP_RESOLVE));
    vecSet(shared, S_REJECT, load<i64>(cap + CAP_REJECT));
    ok = iterate(f, kind);
    if (!ok) IteratorCloseOnThrow(f + F_RECORD); // a no-op when the iterator itself threw
  }
  if (!ok) {
    // IfAbruptRejectPromise(value, capability) — §27.2.1.1.1.
    const e = takeException();
    const r = settleCapability(load<i64>(cap + CAP_PROMISE), load<i64>(cap + CAP_RESOLVE), load<i64>(cap + CAP_REJECT), e, true);
    if (r == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
  }
  const p = load<i64>(cap + CAP_PROMISE);
  restoreSp(sp0);
  return p;
}

/** Promise.all(iterable) — §27.2.4.1. */
function Promise_all(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  return performCombinator(ALL, thisv, arg(argv, argc, 0), "Promise.all called on non-object");
}

/** Promise.allSettled(iterable) — §27.2.4.2. */
function Promise_allSettled(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  return performCombinator(ALL_SETTLED, thisv, arg(argv, argc, 0), "Promise.allSettled called on non-object");
}

/** Promise.any(iterable) — §27.2.4.3. */
function Promise_any(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  return performCombinator(ANY, thisv, arg(argv, argc, 0), "Promise.any called on non-object");
}

/** Promise.race(iterable) — §27.2.4.5. */
function Promise_race(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  return performCombinator(RACE, thisv, arg(argv, argc, 0), "Promise.race called on non-object");
}

export function initPromiseCombinators(c: usize): void {
  resolveElementInfo = nativeInfo(resolveElement, 1);
  settledFulfilledInfo = nativeInfo(settledFulfilled, 1);
  settledRejectedInfo = nativeInfo(settledRejected, 1);
  rejectElementInfo = nativeInfo(rejectElement, 1);
  defineMethod(c, "all", 1, Promise_all);
  defineMethod(c, "allSettled", 1, Promise_allSettled);
  defineMethod(c, "any", 1, Promise_any);
  defineMethod(c, "race", 1, Promise_race);
}

export function markPromiseCombinatorRoots(): void {
  markCell(resolveElementInfo); markCell(settledFulfilledInfo); markCell(settledRejectedInfo);
  markCell(rejectElementInfo);
}
