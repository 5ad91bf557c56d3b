// Promise objects and the abstract operations on them — ECMA-262 §27.2.1, §27.2.2, §27.2.5.4.1.
//
// This file is the engine's interface for async functions (and anything else that settles or
// awaits promises from engine code):
//   newPromise()                     a pending %Promise% (its capability is "direct": see below)
//   ResolvePromise(p, v)             the [[Resolve]] steps of p's resolving functions (§27.2.1.3.2
//                                    steps 7-16): adopts thenables through a
//                                    NewPromiseResolveThenableJob, fulfills with anything else
//   RejectPromise(p, reason)         §27.2.1.7
//   NewPromiseCapability(C, cap)     §27.2.1.5: fills three rooted slots [promise, resolve, reject]
//   PerformPromiseThen(p, f, r, cap) §27.2.5.4.1; cap 0 means no result capability (Await)
//   PromiseResolve(C, x)             §27.2.4.7.1 (Await uses PromiseResolve(%Promise%, v))
//   enqueueJob(fn, arg)              jobs/microtasks.ts: HostEnqueuePromiseJob of a call fn(arg)
//   runMicrotasks()                  jobs/microtasks.ts: drain the queue
// Await(v) is then: p = PromiseResolve(%Promise%, v); PerformPromiseThen(p, onFulfilled,
// onRejected, 0), where the two handlers are native closures (newNativeClosure) resuming the
// suspended function.
//
// A capability created for the intrinsic %Promise% by `then` is "direct": its resolve and reject
// slots are undefined and the reaction job settles the promise itself, as V8 does, instead of
// allocating two resolving functions nobody else can see.
import { CELL_PROMISE, CELL_VECTOR, OBJ_AUX, OBJ_AUX_BYTES } from "../layout.generated";
import { UNDEFINED, EXCEPTION, TRUE, FALSE, isObject, boxObject, ptr } from "../value";
import { cellKind, cellFlags, setCellFlags } from "../heap/alloc";
import { pushRoot, saveSp, restoreSp, reserveSlots } from "../heap/stack";
import { allocObject, objProto, ownPropEnd } from "../object/object";
import { newVector, vecGet, vecSet } from "../object/vector";
import { ArrayCreate, arrayPush, arrayLength, arrayGet } from "../object/array";
import { newClosure, newFunctionInfo, isCallable, isConstructor, FF_NATIVE, fnEnv } from "../object/function";
import { PromisePrototype, PromiseConstructor } from "../realm";
import { A_empty, A_constructor } from "../names";
import { internStatic } from "../string/atoms";
import { newStringFromStatic } from "../string/string";
import { TYPE_ERROR, newError, takeException, throwTypeError, throwValue } from "../errors";
import { Get } from "../ops/property";
import { Call, Construct } from "../ops/call";
import { enqueueReactionJob, enqueueResolveThenableJob } from "../jobs/microtasks";
import { trackRejection } from "../jobs/rejections";
import { NativeFn } from "./native";
import { markCell } from "../heap/gc";
import { throwAboutReceiver } from "./collections-common";

export const PROMISE_PENDING: u32 = 0;
export const PROMISE_FULFILLED: u32 = 1;
export const PROMISE_REJECTED: u32 = 2;
const STATE_SHIFT: u32 = 8;
const STATE_MASK: u32 = 3 << 8;
const FLAG_HANDLED: u32 = 1 << 10;

// A PromiseReaction record (§27.2.1.2) is a Vector; `then` always adds the fulfill and reject
// reactions together, so one record holds both handlers (undefined stands for "empty").
export const RX_PROMISE: u32 = 0;  // the capability's promise, or undefined (no capability)
export const RX_RESOLVE: u32 = 1;  // the capability's resolve, undefined when direct
export const RX_REJECT: u32 = 2;
export const RX_ON_FULFILLED: u32 = 3;
export const RX_ON_REJECTED: u32 = 4;
const RX_SIZE: u32 = 5;

// A capability (§27.2.1.1) lives in three consecutive rooted slots of the caller.
export const CAP_PROMISE: usize = 0;
export const CAP_RESOLVE: usize = 8;
export const CAP_REJECT: usize = 16;
export const CAP_SLOTS: i32 = 3;

