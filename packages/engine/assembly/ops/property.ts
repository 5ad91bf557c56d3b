// Property access on any value: [[Get]], [[Set]], [[HasProperty]], [[Delete]] and
// [[OwnPropertyKeys]] of ordinary objects (§10.1), arrays (§10.4.2), functions' virtual name/length,
// and string primitives (§10.4.3), plus GetV/PutValue-style entry points for generated code.
import {
  CELL_ARRAY, CELL_FUNCTION, CELL_STRING, OBJ_LENGTH, PROP_ACCESSOR, PROP_WRITABLE, PROP_DEFAULT,
  PROP_CONFIGURABLE, PROP_ENUMERABLE,
} from "../layout.generated";
import { CELL_PRIMITIVE_WRAPPER, OBJ_AUX } from "../layout.generated";
import {
  UNDEFINED, EXCEPTION, EMPTY, TRUE, FALSE, isNumber, isString, isObject, isSymbol, isBoolean, isBigInt,
  toF64, fromF64, fromBool, boxString, boxObject, ptr,
} from "../value";
import { cellKind, cellFlags } from "../heap/alloc";
import { OBJ_FLAG_LENGTH_READONLY } from "../layout.generated";
import { ArraySetLengthValue } from "./define-property";
import { pushRoot, saveSp, restoreSp } from "../heap/stack";
import { noteShapeChange } from "../object/shape";
import {
  objProto, addOwnProperty, reshape, isExtensible, findOwn, hasOwn, ownValue, setOwnValue, propAttrs, NO_PROP,
  ownPropList, ownPropEnd, ownPropKey, ownPropAttrs,
} from "../object/object";
import {
  arrayLength, arrayElements, arrayGet, arraySet, arraySetLength, arrayDenseIndex, ArrayCreate, arrayPush,
} from "../object/array";
import { vecGet, vecCapacity } from "../object/vector";
import { fnName, fnLength } from "../object/function";
import { strLength, strCharAt, strToArrayIndex, newStringFromUtf16 } from "../string/string";
import { internUtf16 } from "../string/atoms";
import { StringPrototype, NumberPrototype, BooleanPrototype, SymbolPrototype, BigIntPrototype } from "../realm";
import { A_length, A_name, A_empty } from "../names";
import { TYPE_ERROR, throwErrorWith } from "../errors";
import { Call } from "./call";
import { ToPropertyKey, ToNumber } from "./conversion";
import { throwDeleteFailure, throwInNonObject } from "./property-errors";
import { CELL_TYPED_ARRAY } from "../layout.generated";
import { argumentsMapSet, argumentsUnmap } from "./arguments";
import {
  typedArrayGetKey, typedArraySetKey, typedArrayHasKey, typedArrayDeleteKey, typedArrayGetNumber,
  typedArraySetNumber, taLength,
} from "./typed-array-access";

/** The atom for single code unit `c` (cached for ASCII). */
const charAtoms = memory.data(128 * 4);
/** Where the ASCII atoms of charString live (an entry is 0 until made): a profile-guided build
 *  reads `s[i]` of an ASCII code unit from it inline (GetElem.StringChar). */
export const charAtomTable: usize = charAtoms;
export function charString(c: u32): usize {
  if (c < 128) {
    let a = <usize>load<u32>(charAtoms + (c << 2));
    if (a == 0) {
      store<u16>(charScratch, <u16>c);
      a = internUtf16(charScratch, 1);
      store<u32>(charAtoms + (c << 2), <u32>a);
    }
    return a;
  }
  store<u16>(charScratch, <u16>c);
  return newStringFromUtf16(charScratch, 1);
}
const charScratch = memory.data(8);

/** An array index from a property-key atom, or -1. */
// @ts-ignore: decorator
@inline export function keyIndex(key: usize): i64 {
  if (cellKind(key) != CELL_STRING) return -1;
  const c = strCharAt(key, 0);
  return c >= 48 && c <= 57 ? strToArrayIndex(key) : -1;
}

/** The prototype used for property lookups on primitive `v`, or 0 for null/undefined. */
function primitiveProto(v: i64): usize {
  if (isString(v)) return StringPrototype;
  if (isNumber(v)) return NumberPrototype;
  if (isBoolean(v)) return BooleanPrototype;
  if (isSymbol(v)) return SymbolPrototype;
  if (isBigInt(v)) return BigIntPrototype; // made with the first BigInt value (builtins/bigint.ts)
  return 0;
}

