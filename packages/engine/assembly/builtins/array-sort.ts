// Array.prototype.sort and toSorted — ECMA-262 §23.1.3.30, §23.1.3.34. SortIndexedProperties
// copies the values out, sorts the copy with V8's TimSort (stable; the same comparator calls as
// node), and the caller writes it back, so a comparator that changes the array cannot break the
// sort. undefined sorts last without reaching the comparator; the default order compares ToString
// of each value, computed once up front.
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
const C_STATE: usize = 40; // raw cell: TimSort state (minGallop, pending runs)
const C_ARGS: usize = 48;  // two slots: the comparator's arguments
const C_SLOTS: i32 = 8;
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
@inline function P(p: usize, i: i32): u32 { return load<u32>(p + (<usize>i << 2)); }
// @ts-ignore: decorator
@inline function setP(p: usize, i: i32, v: u32): void { store<u32>(p + (<usize>i << 2), v); }
/** Copy n entries from src[sp] to dst[dp]; the ranges may overlap. */
// @ts-ignore: decorator
@inline function copyP(src: usize, sp: i32, dst: usize, dp: i32, n: i32): void {
  memory.copy(dst + (<usize>dp << 2), src + (<usize>sp << 2), <usize>n << 2);
}

// ---- TimSort, as V8 implements it (third_party/v8/builtins/array-sort.tq, after CPython's
// listobject.c), so that inconsistent comparators such as `(a, b) => a > b` give node's result and
// the comparator sees the same calls. It sorts the work array `wa` of item indices (u32); `ta` is
// the scratch array for merges; `st` holds minGallop and the stack of pending runs. Every function
// that compares returns a failure value when the comparator throws.

const MIN_GALLOP_WINS: i32 = 7;
const MAX_MERGE_PENDING: i32 = 85;
const ST_MIN_GALLOP: usize = 0;
const ST_RUNS_SIZE: usize = 4;
const ST_RUNS: usize = 8; // (base, length) pairs
const ST_BYTES: usize = ST_RUNS + <usize>MAX_MERGE_PENDING * 8;

// @ts-ignore: decorator
@inline function runBase(st: usize, i: i32): i32 { return load<i32>(st + ST_RUNS + (<usize>i << 3)); }
// @ts-ignore: decorator
@inline function runLen(st: usize, i: i32): i32 { return load<i32>(st + ST_RUNS + (<usize>i << 3), 4); }
// @ts-ignore: decorator
@inline function setRun(st: usize, i: i32, base: i32, len: i32): void {
  store<i32>(st + ST_RUNS + (<usize>i << 3), base);
  store<i32>(st + ST_RUNS + (<usize>i << 3), len, 4);
}
// @ts-ignore: decorator
@inline function runsSize(st: usize): i32 { return load<i32>(st + ST_RUNS_SIZE); }

/** Sort [low, high) by binary insertion; [low, start) is already sorted. */
function binaryInsertionSort(ctx: usize, wa: usize, low: i32, startArg: i32, high: i32): bool {
  for (let start = low == startArg ? startArg + 1 : startArg; start < high; ++start) {
    let left = low, right = start;
    const pivot = P(wa, right);
    while (left < right) {
      const mid = left + ((right - left) >> 1);
      const order = sortCompare(ctx, pivot, P(wa, mid));
      if (order == CMP_THROW) return false;
      if (order < 0) right = mid;
      else left = mid + 1;
    }
    for (let p = start; p > left; --p) setP(wa, p, P(wa, p - 1));
    setP(wa, left, pivot);
  }
  return true;
}

/** The length of the run at low (ascending, or strictly descending and then reversed); -1 on
 *  exception. */