/** Atoms and the shared FunctionInfos of the closures this file makes (set by initPromiseOps). */
export let A_then: usize = 0;
let resolveFunctionInfo: usize = 0;
let rejectFunctionInfo: usize = 0;
let executorInfo: usize = 0;
/** %Promise.prototype.then%, to recognise unmodified native promises. */
export let PromiseThenFunction: usize = 0;
export function setPromiseThenFunction(f: usize): void { PromiseThenFunction = f; }

/** A FunctionInfo for native closures running `fn` (anonymous, `length` as given). */
export function nativeInfo(fn: NativeFn, length: u32): usize {
  return newFunctionInfo(A_empty, length, FF_NATIVE, fn.index);
}

/** A native function whose per-closure data is `data` (a cell, traced through FN_ENV; natives
 *  have no environment otherwise). The code reads it back with closureData(callee). */
export function newNativeClosure(info: usize, data: usize): usize {
  const sp0 = saveSp();
  pushRoot(boxObject(data));
  const f = newClosure(info, data);
  restoreSp(sp0);
  return f;
}
// @ts-ignore: decorator
@inline export function closureData(callee: u32): usize { return fnEnv(<usize>callee); }

export function initPromiseOps(): void {
  A_then = internStatic("then");
  resolveFunctionInfo = nativeInfo(promiseResolveFunction, 1);
  rejectFunctionInfo = nativeInfo(promiseRejectFunction, 1);
  executorInfo = nativeInfo(getCapabilitiesExecutor, 2);
}

export function markPromiseOpsRoots(): void {
  markCell(resolveFunctionInfo); markCell(rejectFunctionInfo); markCell(executorInfo);
  markCell(PromiseThenFunction);
}

// ---- The promise cell ----

export function isPromise(v: i64): bool { return isObject(v) && cellKind(ptr(v)) == CELL_PROMISE; }
// @ts-ignore: decorator
@inline export function promiseState(p: usize): u32 { return (cellFlags(p) & STATE_MASK) >> STATE_SHIFT; }
/** [[PromiseResult]] of a settled promise. */
// @ts-ignore: decorator
@inline export function promiseResult(p: usize): i64 { return load<i64>(p, OBJ_AUX); }
export function promiseIsHandled(p: usize): bool { return (cellFlags(p) & FLAG_HANDLED) != 0; }
function setHandled(p: usize): void { setCellFlags(p, cellFlags(p) | FLAG_HANDLED); }

/** A pending promise with prototype `proto` and no reactions. */
export function allocPromise(proto: i64): usize {
  const p = allocObject(CELL_PROMISE, OBJ_AUX_BYTES, proto);
  store<i64>(p, UNDEFINED, OBJ_AUX);
  return p;
}

/** A pending %Promise%. */
export function newPromise(): usize { return allocPromise(boxObject(PromisePrototype)); }

/** Settle: the reactions (while pending, OBJ_AUX holds them) give way to the result. */
function settle(p: usize, state: u32, v: i64): i64 {
  const reactions = load<i64>(p, OBJ_AUX);
  store<i64>(p, v, OBJ_AUX);
  setCellFlags(p, (cellFlags(p) & ~STATE_MASK) | (state << STATE_SHIFT));
  return reactions;
}

/** TriggerPromiseReactions(reactions, argument) — §27.2.1.8. */
function TriggerPromiseReactions(reactions: i64, argument: i64, rejected: bool): void {
  if (reactions == UNDEFINED) return;
  const sp0 = saveSp();
  pushRoot(reactions);
  pushRoot(argument);
  const list = ptr(reactions);
  if (cellKind(list) == CELL_VECTOR) { // a single reaction
    enqueueReactionJob(reactions, argument, rejected);
  } else {
    const n = arrayLength(list);
    for (let i: u32 = 0; i < n; i++) enqueueReactionJob(arrayGet(list, i), argument, rejected);
  }
  restoreSp(sp0);
}

/** FulfillPromise(promise, value) — §27.2.1.4. */
export function FulfillPromise(p: usize, v: i64): void {
  if (promiseState(p) != PROMISE_PENDING) return;
  TriggerPromiseReactions(settle(p, PROMISE_FULFILLED, v), v, false);
}

/** RejectPromise(promise, reason) — §27.2.1.7, with HostPromiseRejectionTracker(p, "reject"). */
export function RejectPromise(p: usize, reason: i64): void {
  if (promiseState(p) != PROMISE_PENDING) return;
  const sp0 = saveSp();
  pushRoot(boxObject(p));
  pushRoot(reason);
  const reactions = settle(p, PROMISE_REJECTED, reason);
  pushRoot(reactions);
  if (!promiseIsHandled(p)) trackRejection(p);
  TriggerPromiseReactions(reactions, reason, true);
  restoreSp(sp0);
}

