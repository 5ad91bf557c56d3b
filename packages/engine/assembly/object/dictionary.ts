// Dictionary mode: an object's own named properties as a per-object hash table (layout drawn in
// layout/layout.mjs, dictionaryFields). An object whose shape is a dictionary shape
// (SHAPE_FLAG_DICTIONARY) keeps its Dictionary cell at OBJ_SLOTS. Entries stay in insertion
// order, which OrdinaryOwnPropertyKeys needs; a deleted entry keeps its place with key 0 (and
// its index slot, so probe chains stay unbroken) until a rehash compacts the table. Keys are
// atoms or Symbol cells, compared by pointer: the heap does not move, so a key's address is a
// stable hash. Get, set, add and delete are O(1); adding may rehash, which is amortized O(1)
// because the capacity at least doubles over the live entries.
//
// The switch from shapes to a dictionary is in object.ts (toDictionary); this file is only the
// table.
import {
  CELL_DICTIONARY, DICT_CAPACITY, DICT_USED, DICT_LIVE, DICT_ENTRIES, DICT_ENTRY_BYTES, DICT_E_KEY,
  DICT_E_ATTRS, DICT_E_VALUE, OBJ_SLOTS,
} from "../layout.generated";
import { allocCell } from "../heap/alloc";
import { pushRoot, saveSp, restoreSp } from "../heap/stack";
import { boxObject, UNDEFINED } from "../value";

/** The smallest table: 8 entries, 16 index slots (216 bytes). */
const MIN_CAPACITY: u32 = 8;

// @ts-ignore: decorator
@inline export function dictCapacity(d: usize): u32 { return load<u32>(d, DICT_CAPACITY); }
// @ts-ignore: decorator
@inline export function dictUsed(d: usize): u32 { return load<u32>(d, DICT_USED); }
// @ts-ignore: decorator
@inline export function dictLive(d: usize): u32 { return load<u32>(d, DICT_LIVE); }
// @ts-ignore: decorator
@inline function entryAt(d: usize, i: u32): usize { return d + DICT_ENTRIES + <usize>i * DICT_ENTRY_BYTES; }
// @ts-ignore: decorator
@inline function indexBase(d: usize): usize { return entryAt(d, dictCapacity(d)); }
// @ts-ignore: decorator
@inline export function dictKeyAt(d: usize, i: u32): usize { return load<u32>(entryAt(d, i), DICT_E_KEY); }
// @ts-ignore: decorator
@inline export function dictAttrsAt(d: usize, i: u32): u32 { return load<u32>(entryAt(d, i), DICT_E_ATTRS); }
// @ts-ignore: decorator
@inline export function dictValueAt(d: usize, i: u32): i64 { return load<i64>(entryAt(d, i), DICT_E_VALUE); }
// @ts-ignore: decorator
@inline export function dictSetValueAt(d: usize, i: u32, v: i64): void { store<i64>(entryAt(d, i), v, DICT_E_VALUE); }
// @ts-ignore: decorator
@inline export function dictSetAttrsAt(d: usize, i: u32, a: u32): void { store<u32>(entryAt(d, i), a, DICT_E_ATTRS); }

/** The first index slot to probe for `key` (Fibonacci hashing of the 8-byte-aligned address). */
// @ts-ignore: decorator
@inline function homeSlot(key: usize, mask: u32): u32 {
  const h = (<u32>key >> 3) * 0x9E3779B1;
  return (h ^ (h >> 15)) & mask;
}

/** A table with room for `n` entries before it must grow. */
export function dictNew(n: u32): usize {
  let cap = MIN_CAPACITY;
  while (cap < n) cap <<= 1;
  const d = allocCell(CELL_DICTIONARY, DICT_ENTRIES + <usize>cap * DICT_ENTRY_BYTES + (<usize>cap << 3));
  store<u32>(d, cap, DICT_CAPACITY);
  return d;
}

/** The entry index of `key` in `d`, or -1. */
export function dictFind(d: usize, key: usize): i32 {
  const mask = (dictCapacity(d) << 1) - 1;
  const index = indexBase(d);
  let h = homeSlot(key, mask);
  while (true) { // the index is at most half full, so an empty slot ends every probe
    const e = load<u32>(index + (<usize>h << 2));
    if (e == 0) return -1;
    if (dictKeyAt(d, e - 1) == key) return <i32>(e - 1);
    h = (h + 1) & mask;
  }
}

/** Append an entry; `d` must have room (used < capacity) and no entry for `key`. */
export function dictAppend(d: usize, key: usize, v: i64, attrs: u32): void {
  const i = dictUsed(d);
  const e = entryAt(d, i);
  store<u32>(e, <u32>key, DICT_E_KEY);
  store<u32>(e, attrs, DICT_E_ATTRS);
  store<i64>(e, v, DICT_E_VALUE);
  store<u32>(d, i + 1, DICT_USED);
  store<u32>(d, dictLive(d) + 1, DICT_LIVE);
  const mask = (dictCapacity(d) << 1) - 1;
  const index = indexBase(d);
  let h = homeSlot(key, mask);
  while (load<u32>(index + (<usize>h << 2)) != 0) h = (h + 1) & mask;
  store<u32>(index + (<usize>h << 2), i + 1);
}

/** Delete entry `i`: its key becomes 0 and its value is dropped for the collector. */
export function dictDeleteAt(d: usize, i: u32): void {
  const e = entryAt(d, i);
  store<u32>(e, 0, DICT_E_KEY);
  store<u32>(e, 0, DICT_E_ATTRS);
  store<i64>(e, UNDEFINED, DICT_E_VALUE);
  store<u32>(d, dictLive(d) - 1, DICT_LIVE);
}

/** Add a property that dictionary-mode object `o` does not have yet, rehashing into a table of
 *  twice the live entries when the current one is full (deleted entries are dropped then). */
export function dictAdd(o: usize, key: usize, v: i64, attrs: u32): void {
  let d = <usize>load<u32>(o, OBJ_SLOTS);
  if (dictUsed(d) == dictCapacity(d)) {
    const sp0 = saveSp();
    pushRoot(v);
    pushRoot(boxObject(o));
    pushRoot(boxObject(key));
    const nd = dictNew((dictLive(d) + 1) << 1);
    d = <usize>load<u32>(o, OBJ_SLOTS);
    const n = dictUsed(d);
    for (let i: u32 = 0; i < n; i++) {
      const k = dictKeyAt(d, i);
      if (k != 0) dictAppend(nd, k, dictValueAt(d, i), dictAttrsAt(d, i));
    }
    store<u32>(o, <u32>nd, OBJ_SLOTS);
    restoreSp(sp0);
    d = nd;
  }
  dictAppend(d, key, v, attrs);
}
