// The Promise constructor, Promise.prototype (then, catch, finally), Promise.resolve and
// Promise.reject — ECMA-262 §27.2.3-§27.2.5. The abstract operations are in promise-ops.ts, the
// combinators (all, allSettled, any, race) in promise-combinators.ts.
import { initAsyncFunctions } from "./async-function";
import { initAsyncGenerators } from "./async-generator";
import { defineToStringTag } from "./symbol";
import { UNDEFINED, EXCEPTION, isObject, boxObject, ptr } from "../value";
import { pushRoot, saveSp, restoreSp, reserveSlots } from "../heap/stack";
import { OrdinaryObjectCreate } from "../object/object";
import { newVector, vecGet, vecSet } from "../object/vector";
import { isCallable, isConstructor, newTarget } from "../object/function";
import { ObjectPrototype, PromisePrototype, PromiseConstructor, setPromisePrototype, setPromiseConstructor } from "../realm";
import { A_prototype, A_constructor } from "../names";
import { throwValue, throwTypeError, takeException } from "../errors";
import { markCell } from "../heap/gc";
import { Get } from "../ops/property";
import { Call } from "../ops/call";
import { arg, defineConstructor, defineMethod } from "./native";
import { throwAboutReceiver, throwIncompatible } from "./collections-common";
import {
  allocPromise, isPromise, isPlainPromise, CreateResolvingFunctions, NewPromiseCapability,
  newDirectCapability, PerformPromiseThen, PromiseResolve, settleCapability, nativeInfo,
  newNativeClosure, closureData, initPromiseOps, setPromiseThenFunction, A_then,
  CAP_PROMISE, CAP_RESOLVE, CAP_REJECT, CAP_SLOTS,
} from "./promise-ops";
import { initPromiseCombinators } from "./promise-combinators";
import { defineSpeciesGetter } from "./symbol";