/** The [[Resolve]] steps of a promise's resolving functions once [[AlreadyResolved]] is checked —
 *  §27.2.1.3.2 steps 7-16. Never throws: a throwing `then` getter rejects the promise. */
export function ResolvePromise(p: usize, resolution: i64): void {
  if (isObject(resolution) && ptr(resolution) == p) {
    const msg = newStringFromStatic("Chaining cycle detected for promise #<Promise>");
    const sp0 = saveSp();
    pushRoot(boxObject(p));
    const e = newError(TYPE_ERROR, msg);
    RejectPromise(p, boxObject(e));
    restoreSp(sp0);
    return;
  }
  if (!isObject(resolution)) { FulfillPromise(p, resolution); return; }
  const sp0 = saveSp();
  pushRoot(boxObject(p));
  pushRoot(resolution);
  const then = Get(resolution, A_then, resolution);
  if (then == EXCEPTION) { RejectPromise(p, takeException()); restoreSp(sp0); return; }
  if (!isCallable(then)) { FulfillPromise(p, resolution); restoreSp(sp0); return; }
  pushRoot(then);
  enqueueResolveThenableJob(boxObject(p), resolution, then);
  restoreSp(sp0);
}

// ---- Resolving functions — §27.2.1.3 ----
// Both functions of a pair share one record, the Vector [promise, alreadyResolved].

/** CreateResolvingFunctions(promise) — §27.2.1.3: writes resolve to `out`, reject to `out + 8`
 *  (rooted slots). */
export function CreateResolvingFunctions(p: usize, out: usize): void {
  const sp0 = saveSp();
  pushRoot(boxObject(p));
  const rec = newVector(2);
  vecSet(rec, 0, boxObject(p));
  vecSet(rec, 1, FALSE);
  pushRoot(boxObject(rec));
  store<i64>(out, boxObject(newNativeClosure(resolveFunctionInfo, rec)));
  store<i64>(out + 8, boxObject(newNativeClosure(rejectFunctionInfo, rec)));
  restoreSp(sp0);
}

/** The record of a resolving function, or 0 when the pair has already been used. */
function claimResolvingRecord(callee: u32): usize {
  const rec = closureData(callee);
  if (vecGet(rec, 1) == TRUE) return 0;
  vecSet(rec, 1, TRUE);
  return rec;
}

/** Promise Resolve Functions — §27.2.1.3.2. */
function promiseResolveFunction(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  const rec = claimResolvingRecord(callee);
  if (rec != 0) ResolvePromise(ptr(vecGet(rec, 0)), argc > 0 ? load<i64>(argv) : UNDEFINED);
  return UNDEFINED;
}

/** Promise Reject Functions — §27.2.1.3.1. */
function promiseRejectFunction(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  const rec = claimResolvingRecord(callee);
  if (rec != 0) RejectPromise(ptr(vecGet(rec, 0)), argc > 0 ? load<i64>(argv) : UNDEFINED);
  return UNDEFINED;
}

// ---- Capabilities — §27.2.1.5 ----

/** NewPromiseCapability(C) — §27.2.1.5: fills the rooted slots at `cap`. For %Promise% the
 *  executor is skipped (unobservable) but real resolving functions are made, since callers such
 *  as the combinators hand them to user code. Returns false with an exception pending. */
export function NewPromiseCapability(c: i64, cap: usize): bool {
  if (c == boxObject(PromiseConstructor)) {
    const p = newPromise();
    store<i64>(cap + CAP_PROMISE, boxObject(p));
    CreateResolvingFunctions(p, cap + CAP_RESOLVE);
    return true;
  }
  if (!isConstructor(c)) { throwNotConstructor(c); return false; }
  const sp0 = saveSp();
  // The executor's record: the Vector [resolve, reject], filled by GetCapabilitiesExecutor.
  const rec = newVector(2);
  vecSet(rec, 0, UNDEFINED);
  vecSet(rec, 1, UNDEFINED);
  pushRoot(boxObject(rec));
  const executor = pushRoot(boxObject(newNativeClosure(executorInfo, rec)));
  const promise = Construct(c, executor, 1, c);
  if (promise == EXCEPTION) { restoreSp(sp0); return false; }
  const resolve = vecGet(rec, 0), reject = vecGet(rec, 1);
  restoreSp(sp0);
  if (!isCallable(resolve) || !isCallable(reject)) {
    throwTypeError("Promise resolve or reject function is not callable");
    return false;
  }
  store<i64>(cap + CAP_PROMISE, promise);
  store<i64>(cap + CAP_RESOLVE, resolve);
  store<i64>(cap + CAP_REJECT, reject);
  return true;
}

