// %TypedArray%.prototype methods that work on the elements directly — ECMA-262 §23.2.3: at,
// copyWithin, fill, includes, indexOf, lastIndexOf, join, reverse, set, slice, subarray,
// toLocaleString, toReversed, with, entries/keys/values — and the registration of the whole
// prototype in V8's property order (the callback methods and sort are in typed-array-iteration.ts).
import { CELL_TYPED_ARRAY, TA_KIND } from "../layout.generated";
import {
  UNDEFINED, EXCEPTION, TRUE, FALSE, isNumber, isBigInt, isObject, isNullish, toF64, fromF64, fromBool,
  boxObject, boxString, ptr,
} from "../value";
import { pushRoot, saveSp, restoreSp, reserveSlots } from "../heap/stack";
import { internStatic } from "../string/atoms";
import { sbOpen, sbAppendString, sbAppendScratch, sbFinish } from "../string/builder";
import { isConstructor } from "../object/function";
import { throwTypeError, throwRangeError } from "../errors";
import { ToNumber, ToString, ToIntegerOrInfinity } from "../ops/conversion";
import { GetV } from "../ops/property";
import { Call, Construct } from "../ops/call";
import { NumberToString } from "../number/index";
import { bitLength, bigSign, bigLow64 } from "../bigint/bigint";
import {
  isTypedArray, taLength, taKind, taOffset, taBuffer, taGet, taSet, elementAddr, elementSize,
  IsValidIntegerIndex, TypedArraySetElement, toElementNumeric, elementCarrier, sameContentType, isBigIntKind,
  rawLoad, ELEM_BIGINT64,
} from "../ops/typed-array-access";
import { arg, defineMethod } from "./native";
import { toInteger, relativeIndex, lengthOf, getAt } from "./array-common";
import { toObjectOrThrow } from "./object";
import {
  ValidateTypedArray, TypedArraySpeciesCreate, TypedArrayCreate, copyElements, newView,
  constructorKind, kindPrototype,
} from "./typed-array";
import {
  TA_every, TA_some, TA_forEach, TA_map, TA_filter, TA_find, TA_findIndex, TA_findLast,
  TA_findLastIndex, TA_reduce, TA_reduceRight, TA_sort, TA_toSorted,
} from "./typed-array-iteration";
import { CreateArrayIterator, ITER_KIND_KEYS, ITER_KIND_VALUES, ITER_KIND_ENTRIES } from "./iterator-prototypes";
import { SymbolIterator } from "./symbol";
import { defineKeyedValue, ATTR_HIDDEN } from "./native";
import { A_constructor, A_toString } from "../names";
import { putHidden } from "../object/object";
import { ArrayPrototypeToString } from "../realm";
import { Get } from "../ops/property";

/** The relative index argument `v` clamped to [0, len] (NaN with an exception pending). */
function relativeArg(v: i64, len: f64, dflt: f64): f64 {
  if (v == UNDEFINED) return dflt;
  const rel = toInteger(v);
  if (rel != rel) return NaN;
  return relativeIndex(rel, len);
}

/** %TypedArray%.prototype.at(index) — §23.2.3.1. */
function TA_at(c: u32, thisv: i64, argv: usize, argc: i32): i64 {
  const o = ValidateTypedArray(thisv);
  if (o == 0) return EXCEPTION;
  const len = <f64>taLength(o);
  const rel = toInteger(arg(argv, argc, 0));
  if (rel != rel) return EXCEPTION;
  const k = rel >= 0 ? rel : len + rel;
  return k < 0 || k >= <f64>taLength(o) ? UNDEFINED : taGet(o, <u32>k);
}

/** %TypedArray%.prototype.copyWithin(target, start [, end]) — §23.2.3.6. */
function TA_copyWithin(c: u32, thisv: i64, argv: usize, argc: i32): i64 {
  const o = ValidateTypedArray(thisv);
  if (o == 0) return EXCEPTION;
  const len = <f64>taLength(o);
  const to = relativeArg(arg(argv, argc, 0), len, 0);
  if (to != to) return EXCEPTION;
  const from = relativeArg(arg(argv, argc, 1), len, 0);
  if (from != from) return EXCEPTION;
  const last = relativeArg(arg(argv, argc, 2), len, len);
  if (last != last) return EXCEPTION;
  const count = min(last - from, len - to);
  if (count > 0) {
    const size = <usize>elementSize(taKind(o));
    memory.copy(elementAddr(o, <u32>to), elementAddr(o, <u32>from), <usize>count * size);
  }
  return thisv;
}

