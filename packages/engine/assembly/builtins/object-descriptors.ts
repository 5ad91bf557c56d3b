// Object.defineProperty / defineProperties / getOwnPropertyDescriptor(s) / create /
// getOwnPropertySymbols — ECMA-262 §20.1.2. The descriptor machinery is in ops/define-property.ts.
import { CELL_STRING, PROP_ENUMERABLE } from "../layout.generated";
import { UNDEFINED, EXCEPTION, NULL, isObject, boxObject, boxSymbol, ptr } from "../value";
import { cellKind } from "../heap/alloc";
import { pushRoot, saveSp, restoreSp, reserveSlots } from "../heap/stack";
import { OrdinaryObjectCreate, ownPropList, ownPropEnd, ownPropKey, ownPropAttrs } from "../object/object";
import { ArrayCreate, arrayLength, arrayGet, arrayPush } from "../object/array";
import { ObjectPrototype } from "../realm";
import { throwTypeError } from "../errors";
import { ToPropertyKey } from "../ops/conversion";
import { Get, OwnStringKeys } from "../ops/property";
import {
  newDesc, descFlags, F_ENUMERABLE, ToPropertyDescriptor, FromPropertyDescriptor,
  OrdinaryGetOwnProperty, CreateDataProperty,
} from "../ops/define-property";
import { DefinePropertyOrThrow, throwWithValue } from "../ops/property-errors";
import { arg, defineMethod } from "./native";
import { toObjectOrThrow } from "./object";
import { isPrivateName } from "../runtime-class";

/** [[OwnPropertyKeys]] — §10.1.11: string keys in spec order, then symbols in insertion order
 *  (only enumerable ones if asked), as a new array of keys. */
export function OwnPropertyKeys(ov: i64, onlyEnumerable: bool): usize {
  const keys = OwnStringKeys(ov, onlyEnumerable);
  const o = ptr(ov);
  const sp0 = saveSp();
  pushRoot(boxObject(keys));
  const list = ownPropList(o);
  const end = ownPropEnd(o);
  for (let i: u32 = 0; i < end; i++) { // symbol keys in insertion order
    const k = ownPropKey(o, list, i);
    if (k == 0 || cellKind(k) == CELL_STRING || isPrivateName(k)) continue;
    if (onlyEnumerable && (ownPropAttrs(o, list, i) & PROP_ENUMERABLE) == 0) continue;
    arrayPush(keys, boxSymbol(k));
  }
  restoreSp(sp0);
  return keys;
}

/** Object.defineProperty(O, P, Attributes) — §20.1.2.4. */
function Object_defineProperty(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  const o = arg(argv, argc, 0);
  if (!isObject(o)) return throwTypeError("Object.defineProperty called on non-object");
  const key = ToPropertyKey(arg(argv, argc, 1));
  if (key == 0) return EXCEPTION;
  const sp0 = saveSp();
  const d = newDesc();
  let r = ToPropertyDescriptor(arg(argv, argc, 2), d);
  if (r != EXCEPTION) r = DefinePropertyOrThrow(o, key, d);
  restoreSp(sp0);
  return r == EXCEPTION ? EXCEPTION : o;
}

/** ObjectDefineProperties(O, Properties) — §20.1.2.3.1: every descriptor is read before any is
 *  defined. `o` must be rooted. */