/** Promise(executor) — §27.2.3.1. */
function Promise_ctor(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  const nt = newTarget;
  if (nt == UNDEFINED) return throwTypeError("Promise constructor cannot be invoked without 'new'");
  const executor = arg(argv, argc, 0);
  if (!isCallable(executor)) return throwAboutReceiver("Promise resolver ", "", "", executor, " is not a function");
  const sp0 = saveSp();
  // OrdinaryCreateFromConstructor(NewTarget, "%Promise.prototype%").
  let proto = boxObject(PromisePrototype);
  if (nt != boxObject(<usize>callee)) {
    const p = Get(nt, A_prototype, nt);
    if (p == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
    if (isObject(p)) proto = p;
  }
  pushRoot(proto);
  const promise = pushRoot(boxObject(allocPromise(proto)));
  const fns = reserveSlots(2);
  CreateResolvingFunctions(ptr(load<i64>(promise)), fns);
  const r = Call(executor, UNDEFINED, fns, 2);
  if (r == EXCEPTION) {
    const argv2 = pushRoot(takeException());
    Call(load<i64>(fns + 8), UNDEFINED, argv2, 1); // a reject function never throws
  }
  const result = load<i64>(promise);
  restoreSp(sp0);
  return result;
}

/** SpeciesConstructor(promise, %Promise%) — §7.3.22. Without Symbol.species, a constructor's
 *  @@species is taken to be itself (the getter %Promise%[@@species] returns `this`). */
function SpeciesConstructor(promise: i64): i64 {
  if (isPlainPromise(promise)) return boxObject(PromiseConstructor);
  const c = Get(promise, A_constructor, promise);
  if (c == EXCEPTION) return EXCEPTION;
  if (c == UNDEFINED) return boxObject(PromiseConstructor);
  if (!isObject(c)) return throwTypeError("The .constructor property is not an object");
  if (!isConstructor(c)) return throwTypeError("object.constructor[Symbol.species] is not a constructor");
  return c;
}

/** Promise.prototype.then(onFulfilled, onRejected) — §27.2.5.4. */
function Promise_then(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  if (!isPromise(thisv)) return throwIncompatible("Promise.prototype.then", thisv);
  const sp0 = saveSp();
  const cap = reserveSlots(CAP_SLOTS);
  const c = SpeciesConstructor(thisv);
  if (c == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
  if (c == boxObject(PromiseConstructor)) newDirectCapability(cap);
  else if (!NewPromiseCapability(c, cap)) { restoreSp(sp0); return EXCEPTION; }
  const r = PerformPromiseThen(ptr(thisv), arg(argv, argc, 0), arg(argv, argc, 1), cap);
  restoreSp(sp0);
  return r;
}

/** Invoke(v, "then", [a, b]) — §7.3.21. */
export function invokeThen(v: i64, a: i64, b: i64, argc: i32): i64 {
  const sp0 = saveSp();
  pushRoot(v);
  const then = Get(v, A_then, v);
  if (then == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
  const args = reserveSlots(2);
  store<i64>(args, a);
  store<i64>(args + 8, b);
  pushRoot(then);
  if (!isCallable(then)) { restoreSp(sp0); return throwTypeError("then is not a function"); }
  const r = Call(then, v, args, argc);
  restoreSp(sp0);
  return r;
}

/** Promise.prototype.catch(onRejected) — §27.2.5.1. */
function Promise_catch(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  return invokeThen(thisv, UNDEFINED, arg(argv, argc, 0), 2);
}

// Promise.prototype.finally — §27.2.5.3. thenFinally and catchFinally share the record
// [onFinally, C]; valueThunk and thrower hold [value].
let thenFinallyInfo: usize = 0;
let catchFinallyInfo: usize = 0;
let valueThunkInfo: usize = 0;
let throwerInfo: usize = 0;

function Promise_finally(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  if (!isObject(thisv)) return throwTypeError("Promise.prototype.finally called on non-object");
  const onFinally = arg(argv, argc, 0);
  const sp0 = saveSp();
  pushRoot(thisv);
  const c = SpeciesConstructor(thisv);
  if (c == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
  pushRoot(c);
  if (!isCallable(onFinally)) { restoreSp(sp0); return invokeThen(thisv, onFinally, onFinally, 2); }
  const rec = newVector(2);
  vecSet(rec, 0, onFinally);
  vecSet(rec, 1, c);
  pushRoot(boxObject(rec));
  const thenFinally = pushRoot(boxObject(newNativeClosure(thenFinallyInfo, rec)));
  const catchFinally = boxObject(newNativeClosure(catchFinallyInfo, rec));
  const r = invokeThen(thisv, load<i64>(thenFinally), catchFinally, 2);
  restoreSp(sp0);
  return r;
}

/** Then Finally Functions / Catch Finally Functions — §27.2.5.3.1-2: call onFinally(), then
 *  resolve its result and pass the original value (or rethrow the reason) after it settles. */
function finallyReaction(callee: u32, argv: usize, argc: i32, thunkInfo: usize): i64 {
  const rec = closureData(callee);
  const sp0 = saveSp();
  pushRoot(boxObject(rec));
  const value = pushRoot(arg(argv, argc, 0));
  const result = Call(vecGet(rec, 0), UNDEFINED, 0, 0);
  if (result == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
  const p = PromiseResolve(vecGet(rec, 1), result);
  if (p == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
  pushRoot(p);
  const data = newVector(1);
  vecSet(data, 0, load<i64>(value));
  pushRoot(boxObject(data));
  const thunk = boxObject(newNativeClosure(thunkInfo, data));
  const r = invokeThen(p, thunk, UNDEFINED, 1);
  restoreSp(sp0);
  return r;
}
function thenFinally(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  return finallyReaction(callee, argv, argc, valueThunkInfo);
}
function catchFinally(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  return finallyReaction(callee, argv, argc, throwerInfo);
}
function valueThunk(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  return vecGet(closureData(callee), 0);
}
function thrower(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  return throwValue(vecGet(closureData(callee), 0));
}

/** Promise.resolve(x) — §27.2.4.7. */
function Promise_resolve(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  if (!isObject(thisv)) return throwTypeError("PromiseResolve called on non-object");
  return PromiseResolve(thisv, arg(argv, argc, 0));
}

/** Promise.reject(r) — §27.2.4.6. */
function Promise_reject(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  if (!isObject(thisv)) return throwTypeError("PromiseReject called on non-object");
  const sp0 = saveSp();
  const cap = reserveSlots(CAP_SLOTS);
  if (!NewPromiseCapability(thisv, cap)) { restoreSp(sp0); return EXCEPTION; }
  const r = settleCapability(load<i64>(cap + CAP_PROMISE), load<i64>(cap + CAP_RESOLVE),
    load<i64>(cap + CAP_REJECT), arg(argv, argc, 0), true);
  const p = load<i64>(cap + CAP_PROMISE);
  restoreSp(sp0);
  return r == EXCEPTION ? EXCEPTION : p;
}

export function initPromise(global: usize): void {
  initPromiseOps();
  initAsyncFunctions();
  initAsyncGenerators();
  thenFinallyInfo = nativeInfo(thenFinally, 1);
  catchFinallyInfo = nativeInfo(catchFinally, 1);
  valueThunkInfo = nativeInfo(valueThunk, 0);
  throwerInfo = nativeInfo(thrower, 0);
  const proto = OrdinaryObjectCreate(boxObject(ObjectPrototype));
  setPromisePrototype(proto);
  defineToStringTag(PromisePrototype, "Promise");
  const c = defineConstructor(global, "Promise", 1, Promise_ctor, proto, true);
  defineSpeciesGetter(c);
  setPromiseConstructor(c);
  // In V8's property order.
  initPromiseCombinators(c);
  defineMethod(c, "resolve", 1, Promise_resolve);
  defineMethod(c, "reject", 1, Promise_reject);
  setPromiseThenFunction(defineMethod(proto, "then", 2, Promise_then));
  defineMethod(proto, "catch", 1, Promise_catch);
  defineMethod(proto, "finally", 1, Promise_finally);
}

export function markPromiseRoots(): void {
  markCell(thenFinallyInfo); markCell(catchFinallyInfo); markCell(valueThunkInfo); markCell(throwerInfo);
}