/** %TypedArray%.prototype.fill(value [, start [, end]]) — §23.2.3.9: ToNumber (ToBigInt) of
 *  value once. */
function TA_fill(c: u32, thisv: i64, argv: usize, argc: i32): i64 {
  const o = ValidateTypedArray(thisv);
  if (o == 0) return EXCEPTION;
  const n = toElementNumeric(taKind(o), arg(argv, argc, 0));
  if (n == EXCEPTION) return EXCEPTION;
  const len = <f64>taLength(o);
  const k = relativeArg(arg(argv, argc, 1), len, 0);
  if (k != k) return EXCEPTION;
  const last = relativeArg(arg(argv, argc, 2), len, len);
  if (last != last) return EXCEPTION;
  const d = elementCarrier(taKind(o), n);
  for (let i = k; i < last; i++) taSet(o, <u32>i, d);
  return thisv;
}

// The three searches (§23.2.3.16 includes, .17 indexOf, .19 lastIndexOf).
const INCLUDES: i32 = 0;
const INDEX_OF: i32 = 1;
const LAST_INDEX_OF: i32 = 2;

function search(op: i32, thisv: i64, argv: usize, argc: i32): i64 {
  const o = ValidateTypedArray(thisv);
  if (o == 0) return EXCEPTION;
  const len = <f64>taLength(o);
  const notFound = op == INCLUDES ? FALSE : fromF64(-1);
  if (len == 0) return notFound;
  let n: f64 = op == LAST_INDEX_OF ? len - 1 : 0;
  if (argc > 1) {
    n = toInteger(arg(argv, argc, 1));
    if (n != n) return EXCEPTION;
  }
  const target = arg(argv, argc, 0);
  const kind = taKind(o);
  if (isBigIntKind(kind)) return searchBigInt(op, o, target, n);
  if (!isNumber(target)) return notFound;
  const t = toF64(target);
  const len2 = <f64>taLength(o);
  if (op == LAST_INDEX_OF) {
    let k = n >= 0 ? min(n, len2 - 1) : len2 + n;
    for (; k >= 0; k--) if (toF64(taGet(o, <u32>k)) == t) return fromF64(k);
    return notFound;
  }
  let k = n >= 0 ? n : max(len2 + n, 0);
  for (; k < len2; k++) {
    const e = toF64(taGet(o, <u32>k));
    if (e == t || (op == INCLUDES && e != e && t != t)) return op == INCLUDES ? TRUE : fromF64(k);
  }
  return notFound;
}

/** search() over BigInt elements: only a BigInt the element type can hold matches, bit for bit. */
function searchBigInt(op: i32, o: usize, target: i64, n: f64): i64 {
  const notFound = op == INCLUDES ? FALSE : fromF64(-1);
  if (!isBigInt(target)) return notFound;
  const kind = taKind(o);
  const t = ptr(target);
  // The element type's range: [-2^63, 2^63) or [0, 2^64); outside it nothing is equal.
  const bits = bitLength(t);
  if (kind == ELEM_BIGINT64 ? bits > 64 || (bits == 64 && (bigSign(t) == 0 || bigLow64(t) != 0x8000000000000000))
    : bits > 64 || bigSign(t) != 0) return notFound;
  const want = bigLow64(t);
  const len = <f64>taLength(o);
  if (op == LAST_INDEX_OF) {
    for (let k = n >= 0 ? min(n, len - 1) : len + n; k >= 0; k--) {
      if (load<u64>(elementAddr(o, <u32>k)) == want) return fromF64(k);
    }
    return notFound;
  }
  for (let k = n >= 0 ? n : max(len + n, 0); k < len; k++) {
    if (load<u64>(elementAddr(o, <u32>k)) == want) return op == INCLUDES ? TRUE : fromF64(k);
  }
  return notFound;
}

function TA_includes(c: u32, thisv: i64, argv: usize, argc: i32): i64 { return search(INCLUDES, thisv, argv, argc); }
function TA_indexOf(c: u32, thisv: i64, argv: usize, argc: i32): i64 { return search(INDEX_OF, thisv, argv, argc); }
function TA_lastIndexOf(c: u32, thisv: i64, argv: usize, argc: i32): i64 { return search(LAST_INDEX_OF, thisv, argv, argc); }