function ObjectDefineProperties(o: i64, properties: i64): i64 {
  const props = toObjectOrThrow(properties);
  if (props == EXCEPTION) return EXCEPTION;
  const sp0 = saveSp();
  pushRoot(props);
  const keys = OwnPropertyKeys(props, true);
  pushRoot(boxObject(keys));
  const n = arrayLength(keys);
  // One descriptor record (4 slots) per key, reserved together.
  const base = reserveSlots(<i32>n * 4);
  for (let i: u32 = 0; i < n; i++) {
    const d = base + (<usize>i << 5);
    store<i64>(d, UNDEFINED); store<i64>(d, UNDEFINED, 8); store<i64>(d, UNDEFINED, 16);
    const descObj = Get(props, ptr(arrayGet(keys, i)), props);
    if (descObj == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
    const slot = pushRoot(descObj); // its getters may allocate
    const r = ToPropertyDescriptor(descObj, d);
    restoreSp(slot + 8);
    if (r == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
  }
  for (let i: u32 = 0; i < n; i++) {
    const r = DefinePropertyOrThrow(o, ptr(arrayGet(keys, i)), base + (<usize>i << 5));
    if (r == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
  }
  restoreSp(sp0);
  return o;
}

/** Object.defineProperties(O, Properties) — §20.1.2.3. */
function Object_defineProperties(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  const o = arg(argv, argc, 0);
  if (!isObject(o)) return throwTypeError("Object.defineProperties called on non-object");
  return ObjectDefineProperties(o, arg(argv, argc, 1));
}

/** Object.create(O, Properties) — §20.1.2.2. */
function Object_create(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  const proto = arg(argv, argc, 0);
  if (!isObject(proto) && proto != NULL) {
    return throwWithValue("Object prototype may only be an Object or null: ", proto, "");
  }
  const o = boxObject(OrdinaryObjectCreate(proto));
  const props = arg(argv, argc, 1);
  if (props == UNDEFINED) return o;
  const sp0 = saveSp();
  pushRoot(o);
  const r = ObjectDefineProperties(o, props);
  restoreSp(sp0);
  return r;
}

/** Object.getOwnPropertyDescriptor(O, P) — §20.1.2.8. */
function Object_getOwnPropertyDescriptor(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  const o = toObjectOrThrow(arg(argv, argc, 0));
  if (o == EXCEPTION) return EXCEPTION;
  const sp0 = saveSp();
  pushRoot(o);
  const key = ToPropertyKey(arg(argv, argc, 1));
  if (key == 0) { restoreSp(sp0); return EXCEPTION; }
  const d = newDesc();
  const r = OrdinaryGetOwnProperty(ptr(o), key, d) ? FromPropertyDescriptor(d) : UNDEFINED;
  restoreSp(sp0);
  return r;
}

/** Object.getOwnPropertyDescriptors(O) — §20.1.2.9. */
function Object_getOwnPropertyDescriptors(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  const o = toObjectOrThrow(arg(argv, argc, 0));
  if (o == EXCEPTION) return EXCEPTION;
  const sp0 = saveSp();
  pushRoot(o);
  const keys = OwnPropertyKeys(o, false);
  pushRoot(boxObject(keys));
  const result = boxObject(OrdinaryObjectCreate(boxObject(ObjectPrototype)));
  pushRoot(result);
  const d = newDesc();
  const n = arrayLength(keys);
  for (let i: u32 = 0; i < n; i++) {
    const key = ptr(arrayGet(keys, i));
    if (!OrdinaryGetOwnProperty(ptr(o), key, d)) continue;
    const desc = FromPropertyDescriptor(d);
    const slot = pushRoot(desc);
    CreateDataProperty(result, key, desc);
    restoreSp(slot + 8);
  }
  restoreSp(sp0);
  return result;
}

/** Object.getOwnPropertySymbols(O) — §20.1.2.10. */
function Object_getOwnPropertySymbols(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  const o = toObjectOrThrow(arg(argv, argc, 0));
  if (o == EXCEPTION) return EXCEPTION;
  const sp0 = saveSp();
  pushRoot(o);
  const all = OwnPropertyKeys(o, false);
  pushRoot(boxObject(all));
  const result = ArrayCreate(0, 0);
  pushRoot(boxObject(result));
  for (let i: u32 = 0; i < arrayLength(all); i++) {
    const k = arrayGet(all, i);
    if (cellKind(ptr(k)) != CELL_STRING) arrayPush(result, k);
  }
  restoreSp(sp0);
  return boxObject(result);
}

export function initObjectDescriptors(ctor: usize): void {
  defineMethod(ctor, "defineProperty", 3, Object_defineProperty);
  defineMethod(ctor, "defineProperties", 2, Object_defineProperties);
  defineMethod(ctor, "create", 2, Object_create);
  defineMethod(ctor, "getOwnPropertyDescriptor", 2, Object_getOwnPropertyDescriptor);
  defineMethod(ctor, "getOwnPropertyDescriptors", 1, Object_getOwnPropertyDescriptors);
  defineMethod(ctor, "getOwnPropertySymbols", 1, Object_getOwnPropertySymbols);
}
