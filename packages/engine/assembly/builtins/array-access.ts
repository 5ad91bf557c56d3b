// Array.prototype methods that read the receiver and build a copy or an answer — ECMA-262
// §23.1.3: slice, concat, join, toString, indexOf, lastIndexOf, includes, at, flat, flatMap,
// toReversed, toSpliced, with.
import { VEC_DATA } from "../layout.generated";
import { setArrayPrototypeToString } from "../realm";
import {
  UNDEFINED, EXCEPTION, EMPTY, FALSE, TRUE, isNumber, isNullish, toF64, fromF64, boxObject,
  boxString, ptr, isObject,
} from "../value";

import { pushRoot, saveSp, restoreSp, reserveSlots } from "../heap/stack";
import { arrayLength, arrayElements } from "../object/array";
import { vecCapacity } from "../object/vector";
import { isCallable } from "../object/function";
import { A_empty } from "../names";
import { RANGE_ERROR, throwErrorWith, throwTypeError, throwRangeError } from "../errors";
import { ToString, NumberToStringCell, ToBoolean } from "../ops/conversion";
import { IsStrictlyEqual, SameValueZero } from "../ops/operators";
import { Get, GetV } from "../ops/property";
import { Call } from "../ops/call";
import { internStatic } from "../string/atoms";
import { sbOpen, sbAppendString, sbFinish, sbDiscard } from "../string/builder";
import { arg, defineMethod } from "./native";
import { builtinTag } from "./wrappers";
import { wellKnownSymbol, WK_IS_CONCAT_SPREADABLE } from "./symbol";
import {
  MAX_SAFE_INTEGER, MAX_ARRAY_LENGTH, MSG_CONVERT, toObject, isArray, lengthOf, toInteger,
  relativeIndex, isFastArray, arrayReserve, arrayCreateValue, getIfPresent, getAt, createAt,
  setLength, ArraySpeciesCreate, throwTooLong,
} from "./array-common";

/** Copy elements [from, from + count) of fast array `src` to fresh array `dst` at `at`: holes
 *  stay holes, as the generic HasProperty/CreateDataProperty loop leaves them. */
function copyDense(dst: usize, at: u32, src: usize, from: u32, count: u32): void {
  const scap = vecCapacity(arrayElements(src));
  const n = from >= scap ? 0 : (scap - from < count ? scap - from : count); // the rest are holes
  if (n > 0) {
    const dels = arrayReserve(dst, at + n); // may allocate; src is rooted by the caller
    memory.copy(dels + VEC_DATA + (<usize>at << 3), arrayElements(src) + VEC_DATA + (<usize>from << 3), <usize>n << 3);
  }
  if (arrayLength(dst) < at + count) setLength(boxObject(dst), <f64>(at + count));
}

