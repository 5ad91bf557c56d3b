// Array.prototype.sort and toSorted — ECMA-262 §23.1.3.30, §23.1.3.34. SortIndexedProperties
// copies the values out, sorts the copy with a stable merge sort, and the caller writes it back,
// so a comparator that changes the array cannot break the sort. undefined sorts last without
// reaching the comparator; the default order compares ToString of each value, computed once.
import { CELL_RAW } from "../layout.generated";
import { UNDEFINED, EXCEPTION, EMPTY, isString, toF64, boxObject, boxString, ptr } from "../value";
import { allocCell } from "../heap/alloc";
import { pushRoot, saveSp, restoreSp, reserveSlots } from "../heap/stack";
import { strCompare } from "../string/string";
import { arrayLength, arrayElements } from "../object/array";
import { newVector, vecCapacity, vecGet, vecSet, vecGrow } from "../object/vector";
import { isCallable } from "../object/function";
import { throwTypeError } from "../errors";
import { ToNumber, ToString } from "../ops/conversion";
import { Call } from "../ops/call";
import { arg, defineMethod } from "./native";
import {
  MSG_CONVERT, toObject, lengthOf, isFastArray, getIfPresent, getAt, setAt, deleteAt, createAt,
  arrayCreateValue,
} from "./array-common";

// The sort context: shadow-stack slots, so everything in it is rooted and nested sorts (a
// comparator that sorts) each have their own.
const C_FN: usize = 0;     // comparefn or undefined
const C_ITEMS: usize = 8;  // vector of the values to sort (undefined excluded)
const C_KEYS: usize = 16;  // vector of their ToString keys (default order), else +0
const C_PERM: usize = 24;  // raw cell: u32 permutation of item indices being sorted
const C_TMP: usize = 32;   // raw cell: u32 scratch for merging
const C_ARGS: usize = 40;  // two slots: the comparator's arguments
const C_SLOTS: i32 = 7;
const RAW_DATA: usize = 8;

const CMP_THROW: i32 = 2;

// @ts-ignore: decorator
@inline function vecOf(ctx: usize, slot: usize): usize { return ptr(load<i64>(ctx + slot)); }

/** SortCompare(x, y) — §23.1.3.30.2 for items i and j (neither undefined): -1, 0, 1, or
 *  CMP_THROW with an exception pending. */
function sortCompare(ctx: usize, i: u32, j: u32): i32 {
  const fn = load<i64>(ctx + C_FN);
  if (fn == UNDEFINED) {
    const keys = vecOf(ctx, C_KEYS);
    return strCompare(ptr(vecGet(keys, i)), ptr(vecGet(keys, j)));
  }
  const items = vecOf(ctx, C_ITEMS);
  const args = ctx + C_ARGS;
  store<i64>(args, vecGet(items, i));
  store<i64>(args, vecGet(items, j), 8);
  const r = Call(fn, UNDEFINED, args, 2);
  if (r == EXCEPTION) return CMP_THROW;
  const n = ToNumber(r);
  if (n == EXCEPTION) return CMP_THROW;
  const d = toF64(n);
  return d < 0 ? -1 : (d > 0 ? 1 : 0); // NaN counts as +0
}

// @ts-ignore: decorator
@inline function P(p: usize, i: u32): u32 { return load<u32>(p + (<usize>i << 2)); }
// @ts-ignore: decorator
@inline function setP(p: usize, i: u32, v: u32): void { store<u32>(p + (<usize>i << 2), v); }

/** Stable merge sort of perm[lo, hi) (perm and tmp are u32 arrays). False on exception. */
function mergeSort(ctx: usize, perm: usize, tmp: usize, lo: u32, hi: u32): bool {
  const n = hi - lo;
  if (n < 2) return true;
  if (n <= 8) {
    // Insertion sort: an element moves left only past strictly greater ones, so ties keep order.
    for (let i = lo + 1; i < hi; i++) {
      const x = P(perm, i);
      let j = i;
      while (j > lo) {
        const c = sortCompare(ctx, P(perm, j - 1), x);
        if (c == CMP_THROW) return false;
        if (c <= 0) break;
        setP(perm, j, P(perm, j - 1));
        j--;
      }
      setP(perm, j, x);
    }
    return true;
  }
  const mid = lo + (n >> 1);
  if (!mergeSort(ctx, perm, tmp, lo, mid) || !mergeSort(ctx, perm, tmp, mid, hi)) return false;
  const c0 = sortCompare(ctx, P(perm, mid - 1), P(perm, mid));
  if (c0 == CMP_THROW) return false;
  if (c0 <= 0) return true; // the halves are already in order
  memory.copy(tmp + (<usize>lo << 2), perm + (<usize>lo << 2), <usize>(mid - lo) << 2);
  let i = lo, j = mid, k = lo;
  while (i < mid && j < hi) {
    const c = sortCompare(ctx, P(tmp, i), P(perm, j));
    if (c == CMP_THROW) return false;
    if (c <= 0) setP(perm, k++, P(tmp, i++)); // ties take the left run: stable
    else setP(perm, k++, P(perm, j++));
  }
  while (i < mid) setP(perm, k++, P(tmp, i++));
  return true;
}

/** Append `v` to the items vector of `ctx` (`n` values so far). */
function addItem(ctx: usize, n: u32, v: i64): void {
  let items = vecOf(ctx, C_ITEMS);
  if (n >= vecCapacity(items)) {
    const sp0 = saveSp();
    pushRoot(v);
    items = vecGrow(items, n, n + 1, UNDEFINED);
    store<i64>(ctx + C_ITEMS, boxObject(items));
    restoreSp(sp0);
  }
  vecSet(items, n, v);
}

