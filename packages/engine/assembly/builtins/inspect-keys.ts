// The own keys util.inspect lists and their property descriptors, over the engine's object model:
// getKeys (Object.keys plus enumerable symbols; with showHidden all own names and symbols),
// getOwnNonIndexProperties for arrays, and [[GetOwnProperty]] (§10.1.5.1) including the
// properties the engine keeps virtually (array and string `length`, function `name`/`length`,
// array elements and string characters).
import { isPrivateName } from "../runtime-class";
import {
  CELL_ARRAY, CELL_FUNCTION, CELL_STRING, CELL_PRIMITIVE_WRAPPER, OBJ_AUX, PROP_ACCESSOR,
  PROP_ENUMERABLE,
} from "../layout.generated";
import {
  UNDEFINED, NULL, EMPTY, boxObject, boxString, boxSymbol, isString, ptr, fromF64,
} from "../value";
import { cellKind } from "../heap/alloc";
import { pushRoot, saveSp, restoreSp } from "../heap/stack";
import { strLength, strCharAt, strToArrayIndex } from "../string/string";
import { internStatic } from "../string/atoms";
import {
  findOwn, hasOwn, ownValue, propAttrs, NO_PROP, ownPropList, ownPropEnd, ownPropKey, ownPropAttrs,
} from "../object/object";
import { ArrayCreate, arrayGet, arrayLength, arrayPush, arraySet, arraySetLength } from "../object/array";
import { vecGet } from "../object/vector";
import {
  fnFlags, fnName, fnLength, FF_ARROW, FF_STRICT, FF_METHOD, FF_NATIVE, FF_CLASS, FF_ASYNC,
  FF_GENERATOR,
} from "../object/function";
import { A_length, A_name, A_empty } from "../names";
import { charString, indexKey, sortIndexKeys } from "../ops/property";
import { strIsStatic } from "./inspect-primitive";

// ---- [[GetOwnProperty]] ----

export const DESC_NONE: i32 = 0;
export const DESC_DATA: i32 = 1;
export const DESC_ACCESSOR: i32 = 2;

/** The descriptor found by the last getOwnDescriptor; read it before anything else runs. */
export let descValue: i64 = UNDEFINED;
export let descGet: i64 = UNDEFINED;
export let descSet: i64 = UNDEFINED;
export let descEnumerable: bool = false;

function found(v: i64, enumerable: bool): i32 {
  descValue = v; descGet = UNDEFINED; descSet = UNDEFINED; descEnumerable = enumerable;
  return DESC_DATA;
}

/** Whether `f` has V8's own `arguments` and `caller` (null): sloppy ordinary functions. */
export function hasLegacyCallerArguments(f: usize): bool {
  return (fnFlags(f) & (FF_ARROW | FF_STRICT | FF_METHOD | FF_NATIVE | FF_CLASS | FF_ASYNC | FF_GENERATOR)) == 0;
}

/** OrdinaryGetOwnProperty(O, P) — §10.1.5.1, with the engine's virtual properties. `key` is an
 *  atom or a Symbol cell. Returns DESC_NONE, DESC_DATA or DESC_ACCESSOR; the parts are in
 *  descValue / descGet / descSet / descEnumerable. */
export function getOwnDescriptor(o: usize, key: usize): i32 {
  const node = findOwn(o, key);
  if (node != NO_PROP) {
    const v = ownValue(o, node);
    const attrs = propAttrs(node);
    descEnumerable = (attrs & PROP_ENUMERABLE) != 0;
    if ((attrs & PROP_ACCESSOR) == 0) { descValue = v; descGet = UNDEFINED; descSet = UNDEFINED; return DESC_DATA; }
    descValue = UNDEFINED;
    descGet = vecGet(ptr(v), 0);
    descSet = vecGet(ptr(v), 1);
    return DESC_ACCESSOR;
  }
  if (cellKind(key) != CELL_STRING) return DESC_NONE;
  const kind = cellKind(o);
  if (kind == CELL_ARRAY) {
    if (key == A_length) return found(fromF64(<f64>arrayLength(o)), false);
    const idx = strToArrayIndex(key);
    if (idx >= 0) {
      const e = arrayGet(o, <u32>idx);
      if (e != EMPTY) return found(e, true);
    }
  } else if (kind == CELL_FUNCTION) {
    if (key == A_length) return found(fromF64(<f64>fnLength(o)), false);
    if (key == A_name) { const n = fnName(o); return found(boxString(n != 0 ? n : A_empty), false); }
    if (hasLegacyCallerArguments(o) && (strIsStatic(key, "arguments") || strIsStatic(key, "caller"))) {
      return found(NULL, false);
    }
  } else if (kind == CELL_PRIMITIVE_WRAPPER) {
    const pv = load<i64>(o, OBJ_AUX);
    if (isString(pv)) {
      const s = ptr(pv);
      if (key == A_length) return found(fromF64(<f64>strLength(s)), false);
      const idx = strToArrayIndex(key);
      if (idx >= 0 && idx < <i64>strLength(s)) return found(boxString(charString(strCharAt(s, <i32>idx))), true);
    }
  }
  return DESC_NONE;
}

