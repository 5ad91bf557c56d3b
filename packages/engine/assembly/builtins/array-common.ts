// Abstract operations shared by the Array builtins (array*.ts): ToObject of the receiver,
// LengthOfArrayLike, property access by integer index with a fast path for dense arrays,
// CreateDataPropertyOrThrow, ArraySpeciesCreate, and node's error messages.
//
// Indices and lengths are f64 (array-likes reach 2^53 - 1). The fast paths apply to CELL_ARRAY
// objects; every helper re-reads the array's length and elements on each call, so a method that
// loops over these helpers stays correct when a callback changes the array.
import { throwSetFailure } from "../ops/property-errors";
import { wellKnownSymbol, WK_SPECIES } from "./symbol";
import {
  CELL_ARRAY, CELL_PRIMITIVE_WRAPPER, CELL_STRING, OBJ_AUX, OBJ_ELEMENTS, PROP_CONFIGURABLE,
  PROP_DEFAULT,
} from "../layout.generated";
import {
  UNDEFINED, NULL, EXCEPTION, EMPTY, TRUE, FALSE, isObject, isString, isSymbol, isNullish, toF64,
  fromF64, boxObject, boxString, ptr,
} from "../value";
import { cellKind } from "../heap/alloc";
import { pushRoot, saveSp, restoreSp } from "../heap/stack";
import { strLength, strCharAt, strToArrayIndex } from "../string/string";
import { intern } from "../string/atoms";
import {
  objProto, findOwn, propAttrs, putOwn, NO_PROP, ownPropList, ownPropEnd, ownPropKey,
} from "../object/object";
import { protoEpoch, noteShapeChange } from "../object/shape";
import {
  ArrayCreate, arrayLength, arrayElements, arrayGet, arraySet, arraySetLength, arrayDenseIndex,
} from "../object/array";
import { vecCapacity, vecGrow, vecSet } from "../object/vector";
import { isConstructor } from "../object/function";
import { A_length, A_constructor } from "../names";
import { TYPE_ERROR, throwErrorWith, throwTypeError, throwRangeError } from "../errors";
import { ToNumber, ToString, ToIntegerOrInfinity, NumberToStringCell } from "../ops/conversion";
import {
  Get, HasProperty, SetOnObject, DeleteProperty, indexKey, charString,
} from "../ops/property";
import { ConstructNamed } from "../ops/call";
import { toObjectForKeys } from "./wrappers";

export const MAX_SAFE_INTEGER: f64 = 9007199254740991;
/** 2^32 - 1: the largest array length; array indices are below it. */
export const MAX_ARRAY_LENGTH: f64 = 4294967295;

export const MSG_CONVERT = "Cannot convert undefined or null to object";

/** %Array%, set by initArray (ArraySpeciesCreate compares against it). */
export let ArrayConstructor: usize = 0;
export function setArrayConstructor(c: usize): void { ArrayConstructor = c; }

// ---- Receiver and numbers ----

/** ToObject(this value) — §7.1.18, with node's message for null/undefined. */
export function toObject(thisv: i64, msg: string): i64 {
  if (isNullish(thisv)) return throwTypeError(msg);
  return toObjectForKeys(thisv);
}

/** IsArray — §7.2.2 (no proxies yet). */
// @ts-ignore: decorator
@inline export function isArray(v: i64): bool {
  return isObject(v) && cellKind(ptr(v)) == CELL_ARRAY;
}

/** ToLength — §7.1.20, on a double. */
export function ToLength(d: f64): f64 {
  const n = ToIntegerOrInfinity(d);
  if (n <= 0) return 0;
  return n < MAX_SAFE_INTEGER ? n : MAX_SAFE_INTEGER;
}

/** ToIntegerOrInfinity(v) of any value; NaN (never a result) signals an exception. */
export function toInteger(v: i64): f64 {
  if (v == UNDEFINED) return 0;
  const n = ToNumber(v);
  if (n == EXCEPTION) return NaN;
  return ToIntegerOrInfinity(toF64(n));
}

/** The relative-index rule of slice, fill, splice...: negative counts back from len, then
 *  clamp to [0, len]. `rel` is an integer or ±∞. */
export function relativeIndex(rel: f64, len: f64): f64 {
  if (rel < 0) { const r = len + rel; return r > 0 ? r : 0; }
  return rel < len ? rel : len;
}