/** SortIndexedProperties(obj, len, SortCompare, holes) — §23.1.3.30.1: fills ctx and sorts.
 *  Returns the number of values that are not undefined (the sorted ones, in perm order; the
 *  undefined ones follow them) with the undefined count in `undefCount`, or -1 on exception. */
let undefCount: f64 = 0;
function sortIndexed(ctx: usize, o: i64, len: f64, skipHoles: bool): f64 {
  let n: u32 = 0;
  let undefs: f64 = 0;
  const cap = len < 1024 ? <u32>len : 1024;
  store<i64>(ctx + C_ITEMS, boxObject(newVector(cap)));
  if (skipHoles && isFastArray(o)) {
    // No user code runs while reading a fast array, so read the element vector directly.
    const a = ptr(o);
    const end = arrayLength(a);
    for (let k: u32 = 0; k < end; k++) {
      const els = arrayElements(a);
      const v = k < vecCapacity(els) ? vecGet(els, k) : EMPTY;
      if (v == EMPTY) continue;
      if (v == UNDEFINED) undefs++;
      else addItem(ctx, n++, v);
    }
  } else {
    for (let k: f64 = 0; k < len; k++) {
      const v = skipHoles ? getIfPresent(o, k) : getAt(o, k);
      if (v == EXCEPTION) return -1;
      if (v == EMPTY) continue;
      if (v == UNDEFINED) undefs++;
      else addItem(ctx, n++, v);
    }
  }
  const items = vecOf(ctx, C_ITEMS);
  if (load<i64>(ctx + C_FN) == UNDEFINED) {
    // The default order: ToString of every value once, up front.
    const keys = newVector(n);
    store<i64>(ctx + C_KEYS, boxObject(keys));
    for (let i: u32 = 0; i < n; i++) {
      const v = vecGet(items, i);
      const s = isString(v) ? ptr(v) : ToString(v);
      if (s == 0) return -1;
      vecSet(keys, i, boxString(s));
    }
  }
  const perm = allocCell(CELL_RAW, RAW_DATA + (<usize>n << 2));
  store<i64>(ctx + C_PERM, boxObject(perm));
  const tmp = allocCell(CELL_RAW, RAW_DATA + (<usize>n << 2));
  store<i64>(ctx + C_TMP, boxObject(tmp));
  for (let i: u32 = 0; i < n; i++) setP(perm + RAW_DATA, i, i);
  if (!mergeSort(ctx, perm + RAW_DATA, tmp + RAW_DATA, 0, n)) return -1;
  undefCount = undefs;
  return <f64>n;
}

/** The j-th sorted value (j < count + undefCount). */
function sortedAt(ctx: usize, count: f64, j: f64): i64 {
  if (j >= count) return UNDEFINED;
  return vecGet(vecOf(ctx, C_ITEMS), P(vecOf(ctx, C_PERM) + RAW_DATA, <u32>j));
}

const MSG_COMPARATOR = "The comparison function must be either a function or undefined";

/** Array.prototype.sort(comparefn) — §23.1.3.30. */
function Array_sort(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  const fn = arg(argv, argc, 0);
  if (fn != UNDEFINED && !isCallable(fn)) return throwTypeError(MSG_COMPARATOR);
  const sp0 = saveSp();
  const o = toObject(thisv, MSG_CONVERT);
  if (o == EXCEPTION) return EXCEPTION;
  pushRoot(o);
  const len = lengthOf(o);
  if (len < 0) { restoreSp(sp0); return EXCEPTION; }
  const ctx = reserveSlots(C_SLOTS);
  store<i64>(ctx + C_FN, fn);
  const count = sortIndexed(ctx, o, len, true);
  if (count < 0) { restoreSp(sp0); return EXCEPTION; }
  const total = count + undefCount;
  for (let j: f64 = 0; j < total; j++) {
    if (setAt(o, j, sortedAt(ctx, count, j)) == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
  }
  // The holes that were skipped go to the end.
  for (let j = total; j < len; j++) {
    if (deleteAt(o, j) == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
  }
  restoreSp(sp0);
  return o;
}

/** Array.prototype.toSorted(comparefn) — §23.1.3.34: holes read as undefined. */
function Array_toSorted(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  const fn = arg(argv, argc, 0);
  if (fn != UNDEFINED && !isCallable(fn)) return throwTypeError(MSG_COMPARATOR);
  const sp0 = saveSp();
  const o = toObject(thisv, MSG_CONVERT);
  if (o == EXCEPTION) return EXCEPTION;
  pushRoot(o);
  const len = lengthOf(o);
  if (len < 0) { restoreSp(sp0); return EXCEPTION; }
  const a = arrayCreateValue(len);
  if (a == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
  pushRoot(a);
  const ctx = reserveSlots(C_SLOTS);
  store<i64>(ctx + C_FN, fn);
  const count = sortIndexed(ctx, o, len, false);
  if (count < 0) { restoreSp(sp0); return EXCEPTION; }
  for (let j: f64 = 0; j < len; j++) {
    if (createAt(a, j, sortedAt(ctx, count, j)) == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
  }
  restoreSp(sp0);
  return a;
}

export function initArraySort(proto: usize): void {
  defineMethod(proto, "sort", 1, Array_sort);
  defineMethod(proto, "toSorted", 1, Array_toSorted);
}
