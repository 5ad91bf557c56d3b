// Property descriptors — ECMA-262 §6.2.6 — and the ordinary [[GetOwnProperty]] /
// [[DefineOwnProperty]] (§10.1.5, §10.1.6) with arrays' `length` and index properties (§10.4.2)
// and the engine's virtual properties (function name/length, String object characters).
//
// A descriptor record is 4 slots on the shadow stack, so its values stay rooted while the record
// is alive: [value, get, set, flags]. The flags say which fields are present and their booleans.
import {
  CELL_ARRAY, CELL_FUNCTION, CELL_STRING, CELL_PRIMITIVE_WRAPPER, OBJ_AUX, OBJ_ELEMENTS,
  OBJ_LENGTH, PROP_WRITABLE, PROP_ENUMERABLE, PROP_CONFIGURABLE, PROP_ACCESSOR, PROP_DEFAULT,
  OBJ_FLAG_SLOW_ELEMENTS, OBJ_FLAG_LENGTH_READONLY, OBJ_FLAG_MAPPED_ARGUMENTS,
} from "../layout.generated";
import {
  UNDEFINED, EXCEPTION, EMPTY, TRUE, FALSE, isObject, isString, isNumber, toF64, fromF64, fromBool,
  boxObject, boxString, ptr,
} from "../value";
import { cellKind } from "../heap/alloc";
import { pushRoot, saveSp, restoreSp, reserveSlots } from "../heap/stack";
import { noteShapeChange } from "../object/shape";
import {
  addOwnProperty, reshape, isExtensible, objFlags, objSetFlags, OrdinaryObjectCreate, findOwn, hasOwn,
  ownValue, setOwnValue, propAttrs, NO_PROP, ownPropList, ownPropEnd, ownPropKey, ownPropAttrs,
} from "../object/object";
import { arrayLength, arrayElements, arraySet, arraySetLength, arrayDenseIndex } from "../object/array";
import { newVector, vecGet, vecSet, vecCapacity } from "../object/vector";
import { fnName, fnLength, isCallable } from "../object/function";
import { strLength, strCharAt, strToArrayIndex } from "../string/string";
import { internStatic } from "../string/atoms";
import { sbOpen, sbAppendStatic, sbAppendString, sbFinish } from "../string/builder";
import { ObjectPrototype } from "../realm";
import { A_length, A_name, A_empty } from "../names";
import { RANGE_ERROR, throwErrorWith } from "../errors";
import { Get, HasProperty, indexKey, charString } from "./property";
import { IsStrictlyEqual } from "./operators";
import { ToNumber, ToUint32, ToBoolean } from "./conversion";
import { SYM_DESCRIPTION } from "../builtins/inspect-primitive";
import { throwWithValue } from "./property-errors";
import { argumentsMapSet, argumentsUnmap } from "./arguments";

// ---- Descriptor records ----

export const D_VALUE: usize = 0;
export const D_GET: usize = 8;
export const D_SET: usize = 16;
const D_FLAGS: usize = 24;

export const HAS_VALUE: u32 = 1;
export const HAS_WRITABLE: u32 = 2;
export const HAS_GET: u32 = 4;
export const HAS_SET: u32 = 8;
export const HAS_ENUMERABLE: u32 = 16;
export const HAS_CONFIGURABLE: u32 = 32;
export const F_WRITABLE: u32 = 64;
export const F_ENUMERABLE: u32 = 128;
export const F_CONFIGURABLE: u32 = 256;
const HAS_ALL_DATA: u32 = HAS_VALUE | HAS_WRITABLE | HAS_ENUMERABLE | HAS_CONFIGURABLE;