/** Read own data or accessor property `ref` (findOwn) of `o`. */
function readFound(o: usize, ref: i64, receiver: i64): i64 {
  const v = ownValue(o, ref);
  if ((propAttrs(ref) & PROP_ACCESSOR) == 0) return v;
  const getter = vecGet(ptr(v), 0);
  if (getter == UNDEFINED) return UNDEFINED;
  return Call(getter, receiver, 0, 0);
}

/** [[Get]](key, receiver) along the prototype chain starting at object `start`. */
export function Get(start: i64, key: usize, receiver: i64): i64 {
  let o = ptr(start);
  while (true) {
    const kind = cellKind(o);
    if (kind == CELL_ARRAY) {
      if (key == A_length) return fromF64(<f64>arrayLength(o));
      const idx = keyIndex(key);
      if (idx >= 0) {
        const e = arrayGet(o, <u32>idx);
        if (e != EMPTY) return e;
      }
    }
    if (kind == CELL_PRIMITIVE_WRAPPER) {
      const c = stringObjectOwn(o, key);
      if (c != EMPTY) return c;
    }
    if (kind == CELL_TYPED_ARRAY) { // numeric keys never reach the prototype (§10.4.5.4)
      const e = typedArrayGetKey(o, key);
      if (e != EMPTY) return e;
    }
    const ref = findOwn(o, key);
    if (ref != NO_PROP) return readFound(o, ref, receiver);
    if (kind == CELL_FUNCTION) {
      if (key == A_name) { const n = fnName(o); return boxString(n != 0 ? n : A_empty); }
      if (key == A_length) return fromF64(<f64>fnLength(o));
    }
    const proto = objProto(o);
    if (!isObject(proto)) return UNDEFINED;
    o = ptr(proto);
  }
}

/** The own "length" or index property of a String exotic object (§10.4.3.5
 *  StringGetOwnProperty), or EMPTY; other wrappers have none. */
function stringObjectOwn(o: usize, key: usize): i64 {
  const data = load<i64>(o, OBJ_AUX);
  if (!isString(data)) return EMPTY;
  const s = ptr(data);
  if (key == A_length) return fromF64(<f64>strLength(s));
  const idx = keyIndex(key);
  if (idx >= 0 && idx < <i64>strLength(s)) return boxString(charString(strCharAt(s, <i32>idx)));
  return EMPTY;
}

/** GetV(V, P) — §7.3.3: property `key` (an atom/symbol) of any value. Reading from null or
 *  undefined throws node's TypeError. */
export function GetV(base: i64, key: usize): i64 {
  if (isObject(base)) return Get(base, key, base);
  if (isString(base)) {
    const s = ptr(base);
    if (key == A_length) return fromF64(<f64>strLength(s));
    const idx = keyIndex(key);
    if (idx >= 0 && idx < <i64>strLength(s)) return boxString(charString(strCharAt(s, <i32>idx)));
  }
  const proto = primitiveProto(base);
  if (proto == 0) return throwCannotRead(base, key);
  return Get(boxObject(proto), key, base);
}

function throwCannotRead(base: i64, key: usize): i64 {
  const k = cellKind(key) == CELL_STRING ? key : A_empty;
  if (base == UNDEFINED) return throwErrorWith(TYPE_ERROR, "Cannot read properties of undefined (reading '", k, "')");
  return throwErrorWith(TYPE_ERROR, "Cannot read properties of null (reading '", k, "')");
}

