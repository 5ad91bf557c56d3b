// The Array constructor and its static methods — ECMA-262 §23.1.1, §23.1.2. The prototype
// methods live in array-mutate.ts (in-place changes), array-access.ts (copies, search, join),
// array-iteration.ts (callbacks) and array-sort.ts; array-common.ts holds what they share.
import {
  UNDEFINED, EMPTY, EXCEPTION, isObject, isNumber, isString, isNullish, toF64, fromF64, fromBool,
  boxObject, boxString, ptr, NULL, TRUE,
} from "../value";
import { pushRoot, saveSp, restoreSp, reserveSlots } from "../heap/stack";
import { setPrototypeRaw, OrdinaryObjectCreate, addOwnProperty } from "../object/object";
import { internUtf16 } from "../string/atoms";
import { ArrayCreate, arraySet, arrayFromValues } from "../object/array";
import { newTarget, isCallable, isConstructor } from "../object/function";
import { ArrayPrototype } from "../realm";
import { A_prototype } from "../names";
import { throwTypeError, throwRangeError } from "../errors";
import { ToUint32 } from "../ops/conversion";
import { Get, GetV } from "../ops/property";
import { Call, ConstructNamed } from "../ops/call";
import { arg, defineConstructor, defineMethod, defineKeyedValue } from "./native";
import {
  ArrayConstructor, setArrayConstructor, MSG_CONVERT, isArray, newArray, arrayCreateValue,
  lengthOf, getAt, createAt, setLength, throwNotCallable, toObject, wrappedString,
} from "./array-common";
import { initArrayMutate } from "./array-mutate";
import { initArrayAccess } from "./array-access";
import { initArrayIteration } from "./array-iteration";
import { initArraySort } from "./array-sort";
import { cellKind } from "../heap/alloc";
import { CELL_ARRAY, PROP_DEFAULT, PROP_CONFIGURABLE } from "../layout.generated";
import { GetIterator, GetIteratorFromMethod, IteratorStepValue, IteratorCloseOnThrow, ITER_MSG_BUILTIN } from "../ops/iteration";
import { isIntrinsicArrayIteration, isIntrinsicStringIteration } from "./iterator-prototypes";
import { SymbolIterator, wellKnownSymbol, WK_UNSCOPABLES } from "./symbol";
import { defineSpeciesGetter } from "./symbol";

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

/** Array.from(items, mapfn, thisArg) — §23.1.2.1: through the iterator protocol when `items` has
 *  an @@iterator method, else as an array-like. */
function Array_from(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  const items = arg(argv, argc, 0);
  const mapfn = arg(argv, argc, 1);
  const thisArg = arg(argv, argc, 2);
  const mapping = mapfn != UNDEFINED;
  if (mapping && !isCallable(mapfn)) return throwNotCallable(mapfn);
  if (isNullish(items)) {
    return throwTypeError(items == UNDEFINED ? "undefined is not iterable (cannot read property Symbol(Symbol.iterator))"
      : "object null is not iterable (cannot read property Symbol(Symbol.iterator))");
  }
  const sp0 = saveSp();
  // slots: 0 value, 1 index (callback arguments), 2 the source object, 3 the result, 4-5 iterator record
  const slots = reserveSlots(6);
  const rec = slots + 32;
  store<i64>(slots, items, 16);
  const usingIterator = GetV(items, SymbolIterator());
  if (usingIterator == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
  const iterating = !isNullish(usingIterator);
  let len: f64 = 0;
  if (iterating) {
    if (!isCallable(usingIterator)) {
      restoreSp(sp0);
      return throwTypeError("%Array%.from requires that the property of the first argument, items[Symbol.iterator], when exists, be a function");
    }
    // GetIteratorFromMethod, or the intrinsic fast record for arrays and strings.
    const r = isIntrinsicIterable(items) ? GetIterator(items, rec, 0, ITER_MSG_BUILTIN)
      : GetIteratorFromMethod(items, usingIterator, rec);
    if (r == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
  } else {
    const src = toObject(items, MSG_CONVERT);
    if (src == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
    store<i64>(slots, src, 16);
    len = lengthOf(src);
    if (len < 0) { restoreSp(sp0); return EXCEPTION; }
  }
  const a = constructFrom(thisv, len, iterating ? 0 : 1);
  if (a == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
  store<i64>(slots, a, 24);
  let k: f64 = 0;
  while (true) {
    let v: i64;
    if (iterating) {
      v = IteratorStepValue(rec);
      if (v == EMPTY) break;
    } else {
      if (k >= len) break;
      v = getAt(load<i64>(slots, 16), k);
    }
    if (v == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
    if (mapping) {
      store<i64>(slots, v);
      store<i64>(slots, fromF64(k), 8);
      v = Call(mapfn, thisArg, slots, 2);
    }
    if (v == EXCEPTION || createAt(a, k, v) == EXCEPTION) {
      if (iterating) IteratorCloseOnThrow(rec);
      restoreSp(sp0);
      return EXCEPTION;
    }
    k++;
  }
  const r = setLength(a, k);
  restoreSp(sp0);
  return r == EXCEPTION ? EXCEPTION : a;
}

/** Arrays and strings whose iteration is the intrinsic one (iterated by index). */
function isIntrinsicIterable(v: i64): bool {
  if (isString(v)) return isIntrinsicStringIteration();
  return isObject(v) && cellKind(ptr(v)) == CELL_ARRAY && isIntrinsicArrayIteration(v);
}

export function initArray(global: usize): void {
  const ctor = defineConstructor(global, "Array", 1, Array_ctor, ArrayPrototype, true);
  defineSpeciesGetter(ctor);
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
  initUnscopables();
  restoreSp(sp0);
}

/** Array.prototype[@@unscopables] — §23.1.3.41: a null-prototype object naming, with true, the
 *  methods added after `with` statements were in use. */
const UNSCOPABLE_NAMES = "at copyWithin entries fill find findIndex findLast findLastIndex flat flatMap includes keys values toReversed toSorted toSpliced";

function initUnscopables(): void {
  const sp0 = saveSp();
  const list = OrdinaryObjectCreate(NULL);
  pushRoot(boxObject(list));
  let start = 0;
  for (let i = 0; i <= UNSCOPABLE_NAMES.length; i++) {
    if (i < UNSCOPABLE_NAMES.length && UNSCOPABLE_NAMES.charCodeAt(i) != 32) continue;
    const name = internUtf16(changetype<usize>(UNSCOPABLE_NAMES) + (<usize>start << 1), i - start);
    addOwnProperty(list, name, TRUE, PROP_DEFAULT);
    start = i + 1;
  }
  defineKeyedValue(ArrayPrototype, wellKnownSymbol(WK_UNSCOPABLES), boxObject(list), PROP_CONFIGURABLE);
  restoreSp(sp0);
}