/** A descriptor record with no fields, on the shadow stack (the caller restores sp). */
export function newDesc(): usize {
  const d = reserveSlots(4);
  store<i64>(d, UNDEFINED, D_VALUE);
  store<i64>(d, UNDEFINED, D_GET);
  store<i64>(d, UNDEFINED, D_SET);
  return d;
}
// @ts-ignore: decorator
@inline export function descFlags(d: usize): u32 { return <u32>load<i64>(d, D_FLAGS); }
// @ts-ignore: decorator
@inline function setDescFlags(d: usize, f: u32): void { store<i64>(d, <i64>f, D_FLAGS); }
// @ts-ignore: decorator
@inline function isAccessorDesc(f: u32): bool { return (f & (HAS_GET | HAS_SET)) != 0; }
// @ts-ignore: decorator
@inline function isDataDesc(f: u32): bool { return (f & (HAS_VALUE | HAS_WRITABLE)) != 0; }

/** Fill `d` as a complete data descriptor. */
function setData(d: usize, v: i64, attrs: u32): void {
  store<i64>(d, v, D_VALUE);
  setDescFlags(d, HAS_ALL_DATA | (attrs & 7) << 6);
}

/** An object literal's `get key() {}` or `set key(v) {}` (the other half UNDEFINED): an
 *  enumerable, configurable accessor merged with an existing one. A function without a name
 *  (computed key) is named "get key" / "set key". The literal is fresh, so this cannot fail. */
export function defineLiteralAccessor(o: i64, key: usize, getter: i64, setter: i64, enumerable: bool = true): void {
  const sp0 = saveSp();
  pushRoot(o);
  const d = newDesc();
  let f = HAS_ENUMERABLE | HAS_CONFIGURABLE | F_CONFIGURABLE | (enumerable ? F_ENUMERABLE : 0);
  if (getter != UNDEFINED) { store<i64>(d, getter, D_GET); f |= HAS_GET; }
  if (setter != UNDEFINED) { store<i64>(d, setter, D_SET); f |= HAS_SET; }
  setDescFlags(d, f);
  DefineOwnProperty(o, key, d);
  if (getter != UNDEFINED) nameAccessor(load<i64>(d, D_GET), "get ", key);
  if (setter != UNDEFINED) nameAccessor(load<i64>(d, D_SET), "set ", key);
  restoreSp(sp0);
}

/** SetFunctionName(F, key, prefix) — §10.2.9 for an accessor left unnamed by the compiler. */
function nameAccessor(fv: i64, prefix: string, key: usize): void {
  const f = ptr(fv);
  const n = fnName(f);
  if ((n != 0 && n != A_empty) || hasOwn(f, A_name)) return;
  const sb = sbOpen();
  sbAppendStatic(sb, prefix);
  if (cellKind(key) == CELL_STRING) sbAppendString(sb, key);
  else {
    // A symbol key: "[description]".
    const desc = <usize>load<u32>(key, SYM_DESCRIPTION);
    sbAppendStatic(sb, "[");
    if (desc != 0 && cellKind(desc) == CELL_STRING) sbAppendString(sb, desc);
    sbAppendStatic(sb, "]");
  }
  const name = sbFinish(sb);
  const sp0 = saveSp();
  pushRoot(boxString(name));
  addOwnProperty(f, A_name, boxString(name), PROP_CONFIGURABLE);
  restoreSp(sp0);
}