function countAndMakeRun(ctx: usize, wa: usize, lowArg: i32, high: i32): i32 {
  const low = lowArg + 1;
  if (low == high) return 1;
  let runLength = 2;
  const elementLow = P(wa, low);
  let order = sortCompare(ctx, elementLow, P(wa, low - 1));
  if (order == CMP_THROW) return -1;
  const descending = order < 0;
  let previous = elementLow;
  for (let idx = low + 1; idx < high; ++idx) {
    const current = P(wa, idx);
    order = sortCompare(ctx, current, previous);
    if (order == CMP_THROW) return -1;
    if (descending ? order >= 0 : order < 0) break;
    previous = current;
    ++runLength;
  }
  if (descending) {
    for (let lo = lowArg, hi = lowArg + runLength - 1; lo < hi; lo++, hi--) {
      const t = P(wa, lo);
      setP(wa, lo, P(wa, hi));
      setP(wa, hi, t);
    }
  }
  return runLength;
}

/** Where `key` belongs in the sorted arr[base, base + length), left of equal elements; -1 on
 *  exception. */
function gallopLeft(ctx: usize, arr: usize, key: u32, base: i32, length: i32, hint: i32): i32 {
  let lastOfs = 0, offset = 1;
  let order = sortCompare(ctx, P(arr, base + hint), key);
  if (order == CMP_THROW) return -1;
  if (order < 0) {
    const maxOfs = length - hint;
    while (offset < maxOfs) {
      order = sortCompare(ctx, P(arr, base + hint + offset), key);
      if (order == CMP_THROW) return -1;
      if (order >= 0) break;
      lastOfs = offset;
      offset = (offset << 1) + 1;
      if (offset <= 0) offset = maxOfs;
    }
    if (offset > maxOfs) offset = maxOfs;
    lastOfs += hint;
    offset += hint;
  } else {
    const maxOfs = hint + 1;
    while (offset < maxOfs) {
      order = sortCompare(ctx, P(arr, base + hint - offset), key);
      if (order == CMP_THROW) return -1;
      if (order < 0) break;
      lastOfs = offset;
      offset = (offset << 1) + 1;
      if (offset <= 0) offset = maxOfs;
    }
    if (offset > maxOfs) offset = maxOfs;
    const t = lastOfs;
    lastOfs = hint - offset;
    offset = hint - t;
  }
  lastOfs++;
  while (lastOfs < offset) {
    const m = lastOfs + ((offset - lastOfs) >> 1);
    order = sortCompare(ctx, P(arr, base + m), key);
    if (order == CMP_THROW) return -1;
    if (order < 0) lastOfs = m + 1;
    else offset = m;
  }
  return offset;
}

/** Like gallopLeft, but right of equal elements. */
function gallopRight(ctx: usize, arr: usize, key: u32, base: i32, length: i32, hint: i32): i32 {
  let lastOfs = 0, offset = 1;
  let order = sortCompare(ctx, key, P(arr, base + hint));
  if (order == CMP_THROW) return -1;
  if (order < 0) {
    const maxOfs = hint + 1;
    while (offset < maxOfs) {
      order = sortCompare(ctx, key, P(arr, base + hint - offset));
      if (order == CMP_THROW) return -1;
      if (order >= 0) break;
      lastOfs = offset;
      offset = (offset << 1) + 1;
      if (offset <= 0) offset = maxOfs;
    }
    if (offset > maxOfs) offset = maxOfs;
    const t = lastOfs;
    lastOfs = hint - offset;
    offset = hint - t;
  } else {
    const maxOfs = length - hint;
    while (offset < maxOfs) {
      order = sortCompare(ctx, key, P(arr, base + hint + offset));
      if (order == CMP_THROW) return -1;
      if (order < 0) break;
      lastOfs = offset;
      offset = (offset << 1) + 1;
      if (offset <= 0) offset = maxOfs;
    }
    if (offset > maxOfs) offset = maxOfs;
    lastOfs += hint;
    offset += hint;
  }
  lastOfs++;
  while (lastOfs < offset) {
    const m = lastOfs + ((offset - lastOfs) >> 1);
    order = sortCompare(ctx, key, P(arr, base + m));
    if (order == CMP_THROW) return -1;
    if (order < 0) offset = m;
    else lastOfs = m + 1;
  }
  return offset;
}

// Ways out of a merge loop (the labels of the Torque code).
const GO_ON: i32 = 0;
const SUCCEED: i32 = 1;
const COPY_REST: i32 = 2; // CopyB in mergeLow, CopyA in mergeHigh
const THROWN: i32 = 3;

