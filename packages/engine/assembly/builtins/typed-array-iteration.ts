// %TypedArray%.prototype methods that call back into JS — ECMA-262 §23.2.3: every, some, forEach,
// map, filter, find, findIndex, findLast, findLastIndex, reduce, reduceRight — and sort/toSorted
// (the default order numeric with -0 before +0 and NaN last; with a comparator, V8's merge sort,
// so the comparator sees the same calls in the same order as in node).
import { UNDEFINED, EXCEPTION, TRUE, FALSE, isNumber, toF64, fromF64, boxObject, ptr } from "../value";
import { allocCell } from "../heap/alloc";
import { CELL_RAW } from "../layout.generated";
import { pushRoot, saveSp, restoreSp, reserveSlots } from "../heap/stack";
import { ArrayCreate, arrayLength, arrayGet, arrayPush } from "../object/array";
import { newVector, vecGet, vecSet } from "../object/vector";
import { isCallable } from "../object/function";
import { throwTypeError } from "../errors";
import { ToBoolean, ToNumber } from "../ops/conversion";
import { Call } from "../ops/call";
import {
  taLength, taKind, taGet, elementAddr, elementSize, rawLoad, rawStore, TypedArraySetElement,
  elementCarrier, ELEM_BIGINT64, ELEM_BIGUINT64,
} from "../ops/typed-array-access";
import { arg } from "./native";
import { throwNotCallable } from "./array-common";
import { ValidateTypedArray, TypedArraySpeciesCreate, TypedArrayCreate } from "./typed-array";

const EVERY: i32 = 0;
const SOME: i32 = 1;
const FOR_EACH: i32 = 2;
const MAP: i32 = 3;
const FILTER: i32 = 4;
const FIND: i32 = 5;
const FIND_INDEX: i32 = 6;
const FIND_LAST: i32 = 7; // FIND_LAST.. visit from the end
const FIND_LAST_INDEX: i32 = 8;

// iterate's frame slots.
const I_O: usize = 0;
const I_FN: usize = 8;
const I_THIS: usize = 16;
const I_OUT: usize = 24; // map: the new typed array; filter: the kept values
const I_ARGS: usize = 32; // three slots: value, index, array
const I_SLOTS: i32 = 7;