/** ToPropertyDescriptor(Obj) — §6.2.6.5: fills `d`; TRUE or EXCEPTION. `obj` must be rooted. */
export function ToPropertyDescriptor(obj: i64, d: usize): i64 {
  if (!isObject(obj)) return throwWithValue("Property description must be an object: ", obj, "");
  let f: u32 = 0;
  for (let i = 0; i < 6; i++) {
    const name = i == 0 ? internStatic("enumerable") : i == 1 ? internStatic("configurable")
      : i == 2 ? internStatic("value") : i == 3 ? internStatic("writable")
      : i == 4 ? internStatic("get") : internStatic("set");
    if (!HasProperty(obj, name)) continue;
    const v = Get(obj, name, obj);
    if (v == EXCEPTION) return EXCEPTION;
    const truthy = ToBoolean(v);
    if (i == 0) f |= HAS_ENUMERABLE | (truthy ? F_ENUMERABLE : 0);
    else if (i == 1) f |= HAS_CONFIGURABLE | (truthy ? F_CONFIGURABLE : 0);
    else if (i == 2) { store<i64>(d, v, D_VALUE); f |= HAS_VALUE; }
    else if (i == 3) f |= HAS_WRITABLE | (truthy ? F_WRITABLE : 0);
    else {
      if (v != UNDEFINED && !isCallable(v)) {
        return throwWithValue(i == 4 ? "Getter must be a function: " : "Setter must be a function: ", v, "");
      }
      store<i64>(d + (i == 4 ? D_GET : D_SET), v);
      f |= i == 4 ? HAS_GET : HAS_SET;
    }
  }
  if (isAccessorDesc(f) && isDataDesc(f)) {
    return throwWithValue("Invalid property descriptor. Cannot both specify accessors and a value or writable attribute, ", obj, "");
  }
  setDescFlags(d, f);
  return TRUE;
}

/** FromPropertyDescriptor(Desc) — §6.2.6.4 for a complete descriptor. */
export function FromPropertyDescriptor(d: usize): i64 {
  const f = descFlags(d);
  const o = OrdinaryObjectCreate(boxObject(ObjectPrototype));
  const sp0 = saveSp();
  pushRoot(boxObject(o));
  if (isAccessorDesc(f)) {
    addOwnProperty(o, internStatic("get"), load<i64>(d, D_GET), PROP_DEFAULT);
    addOwnProperty(o, internStatic("set"), load<i64>(d, D_SET), PROP_DEFAULT);
  } else {
    addOwnProperty(o, internStatic("value"), load<i64>(d, D_VALUE), PROP_DEFAULT);
    addOwnProperty(o, internStatic("writable"), fromBool((f & F_WRITABLE) != 0), PROP_DEFAULT);
  }
  addOwnProperty(o, internStatic("enumerable"), fromBool((f & F_ENUMERABLE) != 0), PROP_DEFAULT);
  addOwnProperty(o, internStatic("configurable"), fromBool((f & F_CONFIGURABLE) != 0), PROP_DEFAULT);
  restoreSp(sp0);
  return boxObject(o);
}

/** SameValue(x, y) — §7.2.10 (NaN is NaN; +0 is not -0). */
export function SameValue(a: i64, b: i64): bool {
  if (isNumber(a) && isNumber(b)) {
    const x = toF64(a), y = toF64(b);
    if (x != x) return y != y;
    return x == y && (x != 0 || 1 / x == 1 / y);
  }
  return IsStrictlyEqual(a, b);
}

// ---- [[GetOwnProperty]] ----

/** An array index from a property key (atom or symbol), or -1. */
export function keyToIndex(key: usize): i64 {
  if (cellKind(key) != CELL_STRING) return -1;
  const c = strCharAt(key, 0);
  return c >= 48 && c <= 57 ? strToArrayIndex(key) : -1;
}

/** OrdinaryGetOwnProperty(O, P) — §10.1.5.1: fills `d` with a complete descriptor and returns
 *  true, or returns false when `o` has no own `key`. */