/** A direct capability for a new %Promise% (used by `then` when the species is %Promise%). */
export function newDirectCapability(cap: usize): void {
  store<i64>(cap + CAP_PROMISE, boxObject(newPromise()));
  store<i64>(cap + CAP_RESOLVE, UNDEFINED);
  store<i64>(cap + CAP_REJECT, UNDEFINED);
}

/** GetCapabilitiesExecutor Functions — §27.2.1.5 steps 4-5. */
function getCapabilitiesExecutor(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  const rec = closureData(callee);
  if (vecGet(rec, 0) != UNDEFINED || vecGet(rec, 1) != UNDEFINED) {
    return throwTypeError("Promise executor has already been invoked with non-undefined arguments");
  }
  vecSet(rec, 0, argc > 0 ? load<i64>(argv) : UNDEFINED);
  vecSet(rec, 1, argc > 1 ? load<i64>(argv + 8) : UNDEFINED);
  return UNDEFINED;
}

function throwNotConstructor(c: i64): i64 {
  return throwAboutReceiver("", "", "", c, " is not a constructor");
}

/** Settle a capability: Call(resolve or reject, undefined, [v]), or settle a direct one. */
export function settleCapability(promise: i64, resolveFn: i64, rejectFn: i64, v: i64, rejected: bool): i64 {
  if (resolveFn == UNDEFINED && rejectFn == UNDEFINED) {
    if (rejected) RejectPromise(ptr(promise), v); else ResolvePromise(ptr(promise), v);
    return UNDEFINED;
  }
  const sp0 = saveSp();
  const argv = pushRoot(v);
  const r = Call(rejected ? rejectFn : resolveFn, UNDEFINED, argv, 1);
  restoreSp(sp0);
  return r;
}

// ---- then ----

/** PerformPromiseThen(promise, onFulfilled, onRejected, resultCapability) — §27.2.5.4.1.
 *  `cap` points at a capability's rooted slots, or is 0 for none. Returns the capability's
 *  promise, or undefined. */
export function PerformPromiseThen(p: usize, onFulfilled: i64, onRejected: i64, cap: usize): i64 {
  const sp0 = saveSp();
  pushRoot(boxObject(p));
  pushRoot(onFulfilled);
  pushRoot(onRejected);
  const rec = newVector(RX_SIZE);
  vecSet(rec, RX_PROMISE, cap != 0 ? load<i64>(cap + CAP_PROMISE) : UNDEFINED);
  vecSet(rec, RX_RESOLVE, cap != 0 ? load<i64>(cap + CAP_RESOLVE) : UNDEFINED);
  vecSet(rec, RX_REJECT, cap != 0 ? load<i64>(cap + CAP_REJECT) : UNDEFINED);
  vecSet(rec, RX_ON_FULFILLED, isCallable(onFulfilled) ? onFulfilled : UNDEFINED);
  vecSet(rec, RX_ON_REJECTED, isCallable(onRejected) ? onRejected : UNDEFINED);
  const reaction = pushRoot(boxObject(rec));
  const state = promiseState(p);
  if (state == PROMISE_PENDING) {
    // Most promises get one reaction: it is stored alone; a second one makes a list.
    const cur = load<i64>(p, OBJ_AUX);
    if (cur == UNDEFINED) {
      store<i64>(p, load<i64>(reaction), OBJ_AUX);
    } else if (cellKind(ptr(cur)) == CELL_VECTOR) {
      const list = ArrayCreate(0, 2);
      arrayPush(list, load<i64>(p, OBJ_AUX));
      arrayPush(list, load<i64>(reaction));
      store<i64>(p, boxObject(list), OBJ_AUX);
    } else {
      arrayPush(ptr(cur), load<i64>(reaction));
    }
  } else {
    // A handler added to a rejected promise that was reported as unhandled: the tracker's
    // "handle" operation is the handled flag, which the unhandled-rejection check reads.
    enqueueReactionJob(load<i64>(reaction), promiseResult(p), state == PROMISE_REJECTED);
  }
  setHandled(p);
  restoreSp(sp0);
  return cap != 0 ? load<i64>(cap + CAP_PROMISE) : UNDEFINED;
}