const numScratch = memory.data(64 * 2);

/** %TypedArray%.prototype.join(separator) — §23.2.3.18. */
function TA_join(c: u32, thisv: i64, argv: usize, argc: i32): i64 {
  const o = ValidateTypedArray(thisv);
  if (o == 0) return EXCEPTION;
  const sepv = arg(argv, argc, 0);
  const sep = sepv == UNDEFINED ? internStatic(",") : ToString(sepv);
  if (sep == 0) return EXCEPTION;
  const sp0 = saveSp();
  pushRoot(thisv);
  pushRoot(boxString(sep));
  const sb = sbOpen();
  const len = taLength(o);
  for (let i: u32 = 0; i < len; i++) {
    if (i > 0) sbAppendString(sb, sep);
    const e = taGet(o, i);
    if (isBigInt(e)) {
      const s = ToString(e); // one or two limbs: made without a collection before the digits
      pushRoot(boxString(s));
      sbAppendString(sb, s);
      continue;
    }
    const n = NumberToString(toF64(e), numScratch);
    sbAppendScratch(sb, numScratch, n);
  }
  const r = sbFinish(sb);
  restoreSp(sp0);
  return boxString(r);
}

/** %TypedArray%.prototype.toLocaleString() — §23.2.3.31: each element's toLocaleString(). */
function TA_toLocaleString(c: u32, thisv: i64, argv: usize, argc: i32): i64 {
  const o = ValidateTypedArray(thisv);
  if (o == 0) return EXCEPTION;
  const sp0 = saveSp();
  pushRoot(thisv);
  const sb = sbOpen();
  const len = taLength(o);
  for (let i: u32 = 0; i < len; i++) {
    if (i > 0) sbAppendString(sb, internStatic(","));
    const e = taGet(o, i);
    pushRoot(e); // a BigInt element is a new cell
    const f = GetV(e, internStatic("toLocaleString"));
    const r = f == EXCEPTION ? EXCEPTION : Call(f, e, 0, 0);
    const s = r == EXCEPTION ? 0 : ToString(r);
    if (s == 0) { restoreSp(sp0); return EXCEPTION; }
    sbAppendString(sb, s);
  }
  const r = sbFinish(sb);
  restoreSp(sp0);
  return boxString(r);
}

/** Reverse `n` elements of `o` in place. */
function reverseElements(o: usize): void {
  const len = taLength(o);
  if (len < 2) return;
  const size = <usize>elementSize(taKind(o));
  const tmp = numScratch;
  for (let lo: u32 = 0, hi = len - 1; lo < hi; lo++, hi--) {
    memory.copy(tmp, elementAddr(o, lo), size);
    memory.copy(elementAddr(o, lo), elementAddr(o, hi), size);
    memory.copy(elementAddr(o, hi), tmp, size);
  }
}

/** %TypedArray%.prototype.reverse() — §23.2.3.25. */
function TA_reverse(c: u32, thisv: i64, argv: usize, argc: i32): i64 {
  const o = ValidateTypedArray(thisv);
  if (o == 0) return EXCEPTION;
  reverseElements(o);
  return thisv;
}

/** %TypedArray%.prototype.toReversed() — §23.2.3.32: a reversed copy of the same type. */
function TA_toReversed(c: u32, thisv: i64, argv: usize, argc: i32): i64 {
  const o = ValidateTypedArray(thisv);
  if (o == 0) return EXCEPTION;
  const sp0 = saveSp();
  pushRoot(thisv);
  const a = TypedArrayCreate(taKind(o), <f64>taLength(o));
  restoreSp(sp0);
  if (a == 0) return EXCEPTION;
  copyElements(a, 0, o, taLength(o));
  reverseElements(a);
  return boxObject(a);
}

