// Map and Set iterators — ECMA-262 §24.1.5 (%MapIteratorPrototype%) and §24.2.5
// (%SetIteratorPrototype%) — and for-of over Maps, Sets and their iterators. An iterator is a
// CELL_COLLECTION cell whose OBJ_AUX is a cursor vector [table, index, kind]: the cursor follows
// the collection's live table (collections-table.ts), so entries deleted before they are reached
// are skipped and entries added before the end are visited, as the spec's closures do. Once done,
// the table is set to undefined and the iterator stays done.
import { CELL_COLLECTION, OBJ_AUX, OBJ_AUX_BYTES } from "../layout.generated";
import {
  UNDEFINED, EMPTY, EXCEPTION, TRUE, FALSE, isNumber, boxObject, ptr,
} from "../value";
import { pushRoot, saveSp, restoreSp, reserveSlots } from "../heap/stack";
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
export function iterResult(v: i64, done: bool): i64 {
  const sp0 = saveSp();
  pushRoot(v);
  const o = OrdinaryObjectCreate(boxObject(ObjectPrototype));
  pushRoot(boxObject(o));
  putOwn(o, internStatic("value"), v);
  putOwn(o, internStatic("done"), done ? TRUE : FALSE);
  restoreSp(sp0);
  return boxObject(o);
}

function iteratorNext(thisv: i64, kind: u32, method: string): i64 {
  const it = requireCollection(thisv, kind, method);
  if (it == 0) return EXCEPTION;
  const v = iteratorStep(it);
  return v == EMPTY ? iterResult(UNDEFINED, true) : iterResult(v, false);
}

/** %MapIteratorPrototype%.next() — §24.1.5.2.1. */
function MapIterator_next(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  return iteratorNext(thisv, COLL_MAP_ITERATOR, "Map Iterator.prototype.next");
}

/** %SetIteratorPrototype%.next() — §24.2.5.2.1. */
function SetIterator_next(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  return iteratorNext(thisv, COLL_SET_ITERATOR, "Set Iterator.prototype.next");
}

/** One for-of step over a Map (entries), Set (values) or one of their iterators; `state` is the
 *  loop's frame slot, which starts as the number 0 and then holds the iterator. */
export function collectionForOfNext(iterable: i64, state: usize): i64 {
  const kind = collectionKind(iterable);
  if (kind == COLL_MAP_ITERATOR || kind == COLL_SET_ITERATOR) return iteratorStep(ptr(iterable));
  if (kind != COLL_MAP && kind != COLL_SET) {
    return throwTypeError("object is not iterable (cannot read property Symbol(Symbol.iterator))");
  }
  let it = load<i64>(state);
  if (isNumber(it)) {
    it = createIterator(ptr(iterable), kind == COLL_MAP ? ITER_ENTRIES : ITER_VALUES);
    store<i64>(state, it);
  }
  return iteratorStep(ptr(it));
}

/** The values for-of would produce from a (rooted) Map, Set or iterator, as a new array: what
 *  Array.from iterates. */
export function collectionToArray(iterable: i64): usize {
  const sp0 = saveSp();
  const f = reserveSlots(2); // the for-of state, the result
  store<i64>(f + 8, boxObject(ArrayCreate(0, 0)));
  while (true) {
    const v = collectionForOfNext(iterable, f);
    if (v == EMPTY || v == EXCEPTION) break; // collections never throw
    arrayPush(ptr(load<i64>(f + 8)), v);
  }
  const a = ptr(load<i64>(f + 8));
  restoreSp(sp0);
  return a;
}

/** Create %MapIteratorPrototype% and %SetIteratorPrototype% (called by initMap / initSet). */
export function initMapIteratorPrototype(): void {
  const p = OrdinaryObjectCreate(boxObject(ObjectPrototype));
  setMapIteratorPrototype(p);
  defineMethod(p, "next", 0, MapIterator_next);
}
export function initSetIteratorPrototype(): void {
  const p = OrdinaryObjectCreate(boxObject(ObjectPrototype));
  setSetIteratorPrototype(p);
  defineMethod(p, "next", 0, SetIterator_next);
}
