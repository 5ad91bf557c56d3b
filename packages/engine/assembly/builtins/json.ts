// The JSON object — ECMA-262 §25.5: JSON.parse with the reviver walk (InternalizeJSONProperty), and
// JSON.stringify's argument processing (replacer function or property list, gap). The parser is in
// json-parse.ts, the serializer in json-stringify.ts, the circular-structure message in
// json-circular.ts.
import { defineToStringTag } from "./symbol";
import { CELL_PRIMITIVE_WRAPPER, OBJ_AUX, PROP_CONFIGURABLE, PROP_DEFAULT } from "../layout.generated";
import {
  UNDEFINED, EXCEPTION, isNumber, isString, isObject, toF64, boxObject, boxString, ptr,
} from "../value";
import { cellKind } from "../heap/alloc";
import { pushRoot, saveSp, restoreSp, reserveSlots } from "../heap/stack";
import { strLength, strSubstring, strToArrayIndex } from "../string/string";
import { intern, internStatic } from "../string/atoms";
import { sbOpen, sbFinish, sbDiscard } from "../string/builder";
import {
  OrdinaryObjectCreate, addOwnProperty, isExtensible, findOwn, propAttrs, putOwn, NO_PROP,
} from "../object/object";
import { noteShapeChange } from "../object/shape";
import { ArrayCreate, arrayLength, arrayGet, arrayPush } from "../object/array";
import { isCallable } from "../object/function";
import { ObjectPrototype } from "../realm";
import { A_empty } from "../names";
import { takeException, throwRangeError } from "../errors";
import { ToNumber, ToString, ToIntegerOrInfinity, NumberToStringCell } from "../ops/conversion";
import { Get, DeleteProperty, EnumerableOwnKeys } from "../ops/property";
import { Call } from "../ops/call";
import { arg, defineMethod, defineNamespaceObject } from "./native";
import { isArray, lengthOf, getAt, keyFor, createAt } from "./array-common";
import { ParseJSONText } from "./json-parse";
import {
  ST_REPLACER, ST_PROPERTIES, ST_GAP, ST_STACK, ST_SLOTS, resolveValue, isSerializable, serializeValue,
} from "./json-stringify";

/** The [[PrimitiveValue]] of a Number/String/Boolean object, or UNDEFINED for other values. */
function wrappedPrimitive(v: i64): i64 {
  return isObject(v) && cellKind(ptr(v)) == CELL_PRIMITIVE_WRAPPER ? load<i64>(ptr(v), OBJ_AUX) : UNDEFINED;
}

// ---- JSON.parse ----

/** CreateDataProperty(O, P, V) — §7.3.5: define an own data property; false (ignored by the
 *  reviver walk) where a non-configurable property or non-extensible object refuses it. All
 *  arguments must be rooted. */
function CreateDataProperty(o: i64, key: usize, v: i64): void {
  const p = ptr(o);
  if (isArray(o)) {
    const idx = strToArrayIndex(key);
    if (idx >= 0) {
      if (createAt(o, <f64>idx, v) == EXCEPTION) takeException(); // refused: not an error here
      return;
    }
  }
  const ref = findOwn(p, key);
  if (ref == NO_PROP) { if (!isExtensible(p)) return; }
  else if (propAttrs(ref) != PROP_DEFAULT && (propAttrs(ref) & PROP_CONFIGURABLE) == 0) return;
  if (ref == NO_PROP || propAttrs(ref) != PROP_DEFAULT) noteShapeChange(p);
  putOwn(p, key, v); // also turns an accessor into a data property
}

/** Past this nesting (a reviver can make the structure cyclic) throw like V8's stack check. */
const MAX_REVIVE_DEPTH: i32 = 5000;

/** InternalizeJSONProperty(holder, name, reviver) — §25.5.1.1: revive the children of
 *  holder[name] bottom-up (deleting those the reviver maps to undefined), then the value itself. */