/** Whether `v` is a native promise whose `then` and `constructor` are the intrinsic ones (no
 *  own properties, %Promise.prototype% as prototype): jobs may then skip the observable calls. */
export function isPlainPromise(v: i64): bool {
  if (!isPromise(v)) return false;
  const o = ptr(v);
  return objProto(o) == boxObject(PromisePrototype) && ownPropEnd(o) == 0;
}

// ---- Jobs — §27.2.2 (queued by jobs/microtasks.ts, run from there) ----

/** PromiseReactionJob(reaction, argument) — §27.2.2.1. `rec` and `argument` must be rooted. */
export function PromiseReactionJob(rec: usize, argument: i64, rejected: bool): i64 {
  const handler = vecGet(rec, rejected ? RX_ON_REJECTED : RX_ON_FULFILLED);
  let result = argument;
  let abrupt = rejected;
  if (handler != UNDEFINED) {
    const sp0 = saveSp();
    const argv = pushRoot(argument);
    result = Call(handler, UNDEFINED, argv, 1);
    restoreSp(sp0);
    abrupt = result == EXCEPTION;
    if (abrupt) result = takeException();
  }
  const promise = vecGet(rec, RX_PROMISE);
  if (promise == UNDEFINED) {
    // No capability (Await): a handler that throws is an engine-level uncaught error.
    if (abrupt && handler != UNDEFINED) return throwValue(result);
    return UNDEFINED;
  }
  return settleCapability(promise, vecGet(rec, RX_RESOLVE), vecGet(rec, RX_REJECT), result, abrupt);
}

/** NewPromiseResolveThenableJob(promiseToResolve, thenable, then) — §27.2.2.2. For a native
 *  promise with the intrinsic `then`, V8 (and this engine) performs the `then` directly with the
 *  promise to resolve as the result capability: same ticks, no resolving functions. */
export function PromiseResolveThenableJob(promise: i64, thenable: i64, then: i64): i64 {
  const sp0 = saveSp();
  if (then == boxObject(PromiseThenFunction) && isPlainPromise(thenable)) {
    const cap = reserveSlots(CAP_SLOTS);
    store<i64>(cap + CAP_PROMISE, promise);
    store<i64>(cap + CAP_RESOLVE, UNDEFINED);
    store<i64>(cap + CAP_REJECT, UNDEFINED);
    PerformPromiseThen(ptr(thenable), UNDEFINED, UNDEFINED, cap);
    restoreSp(sp0);
    return UNDEFINED;
  }
  const fns = reserveSlots(2);
  CreateResolvingFunctions(ptr(promise), fns);
  let r = Call(then, thenable, fns, 2);
  if (r == EXCEPTION) {
    const argv = pushRoot(takeException());
    r = Call(load<i64>(fns + 8), UNDEFINED, argv, 1);
  }
  restoreSp(sp0);
  return r;
}

// ---- PromiseResolve — §27.2.4.7.1 ----

/** PromiseResolve(C, x): `x` itself when it is a promise whose constructor is C, else a new
 *  promise of C resolved with x. Returns EXCEPTION with the error pending. */
export function PromiseResolve(c: i64, x: i64): i64 {
  const sp0 = saveSp();
  pushRoot(c);
  pushRoot(x);
  if (isPromise(x)) {
    // Fast path: a plain %Promise% has the intrinsic constructor without a lookup.
    const xc = isPlainPromise(x) ? boxObject(PromiseConstructor) : Get(x, A_constructor, x);
    if (xc == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
    if (xc == c) { restoreSp(sp0); return x; }
  }
  if (c == boxObject(PromiseConstructor)) {
    const p = newPromise();
    pushRoot(boxObject(p));
    ResolvePromise(p, x);
    restoreSp(sp0);
    return boxObject(p);
  }
  const cap = reserveSlots(CAP_SLOTS);
  if (!NewPromiseCapability(c, cap)) { restoreSp(sp0); return EXCEPTION; }
  const r = settleCapability(load<i64>(cap + CAP_PROMISE), load<i64>(cap + CAP_RESOLVE), load<i64>(cap + CAP_REJECT), x, false);
  const promise = load<i64>(cap + CAP_PROMISE);
  restoreSp(sp0);
  return r == EXCEPTION ? EXCEPTION : promise;
}
