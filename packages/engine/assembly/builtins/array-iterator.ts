// Array Iterators — ECMA-262 §23.1.5: CreateArrayIterator and %ArrayIteratorPrototype%.next, over
// typed arrays (entries/keys/values) and any array-like. An iterator is a CELL_ARRAY_ITERATOR cell
// whose OBJ_AUX is a vector [iterated object (undefined once done), next index, kind]; for-of
// steps it through rt_for_of_next.
// TODO(symbols): %ArrayIteratorPrototype%[@@iterator] and [@@toStringTag] come with Symbol.
import { CELL_ARRAY_ITERATOR, OBJ_AUX, OBJ_AUX_BYTES } from "../layout.generated";
import { UNDEFINED, EMPTY, EXCEPTION, isObject, toF64, fromF64, boxObject, ptr } from "../value";
import { cellKind } from "../heap/alloc";
import { markCell } from "../heap/gc";
import { pushRoot, saveSp, restoreSp } from "../heap/stack";
import { newVector, vecGet, vecSet } from "../object/vector";
import { allocObject, OrdinaryObjectCreate } from "../object/object";
import { ArrayCreate, arraySet } from "../object/array";
import { ObjectPrototype } from "../realm";
import { isTypedArray, taLength, taGet } from "../ops/typed-array-access";
import { defineMethod } from "./native";
import { throwIncompatible } from "./collections-common";
import { lengthOf, getAt } from "./array-common";
import { ITER_KEYS, ITER_VALUES, ITER_ENTRIES, iterResult } from "./collections-iterator";

export { ITER_KEYS, ITER_VALUES, ITER_ENTRIES };

let ArrayIteratorPrototype: usize = 0;
export function markArrayIteratorRoots(): void { markCell(ArrayIteratorPrototype); }

// @ts-ignore: decorator
@inline export function isArrayIterator(v: i64): bool {
  return isObject(v) && cellKind(ptr(v)) == CELL_ARRAY_ITERATOR;
}

/** CreateArrayIterator(array, kind) — §23.1.5.1. */
export function CreateArrayIterator(o: i64, kind: u32): i64 {
  const sp0 = saveSp();
  pushRoot(o);
  const it = allocObject(CELL_ARRAY_ITERATOR, OBJ_AUX_BYTES, boxObject(ArrayIteratorPrototype));
  pushRoot(boxObject(it));
  const state = newVector(3);
  vecSet(state, 0, o);
  vecSet(state, 1, fromF64(0));
  vecSet(state, 2, <i64>kind);
  store<i64>(it, boxObject(state), OBJ_AUX);
  restoreSp(sp0);
  return boxObject(it);
}

/** The next value of iterator cell `it`, EMPTY when done, or EXCEPTION. */
export function arrayIteratorStep(it: usize): i64 {
  const state = ptr(load<i64>(it, OBJ_AUX));
  const a = vecGet(state, 0);
  if (a == UNDEFINED) return EMPTY;
  const index = toF64(vecGet(state, 1));
  const sp0 = saveSp();
  pushRoot(boxObject(it));
  const len = isTypedArray(a) ? <f64>taLength(ptr(a)) : lengthOf(a);
  if (len < 0) { restoreSp(sp0); return EXCEPTION; }
  if (index >= len) { vecSet(state, 0, UNDEFINED); restoreSp(sp0); return EMPTY; }
  vecSet(state, 1, fromF64(index + 1));
  const kind = <u32>vecGet(state, 2);
  let r: i64 = fromF64(index);
  if (kind != ITER_KEYS) {
    const v = isTypedArray(a) ? taGet(ptr(a), <u32>index) : getAt(a, index);
    if (v == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
    if (kind == ITER_VALUES) r = v;
    else {
      pushRoot(v);
      const pair = ArrayCreate(2, 2);
      arraySet(pair, 0, fromF64(index));
      arraySet(pair, 1, v);
      r = boxObject(pair);
    }
  }
  restoreSp(sp0);
  return r;
}

/** %ArrayIteratorPrototype%.next() — §23.1.5.2.1. */
function ArrayIterator_next(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  if (!isArrayIterator(thisv)) return throwIncompatible("Array Iterator.prototype.next", thisv);
  const v = arrayIteratorStep(ptr(thisv));
  if (v == EXCEPTION) return EXCEPTION;
  return v == EMPTY ? iterResult(UNDEFINED, true) : iterResult(v, false);
}

export function initArrayIteratorPrototype(): void {
  ArrayIteratorPrototype = OrdinaryObjectCreate(boxObject(ObjectPrototype));
  defineMethod(ArrayIteratorPrototype, "next", 0, ArrayIterator_next);
}
