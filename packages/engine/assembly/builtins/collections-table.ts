// The [[MapData]] / [[SetData]] of Map, Set, WeakMap and WeakSet (ECMA-262 §24.1–24.4): an
// insertion-ordered hash table in one Vector cell, as V8's OrderedHashTable. Entries are appended
// in insertion order and chained from hash buckets; deleting an entry leaves a tombstone (key
// EMPTY), so the spec's List-with-~empty~ iteration holds: a cursor is an index into the entries.
// When a full table is rebuilt (grown or compacted) or cleared, the old table forwards to the new
// one, and a cursor into the old table moves to the count of live entries before it.
//
//   Vector: 0 size | 1 used | 2 buckets B | 3 forward | 4..4+B bucket heads | entries [2B]
//   entry:  key, value, chain
// Counts, heads and chains are raw integers (entry index + 1, 0 for none): as i64 they read as
// denormal doubles, which the collector ignores, while keys, values and `forward` are values.
//
// A collection is a CELL_COLLECTION object cell whose OBJ_AUX holds the boxed table; its header
// flags say which kind it is. Iterators are CELL_COLLECTION cells too, whose OBJ_AUX holds a
// cursor vector [table, index, kind].
import { CELL_COLLECTION, OBJ_AUX, OBJ_AUX_BYTES, VEC_FLAG_WEAK } from "../layout.generated";
import { bigHash, BigIntEqual } from "../bigint/bigint";
import { EMPTY, UNDEFINED, isString, isBigInt, isObject, isNumber, toF64, fromF64, boxObject, ptr } from "../value";
import { cellKind, cellFlags, setCellFlags } from "../heap/alloc";
import { pushRoot, saveSp, restoreSp } from "../heap/stack";
import { newVector, vecGet, vecSet } from "../object/vector";
import { allocObject } from "../object/object";
import { strHash, strEquals } from "../string/string";

// Collection kinds: header flag bits 8-11 of a CELL_COLLECTION cell (the low bits are the
// object flags, OBJ_FLAG_*).
const KIND_SHIFT: u32 = 8;
export const COLL_MAP: u32 = 1;
export const COLL_SET: u32 = 2;
export const COLL_WEAKMAP: u32 = 3;
export const COLL_WEAKSET: u32 = 4;
export const COLL_MAP_ITERATOR: u32 = 5;
export const COLL_SET_ITERATOR: u32 = 6;

const T_SIZE: u32 = 0;
const T_USED: u32 = 1;
const T_BUCKETS: u32 = 2;
const T_FORWARD: u32 = 3;
const T_HEADS: u32 = 4;
const ENTRY: u32 = 3;
const INITIAL_BUCKETS: u32 = 2;

/** The collection kind of value `v` (COLL_*), or 0 if it is not a CELL_COLLECTION. */
export function collectionKind(v: i64): u32 {
  if (!isObject(v) || cellKind(ptr(v)) != CELL_COLLECTION) return 0;
  return (cellFlags(ptr(v)) >> KIND_SHIFT) & 15;
}

/** Mark a new CELL_COLLECTION cell as a collection or iterator of `kind`. */
export function setCollectionKind(o: usize, kind: u32): void {
  setCellFlags(o, cellFlags(o) | (kind << KIND_SHIFT));
}

// @ts-ignore: decorator
@inline function raw(t: usize, i: u32): u32 { return <u32>vecGet(t, i); }
// @ts-ignore: decorator
@inline function setRaw(t: usize, i: u32, n: u32): void { vecSet(t, i, <i64>n); }
// @ts-ignore: decorator
@inline function entryBase(t: usize, e: u32): u32 { return T_HEADS + raw(t, T_BUCKETS) + e * ENTRY; }

function tableNew(buckets: u32, weak: bool): usize {
  const t = newVector(T_HEADS + buckets + 2 * buckets * ENTRY); // zero-filled: all counts 0
  setRaw(t, T_BUCKETS, buckets);
  if (weak) setCellFlags(t, cellFlags(t) | VEC_FLAG_WEAK);
  return t;
}

function isWeakKind(kind: u32): bool { return kind == COLL_WEAKMAP || kind == COLL_WEAKSET; }

// ---- Ephemerons: what the collector needs of a weak table (heap/ephemerons.ts) ----