/** Array.prototype.slice(start, end) — §23.1.3.28. */
function Array_slice(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  const sp0 = saveSp();
  const o = toObject(thisv, MSG_CONVERT);
  if (o == EXCEPTION) return EXCEPTION;
  pushRoot(o);
  const len = lengthOf(o);
  if (len < 0) { restoreSp(sp0); return EXCEPTION; }
  const rs = toInteger(arg(argv, argc, 0));
  if (isNaN(rs)) { restoreSp(sp0); return EXCEPTION; }
  const endArg = arg(argv, argc, 1);
  const re = endArg == UNDEFINED ? len : toInteger(endArg);
  if (isNaN(re)) { restoreSp(sp0); return EXCEPTION; }
  const k = relativeIndex(rs, len), fin = relativeIndex(re, len);
  const count = fin > k ? fin - k : 0;
  const a = ArraySpeciesCreate(o, count);
  if (a == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
  pushRoot(a);
  if (isFastArray(o) && isArray(a) && arrayLength(ptr(a)) == <u32>count && fin <= <f64>arrayLength(ptr(o))) {
    copyDense(ptr(a), 0, ptr(o), <u32>k, <u32>count);
    restoreSp(sp0);
    return a;
  }
  for (let n: f64 = 0; n < count; n++) {
    const v = getIfPresent(o, k + n);
    if (v == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
    if (v != EMPTY && createAt(a, n, v) == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
  }
  const r = setLength(a, count);
  restoreSp(sp0);
  return r == EXCEPTION ? EXCEPTION : a;
}

/** IsConcatSpreadable(O) — §23.1.3.1.1: 1 yes, 0 no, -1 with an exception pending. */
function IsConcatSpreadable(o: i64): i32 {
  if (!isObject(o)) return 0;
  const spreadable = Get(o, wellKnownSymbol(WK_IS_CONCAT_SPREADABLE), o);
  if (spreadable == EXCEPTION) return -1;
  if (spreadable != UNDEFINED) return ToBoolean(spreadable) ? 1 : 0;
  return isArray(o) ? 1 : 0;
}

/** Array.prototype.concat(...items) — §23.1.3.1. */
function Array_concat(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  const sp0 = saveSp();
  const o = toObject(thisv, "Array.prototype.concat called on null or undefined");
  if (o == EXCEPTION) return EXCEPTION;
  pushRoot(o);
  const a = ArraySpeciesCreate(o, 0);
  if (a == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
  pushRoot(a);
  let n: f64 = 0;
  for (let i = -1; i < argc; i++) {
    const e = i < 0 ? o : load<i64>(argv + (<usize>i << 3));
    const spreadable = IsConcatSpreadable(e);
    if (spreadable < 0) { restoreSp(sp0); return EXCEPTION; }
    if (spreadable == 0) {
      if (n >= MAX_SAFE_INTEGER) { restoreSp(sp0); return throwTooLong(); }
      if (createAt(a, n, e) == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
      n++;
      continue;
    }
    const len = lengthOf(e);
    if (len < 0) { restoreSp(sp0); return EXCEPTION; }
    if (n + len > MAX_SAFE_INTEGER) { restoreSp(sp0); return throwTooLong(); }
    if (isFastArray(e) && isArray(a) && n + len <= MAX_ARRAY_LENGTH && <f64>arrayLength(ptr(a)) == n) {
      copyDense(ptr(a), <u32>n, ptr(e), 0, <u32>len);
      n += len;
      continue;
    }
    for (let k: f64 = 0; k < len; k++, n++) {
      const v = getIfPresent(e, k);
      if (v == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
      if (v != EMPTY && createAt(a, n, v) == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
    }
  }
  const r = setLength(a, n);
  restoreSp(sp0);
  return r == EXCEPTION ? EXCEPTION : a;
}

// Objects being joined, innermost last: V8 turns a cycle into "" instead of overflowing.
const JOIN_DEPTH: i32 = 64;
const joinStack = memory.data(JOIN_DEPTH * 4);
let joinDepth: i32 = 0;

function joining(o: usize): bool {
  const n = joinDepth < JOIN_DEPTH ? joinDepth : JOIN_DEPTH;
  for (let i = 0; i < n; i++) if (<usize>load<u32>(joinStack + (<usize>i << 2)) == o) return true;
  return false;
}

/** Array.prototype.join(separator) — §23.1.3.18: null, undefined and holes join as "". */
function Array_join(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  const sp0 = saveSp();
  const o = toObject(thisv, MSG_CONVERT);
  if (o == EXCEPTION) return EXCEPTION;
  pushRoot(o);
  const len = lengthOf(o);
  if (len < 0) { restoreSp(sp0); return EXCEPTION; }
  const sepArg = arg(argv, argc, 0);
  const sep = sepArg == UNDEFINED ? internStatic(",") : ToString(sepArg);
  if (sep == 0) { restoreSp(sp0); return EXCEPTION; }
  pushRoot(boxString(sep));
  if (joining(ptr(o))) { restoreSp(sp0); return boxString(A_empty); }
  if (joinDepth < JOIN_DEPTH) store<u32>(joinStack + (<usize>joinDepth << 2), <u32>ptr(o));
  joinDepth++;
  const sb = sbOpen();
  let ok = true;
  for (let k: f64 = 0; k < len; k++) {
    if (k > 0) sbAppendString(sb, sep);
    const v = getAt(o, k);
    if (v == EXCEPTION) { ok = false; break; }
    if (isNullish(v)) continue;
    const s = ToString(v);
    if (s == 0) { ok = false; break; }
    const spi = saveSp();
    pushRoot(boxString(s)); // appending may allocate
    sbAppendString(sb, s);
    restoreSp(spi);
  }
  joinDepth--;
  if (!ok) { sbDiscard(sb); restoreSp(sp0); return EXCEPTION; }
  const r = sbFinish(sb);
  restoreSp(sp0);
  return boxString(r);
}

/** Array.prototype.toString() — §23.1.3.36: join, or Object.prototype.toString without one. */
function Array_toString(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  const sp0 = saveSp();
  const o = toObject(thisv, MSG_CONVERT);
  if (o == EXCEPTION) return EXCEPTION;
  pushRoot(o);
  const join = GetV(o, internStatic("join"));
  if (join == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
  const r = isCallable(join) ? Call(join, o, 0, 0) : boxString(builtinTag(o));
  restoreSp(sp0);
  return r;
}

/** The start index of indexOf/includes: -1 when the search is empty, NaN on exception. */
function searchStart(v: i64, len: f64): f64 {
  const n = toInteger(v);
  if (isNaN(n)) return NaN;
  if (n == Infinity) return -1;
  if (n >= 0) return n;
  const k = len + n;
  return k > 0 ? k : 0;
}

/** Array.prototype.indexOf(searchElement, fromIndex) — §23.1.3.17 (IsStrictlyEqual, skips holes). */
function Array_indexOf(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  const sp0 = saveSp();
  const o = toObject(thisv, "Array.prototype.indexOf called on null or undefined");
  if (o == EXCEPTION) return EXCEPTION;
  pushRoot(o);
  const len = lengthOf(o);
  if (len <= 0) { restoreSp(sp0); return len < 0 ? EXCEPTION : fromF64(-1); }
  let k = searchStart(arg(argv, argc, 1), len);
  if (isNaN(k)) { restoreSp(sp0); return EXCEPTION; }
  const target = arg(argv, argc, 0);
  for (; k >= 0 && k < len; k++) {
    const v = getIfPresent(o, k);
    if (v == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
    if (v != EMPTY && IsStrictlyEqual(v, target)) { restoreSp(sp0); return fromF64(k); }
  }
  restoreSp(sp0);
  return fromF64(-1);
}

/** Array.prototype.lastIndexOf(searchElement, fromIndex) — §23.1.3.20. */
function Array_lastIndexOf(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  const sp0 = saveSp();
  const o = toObject(thisv, MSG_CONVERT);
  if (o == EXCEPTION) return EXCEPTION;
  pushRoot(o);
  const len = lengthOf(o);
  if (len <= 0) { restoreSp(sp0); return len < 0 ? EXCEPTION : fromF64(-1); }
  let k = len - 1;
  if (argc > 1) {
    const n = toInteger(load<i64>(argv + 8));
    if (isNaN(n)) { restoreSp(sp0); return EXCEPTION; }
    k = n >= 0 ? (n < len - 1 ? n : len - 1) : len + n;
  }
  const target = arg(argv, argc, 0);
  for (; k >= 0; k--) {
    const v = getIfPresent(o, k);
    if (v == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
    if (v != EMPTY && IsStrictlyEqual(v, target)) { restoreSp(sp0); return fromF64(k); }
  }
  restoreSp(sp0);
  return fromF64(-1);
}

/** Array.prototype.includes(searchElement, fromIndex) — §23.1.3.16 (SameValueZero; holes read
 *  as undefined). */
function Array_includes(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  const sp0 = saveSp();
  const o = toObject(thisv, MSG_CONVERT);
  if (o == EXCEPTION) return EXCEPTION;
  pushRoot(o);
  const len = lengthOf(o);
  if (len <= 0) { restoreSp(sp0); return len < 0 ? EXCEPTION : FALSE; }
  let k = searchStart(arg(argv, argc, 1), len);
  if (isNaN(k)) { restoreSp(sp0); return EXCEPTION; }
  const target = arg(argv, argc, 0);
  for (; k >= 0 && k < len; k++) {
    const v = getAt(o, k);
    if (v == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
    if (SameValueZero(v, target)) { restoreSp(sp0); return TRUE; }
  }
  restoreSp(sp0);
  return FALSE;
}

/** Array.prototype.at(index) — §23.1.3.2. */
function Array_at(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  const sp0 = saveSp();
  const o = toObject(thisv, MSG_CONVERT);
  if (o == EXCEPTION) return EXCEPTION;
  pushRoot(o);
  const len = lengthOf(o);
  if (len < 0) { restoreSp(sp0); return EXCEPTION; }
  const rel = toInteger(arg(argv, argc, 0));
  if (isNaN(rel)) { restoreSp(sp0); return EXCEPTION; }
  const k = rel >= 0 ? rel : len + rel;
  const r = k < 0 || k >= len ? UNDEFINED : getAt(o, k);
  restoreSp(sp0);
  return r;
}

// FlattenIntoArray recurses once per nesting level; past this depth it throws like a stack overflow.
let flattenDepth: i32 = 0;

/** FlattenIntoArray(target, source, sourceLen, start, depth, mapper, thisArg) — §23.1.3.13.1.
 *  Returns the next target index, or -1 with an exception pending. `args` is 3 reserved slots
 *  for the mapper's arguments. All values must be rooted. */
function FlattenIntoArray(target: i64, source: i64, sourceLen: f64, start: f64, depth: f64,
                          mapper: i64, thisArg: i64, args: usize): f64 {
  if (++flattenDepth > 10000) {
    flattenDepth--;
    throwRangeError("Maximum call stack size exceeded");
    return -1;
  }
  const sp0 = saveSp();
  let t = start;
  for (let k: f64 = 0; k < sourceLen; k++) {
    let e = getIfPresent(source, k);
    if (e == EXCEPTION) { t = -1; break; }
    if (e == EMPTY) continue;
    if (mapper != UNDEFINED) {
      store<i64>(args, e);
      store<i64>(args, fromF64(k), 8);
      store<i64>(args, source, 16);
      e = Call(mapper, thisArg, args, 3);
      if (e == EXCEPTION) { t = -1; break; }
    }
    if (depth > 0 && isArray(e)) {
      pushRoot(e);
      t = FlattenIntoArray(target, e, <f64>arrayLength(ptr(e)), t, depth - 1, UNDEFINED, UNDEFINED, args);
      restoreSp(sp0);
      if (t < 0) break;
    } else {
      if (t >= MAX_SAFE_INTEGER) { throwTooLong(); t = -1; break; }
      if (createAt(target, t, e) == EXCEPTION) { t = -1; break; }
      t++;
    }
  }
  restoreSp(sp0);
  flattenDepth--;
  return t;
}

/** Array.prototype.flat(depth) — §23.1.3.13. */
function Array_flat(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  const sp0 = saveSp();
  const o = toObject(thisv, MSG_CONVERT);
  if (o == EXCEPTION) return EXCEPTION;
  pushRoot(o);
  const len = lengthOf(o);
  if (len < 0) { restoreSp(sp0); return EXCEPTION; }
  let depth: f64 = 1;
  const d = arg(argv, argc, 0);
  if (d != UNDEFINED) {
    depth = toInteger(d);
    if (isNaN(depth)) { restoreSp(sp0); return EXCEPTION; }
    if (depth < 0) depth = 0;
  }
  const a = ArraySpeciesCreate(o, 0);
  if (a == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
  pushRoot(a);
  const args = reserveSlots(3);
  const r = FlattenIntoArray(a, o, len, 0, depth, UNDEFINED, UNDEFINED, args);
  restoreSp(sp0);
  return r < 0 ? EXCEPTION : a;
}

/** Array.prototype.flatMap(mapper, thisArg) — §23.1.3.14. */
function Array_flatMap(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  const sp0 = saveSp();
  const o = toObject(thisv, MSG_CONVERT);
  if (o == EXCEPTION) return EXCEPTION;
  pushRoot(o);
  const len = lengthOf(o);
  if (len < 0) { restoreSp(sp0); return EXCEPTION; }
  const mapper = arg(argv, argc, 0);
  if (!isCallable(mapper)) { restoreSp(sp0); return throwTypeError("flatMap mapper function is not callable"); }
  const a = ArraySpeciesCreate(o, 0);
  if (a == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
  pushRoot(a);
  const args = reserveSlots(3);
  const r = FlattenIntoArray(a, o, len, 0, 1, mapper, arg(argv, argc, 1), args);
  restoreSp(sp0);
  return r < 0 ? EXCEPTION : a;
}

/** Array.prototype.toReversed() — §23.1.3.33: holes read as undefined. */
function Array_toReversed(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  const sp0 = saveSp();
  const o = toObject(thisv, MSG_CONVERT);
  if (o == EXCEPTION) return EXCEPTION;
  pushRoot(o);
  const len = lengthOf(o);
  if (len < 0) { restoreSp(sp0); return EXCEPTION; }
  const a = arrayCreateValue(len);
  if (a == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
  pushRoot(a);
  for (let k: f64 = 0; k < len; k++) {
    const v = getAt(o, len - k - 1);
    if (v == EXCEPTION || createAt(a, k, v) == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
  }
  restoreSp(sp0);
  return a;
}

/** Array.prototype.toSpliced(start, skipCount, ...items) — §23.1.3.35. */
function Array_toSpliced(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  const sp0 = saveSp();
  const o = toObject(thisv, MSG_CONVERT);
  if (o == EXCEPTION) return EXCEPTION;
  pushRoot(o);
  const len = lengthOf(o);
  if (len < 0) { restoreSp(sp0); return EXCEPTION; }
  const rel = toInteger(arg(argv, argc, 0));
  if (isNaN(rel)) { restoreSp(sp0); return EXCEPTION; }
  const start = relativeIndex(rel, len);
  const insertCount: f64 = argc > 2 ? <f64>(argc - 2) : 0;
  let skip: f64;
  if (argc == 0) skip = 0;
  else if (argc == 1) skip = len - start;
  else {
    const sc = toInteger(load<i64>(argv + 8));
    if (isNaN(sc)) { restoreSp(sp0); return EXCEPTION; }
    skip = sc < 0 ? 0 : (sc < len - start ? sc : len - start);
  }
  const newLen = len + insertCount - skip;
  if (newLen > MAX_SAFE_INTEGER) { restoreSp(sp0); return throwTooLong(); }
  const a = arrayCreateValue(newLen);
  if (a == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
  pushRoot(a);
  let i: f64 = 0;
  for (; i < start; i++) {
    const v = getAt(o, i);
    if (v == EXCEPTION || createAt(a, i, v) == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
  }
  for (let j = 2; j < argc; j++, i++) {
    if (createAt(a, i, load<i64>(argv + (<usize>j << 3))) == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
  }
  for (let r = start + skip; i < newLen; i++, r++) {
    const v = getAt(o, r);
    if (v == EXCEPTION || createAt(a, i, v) == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
  }
  restoreSp(sp0);
  return a;
}

/** Array.prototype.with(index, value) — §23.1.3.39. */
function Array_with(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  const sp0 = saveSp();
  const o = toObject(thisv, MSG_CONVERT);
  if (o == EXCEPTION) return EXCEPTION;
  pushRoot(o);
  const len = lengthOf(o);
  if (len < 0) { restoreSp(sp0); return EXCEPTION; }
  const rel = toInteger(arg(argv, argc, 0));
  if (isNaN(rel)) { restoreSp(sp0); return EXCEPTION; }
  const idx = rel >= 0 ? rel : len + rel;
  if (idx >= len || idx < 0) {
    restoreSp(sp0);
    const given = arg(argv, argc, 0); // node names the index as given when it is a number
    const slot = pushRoot(boxString(NumberToStringCell(isNumber(given) ? toF64(given) : rel)));
    const r = throwErrorWith(RANGE_ERROR, "Invalid index : ", ptr(load<i64>(slot)), "");
    restoreSp(sp0);
    return r;
  }
  const a = arrayCreateValue(len);
  if (a == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
  pushRoot(a);
  const value = arg(argv, argc, 1);
  for (let k: f64 = 0; k < len; k++) {
    const v = k == idx ? value : getAt(o, k);
    if (v == EXCEPTION || createAt(a, k, v) == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
  }
  restoreSp(sp0);
  return a;
}

export function initArrayAccess(proto: usize): void {
  defineMethod(proto, "at", 1, Array_at);
  defineMethod(proto, "concat", 1, Array_concat);
  defineMethod(proto, "slice", 2, Array_slice);
  defineMethod(proto, "join", 1, Array_join);
  setArrayPrototypeToString(defineMethod(proto, "toString", 0, Array_toString));
  defineMethod(proto, "indexOf", 1, Array_indexOf);
  defineMethod(proto, "lastIndexOf", 1, Array_lastIndexOf);
  defineMethod(proto, "includes", 1, Array_includes);
  defineMethod(proto, "flat", 0, Array_flat);
  defineMethod(proto, "flatMap", 1, Array_flatMap);
  defineMethod(proto, "toReversed", 0, Array_toReversed);
  defineMethod(proto, "toSpliced", 2, Array_toSpliced);
  defineMethod(proto, "with", 2, Array_with);
}