export function OrdinaryGetOwnProperty(o: usize, key: usize, d: usize): bool {
  const ref = findOwn(o, key);
  if (ref != NO_PROP) {
    const v = ownValue(o, ref);
    const attrs = propAttrs(ref);
    if ((attrs & PROP_ACCESSOR) == 0) { setData(d, v, attrs); return true; }
    store<i64>(d, vecGet(ptr(v), 0), D_GET);
    store<i64>(d, vecGet(ptr(v), 1), D_SET);
    setDescFlags(d, HAS_GET | HAS_SET | HAS_ENUMERABLE | HAS_CONFIGURABLE | (attrs & 6) << 6);
    return true;
  }
  if (cellKind(key) != CELL_STRING) return false;
  const kind = cellKind(o);
  if (kind == CELL_ARRAY) {
    if (key == A_length) {
      const ro = (objFlags(o) & OBJ_FLAG_LENGTH_READONLY) != 0;
      setData(d, fromF64(<f64>arrayLength(o)), ro ? 0 : PROP_WRITABLE);
      return true;
    }
    const idx = keyToIndex(key);
    if (idx >= 0 && idx < <i64>arrayLength(o)) {
      const els = arrayElements(o);
      if (<u32>idx < vecCapacity(els) && vecGet(els, <u32>idx) != EMPTY) {
        setData(d, vecGet(els, <u32>idx), PROP_DEFAULT);
        return true;
      }
    }
  } else if (kind == CELL_FUNCTION) {
    if (key == A_length) { setData(d, fromF64(<f64>fnLength(o)), PROP_CONFIGURABLE); return true; }
    if (key == A_name) {
      const n = fnName(o);
      setData(d, boxString(n != 0 ? n : A_empty), PROP_CONFIGURABLE);
      return true;
    }
  } else if (kind == CELL_PRIMITIVE_WRAPPER) {
    const pv = load<i64>(o, OBJ_AUX);
    if (isString(pv)) {
      const s = ptr(pv);
      if (key == A_length) { setData(d, fromF64(<f64>strLength(s)), 0); return true; }
      const idx = keyToIndex(key);
      if (idx >= 0 && idx < <i64>strLength(s)) {
        setData(d, boxString(charString(strCharAt(s, <i32>idx))), PROP_ENUMERABLE);
        return true;
      }
    }
  } else if (kind == CELL_TYPED_ARRAY) { // §10.4.5.1: elements are writable, enumerable, configurable
    const e = typedArrayGetKey(o, key);
    if (e != EMPTY && e != UNDEFINED) { setData(d, e, PROP_DEFAULT); return true; }
  }
  return false;
}
import { CELL_TYPED_ARRAY } from "../layout.generated";
import { typedArrayGetKey } from "./typed-array-access";

// ---- [[DefineOwnProperty]] ----

/** [[DefineOwnProperty]](P, Desc) — §10.1.6 / §10.4.2.1: TRUE, FALSE (refused) or EXCEPTION
 *  (only for an invalid array length). `ov` must be rooted. */
export function DefineOwnProperty(ov: i64, key: usize, d: usize): i64 {
  const o = ptr(ov);
  const kind = cellKind(o);
  if (kind == CELL_ARRAY) {
    if (key == A_length) return ArrayDefineLength(o, d);
    const idx = keyToIndex(key);
    if (idx >= 0) return ArrayDefineIndex(o, <u32>idx, key, d);
  }
  if (kind == CELL_FUNCTION && (key == A_length || key == A_name)) materializeFunctionProp(o, key);
  const r = OrdinaryDefineOwnProperty(o, key, d);
  if (r == TRUE && (objFlags(o) & OBJ_FLAG_MAPPED_ARGUMENTS) != 0) {
    // §10.4.4.2 steps 7-8: a mapped index follows a new value, and ends as an accessor or read-only.
    const f = descFlags(d);
    if (!isAccessorDesc(f) && (f & HAS_VALUE) != 0) argumentsMapSet(o, key, load<i64>(d, D_VALUE));
    if (isAccessorDesc(f) || (f & (HAS_WRITABLE | F_WRITABLE)) == HAS_WRITABLE) argumentsUnmap(o, key);
  }
  return r;
}

/** OrdinaryDefineOwnProperty(O, P, Desc) — §10.1.6.1. */
function OrdinaryDefineOwnProperty(o: usize, key: usize, d: usize): i64 {
  const sp0 = saveSp();
  const cur = newDesc();
  const exists = OrdinaryGetOwnProperty(o, key, cur);
  const r = ValidateAndApplyPropertyDescriptor(o, key, isExtensible(o), d, exists ? cur : 0);
  restoreSp(sp0);
  return r;
}