/** Whether vector `t` is the table of a WeakMap or WeakSet. */
// @ts-ignore: decorator
@inline export function isWeakTable(t: usize): bool { return (cellFlags(t) & VEC_FLAG_WEAK) != 0; }
/** The table a collection cell holds, if it is a weak one; else 0. */
export function weakTableOf(o: usize): usize {
  const kind = (cellFlags(o) >> KIND_SHIFT) & 15;
  return isWeakKind(kind) ? collectionTable(o) : 0;
}
/** A weak table's link in the collector's list of weak tables met during marking (the forward
 *  slot, never used by a live weak table: weak collections have no iterators). */
export function weakTableNext(t: usize): usize { return <usize>raw(t, T_FORWARD); }
export function setWeakTableNext(t: usize, next: usize): void { setRaw(t, T_FORWARD, <u32>next); }
/** The entry value of a weak table, or the key itself for a WeakSet (whose values are unused). */
export function weakEntryValue(t: usize, e: u32): i64 { return entryValue(t, e); }
/** Delete entry `e` of weak table `t`, whose key died. */
export function deleteWeakEntry(t: usize, e: u32): void {
  const b = entryBase(t, e);
  vecSet(t, b, EMPTY);
  vecSet(t, b + 1, UNDEFINED);
  setRaw(t, T_SIZE, raw(t, T_SIZE) - 1);
}

/** The table of collection cell `o` (its current one: never forwarded). */
// @ts-ignore: decorator
@inline export function collectionTable(o: usize): usize { return ptr(load<i64>(o, OBJ_AUX)); }
export function collectionSize(o: usize): u32 { return raw(collectionTable(o), T_SIZE); }
export function tableUsed(t: usize): u32 { return raw(t, T_USED); }
// @ts-ignore: decorator
@inline export function entryKey(t: usize, e: u32): i64 { return vecGet(t, entryBase(t, e)); }
// @ts-ignore: decorator
@inline export function entryValue(t: usize, e: u32): i64 { return vecGet(t, entryBase(t, e) + 1); }

/** A new collection object of `kind` with an empty table and prototype `proto`. */
export function allocCollection(kind: u32, proto: i64): usize {
  const sp0 = saveSp();
  pushRoot(proto);
  const o = allocObject(CELL_COLLECTION, OBJ_AUX_BYTES, proto);
  setCollectionKind(o, kind);
  pushRoot(boxObject(o));
  store<i64>(o, boxObject(tableNew(INITIAL_BUCKETS, isWeakKind(kind))), OBJ_AUX);
  restoreSp(sp0);
  return o;
}

/** CanonicalizeKeyedCollectionKey(key) — -0 becomes +0; every NaN becomes one bit pattern, since
 *  keys hash and compare by bits (generated arithmetic leaves a NaN's sign and payload as the CPU
 *  made them). */
// @ts-ignore: decorator
@inline export function canonicalizeKey(k: i64): i64 {
  if (!isNumber(k)) return k;
  const d = toF64(k);
  return d == 0 ? fromF64(0) : d != d ? fromF64(NaN) : k;
}

/** A hash consistent with SameValueZero on canonical keys: strings and BigInts by content, the rest
 *  (numbers, objects by identity — the collector does not move cells) by its bits. */
function hashKey(k: i64): u32 {
  if (isString(k)) return strHash(ptr(k));
  if (isBigInt(k)) return bigHash(ptr(k));
  let x = <u64>k;
  x ^= x >> 33;
  x *= 0xff51afd7ed558ccd;
  x ^= x >> 33;
  return <u32>x;
}

/** SameValueZero(a, b) — §7.2.11 for canonical keys. */
// @ts-ignore: decorator
@inline function sameKey(a: i64, b: i64): bool {
  return a == b || (isString(a) && isString(b) && strEquals(ptr(a), ptr(b))) ||
    (isBigInt(a) && isBigInt(b) && BigIntEqual(ptr(a), ptr(b)));
}

/** The entry index of canonical `key` in table `t`, or -1. */
export function tableFind(t: usize, key: i64): i32 {
  let e = <i32>raw(t, T_HEADS + (hashKey(key) & (raw(t, T_BUCKETS) - 1))) - 1;
  while (e >= 0) {
    const b = entryBase(t, <u32>e);
    if (sameKey(vecGet(t, b), key)) return e; // tombstones (EMPTY) never match
    e = <i32>raw(t, b + 2) - 1;
  }
  return -1;
}