/** The string of a String wrapper object, or 0. */
export function wrappedString(o: usize): usize {
  if (cellKind(o) != CELL_PRIMITIVE_WRAPPER) return 0;
  const v = load<i64>(o, OBJ_AUX);
  return isString(v) ? ptr(v) : 0;
}

/** LengthOfArrayLike(obj) — §7.3.19; -1 with an exception pending. `o` must be rooted. */
export function lengthOf(o: i64): f64 {
  const p = ptr(o);
  if (cellKind(p) == CELL_ARRAY) return <f64>arrayLength(p);
  const s = wrappedString(p);
  if (s != 0) return <f64>strLength(s);
  const v = Get(o, A_length, o);
  if (v == EXCEPTION) return -1;
  const n = ToNumber(v);
  if (n == EXCEPTION) return -1;
  return ToLength(toF64(n));
}

// ---- Index keys and holes ----

/** The property key of integer index `d` (ToString(𝔽(d)) as an atom). */
export function keyFor(d: f64): usize {
  if (d < MAX_ARRAY_LENGTH) return indexKey(<u32>d);
  return intern(NumberToStringCell(d));
}

/** Whether some own named property of `o` has an array-index key. */
function hasIndexKey(o: usize): bool {
  const sp0 = saveSp();
  const list = ownPropList(o);
  const end = ownPropEnd(o);
  let found = false;
  for (let i: u32 = 0; i < end && !found; i++) {
    const k = ownPropKey(o, list, i);
    found = k != 0 && cellKind(k) == CELL_STRING && strToArrayIndex(k) >= 0;
  }
  restoreSp(sp0);
  return found;
}

// The named-key scan of a prototype chain is cached: any key change on an object that serves as
// a prototype bumps protoEpoch. Dense elements of array prototypes are checked on every call.
let cachedEpoch: u32 = 0;
let cachedProto: usize = 0;
let cachedIndexFree: bool = false;

function protoChainIndexFree(o: usize): bool {
  let p = objProto(o);
  if (!isObject(p)) return true;
  const first = ptr(p);
  while (isObject(p)) {
    const q = ptr(p);
    const kind = cellKind(q);
    if (kind == CELL_ARRAY && arrayLength(q) != 0) return false;
    if (kind == CELL_PRIMITIVE_WRAPPER) {
      const s = wrappedString(q);
      if (s != 0 && strLength(s) != 0) return false;
    }
    p = objProto(q);
  }
  if (cachedEpoch == protoEpoch && cachedProto == first) return cachedIndexFree;
  let free = true;
  p = boxObject(first);
  while (isObject(p)) {
    if (hasIndexKey(ptr(p))) { free = false; break; }
    p = objProto(ptr(p));
  }
  cachedEpoch = protoEpoch;
  cachedProto = first;
  cachedIndexFree = free;
  return free;
}

/** For array cell `a`: a hole (EMPTY element) is an absent property, i.e. no index is stored as a
 *  named property of `a` or anywhere on its prototype chain. Then holes can be skipped without
 *  the generic [[HasProperty]]/[[Get]], and elements can be moved as raw values. */
export function holesAbsent(a: usize): bool {
  return !hasIndexKey(a) && protoChainIndexFree(a);
}

/** Whether `o` is an array whose elements can be handled as a raw vector (see holesAbsent). */
export function isFastArray(o: i64): bool {
  return isArray(o) && holesAbsent(ptr(o));
}

/** Make the element vector of array cell `a` hold at least `cap` values (new ones are holes). */
export function arrayReserve(a: usize, cap: u32): usize {
  let els = arrayElements(a);
  const have = vecCapacity(els);
  if (cap > have) {
    const sp0 = saveSp();
    pushRoot(boxObject(a));
    els = vecGrow(els, have, cap, EMPTY);
    store<u32>(a, <u32>els, OBJ_ELEMENTS);
    restoreSp(sp0);
  }
  return els;
}

/** A new array of `len` holes with room for `cap` elements (capacity may stay below the length,
 *  so a huge `Array(n)` costs nothing until it is filled). */
export function newArray(len: u32, cap: u32): usize {
  if (cap >= len) return ArrayCreate(len, len);
  const a = ArrayCreate(0, cap);
  arraySetLength(a, len);
  return a;
}

