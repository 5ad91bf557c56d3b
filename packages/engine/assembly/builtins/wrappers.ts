// Primitive wrapper objects (ToObject, §7.1.18) and own-property queries that treat wrapped
// strings and arrays uniformly.
import { OBJ_FLAG_ARGUMENTS } from "../layout.generated";
import { cellFlags } from "../heap/alloc";
import {
  CELL_ARRAY, CELL_FUNCTION, CELL_ERROR, CELL_PRIMITIVE_WRAPPER, CELL_REGEXP, OBJ_AUX, OBJ_AUX_BYTES,
} from "../layout.generated";
import {
  EMPTY, isObject, isString, isNumber, isBoolean, isBigInt, boxObject, ptr,
} from "../value";
import { cellKind } from "../heap/alloc";
import { internStatic } from "../string/atoms";
import { strLength, strToArrayIndex } from "../string/string";
import { allocObject, hasOwn } from "../object/object";
import { arrayGet } from "../object/array";
import { StringPrototype, NumberPrototype, BooleanPrototype, SymbolPrototype, BigIntPrototype } from "../realm";
import { A_length, A_name } from "../names";
import { pushRoot, saveSp, restoreSp } from "../heap/stack";

/** ToObject(v) for a non-nullish primitive or object. */
export function toObjectForKeys(v: i64): i64 {
  if (isObject(v)) return v;
  const proto = isString(v) ? StringPrototype : isNumber(v) ? NumberPrototype
    : isBoolean(v) ? BooleanPrototype : isBigInt(v) ? BigIntPrototype : SymbolPrototype;
  const sp0 = saveSp();
  pushRoot(v);
  const o = allocObject(CELL_PRIMITIVE_WRAPPER, OBJ_AUX_BYTES, boxObject(proto));
  store<i64>(o, v, OBJ_AUX);
  restoreSp(sp0);
  return boxObject(o);
}

/** HasOwnProperty(O, P) — §7.3.12. */
export function HasOwnProperty(ov: i64, key: usize): bool {
  const o = ptr(ov);
  const kind = cellKind(o);
  if (kind == CELL_ARRAY) {
    if (key == A_length) return true;
    const idx = strToArrayIndex(key);
    if (idx >= 0 && arrayGet(o, <u32>idx) != EMPTY) return true;
  } else if (kind == CELL_FUNCTION) {
    if (key == A_length || key == A_name) return true;
  } else if (kind == CELL_PRIMITIVE_WRAPPER) {
    const pv = load<i64>(o, OBJ_AUX);
    if (isString(pv)) {
      if (key == A_length) return true;
      const idx = strToArrayIndex(key);
      if (idx >= 0 && idx < <i64>strLength(ptr(pv))) return true;
    }
  }
  return hasOwn(o, key);
}

/** "[object Tag]" for Object.prototype.toString. */
import { binaryDataToStringTag } from "./typed-array";

export function builtinTag(v: i64): usize {
  if (!isObject(v)) {
    if (isString(v)) return internStatic("[object String]");
    if (isNumber(v)) return internStatic("[object Number]");
    if (isBoolean(v)) return internStatic("[object Boolean]");
    if (isBigInt(v)) return internStatic("[object BigInt]");
    return internStatic("[object Symbol]");
  }
  const kind = cellKind(ptr(v));
  if (kind == CELL_ARRAY) return internStatic("[object Array]");
  if (kind == CELL_FUNCTION) return internStatic("[object Function]");
  if (kind == CELL_ERROR) return internStatic("[object Error]");
  if (kind == CELL_REGEXP) return internStatic("[object RegExp]");
  if (kind == CELL_PRIMITIVE_WRAPPER) return builtinTag(load<i64>(ptr(v), OBJ_AUX));
  if (cellFlags(ptr(v)) & OBJ_FLAG_ARGUMENTS) return internStatic("[object Arguments]");
  const binaryTag = binaryDataToStringTag(v);
  if (binaryTag != 0) return binaryTag;
  return internStatic("[object Object]");
}

