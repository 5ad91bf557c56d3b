// Array.prototype methods that change the receiver in place — ECMA-262 §23.1.3: push, pop, shift,
// unshift, splice, fill, reverse, copyWithin. Each follows the spec's generic steps on array-likes;
// arrays whose holes are plain absences (array-common.ts: isFastArray) move raw element values.
import { OBJ_LENGTH, VEC_DATA } from "../layout.generated";
import { UNDEFINED, EXCEPTION, EMPTY, fromF64, ptr } from "../value";
import { pushRoot, saveSp, restoreSp } from "../heap/stack";
import { arrayLength } from "../object/array";
import { vecGet, vecSet } from "../object/vector";
import { arg, defineMethod } from "./native";
import {
  MAX_SAFE_INTEGER, MAX_ARRAY_LENGTH, MSG_CONVERT, toObject, lengthOf, toInteger, relativeIndex,
  isFastArray, arrayReserve, getIfPresent, getAt, setAt, deleteAt, setLength, createAt,
  ArraySpeciesCreate, throwTooLong,
} from "./array-common";

/** Array.prototype.push(...items) — §23.1.3.23. */
function Array_push(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  const sp0 = saveSp();
  const o = toObject(thisv, MSG_CONVERT);
  if (o == EXCEPTION) return EXCEPTION;
  pushRoot(o);
  const len = lengthOf(o);
  if (len < 0) { restoreSp(sp0); return EXCEPTION; }
  if (len + <f64>argc > MAX_SAFE_INTEGER) { restoreSp(sp0); return throwTooLong(); }
  for (let i = 0; i < argc; i++) {
    if (setAt(o, len + <f64>i, load<i64>(argv + (<usize>i << 3))) == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
  }
  const r = setLength(o, len + <f64>argc);
  restoreSp(sp0);
  return r == EXCEPTION ? EXCEPTION : fromF64(len + <f64>argc);
}

/** Array.prototype.pop() — §23.1.3.22. */
function Array_pop(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  const sp0 = saveSp();
  const o = toObject(thisv, MSG_CONVERT);
  if (o == EXCEPTION) return EXCEPTION;
  pushRoot(o);
  const len = lengthOf(o);
  if (len < 0) { restoreSp(sp0); return EXCEPTION; }
  if (len == 0) {
    const r = setLength(o, 0);
    restoreSp(sp0);
    return r == EXCEPTION ? EXCEPTION : UNDEFINED;
  }
  const v = getAt(o, len - 1);
  if (v == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
  pushRoot(v);
  if (deleteAt(o, len - 1) == EXCEPTION || setLength(o, len - 1) == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
  restoreSp(sp0);
  return v;
}

/** Move `count` elements of array-like `o` from index `from` to index `to` (ascending when
 *  to < from, so overlapping ranges are safe), deleting targets whose source is absent — the
 *  loops shared by shift, unshift, splice and copyWithin. TRUE or EXCEPTION. */
function moveElements(o: i64, from: f64, to: f64, count: f64): i64 {
  if (count <= 0) return 0;
  if (isFastArray(o) && from + count <= MAX_ARRAY_LENGTH && to + count <= MAX_ARRAY_LENGTH) {
    const a = ptr(o);
    const end = <u32>(to > from ? to : from) + <u32>count;
    const els = arrayReserve(a, end);
    memory.copy(els + VEC_DATA + (<usize><u32>to << 3), els + VEC_DATA + (<usize><u32>from << 3), <usize><u32>count << 3);
    if (<f64>arrayLength(a) < to + count) store<u32>(a, <u32>(to + count), OBJ_LENGTH);
    return 0;
  }
  const sp0 = saveSp();
  const up = to > from;
  for (let i: f64 = 0; i < count; i++) {
    const k = up ? count - 1 - i : i;
    const v = getIfPresent(o, from + k);
    if (v == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
    const r = v == EMPTY ? deleteAt(o, to + k) : setAt(o, to + k, v);
    if (r == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
  }
  restoreSp(sp0);
  return 0;
}

/** Delete indices [from, to) from the top down (the tail of shift and splice). */
function deleteRange(o: i64, from: f64, to: f64): i64 {
  for (let k = to; k > from; k--) {
    if (deleteAt(o, k - 1) == EXCEPTION) return EXCEPTION;
  }
  return 0;
}

/** Array.prototype.shift() — §23.1.3.27. */
function Array_shift(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  const sp0 = saveSp();
  const o = toObject(thisv, MSG_CONVERT);
  if (o == EXCEPTION) return EXCEPTION;
  pushRoot(o);
  const len = lengthOf(o);
  if (len < 0) { restoreSp(sp0); return EXCEPTION; }
  if (len == 0) {
    const r = setLength(o, 0);
    restoreSp(sp0);
    return r == EXCEPTION ? EXCEPTION : UNDEFINED;
  }
  const first = getAt(o, 0);
  if (first == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
  pushRoot(first);
  if (moveElements(o, 1, 0, len - 1) == EXCEPTION || deleteAt(o, len - 1) == EXCEPTION ||
      setLength(o, len - 1) == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
  restoreSp(sp0);
  return first;
}

/** Array.prototype.unshift(...items) — §23.1.3.32. */
function Array_unshift(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  const sp0 = saveSp();
  const o = toObject(thisv, MSG_CONVERT);
  if (o == EXCEPTION) return EXCEPTION;
  pushRoot(o);
  const len = lengthOf(o);
  if (len < 0) { restoreSp(sp0); return EXCEPTION; }
  if (argc > 0) {
    if (len + <f64>argc > MAX_SAFE_INTEGER) { restoreSp(sp0); return throwTooLong(); }
    if (moveElements(o, 0, <f64>argc, len) == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
    for (let j = 0; j < argc; j++) {
      if (setAt(o, <f64>j, load<i64>(argv + (<usize>j << 3))) == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
    }
  }
  const r = setLength(o, len + <f64>argc);
  restoreSp(sp0);
  return r == EXCEPTION ? EXCEPTION : fromF64(len + <f64>argc);
}

/** Array.prototype.splice(start, deleteCount, ...items) — §23.1.3.31. */
function Array_splice(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  const sp0 = saveSp();
  const o = toObject(thisv, MSG_CONVERT);
  if (o == EXCEPTION) return EXCEPTION;
  pushRoot(o);
  const len = lengthOf(o);
  if (len < 0) { restoreSp(sp0); return EXCEPTION; }
  const rel = toInteger(arg(argv, argc, 0));
  if (isNaN(rel)) { restoreSp(sp0); return EXCEPTION; }
  const start = relativeIndex(rel, len);
  const itemCount: f64 = argc > 2 ? <f64>(argc - 2) : 0;
  let deleteCount: f64;
  if (argc == 0) deleteCount = 0;
  else if (argc == 1) deleteCount = len - start;
  else {
    const dc = toInteger(load<i64>(argv + 8));
    if (isNaN(dc)) { restoreSp(sp0); return EXCEPTION; }
    deleteCount = dc < 0 ? 0 : (dc < len - start ? dc : len - start);
  }
  if (len + itemCount - deleteCount > MAX_SAFE_INTEGER) { restoreSp(sp0); return throwTooLong(); }
  const a = ArraySpeciesCreate(o, deleteCount);
  if (a == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
  pushRoot(a);
  for (let k: f64 = 0; k < deleteCount; k++) {
    const v = getIfPresent(o, start + k);
    if (v == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
    if (v != EMPTY && createAt(a, k, v) == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
  }
  if (setLength(a, deleteCount) == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
  const tail = len - start - deleteCount;
  if (itemCount != deleteCount) {
    if (moveElements(o, start + deleteCount, start + itemCount, tail) == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
    if (itemCount < deleteCount && deleteRange(o, len - deleteCount + itemCount, len) == EXCEPTION) {
      restoreSp(sp0); return EXCEPTION;
    }
  }
  for (let i = 0; i < argc - 2; i++) {
    if (setAt(o, start + <f64>i, load<i64>(argv + (<usize>(i + 2) << 3))) == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
  }
  const r = setLength(o, len - deleteCount + itemCount);
  restoreSp(sp0);
  return r == EXCEPTION ? EXCEPTION : a;
}

/** Array.prototype.fill(value, start, end) — §23.1.3.7. */
function Array_fill(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  const sp0 = saveSp();
  const o = toObject(thisv, MSG_CONVERT);
  if (o == EXCEPTION) return EXCEPTION;
  pushRoot(o);
  const len = lengthOf(o);
  if (len < 0) { restoreSp(sp0); return EXCEPTION; }
  const rs = toInteger(arg(argv, argc, 1));
  if (isNaN(rs)) { restoreSp(sp0); return EXCEPTION; }
  const endArg = arg(argv, argc, 2);
  const re = endArg == UNDEFINED ? len : toInteger(endArg);
  if (isNaN(re)) { restoreSp(sp0); return EXCEPTION; }
  const value = arg(argv, argc, 0);
  const end = relativeIndex(re, len);
  for (let k = relativeIndex(rs, len); k < end; k++) {
    if (setAt(o, k, value) == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
  }
  restoreSp(sp0);
  return o;
}

/** Array.prototype.reverse() — §23.1.3.26. */
function Array_reverse(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  const sp0 = saveSp();
  const o = toObject(thisv, MSG_CONVERT);
  if (o == EXCEPTION) return EXCEPTION;
  pushRoot(o);
  const len = lengthOf(o);
  if (len < 0) { restoreSp(sp0); return EXCEPTION; }
  if (isFastArray(o)) {
    // Swapping raw values swaps holes too, which is what the generic steps do for absent ones.
    const n = <u32>len;
    const els = arrayReserve(ptr(o), n);
    for (let lo: u32 = 0, hi = n; lo + 1 < hi; lo++) {
      hi--;
      const t = vecGet(els, lo);
      vecSet(els, lo, vecGet(els, hi));
      vecSet(els, hi, t);
    }
    restoreSp(sp0);
    return o;
  }
  const middle = Math.floor(len / 2);
  for (let lower: f64 = 0; lower != middle; lower++) {
    const upper = len - lower - 1;
    const lv = getIfPresent(o, lower);
    if (lv == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
    pushRoot(lv);
    const uv = getIfPresent(o, upper);
    if (uv == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
    pushRoot(uv);
    let r = uv != EMPTY ? setAt(o, lower, uv) : deleteAt(o, lower);
    if (r != EXCEPTION) r = lv != EMPTY ? setAt(o, upper, lv) : deleteAt(o, upper);
    if (r == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
    restoreSp(sp0 - 8); // keep only o
  }
  restoreSp(sp0);
  return o;
}

/** Array.prototype.copyWithin(target, start, end) — §23.1.3.4. */
function Array_copyWithin(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  const sp0 = saveSp();
  const o = toObject(thisv, MSG_CONVERT);
  if (o == EXCEPTION) return EXCEPTION;
  pushRoot(o);
  const len = lengthOf(o);
  if (len < 0) { restoreSp(sp0); return EXCEPTION; }
  const rt = toInteger(arg(argv, argc, 0));
  if (isNaN(rt)) { restoreSp(sp0); return EXCEPTION; }
  const rs = toInteger(arg(argv, argc, 1));
  if (isNaN(rs)) { restoreSp(sp0); return EXCEPTION; }
  const endArg = arg(argv, argc, 2);
  const re = endArg == UNDEFINED ? len : toInteger(endArg);
  if (isNaN(re)) { restoreSp(sp0); return EXCEPTION; }
  const to = relativeIndex(rt, len), from = relativeIndex(rs, len), fin = relativeIndex(re, len);
  let count = fin - from;
  if (len - to < count) count = len - to;
  // moveElements copies downward when to > from, as the spec's direction -1 does.
  const r = moveElements(o, from, to, count);
  restoreSp(sp0);
  return r == EXCEPTION ? EXCEPTION : o;
}

export function initArrayMutate(proto: usize): void {
  defineMethod(proto, "push", 1, Array_push);
  defineMethod(proto, "pop", 0, Array_pop);
  defineMethod(proto, "shift", 0, Array_shift);
  defineMethod(proto, "unshift", 1, Array_unshift);
  defineMethod(proto, "splice", 2, Array_splice);
  defineMethod(proto, "fill", 1, Array_fill);
  defineMethod(proto, "reverse", 0, Array_reverse);
  defineMethod(proto, "copyWithin", 2, Array_copyWithin);
}
