// The iterator intrinsics — ECMA-262 §27.1.2 %IteratorPrototype%, §23.1.5 %ArrayIteratorPrototype%
// with Array.prototype.keys/values/entries/[@@iterator], and §22.1.5 %StringIteratorPrototype%
// with String.prototype[@@iterator]. An array or string iterator is a CELL_ITERATOR object whose
// OBJ_AUX is a vector [iterated object (undefined once done), next index, kind].
import { CELL_ITERATOR, CELL_ARRAY, OBJ_AUX, OBJ_AUX_BYTES } from "../layout.generated";
import { UNDEFINED, EXCEPTION, isNullish, isObject, boxObject, boxString, fromF64, ptr } from "../value";
import { cellKind } from "../heap/alloc";
import { pushRoot, saveSp, restoreSp } from "../heap/stack";
import { markCell } from "../heap/gc";
import { newVector, vecGet, vecSet } from "../object/vector";
import { allocObject, OrdinaryObjectCreate, objProto, findOwn, ownValue, propAttrs, NO_PROP } from "../object/object";
import { arrayLength, ArrayCreate, arraySet } from "../object/array";
import { ObjectPrototype, ArrayPrototype, StringPrototype } from "../realm";
import { A_next } from "../names";
import { throwTypeError } from "../errors";
import { PROP_ACCESSOR } from "../layout.generated";
import { strLength, strCharAt, strSubstring } from "../string/string";
import { GetElement, charString } from "../ops/property";
import { ToString } from "../ops/conversion";
import { CreateIterResultObject } from "../ops/iteration";
import { lengthOf } from "./array-common";
import { ATTR_HIDDEN, defineMethod, defineKeyedMethod, defineKeyedValue } from "./native";
import { SymbolIterator, defineToStringTag } from "./symbol";
import { protoEpoch, rootShapeFor } from "../object/shape";

export const ITER_KIND_KEYS: i64 = 0;
export const ITER_KIND_VALUES: i64 = 1;
export const ITER_KIND_ENTRIES: i64 = 2;

/** %IteratorPrototype%, %ArrayIteratorPrototype%, %StringIteratorPrototype% and the original
 *  functions whose presence makes array/string iteration intrinsic (ops/iteration.ts). */
export let IteratorPrototype: usize = 0;
let ArrayIteratorPrototype: usize = 0;
let StringIteratorPrototype: usize = 0;
let arrayValues: usize = 0;
let arrayIteratorNext: usize = 0;
let stringIterator: usize = 0;
let stringIteratorNext: usize = 0;

/** The original %Array.prototype.values% (also arguments objects' @@iterator). */
export function arrayValuesFunction(): usize { return arrayValues; }

export function markIteratorRoots(): void {
  markCell(IteratorPrototype); markCell(ArrayIteratorPrototype); markCell(StringIteratorPrototype);
  markCell(arrayValues); markCell(arrayIteratorNext); markCell(stringIterator); markCell(stringIteratorNext);
}

/** Where the four properties that make iteration intrinsic are, found at `refsEpoch` (0: not
 *  yet). A for-of over an array asks at every loop start; a prototype's keys changing bumps
 *  protoEpoch (object/shape.ts), so until then the property refs stay valid and only the values
 *  are read again (a plain assignment changes a value, not the keys). */
let refsEpoch: u32 = 0;
let arrayIteratorRef: i64 = NO_PROP, arrayNextRef: i64 = NO_PROP;
let stringIteratorRef: i64 = NO_PROP, stringNextRef: i64 = NO_PROP;

function findIterationRefs(): void {
  // No allocation here: callers hold the iterated value unrooted (the holders became prototype
  // roots in initIterators).
  arrayIteratorRef = findOwn(ArrayPrototype, SymbolIterator());
  arrayNextRef = findOwn(ArrayIteratorPrototype, A_next);
  stringIteratorRef = findOwn(StringPrototype, SymbolIterator());
  stringNextRef = findOwn(StringIteratorPrototype, A_next);
  refsEpoch = protoEpoch;
}

/** Whether property `ref` of `o` is a data property holding function `fn`. */
function holds(o: usize, ref: i64, fn: usize): bool {
  return ref != NO_PROP && (propAttrs(ref) & PROP_ACCESSOR) == 0 && ownValue(o, ref) == boxObject(fn);
}