/** ArrayCreate(len) — §10.4.2.2 as a value: RangeError past 2^32 - 1. Capacity is reserved up to
 *  a bound, for methods that are about to fill the array. */
export function arrayCreateValue(len: f64): i64 {
  if (len > MAX_ARRAY_LENGTH) return throwRangeError("Invalid array length");
  const n = <u32>len;
  return boxObject(newArray(n, n < (1 << 20) ? n : (1 << 20)));
}

// ---- Property access by index ----

/** HasProperty(O, k) then Get(O, k): the value, EMPTY when absent, or EXCEPTION (§23.1.3 loops
 *  that skip holes). `o` must be rooted. */
export function getIfPresent(o: i64, d: f64): i64 {
  const p = ptr(o);
  const kind = cellKind(p);
  if (kind == CELL_ARRAY) {
    if (d < MAX_ARRAY_LENGTH) {
      const e = arrayGet(p, <u32>d);
      if (e != EMPTY) return e;
    }
    if (holesAbsent(p)) return EMPTY;
  } else if (kind == CELL_PRIMITIVE_WRAPPER) {
    const s = wrappedString(p);
    if (s != 0 && d < <f64>strLength(s)) return boxString(charString(strCharAt(s, <i32>d)));
  }
  const key = keyFor(d);
  if (!HasProperty(o, key)) return EMPTY;
  return Get(o, key, o);
}

/** Get(O, ! ToString(𝔽(k))) — holes read as undefined (or what the prototype chain holds). */
export function getAt(o: i64, d: f64): i64 {
  const p = ptr(o);
  const kind = cellKind(p);
  if (kind == CELL_ARRAY) {
    if (d < MAX_ARRAY_LENGTH) {
      const e = arrayGet(p, <u32>d);
      if (e != EMPTY) return e;
    }
    if (holesAbsent(p)) return UNDEFINED;
  } else if (kind == CELL_PRIMITIVE_WRAPPER) {
    const s = wrappedString(p);
    if (s != 0 && d < <f64>strLength(s)) return boxString(charString(strCharAt(s, <i32>d)));
  }
  return Get(o, keyFor(d), o);
}

/** HasProperty(O, ! ToString(𝔽(k))). */
export function hasAt(o: i64, d: f64): bool {
  const p = ptr(o);
  const kind = cellKind(p);
  if (kind == CELL_ARRAY) {
    if (d < MAX_ARRAY_LENGTH && arrayGet(p, <u32>d) != EMPTY) return true;
    if (holesAbsent(p)) return false;
  } else if (kind == CELL_PRIMITIVE_WRAPPER) {
    const s = wrappedString(p);
    if (s != 0 && d < <f64>strLength(s)) return true;
  }
  return HasProperty(o, keyFor(d));
}

/** Set(O, ! ToString(𝔽(k)), v, true) — §7.3.4: TRUE or EXCEPTION. */
export function setAt(o: i64, d: f64, v: i64): i64 {
  const p = ptr(o);
  if (cellKind(p) == CELL_ARRAY && d < MAX_ARRAY_LENGTH && arrayDenseIndex(p, <u32>d)) {
    arraySet(p, <u32>d, v);
    return TRUE;
  }
  const sp0 = saveSp();
  pushRoot(v);
  const key = keyFor(d);
  pushRoot(boxString(key));
  let r = SetOnObject(o, key, v);
  if (r == FALSE) r = throwSetFailure(o, key);
  restoreSp(sp0);
  return r;
}

/** DeletePropertyOrThrow(O, ! ToString(𝔽(k))) — §7.3.10: TRUE or EXCEPTION. */
export function deleteAt(o: i64, d: f64): i64 {
  const p = ptr(o);
  if (cellKind(p) == CELL_ARRAY && d < MAX_ARRAY_LENGTH) {
    const i = <u32>d;
    const els = arrayElements(p);
    if (i < arrayLength(p) && i < vecCapacity(els)) vecSet(els, i, EMPTY);
    if (!hasIndexKey(p)) return TRUE;
  }
  const key = keyFor(d);
  const r = DeleteProperty(o, key);
  if (r == FALSE) return throwErrorWith(TYPE_ERROR, "Cannot delete property '", key, "' of [object Array]");
  return r;
}

