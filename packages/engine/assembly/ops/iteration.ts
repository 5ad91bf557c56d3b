// Iteration — ECMA-262 §7.4: GetIterator, IteratorStepValue, IteratorClose, over an iterator
// record of two shadow-stack slots [iterator, next method] (rooted by construction).
//
// Fast path: an array or string whose iteration is the intrinsic one (its @@iterator is the
// original %Array.prototype.values% / %String.prototype[@@iterator]% and the iterator prototype's
// `next` is untouched) is iterated by index without creating an iterator object: the record then
// holds [the array or string, the index as a number]. That is unobservable: the steps are exactly
// what %ArrayIteratorPrototype%.next does (length re-read each step, holes read through [[Get]]).
// A finished record holds [undefined, undefined], so closing it again does nothing.
import { isIntrinsicCollectionNext, iteratorStep } from "../builtins/collections-iterator";
import { CELL_ARRAY, CELL_STRING } from "../layout.generated";
import {
  UNDEFINED, NULL, EMPTY, EXCEPTION, TRUE, isObject, isString, isNumber, isNullish, isSymbol, isBigInt,
  boxObject, boxString, fromF64, fromBool, toF64, ptr,
} from "../value";
import { cellKind } from "../heap/alloc";
import { pushRoot, saveSp, restoreSp } from "../heap/stack";
import { strLength, strCharAt, strSubstring } from "../string/string";
import { sbOpen, sbAppendStatic, sbAppendString, sbFinish } from "../string/builder";
import { arrayLength } from "../object/array";
import { OrdinaryObjectCreate, addOwnProperty } from "../object/object";
import { isCallable } from "../object/function";
import { ObjectPrototype } from "../realm";
import { A_done, A_value, A_next, A_return } from "../names";
import { TYPE_ERROR, throwErrorWith, throwError, throwTypeError, pendingException, throwValue, takeException } from "../errors";
import { Get, GetV, GetElement, charString } from "./property";
import { Call } from "./call";
import { ToBoolean } from "./conversion";
import { TypeOf } from "./operators";
import { valueForMessage } from "./property-errors";
import { SymbolIterator } from "../builtins/symbol";
import { isIntrinsicArrayIteration, isIntrinsicStringIteration } from "../builtins/iterator-prototypes";
import { PROP_WRITABLE, PROP_ENUMERABLE, PROP_CONFIGURABLE } from "../layout.generated";

/** How a failed GetIterator is worded (V8 words each syntax differently). */
export const ITER_MSG_SYNTAX: i32 = 0; // for-of, array spread, destructuring: "<text> is not iterable"
export const ITER_MSG_CALL_SPREAD: i32 = 1; // f(...x)
export const ITER_MSG_BUILTIN: i32 = 2; // new Map(x), Promise.all(x), ...
/** Flag for `how`: always create the iterator object (yield* calls its methods with arguments). */
export const ITER_NO_FAST_PATH: i32 = 4;

/** Record slot addresses. */
// @ts-ignore: decorator
@inline function recIterator(rec: usize): i64 { return load<i64>(rec); }
// @ts-ignore: decorator
@inline function recNext(rec: usize): i64 { return load<i64>(rec, 8); }

/** Mark record `rec` finished: stepping returns EMPTY, closing does nothing. */
// @ts-ignore: decorator
@inline function finish(rec: usize): void { store<i64>(rec, UNDEFINED); store<i64>(rec, UNDEFINED, 8); }