/** Merge the adjacent runs A and B in place, lengthA <= lengthB, with A copied to ta. */
function mergeLow(ctx: usize, st: usize, wa: usize, ta: usize, baseA: i32, lengthA: i32, baseB: i32,
                  lengthB: i32): bool {
  copyP(wa, baseA, ta, 0, lengthA);
  let dest = baseA, cursorTemp = 0, cursorB = baseB;
  setP(wa, dest++, P(wa, cursorB++));
  let out = GO_ON;
  if (--lengthB == 0) out = SUCCEED;
  else if (lengthA == 1) out = COPY_REST;
  let minGallop = load<i32>(st + ST_MIN_GALLOP);
  while (out == GO_ON) {
    let winsA = 0, winsB = 0; // times each run won in a row
    while (true) {
      const order = sortCompare(ctx, P(wa, cursorB), P(ta, cursorTemp));
      if (order == CMP_THROW) { out = THROWN; break; }
      if (order < 0) {
        setP(wa, dest++, P(wa, cursorB++));
        ++winsB; --lengthB; winsA = 0;
        if (lengthB == 0) { out = SUCCEED; break; }
        if (winsB >= minGallop) break;
      } else {
        setP(wa, dest++, P(ta, cursorTemp++));
        ++winsA; --lengthA; winsB = 0;
        if (lengthA == 1) { out = COPY_REST; break; }
        if (winsA >= minGallop) break;
      }
    }
    if (out != GO_ON) break;
    // One run keeps winning: gallop until neither does.
    ++minGallop;
    let first = true;
    while (winsA >= MIN_GALLOP_WINS || winsB >= MIN_GALLOP_WINS || first) {
      first = false;
      minGallop = minGallop > 2 ? minGallop - 1 : 1;
      store<i32>(st + ST_MIN_GALLOP, minGallop);
      winsA = gallopRight(ctx, ta, P(wa, cursorB), cursorTemp, lengthA, 0);
      if (winsA < 0) { out = THROWN; break; }
      if (winsA > 0) {
        copyP(ta, cursorTemp, wa, dest, winsA);
        dest += winsA; cursorTemp += winsA; lengthA -= winsA;
        if (lengthA == 1) { out = COPY_REST; break; }
        if (lengthA == 0) { out = SUCCEED; break; } // only with an inconsistent comparator
      }
      setP(wa, dest++, P(wa, cursorB++));
      if (--lengthB == 0) { out = SUCCEED; break; }
      winsB = gallopLeft(ctx, wa, P(ta, cursorTemp), cursorB, lengthB, 0);
      if (winsB < 0) { out = THROWN; break; }
      if (winsB > 0) {
        copyP(wa, cursorB, wa, dest, winsB);
        dest += winsB; cursorB += winsB; lengthB -= winsB;
        if (lengthB == 0) { out = SUCCEED; break; }
      }
      setP(wa, dest++, P(ta, cursorTemp++));
      if (--lengthA == 1) { out = COPY_REST; break; }
    }
    if (out != GO_ON) break;
    ++minGallop; // penalize leaving galloping mode
    store<i32>(st + ST_MIN_GALLOP, minGallop);
  }
  if (out == THROWN) return false;
  if (out == SUCCEED) {
    if (lengthA > 0) copyP(ta, cursorTemp, wa, dest, lengthA);
  } else {
    // The last element of A belongs at the end of the merge.
    copyP(wa, cursorB, wa, dest, lengthB);
    setP(wa, dest + lengthB, P(ta, cursorTemp));
  }
  return true;
}

