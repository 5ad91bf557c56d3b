// Map and Set iterators — ECMA-262 §24.1.5 (%MapIteratorPrototype%) and §24.2.5
// (%SetIteratorPrototype%) — and for-of over Maps, Sets and their iterators. An iterator is a
// CELL_COLLECTION cell whose OBJ_AUX is a cursor vector [table, index, kind]: the cursor follows
// the collection's live table (collections-table.ts), so entries deleted before they are reached
// are skipped and entries added before the end are visited, as the spec's closures do. Once done,
// the table is set to undefined and the iterator stays done.
import { CELL_COLLECTION, OBJ_AUX, OBJ_AUX_BYTES } from "../layout.generated";
import {
  UNDEFINED, EMPTY, EXCEPTION, TRUE, FALSE, isNumber, isObject, boxObject, ptr,
} from "../value";
import { pushRoot, saveSp, restoreSp, reserveSlots } from "../heap/stack";
import { markCell } from "../heap/gc";
import { internStatic } from "../string/atoms";
import { newVector, vecAddr, vecGet, vecSet } from "../object/vector";
import { allocObject, OrdinaryObjectCreate, putOwn } from "../object/object";
import { ArrayCreate, arraySet, arrayPush } from "../object/array";
import {
  ObjectPrototype, MapIteratorPrototype, SetIteratorPrototype, setMapIteratorPrototype,
  setSetIteratorPrototype,
} from "../realm";
import { throwTypeError } from "../errors";
import {
  COLL_MAP, COLL_SET, COLL_MAP_ITERATOR, COLL_SET_ITERATOR, collectionKind, setCollectionKind,
  cursorInit, cursorNext, entryKey, entryValue,
} from "./collections-table";
import { requireCollection } from "./collections-common";
import { defineMethod } from "./native";
import { IteratorPrototype } from "./iterator-prototypes";
import { defineToStringTag } from "./symbol";
import { CreateIterResultObject } from "../ops/iteration";

// [[Kind]] of an iterator.
export const ITER_KEYS: u32 = 0;
export const ITER_VALUES: u32 = 1;
export const ITER_ENTRIES: u32 = 2;

/** The cursor [table, index] of iterator cell `it` (table undefined once done). */
// @ts-ignore: decorator
@inline export function iteratorCursor(it: usize): usize { return vecAddr(ptr(load<i64>(it, OBJ_AUX)), 0); }
// @ts-ignore: decorator
@inline export function iteratorKind(it: usize): u32 { return <u32>vecGet(ptr(load<i64>(it, OBJ_AUX)), 2); }

/** CreateMapIterator(map, kind) — §24.1.5.1, CreateSetIterator(set, kind) — §24.2.5.1. */
export function createIterator(o: usize, kind: u32): i64 {
  const isMap = collectionKind(boxObject(o)) == COLL_MAP;
  const sp0 = saveSp();
  pushRoot(boxObject(o));
  const it = allocObject(CELL_COLLECTION, OBJ_AUX_BYTES,
    boxObject(isMap ? MapIteratorPrototype : SetIteratorPrototype));
  setCollectionKind(it, isMap ? COLL_MAP_ITERATOR : COLL_SET_ITERATOR);
  pushRoot(boxObject(it));
  const c = newVector(3);
  cursorInit(vecAddr(c, 0), o);
  vecSet(c, 2, <i64>kind);
  store<i64>(it, boxObject(c), OBJ_AUX);
  restoreSp(sp0);
  return boxObject(it);
}

/** The value of the entry at `e` of the table in cursor `c` for iterator kind `kind`: the key,
 *  the value, or a new [key, value] array. */
export function entryResult(c: usize, e: u32, kind: u32): i64 {
  const t = ptr(load<i64>(c));
  if (kind == ITER_KEYS) return entryKey(t, e);
  if (kind == ITER_VALUES) return entryValue(t, e);
  const sp0 = saveSp();
  pushRoot(load<i64>(c)); // the table holds key and value
  const a = ArrayCreate(2, 2);
  arraySet(a, 0, entryKey(t, e));
  arraySet(a, 1, entryValue(t, e));
  restoreSp(sp0);
  return boxObject(a);
}

/** The next value of iterator cell `it`, or EMPTY when it is done. */
export function iteratorStep(it: usize): i64 {
  const c = iteratorCursor(it);
  if (load<i64>(c) == UNDEFINED) return EMPTY;
  const e = cursorNext(c);
  if (e < 0) { store<i64>(c, UNDEFINED); return EMPTY; }
  const sp0 = saveSp();
  pushRoot(boxObject(it));
  const r = entryResult(iteratorCursor(it), <u32>e, iteratorKind(it));
  restoreSp(sp0);
  return r;
}

/** CreateIterResultObject(value, done) — §7.4.14. */
function iteratorNext(thisv: i64, kind: u32, method: string): i64 {
  const it = requireCollection(thisv, kind, method);
  if (it == 0) return EXCEPTION;
  const v = iteratorStep(it);
  return v == EMPTY ? CreateIterResultObject(UNDEFINED, true) : CreateIterResultObject(v, false);
}

/** %MapIteratorPrototype%.next() — §24.1.5.2.1. */
function MapIterator_next(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  return iteratorNext(thisv, COLL_MAP_ITERATOR, "Map Iterator.prototype.next");
}

/** %SetIteratorPrototype%.next() — §24.2.5.2.1. */
function SetIterator_next(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  return iteratorNext(thisv, COLL_SET_ITERATOR, "Set Iterator.prototype.next");
}

/** %MapIteratorPrototype%.next and %SetIteratorPrototype%.next as made, rooted (a replaced one
 *  must not be freed and its address given to another function). */
let mapIteratorNext: usize = 0;
let setIteratorNext: usize = 0;
export function markCollectionIteratorRoots(): void { markCell(mapIteratorNext); markCell(setIteratorNext); }

/** Whether `next` is the intrinsic next method of Map or Set iterator `it`: then a step of it is
 *  iteratorStep (IteratorStepValue's shortcut past the result object, whose own `done` and
 *  `value` a [[Get]] reads back without observable effects). */
export function isIntrinsicCollectionNext(it: i64, next: i64): bool {
  if (!isObject(next) || !isObject(it)) return false;
  const f = ptr(next);
  if (f == 0) return false;
  if (f == mapIteratorNext) return collectionKind(it) == COLL_MAP_ITERATOR;
  if (f == setIteratorNext) return collectionKind(it) == COLL_SET_ITERATOR;
  return false;
}

/** Create %MapIteratorPrototype% and %SetIteratorPrototype% (called by initMap / initSet). */
export function initMapIteratorPrototype(): void {
  const p = OrdinaryObjectCreate(boxObject(IteratorPrototype));
  setMapIteratorPrototype(p);
  mapIteratorNext = defineMethod(p, "next", 0, MapIterator_next);
  defineToStringTag(p, "Map Iterator");
}
export function initSetIteratorPrototype(): void {
  const p = OrdinaryObjectCreate(boxObject(IteratorPrototype));
  setSetIteratorPrototype(p);
  setIteratorNext = defineMethod(p, "next", 0, SetIterator_next);
  defineToStringTag(p, "Set Iterator");
}