function notIterable(v: i64, text: usize, how: i32): i64 {
  if (how == ITER_MSG_CALL_SPREAD) {
    if (!isNullish(v)) return throwTypeError("Spread syntax requires ...iterable[Symbol.iterator] to be a function");
    if (text != 0) {
      return throwErrorWith(TYPE_ERROR, "", text, v == NULL
        ? " is not iterable (cannot read property null)" : " is not iterable (cannot read property undefined)");
    }
  }
  if (text != 0 && how != ITER_MSG_BUILTIN) return throwErrorWith(TYPE_ERROR, "", text, " is not iterable");
  // Builtin wording: "number 5 is not iterable (...)", "object is not iterable (...)".
  const sp0 = saveSp();
  pushRoot(v);
  const sb = sbOpen();
  if (isNullish(v)) sbAppendStatic(sb, v == NULL ? "null" : "undefined");
  else {
    sbAppendString(sb, ptr(TypeOf(v)));
    if (!isObject(v) && !isSymbol(v) && !isBigInt(v)) {
      sbAppendStatic(sb, " ");
      const s = valueForMessage(v);
      if (s != 0) sbAppendString(sb, s);
    }
  }
  sbAppendStatic(sb, " is not iterable (cannot read property Symbol(Symbol.iterator))");
  const msg = sbFinish(sb); // pops the builder, which lies below sp0
  restoreSp(sp0);
  return throwError(TYPE_ERROR, msg);
}

/** GetIterator(obj, sync) — §7.4.3, into record `rec` (two rooted slots). Returns UNDEFINED or
 *  EXCEPTION. `text` (a string cell or 0) is the source text naming `v` in the error. */
export function GetIterator(v: i64, rec: usize, text: usize, how: i32): i64 {
  const fast = (how & ITER_NO_FAST_PATH) == 0;
  how &= 3;
  if (fast && isObject(v) && cellKind(ptr(v)) == CELL_ARRAY && isIntrinsicArrayIteration(v)) {
    store<i64>(rec, v); store<i64>(rec, fromF64(0), 8);
    return UNDEFINED;
  }
  if (fast && isString(v) && isIntrinsicStringIteration()) {
    store<i64>(rec, v); store<i64>(rec, fromF64(0), 8);
    return UNDEFINED;
  }
  if (isNullish(v)) return notIterable(v, text, how);
  const sp0 = saveSp();
  pushRoot(v); // a getter for @@iterator may allocate
  const method = GetV(v, SymbolIterator());
  restoreSp(sp0);
  if (method == EXCEPTION) return EXCEPTION;
  if (!isCallable(method)) return notIterable(v, text, how);
  return GetIteratorFromMethod(v, method, rec);
}

/** GetIteratorFromMethod(obj, method) — §7.4.2 (`isAsync`: the @@asyncIterator method). */
export function GetIteratorFromMethod(v: i64, method: i64, rec: usize, isAsync: bool = false): i64 {
  // The iterable and the method are rooted while the method runs (the caller may hold them only
  // in Wasm locals; a collection inside would free the running closure).
  const sp0 = saveSp();
  pushRoot(v);
  pushRoot(method);
  const it = Call(method, v, 0, 0);
  restoreSp(sp0);
  if (it == EXCEPTION) return EXCEPTION;
  if (!isObject(it)) {
    return throwTypeError(isAsync ? "Result of the Symbol.asyncIterator method is not an object"
      : "Result of the Symbol.iterator method is not an object");
  }
  store<i64>(rec, it); // rooted from here on: the record is on the shadow stack
  const next = Get(it, A_next, it);
  if (next == EXCEPTION) return EXCEPTION;
  store<i64>(rec, next, 8);
  return UNDEFINED;
}

/** IteratorStepValue(iteratorRecord) — §7.4.8: the next value, EMPTY when done, or EXCEPTION.
 *  A record whose step threw or finished is left finished (the spec sets [[Done]]). */