// ---- Own keys ----

// @ts-ignore: decorator
@inline function boxKey(k: usize): i64 { return cellKind(k) == CELL_STRING ? boxString(k) : boxSymbol(k); }

/** With showHidden: the non-enumerable own properties V8 has and the engine keeps virtually. */
function pushVirtualKeys(result: usize, o: usize, kind: u32): void {
  if (kind == CELL_ARRAY) arrayPush(result, boxString(A_length));
  else if (kind == CELL_FUNCTION) {
    if (!hasOwn(o, A_length)) arrayPush(result, boxString(A_length));
    if (!hasOwn(o, A_name)) arrayPush(result, boxString(A_name));
    if (hasLegacyCallerArguments(o)) {
      arrayPush(result, boxString(internStatic("arguments")));
      arrayPush(result, boxString(internStatic("caller")));
    }
  } else if (kind == CELL_PRIMITIVE_WRAPPER && isString(load<i64>(o, OBJ_AUX))) {
    // The characters' index keys are left out, as getBoxedBase splices them off.
    arrayPush(result, boxString(A_length));
  }
}

/** The keys util.inspect formats as properties of object `o`, as an engine array of keys (boxed
 *  strings and symbols): [[OwnPropertyKeys]] order (integer keys ascending, then strings, then
 *  symbols in insertion order), only enumerable ones unless `hidden`. `nonIndex` leaves out array
 *  indices (getOwnNonIndexProperties for arrays, whose elements are formatted separately). */
export function inspectKeys(o: usize, hidden: bool, nonIndex: bool): usize {
  const sp0 = saveSp();
  const result = ArrayCreate(0, 0);
  pushRoot(boxObject(result));
  const kind = cellKind(o);
  if (kind == CELL_ARRAY && !nonIndex) {
    const n = arrayLength(o);
    for (let i: u32 = 0; i < n; i++) if (arrayGet(o, i) != EMPTY) arrayPush(result, boxString(indexKey(i)));
  }
  const list = ownPropList(o);
  const end = ownPropEnd(o);
  // Pass 0: integer keys; 1: other strings; 2: symbols. V8's own properties that the engine
  // keeps outside the shape come between the integer keys and the others.
  for (let pass = 0; pass < 3; pass++) {
    if (pass == 1) {
      sortIndexKeys(result, 0, arrayLength(result));
      if (hidden) pushVirtualKeys(result, o, kind);
    }
    for (let i: u32 = 0; i < end; i++) {
      const k = ownPropKey(o, list, i);
      if (k == 0 || (!hidden && (ownPropAttrs(o, list, i) & PROP_ENUMERABLE) == 0)) continue;
      if (isPrivateName(k)) continue;
      const isStr = cellKind(k) == CELL_STRING;
      const idx = isStr ? strToArrayIndex(k) : -1;
      if (pass == 0) {
        if (idx >= 0 && !nonIndex) arrayPush(result, boxString(k));
      } else if (pass == 1) {
        if (isStr && idx < 0) arrayPush(result, boxKey(k));
      } else if (!isStr) {
        arrayPush(result, boxKey(k));
      }
    }
  }
  restoreSp(sp0);
  return result;
}

/** Index of key `k` in a key array, or -1. */
export function keyIndexOf(keys: usize, k: usize): i32 {
  const n = arrayLength(keys);
  for (let i: u32 = 0; i < n; i++) if (ptr(arrayGet(keys, i)) == k) return <i32>i;
  return -1;
}

/** Remove entry `i` of a key array. */
export function keyRemoveAt(keys: usize, i: i32): void {
  const n = <i32>arrayLength(keys);
  for (let j = i; j + 1 < n; j++) arraySet(keys, <u32>j, arrayGet(keys, <u32>(j + 1)));
  arraySetLength(keys, <u32>(n - 1));
}