/** %TypedArray%.prototype.with(index, value) — §23.2.3.36. */
function TA_with(c: u32, thisv: i64, argv: usize, argc: i32): i64 {
  const o = ValidateTypedArray(thisv);
  if (o == 0) return EXCEPTION;
  const len = <f64>taLength(o);
  const rel = toInteger(arg(argv, argc, 0));
  if (rel != rel) return EXCEPTION;
  const actual = rel >= 0 ? rel : len + rel;
  const n = toElementNumeric(taKind(o), arg(argv, argc, 1));
  if (n == EXCEPTION) return EXCEPTION;
  if (!IsValidIntegerIndex(o, actual)) return throwRangeError("Invalid typed array index");
  const sp0 = saveSp();
  pushRoot(thisv);
  pushRoot(n);
  const a = TypedArrayCreate(taKind(o), len);
  restoreSp(sp0);
  if (a == 0) return EXCEPTION;
  copyElements(a, 0, o, taLength(o));
  taSet(a, <u32>actual, elementCarrier(taKind(a), n));
  return boxObject(a);
}

/** %TypedArray%.prototype.set(source [, offset]) — §23.2.3.26 (from a typed array: §23.2.3.26.1,
 *  from an array-like: §23.2.3.26.2). */
function TA_set(c: u32, thisv: i64, argv: usize, argc: i32): i64 {
  const o = ValidateTypedArray(thisv);
  if (o == 0) return EXCEPTION;
  const offset = toInteger(arg(argv, argc, 1));
  if (offset != offset) return EXCEPTION;
  if (offset < 0) return throwRangeError("offset is out of bounds");
  const source = arg(argv, argc, 0);
  const len = <f64>taLength(o);
  if (isTypedArray(source)) {
    const n = taLength(ptr(source));
    if (<f64>n + offset > len) return throwRangeError("offset is out of bounds");
    if (sameContentType(taKind(o), taKind(ptr(source))) == EXCEPTION) return EXCEPTION;
    copyElements(o, <u32>offset, ptr(source), n);
    return UNDEFINED;
  }
  const src = toObjectOrThrow(source);
  if (src == EXCEPTION) return EXCEPTION;
  const sp0 = saveSp();
  pushRoot(src);
  pushRoot(thisv);
  const srcLen = lengthOf(src);
  if (srcLen < 0) { restoreSp(sp0); return EXCEPTION; }
  if (srcLen + offset > len) { restoreSp(sp0); return throwRangeError("offset is out of bounds"); }
  for (let k: f64 = 0; k < srcLen; k++) {
    const v = getAt(src, k);
    if (v == EXCEPTION || TypedArraySetElement(o, offset + k, v) == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
  }
  restoreSp(sp0);
  return UNDEFINED;
}

/** %TypedArray%.prototype.slice(start, end) — §23.2.3.27. */
function TA_slice(c: u32, thisv: i64, argv: usize, argc: i32): i64 {
  const o = ValidateTypedArray(thisv);
  if (o == 0) return EXCEPTION;
  const len = <f64>taLength(o);
  const k = relativeArg(arg(argv, argc, 0), len, 0);
  if (k != k) return EXCEPTION;
  const last = relativeArg(arg(argv, argc, 1), len, len);
  if (last != last) return EXCEPTION;
  const count = last > k ? last - k : 0;
  const sp0 = saveSp();
  pushRoot(thisv);
  const a = TypedArraySpeciesCreate(thisv, count);
  restoreSp(sp0);
  if (a == EXCEPTION) return EXCEPTION;
  const n = <u32>min(count, <f64>taLength(o) - k);
  if (n == 0) return a;
  const ap = ptr(a);
  if (taKind(ap) == taKind(o)) {
    // Same type: a byte copy (SetValueInBuffer of each byte, §23.2.3.27 step 14.b).
    memory.copy(elementAddr(ap, 0), elementAddr(o, <u32>k), <usize>n * elementSize(taKind(o)));
  } else {
    if (sameContentType(taKind(ap), taKind(o)) == EXCEPTION) return EXCEPTION;
    for (let i: u32 = 0; i < n; i++) taSet(ap, i, rawLoad(taKind(o), elementAddr(o, <u32>k + i)));
  }
  return a;
}

/** %TypedArray%.prototype.subarray(start, end) — §23.2.3.30: a view of the same buffer, made by
 *  the species constructor with (buffer, byteOffset, length). */
function TA_subarray(c: u32, thisv: i64, argv: usize, argc: i32): i64 {
  const o = ValidateTypedArray(thisv);
  if (o == 0) return EXCEPTION;
  const len = <f64>taLength(o);
  const begin = relativeArg(arg(argv, argc, 0), len, 0);
  if (begin != begin) return EXCEPTION;
  const end = relativeArg(arg(argv, argc, 1), len, len);
  if (end != end) return EXCEPTION;
  const newLength = end > begin ? end - begin : 0;
  const kind = taKind(o);
  const byteOffset = <f64>taOffset(o) + begin * <f64>elementSize(kind);
  const sp0 = saveSp();
  pushRoot(thisv);
  const ctor = Get(thisv, A_constructor, thisv);
  if (ctor == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
  if (ctor == UNDEFINED || constructorKind(ctor) == <i32>kind) {
    const v = newView(CELL_TYPED_ARRAY, boxObject(kindPrototype(kind)), taBuffer(o), <u32>byteOffset, <u32>newLength);
    store<u32>(v, kind, TA_KIND);
    restoreSp(sp0);
    return boxObject(v);
  }
  if (!isConstructor(ctor)) { restoreSp(sp0); return throwTypeError("object.constructor is not a constructor"); }
  pushRoot(ctor);
  const base = reserveSlots(3);
  store<i64>(base, boxObject(taBuffer(o)));
  store<i64>(base + 8, fromF64(byteOffset));
  store<i64>(base + 16, fromF64(newLength));
  const r = Construct(ctor, base, 3, ctor);
  restoreSp(sp0);
  if (r != EXCEPTION && !isTypedArray(r)) return throwTypeError("this is not a typed array.");
  return r;
}

function iterator(thisv: i64, kind: i64): i64 {
  if (ValidateTypedArray(thisv) == 0) return EXCEPTION;
  return CreateArrayIterator(thisv, kind);
}
/** %TypedArray%.prototype.entries/keys/values() — §23.2.3.7, .20, .35. */
function TA_entries(c: u32, thisv: i64, argv: usize, argc: i32): i64 { return iterator(thisv, ITER_KIND_ENTRIES); }
function TA_keys(c: u32, thisv: i64, argv: usize, argc: i32): i64 { return iterator(thisv, ITER_KIND_KEYS); }
function TA_values(c: u32, thisv: i64, argv: usize, argc: i32): i64 { return iterator(thisv, ITER_KIND_VALUES); }

/** The methods of %TypedArray%.prototype, in V8's order (after the accessors). */
export function initTypedArrayMethods(proto: usize): void {
  defineMethod(proto, "entries", 0, TA_entries);
  defineMethod(proto, "keys", 0, TA_keys);
  const values = defineMethod(proto, "values", 0, TA_values);
  defineKeyedValue(proto, SymbolIterator(), boxObject(values), ATTR_HIDDEN);
  defineMethod(proto, "at", 1, TA_at);
  defineMethod(proto, "copyWithin", 2, TA_copyWithin);
  defineMethod(proto, "every", 1, TA_every);
  defineMethod(proto, "fill", 1, TA_fill);
  defineMethod(proto, "filter", 1, TA_filter);
  defineMethod(proto, "find", 1, TA_find);
  defineMethod(proto, "findIndex", 1, TA_findIndex);
  defineMethod(proto, "findLast", 1, TA_findLast);
  defineMethod(proto, "findLastIndex", 1, TA_findLastIndex);
  defineMethod(proto, "forEach", 1, TA_forEach);
  defineMethod(proto, "includes", 1, TA_includes);
  defineMethod(proto, "indexOf", 1, TA_indexOf);
  defineMethod(proto, "join", 1, TA_join);
  defineMethod(proto, "lastIndexOf", 1, TA_lastIndexOf);
  defineMethod(proto, "map", 1, TA_map);
  defineMethod(proto, "reverse", 0, TA_reverse);
  defineMethod(proto, "reduce", 1, TA_reduce);
  defineMethod(proto, "reduceRight", 1, TA_reduceRight);
  defineMethod(proto, "set", 1, TA_set);
  defineMethod(proto, "slice", 2, TA_slice);
  defineMethod(proto, "some", 1, TA_some);
  defineMethod(proto, "sort", 1, TA_sort);
  defineMethod(proto, "subarray", 2, TA_subarray);
  defineMethod(proto, "toLocaleString", 0, TA_toLocaleString);
  // %TypedArray%.prototype.toString is %Array.prototype.toString% itself (§23.2.3.34).
  putHidden(proto, A_toString, boxObject(ArrayPrototypeToString));
  defineMethod(proto, "toReversed", 0, TA_toReversed);
  defineMethod(proto, "toSorted", 1, TA_toSorted);
  defineMethod(proto, "with", 2, TA_with);
}