/** Merge the adjacent runs A and B in place, lengthA >= lengthB, backwards, with B copied to ta. */
function mergeHigh(ctx: usize, st: usize, wa: usize, ta: usize, baseA: i32, lengthA: i32, baseB: i32,
                   lengthB: i32): bool {
  copyP(wa, baseB, ta, 0, lengthB);
  let dest = baseB + lengthB - 1, cursorTemp = lengthB - 1, cursorA = baseA + lengthA - 1;
  setP(wa, dest--, P(wa, cursorA--));
  let out = GO_ON;
  if (--lengthA == 0) out = SUCCEED;
  else if (lengthB == 1) out = COPY_REST;
  let minGallop = load<i32>(st + ST_MIN_GALLOP);
  while (out == GO_ON) {
    let winsA = 0, winsB = 0;
    while (true) {
      const order = sortCompare(ctx, P(ta, cursorTemp), P(wa, cursorA));
      if (order == CMP_THROW) { out = THROWN; break; }
      if (order < 0) {
        setP(wa, dest--, P(wa, cursorA--));
        ++winsA; --lengthA; winsB = 0;
        if (lengthA == 0) { out = SUCCEED; break; }
        if (winsA >= minGallop) break;
      } else {
        setP(wa, dest--, P(ta, cursorTemp--));
        ++winsB; --lengthB; winsA = 0;
        if (lengthB == 1) { out = COPY_REST; break; }
        if (winsB >= minGallop) break;
      }
    }
    if (out != GO_ON) break;
    ++minGallop;
    let first = true;
    while (winsA >= MIN_GALLOP_WINS || winsB >= MIN_GALLOP_WINS || first) {
      first = false;
      minGallop = minGallop > 2 ? minGallop - 1 : 1;
      store<i32>(st + ST_MIN_GALLOP, minGallop);
      let k = gallopRight(ctx, wa, P(ta, cursorTemp), baseA, lengthA, lengthA - 1);
      if (k < 0) { out = THROWN; break; }
      winsA = lengthA - k;
      if (winsA > 0) {
        dest -= winsA; cursorA -= winsA;
        copyP(wa, cursorA + 1, wa, dest + 1, winsA);
        lengthA -= winsA;
        if (lengthA == 0) { out = SUCCEED; break; }
      }
      setP(wa, dest--, P(ta, cursorTemp--));
      if (--lengthB == 1) { out = COPY_REST; break; }
      k = gallopLeft(ctx, ta, P(wa, cursorA), 0, lengthB, lengthB - 1);
      if (k < 0) { out = THROWN; break; }
      winsB = lengthB - k;
      if (winsB > 0) {
        dest -= winsB; cursorTemp -= winsB;
        copyP(ta, cursorTemp + 1, wa, dest + 1, winsB);
        lengthB -= winsB;
        if (lengthB == 1) { out = COPY_REST; break; }
        if (lengthB == 0) { out = SUCCEED; break; } // only with an inconsistent comparator
      }
      setP(wa, dest--, P(wa, cursorA--));
      if (--lengthA == 0) { out = SUCCEED; break; }
    }
    if (out != GO_ON) break;
    ++minGallop;
    store<i32>(st + ST_MIN_GALLOP, minGallop);
  }
  if (out == THROWN) return false;
  if (out == SUCCEED) {
    if (lengthB > 0) copyP(ta, 0, wa, dest - (lengthB - 1), lengthB);
  } else {
    // The first element of B belongs at the front of the merge.
    dest -= lengthA; cursorA -= lengthA;
    copyP(wa, cursorA + 1, wa, dest + 1, lengthA);
    setP(wa, dest, P(ta, cursorTemp));
  }
  return true;
}

/** Merge the pending runs i and i + 1. */
function mergeAt(ctx: usize, st: usize, wa: usize, ta: usize, i: i32): bool {
  const size = runsSize(st);
  let baseA = runBase(st, i), lengthA = runLen(st, i);
  const baseB = runBase(st, i + 1);
  let lengthB = runLen(st, i + 1);
  setRun(st, i, baseA, lengthA + lengthB);
  if (i == size - 3) setRun(st, i + 1, runBase(st, i + 2), runLen(st, i + 2));
  store<i32>(st + ST_RUNS_SIZE, size - 1);
  // Elements of A before where B's first belongs are already in place, and so are the
  // elements of B after where A's last belongs.
  const k = gallopRight(ctx, wa, P(wa, baseB), baseA, lengthA, 0);
  if (k < 0) return false;
  baseA += k;
  lengthA -= k;
  if (lengthA == 0) return true;
  lengthB = gallopLeft(ctx, wa, P(wa, baseA + lengthA - 1), baseB, lengthB, lengthB - 1);
  if (lengthB < 0) return false;
  if (lengthB == 0) return true;
  return lengthA <= lengthB ? mergeLow(ctx, st, wa, ta, baseA, lengthA, baseB, lengthB)
    : mergeHigh(ctx, st, wa, ta, baseA, lengthA, baseB, lengthB);
}