/** OrdinarySet(O, P, V, Receiver) — §10.1.9.2 for receiver == O; false when the write is refused. */
export function SetOnObject(ov: i64, key: usize, v: i64): i64 {
  const o0 = ptr(ov);
  let newLength: i64 = -1; // an index at or past an array's length extends it once added
  if (cellKind(o0) == CELL_ARRAY) {
    if (key == A_length) {
      const n = ToNumber(v);
      if (n == EXCEPTION) return EXCEPTION;
      const d = toF64(n);
      if (d < 0 || d != Math.trunc(d) || d > 4294967295.0) {
        return throwErrorWith(2, "Invalid array length", A_empty, "");
      }
      if ((cellFlags(o0) & OBJ_FLAG_LENGTH_READONLY) != 0) return FALSE;
      return fromBool(ArraySetLengthValue(o0, <u32>d));
    }
    const idx = keyIndex(key);
    if (idx >= 0) {
      if (arrayDenseIndex(o0, <u32>idx)) { arraySet(o0, <u32>idx, v); return TRUE; }
      // A far index (or any index of a slow array) is a named property; length still covers it.
      if (<u32>idx >= arrayLength(o0)) {
        if ((cellFlags(o0) & OBJ_FLAG_LENGTH_READONLY) != 0) return FALSE;
        newLength = idx + 1;
      }
    }
  } else if (cellKind(o0) == CELL_TYPED_ARRAY) {
    const r = typedArraySetKey(o0, key, v); // §10.4.5.5: numeric keys are elements or ignored
    if (r != EMPTY) return r;
  }
  // Own property?
  let ref = findOwn(o0, key);
  if (ref != NO_PROP) {
    const attrs = propAttrs(ref);
    if (attrs & PROP_ACCESSOR) return callSetter(o0, ref, ov, v);
    if ((attrs & PROP_WRITABLE) == 0) return FALSE;
    setOwnValue(o0, ref, v);
    argumentsMapSet(o0, key, v);
    return TRUE;
  }
  // A function's virtual name and length are read-only.
  if (cellKind(o0) == CELL_FUNCTION && (key == A_name || key == A_length)) return FALSE;
  // Inherited setter or read-only property?
  let p = objProto(o0);
  while (isObject(p)) {
    const po = ptr(p);
    ref = findOwn(po, key);
    if (ref != NO_PROP) {
      const attrs = propAttrs(ref);
      if (attrs & PROP_ACCESSOR) return callSetter(po, ref, ov, v);
      if ((attrs & PROP_WRITABLE) == 0) return FALSE;
      break;
    }
    p = objProto(po);
  }
  if (!isExtensible(o0)) return FALSE;
  noteShapeChange(o0);
  addOwnProperty(o0, key, v, PROP_DEFAULT);
  if (newLength >= 0) store<u32>(o0, <u32>newLength, OBJ_LENGTH);
  return TRUE;
}

function callSetter(holder: usize, ref: i64, receiver: i64, v: i64): i64 {
  const setter = vecGet(ptr(ownValue(holder, ref)), 1);
  if (setter == UNDEFINED) return FALSE;
  const sp0 = saveSp();
  const argv = pushRoot(v);
  const r = Call(setter, receiver, argv, 1);
  restoreSp(sp0);
  return r == EXCEPTION ? EXCEPTION : TRUE;
}

/** PutValue for `base.key = v`: TRUE, FALSE (refused), or EXCEPTION. Writing to a primitive is
 *  ignored (sloppy) and to null/undefined throws. */
export function SetV(base: i64, key: usize, v: i64): i64 {
  if (isObject(base)) return SetOnObject(base, key, v);
  if (primitiveProto(base) == 0) {
    if (base == UNDEFINED) return throwErrorWith(TYPE_ERROR, "Cannot set properties of undefined (setting '", key, "')");
    return throwErrorWith(TYPE_ERROR, "Cannot set properties of null (setting '", key, "')");
  }
  return FALSE;
}

/** [[HasProperty]](P) — §10.1.7. */
export function HasProperty(ov: i64, key: usize): bool {
  let o = ptr(ov);
  while (true) {
    const kind = cellKind(o);
    if (kind == CELL_ARRAY) {
      if (key == A_length) return true;
      const idx = keyIndex(key);
      if (idx >= 0 && arrayGet(o, <u32>idx) != EMPTY) return true;
    }
    if (kind == CELL_FUNCTION && (key == A_name || key == A_length)) return true;
    if (kind == CELL_TYPED_ARRAY) {
      const has = typedArrayHasKey(o, key);
      if (has >= 0) return has == 1;
    }
    if (kind == CELL_PRIMITIVE_WRAPPER && isString(load<i64>(o, OBJ_AUX))) {
      if (key == A_length) return true;
      const idx = keyIndex(key);
      if (idx >= 0 && idx < <i64>strLength(ptr(load<i64>(o, OBJ_AUX)))) return true;
    }
    if (hasOwn(o, key)) return true;
    const proto = objProto(o);
    if (!isObject(proto)) return false;
    o = ptr(proto);
  }
}

/** [[Delete]](P) — §10.1.10: TRUE, or FALSE for a non-configurable property. */
export function DeleteProperty(ov: i64, key: usize): i64 {
  const o = ptr(ov);
  if (cellKind(o) == CELL_ARRAY) {
    if (key == A_length) return FALSE;
    const idx = keyIndex(key);
    if (idx >= 0 && idx < <i64>arrayLength(o) && arrayGet(o, <u32>idx) != EMPTY) {
      arraySet(o, <u32>idx, EMPTY);
      return TRUE;
    }
  } else if (cellKind(o) == CELL_TYPED_ARRAY) {
    const r = typedArrayDeleteKey(o, key);
    if (r != EMPTY) return r;
  }
  const ref = findOwn(o, key);
  if (ref == NO_PROP) return TRUE;
  if ((propAttrs(ref) & PROP_CONFIGURABLE) == 0) return FALSE;
  noteShapeChange(o);
  reshape(o, key, true, 0);
  argumentsUnmap(o, key);
  return TRUE;
}