export function IteratorStepValue(rec: usize): i64 {
  const it = recIterator(rec);
  const next = recNext(rec);
  if (isNumber(next)) return fastStep(rec, it, <u32>toF64(next));
  if (it == UNDEFINED) return EMPTY;
  if (isIntrinsicCollectionNext(it, next)) {
    const v = iteratorStep(ptr(it));
    if (v == EMPTY) finish(rec);
    return v;
  }
  const r = Call(next, it, 0, 0);
  if (r == EXCEPTION) { finish(rec); return EXCEPTION; }
  if (!isObject(r)) {
    finish(rec);
    return throwResultNotObject(r);
  }
  const sp0 = saveSp();
  pushRoot(r);
  const done = Get(r, A_done, r);
  if (done == EXCEPTION) { restoreSp(sp0); finish(rec); return EXCEPTION; }
  if (ToBoolean(done)) { restoreSp(sp0); finish(rec); return EMPTY; }
  const value = Get(r, A_value, r);
  restoreSp(sp0);
  if (value == EXCEPTION) finish(rec);
  return value;
}

/** TypeError "Iterator result <r> is not an object". */
export function throwResultNotObject(r: i64): i64 {
  const s = valueForMessage(r);
  if (s == 0) return EXCEPTION;
  return throwErrorWith(TYPE_ERROR, "Iterator result ", s, " is not an object");
}

/** One step of the intrinsic array or string iterator, by index. */
function fastStep(rec: usize, target: i64, i: u32): i64 {
  if (isString(target)) {
    const s = ptr(target);
    const n = <u32>strLength(s);
    if (i >= n) { finish(rec); return EMPTY; }
    const c = strCharAt(s, <i32>i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const d = strCharAt(s, <i32>i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        store<i64>(rec, fromF64(<f64>(i + 2)), 8);
        return boxString(strSubstring(s, <i32>i, <i32>i + 2));
      }
    }
    store<i64>(rec, fromF64(<f64>(i + 1)), 8);
    return boxString(charString(c));
  }
  if (i >= arrayLength(ptr(target))) { finish(rec); return EMPTY; }
  store<i64>(rec, fromF64(<f64>(i + 1)), 8);
  const v = GetElement(target, fromF64(<f64>i));
  if (v == EXCEPTION) finish(rec);
  return v;
}

/** IteratorClose(iteratorRecord, normal completion) — §7.4.11: call `return` if the iterator has
 *  one; its errors and a non-object result throw. Returns UNDEFINED or EXCEPTION. */
export function IteratorClose(rec: usize): i64 {
  const it = recIterator(rec);
  const fast = isNumber(recNext(rec));
  finish(rec);
  if (!isObject(it) || fast) return UNDEFINED;
  const sp0 = saveSp();
  pushRoot(it);
  const ret = GetV(it, A_return);
  if (ret == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
  if (isNullish(ret)) { restoreSp(sp0); return UNDEFINED; }
  const r = Call(ret, it, 0, 0);
  restoreSp(sp0);
  if (r == EXCEPTION) return EXCEPTION;
  if (!isObject(r)) return throwResultNotObject(r);
  return UNDEFINED;
}

/** IteratorClose(iteratorRecord, throw completion): `return` is called for its effects, and the
 *  pending exception stays the original one whatever it does. */
export function IteratorCloseOnThrow(rec: usize): void {
  const it = recIterator(rec);
  const fast = isNumber(recNext(rec));
  finish(rec);
  if (!isObject(it) || fast) return;
  const sp0 = saveSp();
  const thrown = takeException();
  pushRoot(thrown);
  pushRoot(it);
  const ret = GetV(it, A_return);
  if (ret != EXCEPTION && !isNullish(ret)) Call(ret, it, 0, 0);
  takeException();
  throwValue(thrown);
  restoreSp(sp0);
}

/** CreateIterResultObject(value, done) — §7.4.14: { value, done }. */
export function CreateIterResultObject(value: i64, done: bool): i64 {
  const sp0 = saveSp();
  pushRoot(value);
  const o = OrdinaryObjectCreate(boxObject(ObjectPrototype));
  pushRoot(boxObject(o));
  const attrs = PROP_WRITABLE | PROP_ENUMERABLE | PROP_CONFIGURABLE;
  addOwnProperty(o, A_value, value, attrs);
  addOwnProperty(o, A_done, fromBool(done), attrs);
  restoreSp(sp0);
  return boxObject(o);
}