function InternalizeJSONProperty(holder: i64, name: usize, reviver: i64, depth: i32): i64 {
  if (depth > MAX_REVIVE_DEPTH) return throwRangeError("Maximum call stack size exceeded");
  const sp0 = saveSp();
  pushRoot(holder);
  const args = reserveSlots(2); // (name, val): the reviver's arguments
  store<i64>(args, boxString(name));
  const val = Get(holder, name, holder);
  if (val == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
  store<i64>(args, val, 8);
  if (isObject(val)) {
    // The keys: indices below the length for arrays, else EnumerableOwnProperties(val, key).
    let keys: usize = 0;
    let count: f64 = 0;
    if (isArray(val)) {
      count = lengthOf(val);
      if (count < 0) { restoreSp(sp0); return EXCEPTION; }
    } else {
      keys = EnumerableOwnKeys(val);
      pushRoot(boxObject(keys));
      count = <f64>arrayLength(keys);
    }
    const keySlot = pushRoot(UNDEFINED);
    for (let i: f64 = 0; i < count; i++) {
      const key = keys != 0 ? ptr(arrayGet(keys, <u32>i)) : keyFor(i);
      store<i64>(keySlot, boxString(key));
      const revived = InternalizeJSONProperty(val, key, reviver, depth + 1);
      if (revived == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
      if (revived == UNDEFINED) {
        DeleteProperty(val, key);
      } else {
        const spi = saveSp();
        pushRoot(revived);
        CreateDataProperty(val, key, revived);
        restoreSp(spi);
      }
    }
  }
  const r = Call(reviver, holder, args, 2);
  restoreSp(sp0);
  return r;
}

/** JSON.parse(text [, reviver]) — §25.5.1. */
function JSON_parse(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  const text = ToString(arg(argv, argc, 0));
  if (text == 0) return EXCEPTION;
  const sp0 = saveSp();
  pushRoot(boxString(text));
  const v = ParseJSONText(text);
  const reviver = arg(argv, argc, 1);
  if (v == EXCEPTION || !isCallable(reviver)) { restoreSp(sp0); return v; }
  pushRoot(v);
  const root = OrdinaryObjectCreate(boxObject(ObjectPrototype));
  pushRoot(boxObject(root));
  addOwnProperty(root, A_empty, v, PROP_DEFAULT);
  const r = InternalizeJSONProperty(boxObject(root), A_empty, reviver, 0);
  restoreSp(sp0);
  return r;
}

// ---- JSON.stringify ----

/** §25.5.2.1 step 4.b: the PropertyList of replacer array `replacer` (rooted) — its strings,
 *  numbers and String/Number objects as keys, without repeats — stored in the state. */
function buildPropertyList(st: usize, replacer: i64): i64 {
  const list = ArrayCreate(0, 0);
  store<i64>(st, boxObject(list), ST_PROPERTIES);
  const len = lengthOf(replacer);
  if (len < 0) return EXCEPTION;
  const sp0 = saveSp();
  const slot = pushRoot(UNDEFINED);
  for (let k: f64 = 0; k < len; k++) {
    const v = getAt(replacer, k);
    if (v == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
    store<i64>(slot, v);
    let item: usize = 0;
    const data = wrappedPrimitive(v);
    if (isString(v)) item = ptr(v);
    else if (isNumber(v)) item = NumberToStringCell(toF64(v));
    else if (isString(data) || isNumber(data)) {
      item = ToString(v);
      if (item == 0) { restoreSp(sp0); return EXCEPTION; }
    }
    if (item == 0) continue;
    store<i64>(slot, boxString(item));
    const key = intern(item);
    let seen = false;
    for (let i: u32 = 0; i < arrayLength(list); i++) {
      if (ptr(arrayGet(list, i)) == key) { seen = true; break; }
    }
    if (!seen) arrayPush(list, boxString(key));
  }
  restoreSp(sp0);
  return boxObject(list);
}

/** §25.5.2.1 steps 5–8: the gap string from `space` (a number of spaces up to 10, or the first 10
 *  code units of a string), stored in the state. */
function computeGap(st: usize, space: i64): i64 {
  const data = wrappedPrimitive(space);
  if (isNumber(data)) space = ToNumber(space);
  else if (isString(data)) { const s = ToString(space); space = s == 0 ? EXCEPTION : boxString(s); }
  if (space == EXCEPTION) return EXCEPTION;
  let gap = A_empty;
  if (isNumber(space)) {
    const n = min(10, ToIntegerOrInfinity(toF64(space)));
    if (n >= 1) gap = strSubstring(internStatic("          "), 0, <i32>n);
  } else if (isString(space)) {
    const s = ptr(space);
    gap = strSubstring(s, 0, min(10, strLength(s)));
  }
  store<i64>(st, boxString(gap), ST_GAP);
  return boxString(gap);
}

/** JSON.stringify(value [, replacer [, space]]) — §25.5.2.1. */
function JSON_stringify(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  const value = arg(argv, argc, 0);
  const replacer = arg(argv, argc, 1);
  const sp0 = saveSp();
  const st = reserveSlots(ST_SLOTS);
  store<i64>(st, UNDEFINED, ST_REPLACER);
  store<i64>(st, UNDEFINED, ST_PROPERTIES);
  store<i64>(st, boxString(A_empty), ST_GAP);
  store<i64>(st, boxObject(ArrayCreate(0, 0)), ST_STACK);
  if (isCallable(replacer)) store<i64>(st, replacer, ST_REPLACER);
  else if (isArray(replacer) && buildPropertyList(st, replacer) == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
  if (computeGap(st, arg(argv, argc, 2)) == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
  // The wrapper {"": value} is only observable as the replacer's `this`.
  let holder = UNDEFINED;
  if (isCallable(replacer)) {
    const wrapper = OrdinaryObjectCreate(boxObject(ObjectPrototype));
    holder = boxObject(wrapper);
    pushRoot(holder);
    addOwnProperty(wrapper, A_empty, value, PROP_DEFAULT);
  }
  const v = resolveValue(st, holder, boxString(A_empty), value);
  if (v == EXCEPTION || !isSerializable(v)) { restoreSp(sp0); return v == EXCEPTION ? EXCEPTION : UNDEFINED; }
  pushRoot(v);
  const sb = sbOpen();
  if (serializeValue(st, sb, boxString(A_empty), v) == EXCEPTION) {
    sbDiscard(sb);
    restoreSp(sp0);
    return EXCEPTION;
  }
  const s = sbFinish(sb);
  restoreSp(sp0);
  return boxString(s);
}

export function initJSON(global: usize): void {
  const json = defineNamespaceObject(global, "JSON");
  defineToStringTag(json, "JSON");
  defineMethod(json, "parse", 2, JSON_parse);
  defineMethod(json, "stringify", 3, JSON_stringify);
}