/** Set(O, "length", 𝔽(len), true): TRUE or EXCEPTION. */
export function setLength(o: i64, len: f64): i64 {
  const p = ptr(o);
  if (cellKind(p) == CELL_ARRAY) {
    if (len > MAX_ARRAY_LENGTH) return throwRangeError("Invalid array length");
    arraySetLength(p, <u32>len);
    return TRUE;
  }
  const r = SetOnObject(o, A_length, fromF64(len));
  return r == FALSE ? throwSetFailure(o, A_length) : r;
}

/** CreateDataPropertyOrThrow(A, ! ToString(𝔽(k)), v) — §7.3.7: define, not set (no setters run,
 *  read-only inherited properties do not matter). TRUE or EXCEPTION. */
export function createAt(a: i64, d: f64, v: i64): i64 {
  const p = ptr(a);
  const isArr = cellKind(p) == CELL_ARRAY;
  if (isArr && d < MAX_ARRAY_LENGTH && arrayDenseIndex(p, <u32>d)) {
    arraySet(p, <u32>d, v);
    return TRUE;
  }
  const sp0 = saveSp();
  pushRoot(a);
  pushRoot(v);
  const key = keyFor(d);
  const ref = findOwn(p, key);
  if (ref != NO_PROP && propAttrs(ref) != PROP_DEFAULT && (propAttrs(ref) & PROP_CONFIGURABLE) == 0) {
    restoreSp(sp0);
    return throwErrorWith(TYPE_ERROR, "Cannot redefine property: ", key, "");
  }
  if (ref == NO_PROP || propAttrs(ref) != PROP_DEFAULT) noteShapeChange(p);
  putOwn(p, key, v);
  // A sparse index stored as a named property still extends an array's length.
  if (isArr && d < MAX_ARRAY_LENGTH && d >= <f64>arrayLength(p)) arraySetLength(p, <u32>d + 1);
  restoreSp(sp0);
  return TRUE;
}

// ---- Creation ----

/** ArraySpeciesCreate(originalArray, length) — §10.4.2.3. Without Symbol.species, a constructor
 *  found as `constructor` is used directly (what the default @@species getter returns), and a
 *  non-constructor object counts as an undefined species. */
export function ArraySpeciesCreate(o: i64, len: f64): i64 {
  if (!isArray(o)) return arrayCreateValue(len);
  let c = Get(o, A_constructor, o);
  if (c == EXCEPTION) return EXCEPTION;
  if (c == boxObject(ArrayConstructor)) return arrayCreateValue(len); // its species is itself
  const sp0 = saveSp();
  if (isObject(c)) {
    pushRoot(c);
    c = Get(c, wellKnownSymbol(WK_SPECIES), c);
    if (c == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
    if (c == NULL) c = UNDEFINED;
  }
  if (c == UNDEFINED || c == boxObject(ArrayConstructor)) { restoreSp(sp0); return arrayCreateValue(len); }
  if (!isConstructor(c)) {
    restoreSp(sp0);
    return throwTypeError("object.constructor[Symbol.species] is not a constructor");
  }
  pushRoot(c);
  const argv = pushRoot(fromF64(len));
  const r = ConstructNamed(c, argv, 1, 0);
  restoreSp(sp0);
  return r;
}

// ---- Errors ----

/** TypeError "<v> is not a function", worded like V8 for callbacks. */
export function throwNotCallable(v: i64): i64 {
  if (isObject(v)) {
    if (cellKind(ptr(v)) == CELL_ARRAY) return throwTypeError("[object Array] is not a function");
    return throwTypeError("#<Object> is not a function");
  }
  if (isSymbol(v)) return throwTypeError("Symbol() is not a function");
  const sp0 = saveSp();
  const slot = pushRoot(boxString(ToString(v))); // primitives other than symbols: no side effects
  const r = throwErrorWith(TYPE_ERROR, "", ptr(load<i64>(slot)), " is not a function");
  restoreSp(sp0);
  return r;
}

/** TypeError when a result would pass 2^53 - 1 elements. */
export function throwTooLong(): i64 {
  return throwTypeError("Invalid array length");
}

/** Roots of this file's caches, for the collector (heap/roots.ts). */
export function markArrayCaches(): void { markCell(cachedProto); }
import { markCell } from "../heap/gc";