/** ValidateAndApplyPropertyDescriptor(O, P, extensible, Desc, current) — §10.1.6.3 (`cur` 0 when
 *  absent). A current property outside the shape (a String object's characters) is validated only:
 *  it is non-configurable and non-writable, so a valid Desc changes nothing. */
function ValidateAndApplyPropertyDescriptor(o: usize, key: usize, extensible: bool, d: usize, cur: usize): i64 {
  const f = descFlags(d);
  if (cur == 0) {
    if (!extensible) return FALSE;
    noteShapeChange(o);
    const attrs = (f >> 6) & (isAccessorDesc(f) ? 6 : 7);
    if (isAccessorDesc(f)) {
      const pair = newAccessorPair(load<i64>(d, D_GET), load<i64>(d, D_SET));
      const sp0 = saveSp();
      pushRoot(boxObject(pair));
      addOwnProperty(o, key, boxObject(pair), attrs | PROP_ACCESSOR);
      restoreSp(sp0);
    } else {
      addOwnProperty(o, key, load<i64>(d, D_VALUE), attrs);
    }
    return TRUE;
  }
  const cf = descFlags(cur);
  if ((cf & F_CONFIGURABLE) == 0) {
    if ((f & F_CONFIGURABLE) != 0) return FALSE;
    if ((f & HAS_ENUMERABLE) != 0 && (f & F_ENUMERABLE) != (cf & F_ENUMERABLE)) return FALSE;
    if ((isAccessorDesc(f) || isDataDesc(f)) && isAccessorDesc(f) != isAccessorDesc(cf)) return FALSE;
    if (isAccessorDesc(cf)) {
      if ((f & HAS_GET) != 0 && !SameValue(load<i64>(d, D_GET), load<i64>(cur, D_GET))) return FALSE;
      if ((f & HAS_SET) != 0 && !SameValue(load<i64>(d, D_SET), load<i64>(cur, D_SET))) return FALSE;
    } else if ((cf & F_WRITABLE) == 0) {
      if ((f & F_WRITABLE) != 0) return FALSE;
      if ((f & HAS_VALUE) != 0 && !SameValue(load<i64>(d, D_VALUE), load<i64>(cur, D_VALUE))) return FALSE;
    }
  }
  let ref = findOwn(o, key);
  if (ref == NO_PROP) return TRUE;
  const oldAttrs = propAttrs(ref);
  let attrs = oldAttrs & (PROP_ENUMERABLE | PROP_CONFIGURABLE);
  if ((f & HAS_ENUMERABLE) != 0) attrs = (attrs & ~PROP_ENUMERABLE) | ((f & F_ENUMERABLE) != 0 ? PROP_ENUMERABLE : 0);
  if ((f & HAS_CONFIGURABLE) != 0) attrs = (attrs & ~PROP_CONFIGURABLE) | ((f & F_CONFIGURABLE) != 0 ? PROP_CONFIGURABLE : 0);
  const wasAccessor = (oldAttrs & PROP_ACCESSOR) != 0;
  const toAccessor = isAccessorDesc(f) || (wasAccessor && !isDataDesc(f));
  const sp0 = saveSp();
  const slot = pushRoot(ownValue(o, ref));
  if (toAccessor) {
    attrs |= PROP_ACCESSOR;
    // A fresh pair each time: pairs are shared (every error's `stack`), so never edited in place.
    const old = wasAccessor ? ptr(load<i64>(slot)) : 0;
    store<i64>(slot, boxObject(newAccessorPair(old != 0 ? vecGet(old, 0) : UNDEFINED, old != 0 ? vecGet(old, 1) : UNDEFINED)));
    const pair = ptr(load<i64>(slot));
    if ((f & HAS_GET) != 0) vecSet(pair, 0, load<i64>(d, D_GET));
    if ((f & HAS_SET) != 0) vecSet(pair, 1, load<i64>(d, D_SET));
  } else {
    if ((f & HAS_WRITABLE) != 0) attrs |= (f & F_WRITABLE) != 0 ? PROP_WRITABLE : 0;
    else if (!wasAccessor) attrs |= oldAttrs & PROP_WRITABLE;
    if ((f & HAS_VALUE) != 0) store<i64>(slot, load<i64>(d, D_VALUE));
    else if (wasAccessor) store<i64>(slot, UNDEFINED);
  }
  if (attrs != oldAttrs) {
    noteShapeChange(o);
    reshape(o, key, false, attrs);
    ref = findOwn(o, key);
  }
  setOwnValue(o, ref, load<i64>(slot));
  restoreSp(sp0);
  return TRUE;
}

