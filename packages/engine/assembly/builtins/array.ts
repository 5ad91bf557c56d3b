// The Array constructor and its static methods — ECMA-262 §23.1.1, §23.1.2. The prototype
// methods live in array-mutate.ts (in-place changes), array-access.ts (copies, search, join),
// array-iteration.ts (callbacks) and array-sort.ts; array-common.ts holds what they share.
import {
  UNDEFINED, EXCEPTION, isObject, isNumber, isString, isNullish, toF64, fromF64, fromBool,
  boxObject, boxString, ptr,
} from "../value";
import { pushRoot, saveSp, restoreSp, reserveSlots } from "../heap/stack";
import { strLength, strCharAt, strData, newStringFromUtf16 } from "../string/string";
import { setPrototypeRaw } from "../object/object";
import { ArrayCreate, arraySet, arrayFromValues } from "../object/array";
import { newTarget, isCallable, isConstructor } from "../object/function";
import { ArrayPrototype } from "../realm";
import { A_prototype } from "../names";
import { throwTypeError, throwRangeError } from "../errors";
import { ToUint32 } from "../ops/conversion";
import { Get, charString } from "../ops/property";
import { Call, ConstructNamed } from "../ops/call";
import { arg, defineConstructor, defineMethod } from "./native";
import {
  ArrayConstructor, setArrayConstructor, MSG_CONVERT, isArray, newArray, arrayCreateValue,
  lengthOf, getAt, createAt, setLength, throwNotCallable, toObject, wrappedString,
} from "./array-common";
import { initArrayMutate } from "./array-mutate";
import { initArrayAccess } from "./array-access";
import { initArrayIteration } from "./array-iteration";
import { initArraySort } from "./array-sort";
import { collectionKind } from "./collections-table";
import { isIterable } from "./collections-common";
import { collectionToArray } from "./collections-iterator";

/** Array(...values) — §23.1.1.1, called or constructed. */
function Array_ctor(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  const nt = newTarget; // valid at entry only
  const sp0 = saveSp();
  // GetPrototypeFromConstructor(newTarget, %Array.prototype%): subclasses get their own.
  let proto = boxObject(ArrayPrototype);
  if (nt != UNDEFINED && nt != boxObject(<usize>callee)) {
    const p = Get(nt, A_prototype, nt);
    if (p == EXCEPTION) return EXCEPTION;
    if (isObject(p)) proto = p;
  }
  pushRoot(proto);
  let a: usize;
  if (argc == 1) {
    const len = load<i64>(argv);
    if (isNumber(len)) {
      const d = toF64(len);
      const n = ToUint32(d);
      if (<f64>n != d) { restoreSp(sp0); return throwRangeError("Invalid array length"); }
      a = newArray(n, n < (1 << 16) ? n : (1 << 16));
    } else {
      a = ArrayCreate(1, 1);
      arraySet(a, 0, len);
    }
  } else {
    a = arrayFromValues(argv, <u32>argc);
  }
  if (proto != boxObject(ArrayPrototype)) {
    pushRoot(boxObject(a));
    setPrototypeRaw(a, proto);
  }
  restoreSp(sp0);
  return boxObject(a);
}

/** Array.isArray(arg) — §23.1.2.2. */
function Array_isArray(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  return fromBool(isArray(arg(argv, argc, 0)));
}

/** A new object from constructor `c` (this value of of/from) with `len` arguments, or a plain
 *  array when `c` is %Array% or not a constructor. argc 0 constructs with no arguments. */
function constructFrom(c: i64, len: f64, argc: i32): i64 {
  if (!isConstructor(c) || c == boxObject(ArrayConstructor)) return arrayCreateValue(argc == 0 ? 0 : len);
  const sp0 = saveSp();
  const argv = pushRoot(fromF64(len));
  const r = ConstructNamed(c, argv, argc, 0);
  restoreSp(sp0);
  return r;
}