/** run_length(n - 2) > run_length(n - 1) + run_length(n). */
function runInvariant(st: usize, n: i32): bool {
  if (n < 2) return true;
  return runLen(st, n - 2) > runLen(st, n - 1) + runLen(st, n);
}

function mergeCollapse(ctx: usize, st: usize, wa: usize, ta: usize): bool {
  while (runsSize(st) > 1) {
    let n = runsSize(st) - 2;
    if (!runInvariant(st, n + 1) || !runInvariant(st, n)) {
      if (runLen(st, n - 1) < runLen(st, n + 1)) --n;
      if (!mergeAt(ctx, st, wa, ta, n)) return false;
    } else if (runLen(st, n) <= runLen(st, n + 1)) {
      if (!mergeAt(ctx, st, wa, ta, n)) return false;
    } else {
      break;
    }
  }
  return true;
}

function mergeForceCollapse(ctx: usize, st: usize, wa: usize, ta: usize): bool {
  while (runsSize(st) > 1) {
    let n = runsSize(st) - 2;
    if (n > 0 && runLen(st, n - 1) < runLen(st, n + 1)) --n;
    if (!mergeAt(ctx, st, wa, ta, n)) return false;
  }
  return true;
}

/** Natural runs shorter than this are extended by binary insertion (listsort.txt). */
function minRunLength(nArg: i32): i32 {
  let n = nArg, r = 0;
  while (n >= 64) { r |= n & 1; n >>= 1; }
  return n + r;
}

/** Sort wa[0, length). False on exception. */
function timSort(ctx: usize, st: usize, wa: usize, ta: usize, length: i32): bool {
  // (Newer V8 sorts fewer than 10 elements by binary insertion alone; node 20's V8 does not.)
  if (length < 2) return true;
  store<i32>(st + ST_MIN_GALLOP, MIN_GALLOP_WINS);
  store<i32>(st + ST_RUNS_SIZE, 0);
  let low = 0, remaining = length;
  const minRun = minRunLength(remaining);
  while (remaining != 0) {
    let run = countAndMakeRun(ctx, wa, low, low + remaining);
    if (run < 0) return false;
    if (run < minRun) {
      const forced = minRun < remaining ? minRun : remaining;
      if (!binaryInsertionSort(ctx, wa, low, low + run, low + forced)) return false;
      run = forced;
    }
    const size = runsSize(st);
    setRun(st, size, low, run);
    store<i32>(st + ST_RUNS_SIZE, size + 1);
    if (!mergeCollapse(ctx, st, wa, ta)) return false;
    low += run;
    remaining -= run;
  }
  return mergeForceCollapse(ctx, st, wa, ta);
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
  const st = allocCell(CELL_RAW, RAW_DATA + ST_BYTES);
  store<i64>(ctx + C_STATE, boxObject(st));
  for (let i: u32 = 0; i < n; i++) setP(perm + RAW_DATA, <i32>i, i);
  if (!timSort(ctx, st + RAW_DATA, perm + RAW_DATA, tmp + RAW_DATA, <i32>n)) return -1;
  undefCount = undefs;
  return <f64>n;
}

/** The j-th sorted value (j < count + undefCount). */
function sortedAt(ctx: usize, count: f64, j: f64): i64 {
  if (j >= count) return UNDEFINED;
  return vecGet(vecOf(ctx, C_ITEMS), P(vecOf(ctx, C_PERM) + RAW_DATA, <i32>j));
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
  if (len < 2) { restoreSp(sp0); return len < 0 ? EXCEPTION : o; } // as V8: nothing to read
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