/** Append an entry to `t`, which has room. */
function tableAppend(t: usize, key: i64, value: i64): void {
  const e = raw(t, T_USED);
  const b = entryBase(t, e);
  const head = T_HEADS + (hashKey(key) & (raw(t, T_BUCKETS) - 1));
  vecSet(t, b, key);
  vecSet(t, b + 1, value);
  setRaw(t, b + 2, raw(t, head));
  setRaw(t, head, e + 1);
  setRaw(t, T_USED, e + 1);
  setRaw(t, T_SIZE, raw(t, T_SIZE) + 1);
}

/** Replace the table of `o` by one of `buckets` buckets holding its live entries in order; the
 *  old table forwards to it. */
function rehash(o: usize, buckets: u32): void {
  const t = collectionTable(o);
  const nt = tableNew(buckets, isWeakTable(t));
  const used = raw(t, T_USED);
  for (let e: u32 = 0; e < used; e++) {
    const k = entryKey(t, e);
    if (k != EMPTY) tableAppend(nt, k, entryValue(t, e));
  }
  // A weak table is not traced, so its forward slot holds nothing the collector must see.
  if (!isWeakTable(t)) vecSet(t, T_FORWARD, boxObject(nt));
  store<i64>(o, boxObject(nt), OBJ_AUX);
}

/** Set `key` (canonical) to `value` in collection `o`: the existing entry, or a new last one. */
export function collectionSet(o: usize, key: i64, value: i64): void {
  let t = collectionTable(o);
  const e = tableFind(t, key);
  if (e >= 0) { vecSet(t, entryBase(t, <u32>e) + 1, value); return; }
  const buckets = raw(t, T_BUCKETS);
  if (raw(t, T_USED) == 2 * buckets) {
    // Full: grow when at least half the entries are live, else just drop the tombstones.
    const sp0 = saveSp();
    pushRoot(boxObject(o));
    pushRoot(key);
    pushRoot(value);
    rehash(o, raw(t, T_SIZE) >= buckets ? buckets * 2 : buckets);
    restoreSp(sp0);
    t = collectionTable(o);
  }
  tableAppend(t, key, value);
}

/** Delete canonical `key` from collection `o`, leaving a tombstone; whether it was present. */
export function collectionDelete(o: usize, key: i64): bool {
  const t = collectionTable(o);
  const e = tableFind(t, key);
  if (e < 0) return false;
  const b = entryBase(t, <u32>e);
  vecSet(t, b, EMPTY);
  vecSet(t, b + 1, UNDEFINED);
  setRaw(t, T_SIZE, raw(t, T_SIZE) - 1);
  return true;
}

/** Remove every entry: cursors into the old table continue at the start of the new one. */
export function collectionClear(o: usize): void {
  const t = collectionTable(o);
  const used = raw(t, T_USED);
  for (let e: u32 = 0; e < used; e++) { const b = entryBase(t, e); vecSet(t, b, EMPTY); vecSet(t, b + 1, UNDEFINED); }
  setRaw(t, T_SIZE, 0);
  const sp0 = saveSp();
  pushRoot(boxObject(o));
  rehash(o, INITIAL_BUCKETS);
  restoreSp(sp0);
}

// ---- Cursors: two values [table, index] in memory the collector scans (a frame or a vector) ----

/** Point cursor `c` at the first entry of collection `o`. */
export function cursorInit(c: usize, o: usize): void {
  store<i64>(c, boxObject(collectionTable(o)));
  store<i64>(c + 8, 0);
}

/** The next live entry at or after the cursor, advancing it past that entry; -1 when the entries
 *  are exhausted (the cursor then stays at the end, so entries added later are still seen, as
 *  forEach requires). The table to read the entry from is then ptr(load<i64>(c)). */
export function cursorNext(c: usize): i32 {
  let t = ptr(load<i64>(c));
  let i = <u32>load<i64>(c + 8);
  while (true) {
    const fwd = vecGet(t, T_FORWARD);
    if (fwd == 0) break;
    // The old table is frozen: the position in the new one is the live entries before `i`.
    let n: u32 = 0;
    const used = raw(t, T_USED);
    for (let e: u32 = 0; e < i && e < used; e++) if (entryKey(t, e) != EMPTY) n++;
    i = n;
    t = ptr(fwd);
  }
  const used = raw(t, T_USED);
  while (i < used && entryKey(t, i) == EMPTY) i++;
  store<i64>(c, boxObject(t));
  if (i >= used) { store<i64>(c + 8, <i64>i); return -1; }
  store<i64>(c + 8, <i64>(i + 1));
  return <i32>i;
}