/** Array.of(...items) — §23.1.2.3. */
function Array_of(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  if (!isConstructor(thisv) || thisv == boxObject(ArrayConstructor)) {
    return boxObject(arrayFromValues(argv, <u32>argc));
  }
  const sp0 = saveSp();
  const a = constructFrom(thisv, <f64>argc, 1);
  if (a == EXCEPTION) return EXCEPTION;
  pushRoot(a);
  for (let k = 0; k < argc; k++) {
    if (createAt(a, <f64>k, load<i64>(argv + (<usize>k << 3))) == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
  }
  const r = setLength(a, <f64>argc);
  restoreSp(sp0);
  return r == EXCEPTION ? EXCEPTION : a;
}

/** Array.from(items, mapfn, thisArg) — §23.1.2.1. Until iterators exist, arrays and strings are
 *  iterated directly (an array's length is re-read each step, as its iterator does) and other
 *  objects are treated as array-likes. */
function Array_from(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  let items = arg(argv, argc, 0);
  const mapfn = arg(argv, argc, 1);
  const thisArg = arg(argv, argc, 2);
  const mapping = mapfn != UNDEFINED;
  if (mapping && !isCallable(mapfn)) return throwNotCallable(mapfn);
  if (isNullish(items)) {
    return throwTypeError(items == UNDEFINED ? "undefined is not iterable (cannot read property Symbol(Symbol.iterator))"
      : "object null is not iterable (cannot read property Symbol(Symbol.iterator))");
  }
  const sp0 = saveSp();
  // slots: 0 value, 1 index (callback arguments), 2 the source object, 3 the result
  const slots = reserveSlots(4);
  if (collectionKind(items) != 0 && isIterable(items)) { // Maps, Sets, their iterators
    items = boxObject(collectionToArray(items));
    store<i64>(slots, items, 16);
  }
  let str: usize = isString(items) ? ptr(items) : (isObject(items) ? wrappedString(ptr(items)) : 0);
  const iterable = str != 0 || isArray(items);
  let len: f64 = 0;
  let src = items;
  if (!iterable) {
    src = toObject(items, MSG_CONVERT);
    if (src == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
    store<i64>(slots, src, 16);
    len = lengthOf(src);
    if (len < 0) { restoreSp(sp0); return EXCEPTION; }
  }
  store<i64>(slots, src, 16);
  const a = constructFrom(thisv, len, iterable ? 0 : 1);
  if (a == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
  store<i64>(slots, a, 24);
  let k: f64 = 0;
  let pos: i32 = 0; // code-unit position in a string
  while (true) {
    let v: i64;
    if (str != 0) {
      const n = strLength(str);
      if (pos >= n) break;
      const c = strCharAt(str, pos);
      if ((c & 0xfc00) == 0xd800 && pos + 1 < n && (strCharAt(str, pos + 1) & 0xfc00) == 0xdc00) {
        v = boxString(newStringFromUtf16(strData(str) + (<usize>pos << 1), 2));
        pos += 2;
      } else {
        v = boxString(charString(c));
        pos++;
      }
    } else if (iterable) {
      if (k >= lengthOf(src)) break; // arrays: never throws
      v = getAt(src, k);
    } else {
      if (k >= len) break;
      v = getAt(src, k);
    }
    if (v == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
    if (mapping) {
      store<i64>(slots, v);
      store<i64>(slots, fromF64(k), 8);
      v = Call(mapfn, thisArg, slots, 2);
      if (v == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
    }
    if (createAt(a, k, v) == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
    k++;
  }
  const r = setLength(a, k);
  restoreSp(sp0);
  return r == EXCEPTION ? EXCEPTION : a;
}

export function initArray(global: usize): void {
  const ctor = defineConstructor(global, "Array", 1, Array_ctor, ArrayPrototype, true);
  setArrayConstructor(ctor);
  const sp0 = saveSp();
  pushRoot(boxObject(ctor));
  defineMethod(ctor, "isArray", 1, Array_isArray);
  defineMethod(ctor, "of", 0, Array_of);
  defineMethod(ctor, "from", 1, Array_from);
  initArrayMutate(ArrayPrototype);
  initArrayAccess(ArrayPrototype);
  initArrayIteration(ArrayPrototype);
  initArraySort(ArrayPrototype);
  restoreSp(sp0);
}
