// Async iteration — ECMA-262 §27.1.3 %AsyncIteratorPrototype%, §7.4.3 GetIterator(obj, async),
// §27.1.4 %AsyncFromSyncIteratorPrototype%, and the steps of `for await` and of `yield*` in async
// generators. Their awaits happen in the generated code (a suspension of the coroutine body), so
// each step here is split around them: a call whose result the body awaits, then the check of
// the awaited result.
//
// Records are the two rooted slots [iterator, next method] of ops/iteration.ts.
import { OBJ_AUX, OBJ_AUX_BYTES, CELL_OBJECT } from "../layout.generated";
import { UNDEFINED, EMPTY, EXCEPTION, isObject, isNullish, boxObject, ptr } from "../value";
import { pushRoot, saveSp, restoreSp, reserveSlots } from "../heap/stack";
import { markCell } from "../heap/gc";
import { newVector, vecGet, vecSet } from "../object/vector";
import { allocObject, OrdinaryObjectCreate } from "../object/object";
import { isCallable } from "../object/function";
import { ObjectPrototype, PromiseConstructor } from "../realm";
import { A_next, A_return, A_throw, A_done, A_value } from "../names";
import { TYPE_ERROR, throwErrorWith, throwTypeError, takeException } from "../errors";
import { Get, GetV } from "../ops/property";
import { Call } from "../ops/call";
import { ToBoolean } from "../ops/conversion";
import {
  GetIterator, GetIteratorFromMethod, CreateIterResultObject, throwResultNotObject, ITER_MSG_SYNTAX,
  ITER_NO_FAST_PATH,
} from "../ops/iteration";
import { RESUME_NEXT, RESUME_THROW, RESUME_RETURN } from "../ops/coroutine";
import {
  newPromise, ResolvePromise, RejectPromise, PromiseResolve, PerformPromiseThen, nativeInfo,
  newNativeClosure, CAP_PROMISE, CAP_RESOLVE, CAP_REJECT, CAP_SLOTS,
} from "./promise-ops";
import { ATTR_HIDDEN, defineMethod, defineKeyedMethod } from "./native";
import { SymbolAsyncIterator } from "./symbol";
import { setDelegateOutcome, DELEGATE_YIELD, DELEGATE_DONE, DELEGATE_RETURN } from "./generator";

export let AsyncIteratorPrototype: usize = 0;
let AsyncFromSyncIteratorPrototype: usize = 0;
let asyncFromSyncNext: usize = 0;
/** The continuation closures of %AsyncFromSyncIteratorPrototype%: value → { value, done }. */
let unwrapInfo: usize = 0;
let unwrapDoneInfo: usize = 0;

export function markAsyncIterationRoots(): void {
  markCell(AsyncIteratorPrototype); markCell(AsyncFromSyncIteratorPrototype); markCell(asyncFromSyncNext);
  markCell(unwrapInfo); markCell(unwrapDoneInfo);
}

/** GetIterator(v, async) into record `rec`: the @@asyncIterator method's iterator, or the sync
 *  iterator wrapped by CreateAsyncFromSyncIterator (§27.1.4.1). `text` names `v` in errors. */