// ---- Keyed access: o[k] ----

/** An array index from a number value, or -1. */
// @ts-ignore: decorator
@inline function numberIndex(k: i64): i64 {
  const d = toF64(k);
  if (d >= 0 && d < 4294967295.0) {
    const i = <u32>d;
    if (<f64>i == d) return <i64>i;
  }
  return -1;
}

/** base[k] — GetV(base, ToPropertyKey(k)) with fast paths for array and string indices. */
export function GetElement(base: i64, k: i64): i64 {
  if (isNumber(k)) {
    const idx = numberIndex(k);
    if (idx >= 0) {
      if (isObject(base) && cellKind(ptr(base)) == CELL_ARRAY) {
        const e = arrayGet(ptr(base), <u32>idx);
        if (e != EMPTY) return e;
      } else if (isString(base) && idx < <i64>strLength(ptr(base))) {
        return boxString(charString(strCharAt(ptr(base), <i32>idx)));
      }
    }
    if (isObject(base) && cellKind(ptr(base)) == CELL_TYPED_ARRAY) return typedArrayGetNumber(ptr(base), toF64(k));
  }
  if (!isObject(base) && primitiveProto(base) == 0) {
    const sp0 = saveSp();
    pushRoot(base);
    const key = ToPropertyKey(k);
    restoreSp(sp0);
    if (key == 0) return EXCEPTION;
    return throwCannotRead(base, key);
  }
  const sp0 = saveSp();
  pushRoot(base);
  const key = ToPropertyKey(k);
  if (key == 0) { restoreSp(sp0); return EXCEPTION; }
  const r = GetV(base, key);
  restoreSp(sp0);
  return r;
}

/** base[k] = v. */
export function SetElement(base: i64, k: i64, v: i64): i64 {
  if (isNumber(k) && isObject(base) && cellKind(ptr(base)) == CELL_ARRAY) {
    const idx = numberIndex(k);
    if (idx >= 0 && arrayDenseIndex(ptr(base), <u32>idx)) { arraySet(ptr(base), <u32>idx, v); return TRUE; }
  }
  if (isNumber(k) && isObject(base) && cellKind(ptr(base)) == CELL_TYPED_ARRAY) {
    const sp0 = saveSp();
    pushRoot(base);
    const r = typedArraySetNumber(ptr(base), toF64(k), v);
    restoreSp(sp0);
    return r;
  }
  const sp0 = saveSp();
  pushRoot(base);
  pushRoot(v);
  const key = ToPropertyKey(k);
  if (key == 0) { restoreSp(sp0); return EXCEPTION; }
  const r = SetV(base, key, v);
  restoreSp(sp0);
  return r;
}

/** `k in o` — §13.10.1: TypeError unless o is an object. */
export function InOperator(k: i64, o: i64): i64 {
  if (!isObject(o)) return throwInNonObject(k, o);
  if (isNumber(k) && cellKind(ptr(o)) == CELL_ARRAY) {
    const idx = numberIndex(k);
    if (idx >= 0 && arrayGet(ptr(o), <u32>idx) != EMPTY) return TRUE;
  }
  const sp0 = saveSp();
  pushRoot(o);
  const key = ToPropertyKey(k);
  restoreSp(sp0);
  if (key == 0) return EXCEPTION;
  return fromBool(HasProperty(o, key));
}

/** `delete base[k]`. */
export function DeleteElement(base: i64, k: i64, strict: i32): i64 {
  if (!isObject(base)) return TRUE;
  const sp0 = saveSp();
  pushRoot(base);
  const key = ToPropertyKey(k);
  if (key == 0) { restoreSp(sp0); return EXCEPTION; }
  const r = DeleteProperty(base, key);
  // §13.5.1.2 step 5.e: strict code throws where sloppy code gets false.
  const failed = r == FALSE && strict != 0 ? throwDeleteFailure(base, key) : r;
  restoreSp(sp0);
  return failed;
}

// ---- Own keys ----

/** [[OwnPropertyKeys]] restricted to enumerable string keys, as Object.keys needs: a new array
 *  of strings, integer keys first in ascending order, then the rest in insertion order. */
export function EnumerableOwnKeys(ov: i64): usize { return OwnStringKeys(ov, true); }