/** The [getter, setter] vector an accessor property's slot holds. */
function newAccessorPair(getter: i64, setter: i64): usize {
  const sp0 = saveSp();
  pushRoot(getter);
  pushRoot(setter);
  const pair = newVector(2);
  vecSet(pair, 0, getter);
  vecSet(pair, 1, setter);
  restoreSp(sp0);
  return pair;
}

/** A function's virtual `name` or `length` as a real property, before it is redefined. */
export function materializeFunctionProp(f: usize, key: usize): void {
  if (hasOwn(f, key)) return;
  const sp0 = saveSp();
  pushRoot(boxObject(f));
  const d = newDesc();
  OrdinaryGetOwnProperty(f, key, d);
  addOwnProperty(f, key, load<i64>(d, D_VALUE), PROP_CONFIGURABLE);
  restoreSp(sp0);
}

// ---- Arrays (§10.4.2) ----

/** Move every element of array `a` into named properties, so per-index attributes and the
 *  object's integrity level apply to them; dense fast paths skip arrays with flags. */
export function arrayMakeSlow(a: usize): void {
  if ((objFlags(a) & OBJ_FLAG_SLOW_ELEMENTS) != 0) return;
  const sp0 = saveSp();
  pushRoot(boxObject(a));
  const els = arrayElements(a);
  pushRoot(boxObject(els));
  const n = arrayLength(a) < vecCapacity(els) ? arrayLength(a) : vecCapacity(els);
  for (let i: u32 = 0; i < n; i++) {
    if (vecGet(els, i) == EMPTY) continue;
    const key = indexKey(i);
    addOwnProperty(a, key, vecGet(els, i), PROP_DEFAULT);
  }
  store<u32>(a, 0, OBJ_ELEMENTS);
  objSetFlags(a, OBJ_FLAG_SLOW_ELEMENTS);
  noteShapeChange(a);
  restoreSp(sp0);
}

/** Array [[DefineOwnProperty]] for an index — §10.4.2.1 step 3. A plain data descriptor (all
 *  attributes true) stays dense; anything else makes the array's elements named properties. */
function ArrayDefineIndex(a: usize, idx: u32, key: usize, d: usize): i64 {
  const len = arrayLength(a);
  if (idx >= len && (objFlags(a) & OBJ_FLAG_LENGTH_READONLY) != 0) return FALSE;
  const f = descFlags(d);
  const present = idx < len && idx < vecCapacity(arrayElements(a)) && vecGet(arrayElements(a), idx) != EMPTY;
  const attrBits = f & (HAS_WRITABLE | HAS_ENUMERABLE | HAS_CONFIGURABLE);
  const plain = !isAccessorDesc(f) && ((f >> 6) & 7) == attrsPresent(attrBits) &&
    (present || attrBits == (HAS_WRITABLE | HAS_ENUMERABLE | HAS_CONFIGURABLE));
  if (plain && arrayDenseIndex(a, idx)) {
    if ((f & HAS_VALUE) != 0) arraySet(a, idx, load<i64>(d, D_VALUE));
    else if (!present) arraySet(a, idx, UNDEFINED);
    return TRUE;
  }
  if (!plain) arrayMakeSlow(a);
  const r = OrdinaryDefineOwnProperty(a, key, d);
  if (r == TRUE && idx >= arrayLength(a)) store<u32>(a, idx + 1, OBJ_LENGTH);
  return r;
}