/** Whether iterating array `v` is the intrinsic iteration: no own @@iterator, Array.prototype as
 *  prototype with its original @@iterator, and the original %ArrayIteratorPrototype%.next. */
export function isIntrinsicArrayIteration(v: i64): bool {
  const a = ptr(v);
  if (objProto(a) != boxObject(ArrayPrototype) || findOwn(a, SymbolIterator()) != NO_PROP) return false;
  if (refsEpoch != protoEpoch) findIterationRefs();
  return holds(ArrayPrototype, arrayIteratorRef, arrayValues) && holds(ArrayIteratorPrototype, arrayNextRef, arrayIteratorNext);
}

/** Whether iterating a string primitive is the intrinsic iteration. */
export function isIntrinsicStringIteration(): bool {
  if (refsEpoch != protoEpoch) findIterationRefs();
  return holds(StringPrototype, stringIteratorRef, stringIterator) && holds(StringIteratorPrototype, stringNextRef, stringIteratorNext);
}

/** A new iterator over `target` with kind `kind` and prototype `proto`. */
function newIndexIterator(target: i64, kind: i64, proto: usize): i64 {
  const sp0 = saveSp();
  pushRoot(target);
  const it = allocObject(CELL_ITERATOR, OBJ_AUX_BYTES, boxObject(proto));
  pushRoot(boxObject(it));
  const state = newVector(3);
  vecSet(state, 0, target);
  vecSet(state, 1, fromF64(0));
  vecSet(state, 2, kind);
  store<i64>(it, boxObject(state), OBJ_AUX);
  restoreSp(sp0);
  return boxObject(it);
}

/** CreateArrayIterator(array, kind) — §23.1.5.1 (also used for typed arrays and array-likes). */
export function CreateArrayIterator(target: i64, kind: i64): i64 {
  return newIndexIterator(target, kind, ArrayIteratorPrototype);
}

/** The state vector of iterator `thisv` made with prototype `proto`, or 0 after a TypeError. */
function iteratorState(thisv: i64, proto: usize, what: string): usize {
  if (isObject(thisv) && cellKind(ptr(thisv)) == CELL_ITERATOR) {
    const state = ptr(load<i64>(ptr(thisv), OBJ_AUX));
    // Array and string iterators share the cell kind; the kind slot tells them apart.
    const isString = vecGet(state, 2) == -1;
    if (isString == (proto == StringIteratorPrototype)) return state;
  }
  throwTypeError(what);
  return 0;
}