export function rt_get_async_iterator(v: i64, rec: usize, text: usize): i64 {
  if (isNullish(v)) return notAsyncIterable(text);
  const sp0 = saveSp();
  pushRoot(v);
  const method = GetV(v, SymbolAsyncIterator());
  if (method == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
  if (!isNullish(method)) {
    restoreSp(sp0);
    if (!isCallable(method)) return notAsyncIterable(text);
    return GetIteratorFromMethod(v, method, rec, true);
  }
  const sync = reserveSlots(2);
  if (GetIterator(v, sync, text, ITER_MSG_SYNTAX | ITER_NO_FAST_PATH) == EXCEPTION) {
    restoreSp(sp0);
    // V8 says "not async iterable" when neither method exists.
    if (text != 0) { takeException(); return notAsyncIterable(text); }
    return EXCEPTION;
  }
  const state = newVector(2);
  vecSet(state, 0, load<i64>(sync));
  vecSet(state, 1, load<i64>(sync, 8));
  pushRoot(boxObject(state));
  const o = allocObject(CELL_OBJECT, OBJ_AUX_BYTES, boxObject(AsyncFromSyncIteratorPrototype));
  store<i64>(o, boxObject(state), OBJ_AUX);
  store<i64>(rec, boxObject(o));
  store<i64>(rec, boxObject(asyncFromSyncNext), 8);
  restoreSp(sp0);
  return UNDEFINED;
}

function notAsyncIterable(text: usize): i64 {
  if (text != 0) return throwErrorWith(TYPE_ERROR, "", text, " is not async iterable");
  return throwTypeError("object is not async iterable");
}

// ---- for await ----

/** The result of the next method (for the body to await). */
export function rt_async_iterator_next(rec: usize): i64 {
  return Call(load<i64>(rec, 8), load<i64>(rec), 0, 0);
}

/** The awaited result of a step: its value, EMPTY when done (the record is then finished), or
 *  EXCEPTION when it is not an object or reading it threw. */
export function rt_async_iterator_value(rec: usize, r: i64): i64 {
  if (!isObject(r)) return throwResultNotObject(r);
  const sp0 = saveSp();
  pushRoot(r);
  const done = Get(r, A_done, r);
  if (done == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
  if (ToBoolean(done)) {
    restoreSp(sp0);
    store<i64>(rec, UNDEFINED);
    store<i64>(rec, UNDEFINED, 8);
    return EMPTY;
  }
  const v = Get(r, A_value, r);
  restoreSp(sp0);
  return v;
}

/** AsyncIteratorClose — §7.4.13, first half: the result of the iterator's `return` (for the body to
 *  await), or EMPTY when it has none. With `quiet` (closing on a throw completion, whose exception
 *  the body keeps) errors are swallowed: EMPTY. */
export function rt_async_iterator_return(rec: usize, quiet: i32): i64 {
  const it = load<i64>(rec);
  store<i64>(rec, UNDEFINED);
  store<i64>(rec, UNDEFINED, 8);
  if (!isObject(it)) return EMPTY;
  const sp0 = saveSp();
  pushRoot(it);
  let r = GetV(it, A_return);
  if (r != EXCEPTION) r = isNullish(r) ? EMPTY : Call(r, it, 0, 0);
  restoreSp(sp0);
  if (r == EXCEPTION && quiet != 0) { takeException(); return EMPTY; }
  return r;
}

/** AsyncIteratorClose, second half: the awaited result of `return` must be an object. */
export function rt_async_iterator_close_result(r: i64): i64 {
  return isObject(r) ? UNDEFINED : throwResultNotObject(r);
}

// ---- yield* in async generators (§15.5.5 with generatorKind async) ----

/** The steps of one round of async `yield*`, before its await: call the inner iterator's next,
 *  throw or return with `received` per the resumption `mode`. Returns the value the body must
 *  await and sets delegateOutcome: DELEGATE_AWAIT_RESULT (then rt_async_delegate_result), or
 *  DELEGATE_AWAIT_RETURN (no `return` method: the generator returns the awaited value), or
 *  DELEGATE_AWAIT_CLOSE (no `throw` method: the awaited result of closing is checked, then the
 *  protocol TypeError). */
export const DELEGATE_AWAIT_RESULT: i32 = 3;
export const DELEGATE_AWAIT_RETURN_RESULT: i32 = 4;
export const DELEGATE_AWAIT_RETURN: i32 = 5;
export const DELEGATE_AWAIT_CLOSE: i32 = 6;

export function rt_async_delegate_call(rec: usize, mode: i32, received: i64): i64 {
  const it = load<i64>(rec);
  const sp0 = saveSp();
  pushRoot(it);
  pushRoot(received);
  let method = load<i64>(rec, 8);
  if (mode != RESUME_NEXT) {
    method = GetV(it, mode == RESUME_THROW ? A_throw : A_return);
    if (method == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
  }
  if (mode != RESUME_NEXT && isNullish(method)) {
    restoreSp(sp0);
    if (mode == RESUME_RETURN) { setDelegateOutcome(DELEGATE_AWAIT_RETURN); return received; }
    const r = rt_async_iterator_return(rec, 0);
    if (r == EXCEPTION) return EXCEPTION;
    if (r == EMPTY) return throwTypeError("The iterator does not provide a 'throw' method.");
    setDelegateOutcome(DELEGATE_AWAIT_CLOSE);
    return r;
  }
  pushRoot(method);
  const argv = pushRoot(received);
  const r = Call(method, it, argv, 1);
  restoreSp(sp0);
  setDelegateOutcome(mode == RESUME_RETURN ? DELEGATE_AWAIT_RETURN_RESULT : DELEGATE_AWAIT_RESULT);
  return r;
}

/** After the await of rt_async_delegate_call (outcome `how`): the inner result `r` checked. Returns
 *  its value and sets delegateOutcome: DELEGATE_YIELD (yield the value), DELEGATE_DONE (the value
 *  of `yield*`), DELEGATE_RETURN (the generator returns it); or EXCEPTION. */
export function rt_async_delegate_result(r: i64, how: i32): i64 {
  if (!isObject(r)) return throwResultNotObject(r);
  if (how == DELEGATE_AWAIT_CLOSE) return throwTypeError("The iterator does not provide a 'throw' method.");
  const sp0 = saveSp();
  pushRoot(r);
  const done = Get(r, A_done, r);
  if (done == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
  const v = Get(r, A_value, r);
  restoreSp(sp0);
  if (v == EXCEPTION) return EXCEPTION;
  setDelegateOutcome(!ToBoolean(done) ? DELEGATE_YIELD
    : how == DELEGATE_AWAIT_RETURN_RESULT ? DELEGATE_RETURN : DELEGATE_DONE);
  return v;
}

// ---- %AsyncFromSyncIteratorPrototype% — §27.1.4.2 ----

/** The [[SyncIteratorRecord]] vector [iterator, next] of `thisv` (never user-visible). */
function syncRecord(thisv: i64): usize { return ptr(load<i64>(ptr(thisv), OBJ_AUX)); }

function AsyncFromSync_next(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  const rec = syncRecord(thisv);
  const it = vecGet(rec, 0);
  const r = Call(vecGet(rec, 1), it, argv, argc > 0 ? 1 : 0);
  return continuation(r);
}

function AsyncFromSync_return(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  return forwardToSync(thisv, argv, argc, A_return);
}

function AsyncFromSync_throw(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  return forwardToSync(thisv, argv, argc, A_throw);
}

/** %AsyncFromSyncIteratorPrototype%.return / .throw: call the sync iterator's method `key` with
 *  the argument. Without one, `return` resolves to { value, done: true } and `throw` rejects with
 *  the value (node 20, ES2023). */
function forwardToSync(thisv: i64, argv: usize, argc: i32, key: usize): i64 {
  const it = vecGet(syncRecord(thisv), 0);
  const sp0 = saveSp();
  pushRoot(it);
  const method = GetV(it, key);
  if (method == EXCEPTION) { restoreSp(sp0); return rejected(); }
  if (isNullish(method)) {
    const p = boxObject(newPromise());
    pushRoot(p);
    const v = argc > 0 ? load<i64>(argv) : UNDEFINED;
    if (key == A_return) ResolvePromise(ptr(p), CreateIterResultObject(v, true));
    else RejectPromise(ptr(p), v);
    restoreSp(sp0);
    return p;
  }
  const r = Call(method, it, argv, argc > 0 ? 1 : 0);
  restoreSp(sp0);
  return continuation(r);
}

/** A promise rejected with the pending exception. */
function rejected(): i64 {
  const sp0 = saveSp();
  const reason = pushRoot(takeException());
  const p = newPromise();
  RejectPromise(p, load<i64>(reason));
  restoreSp(sp0);
  return boxObject(p);
}

/** AsyncFromSyncIteratorContinuation(result, promiseCapability) — §27.1.4.4, for the sync step
 *  result `r` (or EXCEPTION): a promise of { value: await value, done }. */
function continuation(r: i64): i64 {
  if (r == EXCEPTION) return rejected();
  if (!isObject(r)) { throwResultNotObject(r); return rejected(); }
  const sp0 = saveSp();
  pushRoot(r);
  const doneV = Get(r, A_done, r);
  if (doneV == EXCEPTION) { restoreSp(sp0); return rejected(); }
  const done = ToBoolean(doneV);
  const value = Get(r, A_value, r);
  if (value == EXCEPTION) { restoreSp(sp0); return rejected(); }
  const wrapper = PromiseResolve(boxObject(PromiseConstructor), value);
  if (wrapper == EXCEPTION) { restoreSp(sp0); return rejected(); }
  pushRoot(wrapper);
  const onFulfilled = boxObject(newNativeClosure(done ? unwrapDoneInfo : unwrapInfo, AsyncFromSyncIteratorPrototype));
  pushRoot(onFulfilled);
  const cap = reserveSlots(CAP_SLOTS);
  store<i64>(cap + CAP_PROMISE, boxObject(newPromise()));
  store<i64>(cap + CAP_RESOLVE, UNDEFINED);
  store<i64>(cap + CAP_REJECT, UNDEFINED);
  const p = PerformPromiseThen(ptr(wrapper), onFulfilled, UNDEFINED, cap);
  restoreSp(sp0);
  return p;
}

function unwrap(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  return CreateIterResultObject(argc > 0 ? load<i64>(argv) : UNDEFINED, false);
}
function unwrapDone(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  return CreateIterResultObject(argc > 0 ? load<i64>(argv) : UNDEFINED, true);
}

/** %AsyncIteratorPrototype%[@@asyncIterator]() — §27.1.3.1: returns this. */
function AsyncIterator_asyncIterator(callee: u32, thisv: i64, argv: usize, argc: i32): i64 { return thisv; }

export function initAsyncIteration(): void {
  const sp0 = saveSp();
  AsyncIteratorPrototype = OrdinaryObjectCreate(boxObject(ObjectPrototype));
  defineKeyedMethod(AsyncIteratorPrototype, SymbolAsyncIterator(), "[Symbol.asyncIterator]", 0,
    AsyncIterator_asyncIterator, ATTR_HIDDEN);
  AsyncFromSyncIteratorPrototype = OrdinaryObjectCreate(boxObject(AsyncIteratorPrototype));
  asyncFromSyncNext = defineMethod(AsyncFromSyncIteratorPrototype, "next", 1, AsyncFromSync_next);
  defineMethod(AsyncFromSyncIteratorPrototype, "return", 1, AsyncFromSync_return);
  defineMethod(AsyncFromSyncIteratorPrototype, "throw", 1, AsyncFromSync_throw);
  unwrapInfo = nativeInfo(unwrap, 1);
  unwrapDoneInfo = nativeInfo(unwrapDone, 1);
  restoreSp(sp0);
}