/** The PROP_* bits of the attributes a descriptor has fields for. */
function attrsPresent(has: u32): u32 {
  return ((has & HAS_WRITABLE) != 0 ? PROP_WRITABLE : 0) | ((has & HAS_ENUMERABLE) != 0 ? PROP_ENUMERABLE : 0) |
    ((has & HAS_CONFIGURABLE) != 0 ? PROP_CONFIGURABLE : 0);
}

/** ArraySetLength(A, Desc) — §10.4.2.4. */
function ArrayDefineLength(a: usize, d: usize): i64 {
  const f = descFlags(d);
  const ro = (objFlags(a) & OBJ_FLAG_LENGTH_READONLY) != 0;
  if ((f & F_CONFIGURABLE) != 0 || (f & F_ENUMERABLE) != 0 || isAccessorDesc(f)) return FALSE;
  let newLen = arrayLength(a);
  if ((f & HAS_VALUE) != 0) {
    const sp0 = saveSp();
    pushRoot(boxObject(a));
    const n = ToNumber(load<i64>(d, D_VALUE));
    restoreSp(sp0);
    if (n == EXCEPTION) return EXCEPTION;
    const num = toF64(n);
    if (<f64>ToUint32(num) != num) return throwErrorWith(RANGE_ERROR, "Invalid array length", A_empty, "");
    newLen = ToUint32(num);
  }
  if (ro) return (f & F_WRITABLE) == 0 && newLen == arrayLength(a) ? TRUE : FALSE;
  const ok = ArraySetLengthValue(a, newLen);
  if ((f & HAS_WRITABLE) != 0 && (f & F_WRITABLE) == 0) {
    arrayMakeSlow(a);
    objSetFlags(a, OBJ_FLAG_LENGTH_READONLY);
  }
  return ok ? TRUE : FALSE;
}

/** Set a writable array length: shrinking deletes elements and named index properties from the
 *  end, stopping above a non-configurable one (false then). */
export function ArraySetLengthValue(a: usize, newLen: u32): bool {
  if (newLen >= arrayLength(a)) { arraySetLength(a, newLen); return true; }
  arraySetLength(a, newLen);
  while (true) {
    // The largest named index at or past newLen.
    let best: usize = 0, bestIdx: i64 = -1, bestAttrs: u32 = 0;
    const sp0 = saveSp();
    const list = ownPropList(a);
    const end = ownPropEnd(a);
    for (let i: u32 = 0; i < end; i++) {
      const k = ownPropKey(a, list, i);
      const idx = k != 0 ? keyToIndex(k) : -1;
      if (idx >= <i64>newLen && idx > bestIdx) { bestIdx = idx; best = k; bestAttrs = ownPropAttrs(a, list, i); }
    }
    restoreSp(sp0);
    if (best == 0) return true;
    if ((bestAttrs & PROP_CONFIGURABLE) == 0) {
      store<u32>(a, <u32>bestIdx + 1, OBJ_LENGTH);
      return false;
    }
    noteShapeChange(a);
    reshape(a, best, true, 0);
  }
}

/** CreateDataProperty(O, P, V) — §7.3.5: TRUE, FALSE or EXCEPTION. `ov` must be rooted. */
/** DefineMethodProperty(homeObject, key, closure, enumerable: false) — §10.2.8: a class method. */
export function DefineMethodProperty(ov: i64, key: usize, v: i64): i64 {
  const sp0 = saveSp();
  const d = newDesc();
  setData(d, v, PROP_WRITABLE | PROP_CONFIGURABLE);
  const r = DefineOwnProperty(ov, key, d);
  restoreSp(sp0);
  return r;
}

export function CreateDataProperty(ov: i64, key: usize, v: i64): i64 {
  const sp0 = saveSp();
  const d = newDesc();
  setData(d, v, PROP_DEFAULT);
  const r = DefineOwnProperty(ov, key, d);
  restoreSp(sp0);
  return r;
}