/** The own string-keyed property keys of an object in spec order (§10.1.11.1
 *  OrdinaryOwnPropertyKeys), all of them or only the enumerable ones. */
export function OwnStringKeys(ov: i64, onlyEnumerable: bool): usize {
  const o = ptr(ov);
  const sp0 = saveSp();
  pushRoot(ov); // Object.keys("str") passes a fresh wrapper that nothing else holds
  const result = ArrayCreate(0, 0);
  pushRoot(boxObject(result));
  if (!onlyEnumerable && cellKind(o) == CELL_FUNCTION) {
    arrayPush(result, boxString(A_length));
    if (!hasOwn(o, A_name)) arrayPush(result, boxString(A_name));
  }
  if (cellKind(o) == CELL_PRIMITIVE_WRAPPER && isString(load<i64>(o, OBJ_AUX))) {
    const n = <u32>strLength(ptr(load<i64>(o, OBJ_AUX))); // a String object's indices
    for (let i: u32 = 0; i < n; i++) arrayPush(result, boxString(indexString(i)));
  }
  if (cellKind(o) == CELL_TYPED_ARRAY) { // §10.4.5.7: the indices, then the ordinary keys
    const n = taLength(o);
    for (let i: u32 = 0; i < n; i++) arrayPush(result, boxString(indexString(i)));
  }
  if (cellKind(o) == CELL_ARRAY) {
    // Dense elements only; far (sparse) indices are named properties, listed below in order.
    const cap = vecCapacity(arrayElements(o));
    const n = arrayLength(o) < cap ? arrayLength(o) : cap;
    for (let i: u32 = 0; i < n; i++) {
      if (arrayGet(o, i) != EMPTY) {
        arrayPush(result, boxString(indexString(i)));
      }
    }
    if (!onlyEnumerable) arrayPush(result, boxString(A_length));
  }
  // Integer keys first, ascending, then the other strings in insertion order.
  const list = ownPropList(o);
  const end = ownPropEnd(o);
  const firstNamed = arrayLength(result);
  for (let pass = 0; pass < 2; pass++) {
    for (let i: u32 = 0; i < end; i++) {
      const key = ownPropKey(o, list, i);
      if (key == 0 || cellKind(key) != CELL_STRING) continue;
      if (onlyEnumerable && (ownPropAttrs(o, list, i) & PROP_ENUMERABLE) == 0) continue;
      if ((keyIndex(key) >= 0) == (pass == 0)) arrayPush(result, boxString(key));
    }
    if (pass == 0) sortIndexKeys(result, firstNamed, arrayLength(result));
  }
  restoreSp(sp0);
  return result;
}

/** Sort positions [from, to) of engine array `a`, which hold array-index keys, by index
 *  (heapsort: in place, O(n log n) also for a dictionary of thousands of integer keys). */
export function sortIndexKeys(a: usize, from: u32, to: u32): void {
  const n = to - from;
  for (let i = <i32>(n >> 1) - 1; i >= 0; i--) siftDown(a, from, <u32>i, n);
  for (let end = n; end > 1; end--) {
    swapAt(a, from, from + end - 1);
    siftDown(a, from, 0, end - 1);
  }
}
function siftDown(a: usize, base: u32, i: u32, n: u32): void {
  while (true) {
    let top = i;
    const l: u32 = 2 * i + 1, r: u32 = l + 1;
    if (l < n && indexAt(a, base + l) > indexAt(a, base + top)) top = l;
    if (r < n && indexAt(a, base + r) > indexAt(a, base + top)) top = r;
    if (top == i) return;
    swapAt(a, base + i, base + top);
    i = top;
  }
}
// @ts-ignore: decorator
@inline function indexAt(a: usize, i: u32): i64 { return strToArrayIndex(ptr(arrayGet(a, i))); }
function swapAt(a: usize, i: u32, j: u32): void {
  const t = arrayGet(a, i);
  arraySet(a, i, arrayGet(a, j));
  arraySet(a, j, t);
}

/** The canonical string of array index `i`. */
export function indexString(i: u32): usize {
  const buf = charScratch2;
  let n = i, k = 12;
  do { store<u16>(buf + (<usize>--k << 1), <u16>(48 + n % 10)); n /= 10; } while (n > 0);
  return internUtf16(buf + (<usize>k << 1), 12 - k);
}
const charScratch2 = memory.data(32);

/** The property key atom of array index `i` — for engine code that sets indexed properties. */
export function indexKey(i: u32): usize { return indexString(i); }