/** The loop every callback method shares: callbackfn(value, index, O) over each element. */
function iterate(op: i32, thisv: i64, argv: usize, argc: i32): i64 {
  const o = ValidateTypedArray(thisv);
  if (o == 0) return EXCEPTION;
  const fn = arg(argv, argc, 0);
  if (!isCallable(fn)) return throwNotCallable(fn);
  const len = taLength(o);
  const sp0 = saveSp();
  const f = reserveSlots(I_SLOTS);
  store<i64>(f, thisv, I_O);
  store<i64>(f, fn, I_FN);
  store<i64>(f, arg(argv, argc, 1), I_THIS);
  if (op == MAP) {
    const a = TypedArraySpeciesCreate(thisv, <f64>len);
    if (a == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
    store<i64>(f, a, I_OUT);
  } else if (op == FILTER) {
    store<i64>(f, boxObject(ArrayCreate(0, 0)), I_OUT);
  }
  const backwards = op >= FIND_LAST;
  for (let j: u32 = 0; j < len; j++) {
    const i = backwards ? len - 1 - j : j;
    const v = taGet(o, i);
    store<i64>(f, v, I_ARGS);
    store<i64>(f, fromF64(<f64>i), I_ARGS + 8);
    store<i64>(f, thisv, I_ARGS + 16);
    const r = Call(fn, load<i64>(f, I_THIS), f + I_ARGS, 3);
    if (r == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
    if (op == MAP) {
      if (TypedArraySetElement(ptr(load<i64>(f, I_OUT)), <f64>i, r) == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
      continue;
    }
    if (op == FOR_EACH) continue;
    const b = ToBoolean(r);
    if (op == FILTER) { if (b) arrayPush(ptr(load<i64>(f, I_OUT)), v); continue; }
    if (op == EVERY) { if (!b) { restoreSp(sp0); return FALSE; } continue; }
    if (b) {
      restoreSp(sp0);
      if (op == SOME) return TRUE;
      return op == FIND || op == FIND_LAST ? v : fromF64(<f64>i);
    }
  }
  let r: i64 = UNDEFINED;
  if (op == EVERY) r = TRUE;
  else if (op == SOME) r = FALSE;
  else if (op == FIND_INDEX || op == FIND_LAST_INDEX) r = fromF64(-1);
  else if (op == MAP) r = load<i64>(f, I_OUT);
  else if (op == FILTER) r = listToTypedArray(thisv, ptr(load<i64>(f, I_OUT)));
  restoreSp(sp0);
  return r;
}

/** filter's end: TypedArraySpeciesCreate(O, captured) filled with the kept values. */
function listToTypedArray(exemplar: i64, list: usize): i64 {
  const sp0 = saveSp();
  pushRoot(boxObject(list));
  const n = arrayLength(list);
  let a = TypedArraySpeciesCreate(exemplar, <f64>n);
  if (a != EXCEPTION) pushRoot(a); // converting a value may allocate (a BigInt)
  // Set(A, n, kValue, true): a species of the other content type throws converting a value.
  for (let i: u32 = 0; i < n && a != EXCEPTION; i++) {
    if (TypedArraySetElement(ptr(a), <f64>i, arrayGet(list, i)) == EXCEPTION) a = EXCEPTION;
  }
  restoreSp(sp0);
  return a;
}

export function TA_every(c: u32, thisv: i64, argv: usize, argc: i32): i64 { return iterate(EVERY, thisv, argv, argc); }
export function TA_some(c: u32, thisv: i64, argv: usize, argc: i32): i64 { return iterate(SOME, thisv, argv, argc); }
export function TA_forEach(c: u32, thisv: i64, argv: usize, argc: i32): i64 { return iterate(FOR_EACH, thisv, argv, argc); }
export function TA_map(c: u32, thisv: i64, argv: usize, argc: i32): i64 { return iterate(MAP, thisv, argv, argc); }
export function TA_filter(c: u32, thisv: i64, argv: usize, argc: i32): i64 { return iterate(FILTER, thisv, argv, argc); }
export function TA_find(c: u32, thisv: i64, argv: usize, argc: i32): i64 { return iterate(FIND, thisv, argv, argc); }
export function TA_findIndex(c: u32, thisv: i64, argv: usize, argc: i32): i64 { return iterate(FIND_INDEX, thisv, argv, argc); }
export function TA_findLast(c: u32, thisv: i64, argv: usize, argc: i32): i64 { return iterate(FIND_LAST, thisv, argv, argc); }
export function TA_findLastIndex(c: u32, thisv: i64, argv: usize, argc: i32): i64 { return iterate(FIND_LAST_INDEX, thisv, argv, argc); }

/** reduce / reduceRight — §23.2.3.23-24. */
function reduce(right: bool, thisv: i64, argv: usize, argc: i32): i64 {
  const o = ValidateTypedArray(thisv);
  if (o == 0) return EXCEPTION;
  const fn = arg(argv, argc, 0);
  if (!isCallable(fn)) return throwNotCallable(fn);
  const len = taLength(o);
  if (len == 0 && argc < 2) return throwTypeError("Reduce of empty array with no initial value");
  const sp0 = saveSp();
  const args = reserveSlots(4); // accumulator, value, index, array
  let j: u32 = 0;
  if (argc >= 2) store<i64>(args, arg(argv, argc, 1));
  else { store<i64>(args, taGet(o, right ? len - 1 : 0)); j = 1; }
  for (; j < len; j++) {
    const i = right ? len - 1 - j : j;
    store<i64>(args + 8, taGet(o, i));
    store<i64>(args + 16, fromF64(<f64>i));
    store<i64>(args + 24, thisv);
    const r = Call(fn, UNDEFINED, args, 4);
    if (r == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
    store<i64>(args, r);
  }
  const acc = load<i64>(args);
  restoreSp(sp0);
  return acc;
}
export function TA_reduce(c: u32, thisv: i64, argv: usize, argc: i32): i64 { return reduce(false, thisv, argv, argc); }
export function TA_reduceRight(c: u32, thisv: i64, argv: usize, argc: i32): i64 { return reduce(true, thisv, argv, argc); }

// ---- sort ----

/** The default order (§23.2.4.7 CompareTypedArrayElements): numeric, -0 before +0, NaN last. */
// @ts-ignore: decorator
@inline function numericLess(a: f64, b: f64): bool {
  if (a != a) return false;
  if (b != b) return true;
  if (a < b) return true;
  return a == 0 && b == 0 && 1 / a < 0 && 1 / b > 0;
}

/** The default order on rawLoad's values of `kind`: the BigInt kinds' carriers hold the bits. */
// @ts-ignore: decorator
@inline function elementLess(kind: u32, a: f64, b: f64): bool {
  if (kind == ELEM_BIGINT64) return reinterpret<i64>(a) < reinterpret<i64>(b);
  if (kind == ELEM_BIGUINT64) return reinterpret<u64>(a) < reinterpret<u64>(b);
  return numericLess(a, b);
}

/** Sort the elements of `o` in the default order: a bottom-up merge sort of their doubles. */
function sortNumeric(o: usize): void {
  const n = taLength(o);
  const kind = taKind(o);
  const sp0 = saveSp();
  pushRoot(boxObject(o));
  const buf = allocCell(CELL_RAW, 16 + (<usize>n << 4)); // two runs of n doubles
  restoreSp(sp0);
  let src = buf + 16, dst = buf + 16 + (<usize>n << 3);
  for (let i: u32 = 0; i < n; i++) store<f64>(src + (<usize>i << 3), rawLoad(kind, elementAddr(o, i)));
  for (let width: u32 = 1; width < n; width <<= 1) {
    for (let lo: u32 = 0; lo < n; lo += width << 1) {
      const mid = min(lo + width, n), hi = min(lo + (width << 1), n);
      let l = lo, r = mid;
      for (let k = lo; k < hi; k++) {
        const a = load<f64>(src + (<usize>l << 3));
        if (l < mid && (r >= hi || !elementLess(kind, load<f64>(src + (<usize>r << 3)), a))) {
          store<f64>(dst + (<usize>k << 3), a); l++;
        } else {
          store<f64>(dst + (<usize>k << 3), load<f64>(src + (<usize>r << 3))); r++;
        }
      }
    }
    const t = src; src = dst; dst = t;
  }
  for (let i: u32 = 0; i < n; i++) rawStore(kind, elementAddr(o, i), load<f64>(src + (<usize>i << 3)));
}

// The comparator sort's frame slots.
const S_FN: usize = 0;
const S_WORK1: usize = 8;
const S_WORK2: usize = 16;
const S_ARGS: usize = 24; // two slots
const S_SLOTS: i32 = 5;

/** CallCompare: ToNumber(comparefn(a, b)), NaN as 0; NaN (as a signal) with an exception pending
 *  is told apart by the EXCEPTION return of `ok`. */
let compareFailed = false;
function callCompare(f: usize, a: i64, b: i64): f64 {
  store<i64>(f, a, S_ARGS);
  store<i64>(f, b, S_ARGS + 8);
  const r = Call(load<i64>(f, S_FN), UNDEFINED, f + S_ARGS, 2);
  if (r == EXCEPTION) { compareFailed = true; return 0; }
  const n = isNumber(r) ? r : ToNumber(r);
  if (n == EXCEPTION) { compareFailed = true; return 0; }
  const d = toF64(n);
  return d != d ? 0 : d;
}

/** V8's TypedArrayMerge: merge source[from, middle) and source[middle, to) into target. */
function merge(f: usize, source: usize, from: u32, middle: u32, to: u32, target: usize): bool {
  let left = from, right = middle;
  for (let t = from; t < to; t++) {
    if (left < middle && right >= to) {
      vecSet(target, t, vecGet(source, left++));
    } else if (left < middle) {
      const l = vecGet(source, left), r = vecGet(source, right);
      const c = callCompare(f, l, r);
      if (compareFailed) return false;
      if (c <= 0) { vecSet(target, t, l); left++; } else { vecSet(target, t, r); right++; }
    } else {
      vecSet(target, t, vecGet(source, right++));
    }
  }
  return true;
}

/** V8's TypedArrayMergeSort: source and target swap roles at each level. */
function mergeSort(f: usize, source: usize, from: u32, to: u32, target: usize): bool {
  const middle = from + ((to - from) >> 1);
  if (middle - from > 1 && !mergeSort(f, target, from, middle, source)) return false;
  if (to - middle > 1 && !mergeSort(f, target, middle, to, source)) return false;
  return merge(f, source, from, middle, to, target);
}

/** SortIndexedProperties for typed array `o` with comparator `fn` (callable), written back by
 *  ToNumber-free stores (the values are the elements' own numbers). */
function sortWith(o: i64, fn: i64): i64 {
  const p = ptr(o);
  const n = taLength(p);
  const sp0 = saveSp();
  pushRoot(o);
  const f = reserveSlots(S_SLOTS);
  store<i64>(f, fn, S_FN);
  const w1 = newVector(n);
  store<i64>(f, boxObject(w1), S_WORK1);
  const w2 = newVector(n);
  store<i64>(f, boxObject(w2), S_WORK2);
  for (let i: u32 = 0; i < n; i++) { const v = taGet(p, i); vecSet(w1, i, v); vecSet(w2, i, v); }
  compareFailed = false;
  const ok = mergeSort(f, w2, 0, n, w1);
  compareFailed = false;
  if (!ok) { restoreSp(sp0); return EXCEPTION; }
  const len = taLength(p);
  const kind = taKind(p);
  for (let i: u32 = 0; i < n && i < len; i++) rawStore(kind, elementAddr(p, i), elementCarrier(kind, vecGet(w1, i)));
  restoreSp(sp0);
  return o;
}

const MSG_COMPARATOR = "The comparison function must be either a function or undefined";

/** %TypedArray%.prototype.sort(comparefn) — §23.2.3.29. */
export function TA_sort(c: u32, thisv: i64, argv: usize, argc: i32): i64 {
  const fn = arg(argv, argc, 0);
  if (fn != UNDEFINED && !isCallable(fn)) return throwTypeError(MSG_COMPARATOR);
  const o = ValidateTypedArray(thisv);
  if (o == 0) return EXCEPTION;
  if (taLength(o) < 2) return thisv;
  if (fn == UNDEFINED) { sortNumeric(o); return thisv; }
  return sortWith(thisv, fn);
}

/** %TypedArray%.prototype.toSorted(comparefn) — §23.2.3.33: a sorted copy of the same type. */
export function TA_toSorted(c: u32, thisv: i64, argv: usize, argc: i32): i64 {
  const fn = arg(argv, argc, 0);
  if (fn != UNDEFINED && !isCallable(fn)) return throwTypeError(MSG_COMPARATOR);
  const o = ValidateTypedArray(thisv);
  if (o == 0) return EXCEPTION;
  const sp0 = saveSp();
  pushRoot(thisv);
  const a = TypedArrayCreate(taKind(o), <f64>taLength(o));
  restoreSp(sp0);
  if (a == 0) return EXCEPTION;
  memory.copy(elementAddr(a, 0), elementAddr(o, 0), <usize>taLength(o) * elementSize(taKind(o)));
  if (taLength(a) < 2) return boxObject(a);
  if (fn == UNDEFINED) { sortNumeric(a); return boxObject(a); }
  return sortWith(boxObject(a), fn);
}