/** %ArrayIteratorPrototype%.next() — §23.1.5.2.1. */
function ArrayIterator_next(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  const state = iteratorState(thisv, ArrayIteratorPrototype,
    "Method Array Iterator.prototype.next called on incompatible receiver");
  if (state == 0) return EXCEPTION;
  const target = vecGet(state, 0);
  if (target == UNDEFINED) return CreateIterResultObject(UNDEFINED, true);
  const i = <u32>reinterpret<f64>(vecGet(state, 1));
  const sp0 = saveSp();
  pushRoot(boxObject(state));
  let len: f64;
  if (isObject(target) && cellKind(ptr(target)) == CELL_ARRAY) len = <f64>arrayLength(ptr(target));
  else {
    len = lengthOf(target);
    if (len < 0) { restoreSp(sp0); return EXCEPTION; }
  }
  if (<f64>i >= len) {
    vecSet(state, 0, UNDEFINED);
    restoreSp(sp0);
    return CreateIterResultObject(UNDEFINED, true);
  }
  vecSet(state, 1, fromF64(<f64>(i + 1)));
  const kind = vecGet(state, 2);
  let result = fromF64(<f64>i);
  if (kind != ITER_KIND_KEYS) {
    const v = GetElement(target, fromF64(<f64>i));
    if (v == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
    result = v;
    if (kind == ITER_KIND_ENTRIES) {
      pushRoot(v);
      const pair = ArrayCreate(2, 2);
      arraySet(pair, 0, fromF64(<f64>i));
      arraySet(pair, 1, v);
      result = boxObject(pair);
    }
  }
  restoreSp(sp0);
  return CreateIterResultObject(result, false);
}

/** %StringIteratorPrototype%.next() — §22.1.5.1.1: by code point. */
function StringIterator_next(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  const state = iteratorState(thisv, StringIteratorPrototype,
    "Method String Iterator.prototype.next called on incompatible receiver");
  if (state == 0) return EXCEPTION;
  const target = vecGet(state, 0);
  if (target == UNDEFINED) return CreateIterResultObject(UNDEFINED, true);
  const s = ptr(target);
  const i = <i32>reinterpret<f64>(vecGet(state, 1));
  const n = strLength(s);
  if (i >= n) { vecSet(state, 0, UNDEFINED); return CreateIterResultObject(UNDEFINED, true); }
  let end = i + 1;
  const c = strCharAt(s, i);
  if (c >= 0xd800 && c <= 0xdbff && end < n) {
    const d = strCharAt(s, end);
    if (d >= 0xdc00 && d <= 0xdfff) end++;
  }
  vecSet(state, 1, fromF64(<f64>end));
  const sp0 = saveSp();
  pushRoot(boxObject(state));
  const piece = end == i + 1 ? charString(c) : strSubstring(s, i, end);
  restoreSp(sp0);
  return CreateIterResultObject(boxString(piece), false);
}

/** %IteratorPrototype%[@@iterator]() — §27.1.2.1: returns this. */
function Iterator_iterator(callee: u32, thisv: i64, argv: usize, argc: i32): i64 { return thisv; }

function arrayIteratorOf(thisv: i64, kind: i64): i64 {
  const o = toObjectForIteration(thisv);
  return o == EXCEPTION ? EXCEPTION : CreateArrayIterator(o, kind);
}
function toObjectForIteration(v: i64): i64 {
  if (isNullish(v)) return throwTypeError("Array.prototype.values called on null or undefined");
  return v; // primitives are iterated through GetElement, as ToObject's wrapper would be
}
function Array_values(callee: u32, thisv: i64, argv: usize, argc: i32): i64 { return arrayIteratorOf(thisv, ITER_KIND_VALUES); }
function Array_keys(callee: u32, thisv: i64, argv: usize, argc: i32): i64 { return arrayIteratorOf(thisv, ITER_KIND_KEYS); }
function Array_entries(callee: u32, thisv: i64, argv: usize, argc: i32): i64 { return arrayIteratorOf(thisv, ITER_KIND_ENTRIES); }

/** String.prototype[@@iterator]() — §22.1.3.36. */
function String_iterator(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  if (isNullish(thisv)) {
    return throwTypeError("String.prototype[Symbol.iterator] called on null or undefined");
  }
  const s = ToString(thisv);
  if (s == 0) return EXCEPTION;
  return newIndexIterator(boxString(s), -1, StringIteratorPrototype);
}

/** Creates the iterator prototypes and the iteration methods of Array.prototype and
 *  String.prototype (before the collection families, whose iterator prototypes inherit from
 *  %IteratorPrototype%). */
export function initIterators(global: usize): void {
  const sp0 = saveSp();
  IteratorPrototype = OrdinaryObjectCreate(boxObject(ObjectPrototype));
  defineKeyedMethod(IteratorPrototype, SymbolIterator(), "[Symbol.iterator]", 0, Iterator_iterator, ATTR_HIDDEN);

  ArrayIteratorPrototype = OrdinaryObjectCreate(boxObject(IteratorPrototype));
  arrayIteratorNext = defineMethod(ArrayIteratorPrototype, "next", 0, ArrayIterator_next);
  defineToStringTag(ArrayIteratorPrototype, "Array Iterator");
  defineMethod(ArrayPrototype, "keys", 0, Array_keys);
  defineMethod(ArrayPrototype, "entries", 0, Array_entries);
  arrayValues = defineMethod(ArrayPrototype, "values", 0, Array_values);
  defineKeyedValue(ArrayPrototype, SymbolIterator(), boxObject(arrayValues), ATTR_HIDDEN);

  StringIteratorPrototype = OrdinaryObjectCreate(boxObject(IteratorPrototype));
  stringIteratorNext = defineMethod(StringIteratorPrototype, "next", 0, StringIterator_next);
  defineToStringTag(StringIteratorPrototype, "String Iterator");
  stringIterator = defineKeyedMethod(StringPrototype, SymbolIterator(), "[Symbol.iterator]", 0, String_iterator, ATTR_HIDDEN);
  // Prototype roots, so their key changes bump protoEpoch and findIterationRefs' refs revalidate.
  rootShapeFor(boxObject(ArrayPrototype)); rootShapeFor(boxObject(ArrayIteratorPrototype));
  rootShapeFor(boxObject(StringPrototype)); rootShapeFor(boxObject(StringIteratorPrototype));
  restoreSp(sp0);
}
