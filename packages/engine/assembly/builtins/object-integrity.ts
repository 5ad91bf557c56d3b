// [[GetPrototypeOf]] / [[SetPrototypeOf]] / [[PreventExtensions]] and the integrity levels:
// Object.getPrototypeOf, setPrototypeOf, freeze, isFrozen, seal, isSealed, preventExtensions,
// isExtensible (ECMA-262 §20.1.2) and Object.prototype.__proto__ (§20.1.3.8).
import { UNDEFINED, EXCEPTION, NULL, TRUE, isObject, isNullish, boxObject, fromBool, ptr } from "../value";
import { pushRoot, saveSp, restoreSp } from "../heap/stack";
import { internStatic } from "../string/atoms";
import {
  objProto, setPrototypeRaw, isExtensible, addOwnProperty, objFlags, objSetFlags, restrictAll, hasOwn,
  ownPropList, ownPropEnd, ownPropKey, ownPropAttrs,
} from "../object/object";
import { noteShapeChange } from "../object/shape";
import { cellKind } from "../heap/alloc";
import { newVector, vecSet } from "../object/vector";
import { newNativeFunction } from "../object/function";
import {
  CELL_ARRAY, CELL_FUNCTION, PROP_ACCESSOR, PROP_CONFIGURABLE, PROP_WRITABLE, OBJ_FLAG_NOT_EXTENSIBLE,
  OBJ_FLAG_LENGTH_READONLY,
} from "../layout.generated";
import { ObjectPrototype } from "../realm";
import { A_length, A_name } from "../names";
import { throwTypeError } from "../errors";
import { SameValue, arrayMakeSlow, materializeFunctionProp } from "../ops/define-property";
import { throwWithValue } from "../ops/property-errors";
import { arg, defineMethod, NativeFn } from "./native";
import { toObjectOrThrow } from "./object";

// ---- Integrity levels (§7.3.15, §7.3.16) ----

/** [[PreventExtensions]] — §10.1.4.1 (an array's elements become named properties first). */
export function PreventExtensions(o: usize): void {
  if (cellKind(o) == CELL_ARRAY) arrayMakeSlow(o);
  objSetFlags(o, OBJ_FLAG_NOT_EXTENSIBLE);
}

/** SetIntegrityLevel(O, sealed | frozen) — §7.3.15. */
export function SetIntegrityLevel(o: usize, frozen: bool): void {
  const sp0 = saveSp();
  pushRoot(boxObject(o));
  const kind = cellKind(o);
  if (kind == CELL_FUNCTION) {
    materializeFunctionProp(o, A_length);
    materializeFunctionProp(o, A_name);
  }
  PreventExtensions(o);
  if (kind == CELL_ARRAY && frozen) objSetFlags(o, OBJ_FLAG_LENGTH_READONLY);
  noteShapeChange(o);
  restrictAll(o, frozen ? PROP_CONFIGURABLE | PROP_WRITABLE : PROP_CONFIGURABLE);
  restoreSp(sp0);
}

/** TestIntegrityLevel(O, sealed | frozen) — §7.3.16. */
export function TestIntegrityLevel(o: usize, frozen: bool): bool {
  if (isExtensible(o)) return false;
  const kind = cellKind(o);
  if (kind == CELL_FUNCTION &&
      (!hasOwn(o, A_length) || !hasOwn(o, A_name))) return false;
  if (kind == CELL_ARRAY && frozen && (objFlags(o) & OBJ_FLAG_LENGTH_READONLY) == 0) return false;
  const sp0 = saveSp();
  const list = ownPropList(o);
  const end = ownPropEnd(o);
  let level = true;
  for (let i: u32 = 0; i < end && level; i++) {
    if (ownPropKey(o, list, i) == 0) continue;
    const attrs = ownPropAttrs(o, list, i);
    level = (attrs & PROP_CONFIGURABLE) == 0 && !(frozen && (attrs & (PROP_ACCESSOR | PROP_WRITABLE)) == PROP_WRITABLE);
  }
  restoreSp(sp0);
  return level;
}

export const SET_PROTO_OK = 0;
const SET_PROTO_NOT_EXTENSIBLE = 1;
const SET_PROTO_CYCLE = 2;

/** OrdinarySetPrototypeOf(O, V) — §10.1.2.1: SET_PROTO_OK or why it was refused. */
export function OrdinarySetPrototypeOf(o: usize, proto: i64): i32 {
  if (SameValue(proto, objProto(o))) return SET_PROTO_OK;
  if (!isExtensible(o)) return SET_PROTO_NOT_EXTENSIBLE;
  let p = proto;
  while (isObject(p)) {
    if (ptr(p) == o) return SET_PROTO_CYCLE;
    p = objProto(ptr(p));
  }
  noteShapeChange(o); // chains through `o` change: prototype caches must revalidate
  setPrototypeRaw(o, proto);
  return SET_PROTO_OK;
}

function throwSetProtoFailure(status: i32, o: i64): i64 {
  if (status == SET_PROTO_CYCLE) return throwTypeError("Cyclic __proto__ value");
  return throwWithValue("", o, " is not extensible");
}

/** Object.getPrototypeOf(O) — §20.1.2.12. */
function Object_getPrototypeOf(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  const o = toObjectOrThrow(arg(argv, argc, 0));
  if (o == EXCEPTION) return EXCEPTION;
  return objProto(ptr(o));
}

/** Object.setPrototypeOf(O, proto) — §20.1.2.23. */
function Object_setPrototypeOf(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  const o = arg(argv, argc, 0);
  const proto = arg(argv, argc, 1);
  if (isNullish(o)) return throwTypeError("Object.setPrototypeOf called on null or undefined");
  if (!isObject(proto) && proto != NULL) {
    return throwWithValue("Object prototype may only be an Object or null: ", proto, "");
  }
  if (!isObject(o)) return o;
  const status = OrdinarySetPrototypeOf(ptr(o), proto);
  return status == SET_PROTO_OK ? o : throwSetProtoFailure(status, o);
}

/** get Object.prototype.__proto__ — §20.1.3.8.1. */
function Object_prototype_get_proto(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  const o = toObjectOrThrow(thisv);
  if (o == EXCEPTION) return EXCEPTION;
  return objProto(ptr(o));
}

/** set Object.prototype.__proto__ — §20.1.3.8.2. */
function Object_prototype_set_proto(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  if (isNullish(thisv)) return throwTypeError("Object.prototype.__proto__ called on null or undefined");
  const proto = arg(argv, argc, 0);
  if ((!isObject(proto) && proto != NULL) || !isObject(thisv)) return UNDEFINED;
  const status = OrdinarySetPrototypeOf(ptr(thisv), proto);
  return status == SET_PROTO_OK ? UNDEFINED : throwSetProtoFailure(status, thisv);
}

/** Object.preventExtensions(O) — §20.1.2.20. */
function Object_preventExtensions(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  const o = arg(argv, argc, 0);
  if (isObject(o)) PreventExtensions(ptr(o));
  return o;
}

/** Object.isExtensible(O) — §20.1.2.15. */
function Object_isExtensible(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  const o = arg(argv, argc, 0);
  return fromBool(isObject(o) && isExtensible(ptr(o)));
}

/** Object.freeze(O) — §20.1.2.6. */
function Object_freeze(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  const o = arg(argv, argc, 0);
  if (isObject(o)) SetIntegrityLevel(ptr(o), true);
  return o;
}

/** Object.seal(O) — §20.1.2.22. */
function Object_seal(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  const o = arg(argv, argc, 0);
  if (isObject(o)) SetIntegrityLevel(ptr(o), false);
  return o;
}

/** Object.isFrozen(O) — §20.1.2.16. */
function Object_isFrozen(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  const o = arg(argv, argc, 0);
  return isObject(o) ? fromBool(TestIntegrityLevel(ptr(o), true)) : TRUE;
}

/** Object.isSealed(O) — §20.1.2.17. */
function Object_isSealed(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  const o = arg(argv, argc, 0);
  return isObject(o) ? fromBool(TestIntegrityLevel(ptr(o), false)) : TRUE;
}

/** Define accessor property `name` on `target` with native getter and setter (configurable). */
function defineNativeAccessor(target: usize, name: string, getName: string, getter: NativeFn,
                              setName: string, setter: NativeFn): void {
  const sp0 = saveSp();
  const g = pushRoot(boxObject(newNativeFunction(internStatic(getName), 0, getter.index, 0)));
  const s = pushRoot(boxObject(newNativeFunction(internStatic(setName), 1, setter.index, 0)));
  const pair = newVector(2);
  vecSet(pair, 0, load<i64>(g));
  vecSet(pair, 1, load<i64>(s));
  pushRoot(boxObject(pair));
  addOwnProperty(target, internStatic(name), boxObject(pair), PROP_ACCESSOR | PROP_CONFIGURABLE);
  restoreSp(sp0);
}

export function initObjectIntegrity(ctor: usize): void {
  defineMethod(ctor, "getPrototypeOf", 1, Object_getPrototypeOf);
  defineMethod(ctor, "setPrototypeOf", 2, Object_setPrototypeOf);
  defineMethod(ctor, "preventExtensions", 1, Object_preventExtensions);
  defineMethod(ctor, "isExtensible", 1, Object_isExtensible);
  defineMethod(ctor, "freeze", 1, Object_freeze);
  defineMethod(ctor, "isFrozen", 1, Object_isFrozen);
  defineMethod(ctor, "seal", 1, Object_seal);
  defineMethod(ctor, "isSealed", 1, Object_isSealed);
  defineNativeAccessor(ObjectPrototype, "__proto__", "get __proto__", Object_prototype_get_proto,
    "set __proto__", Object_prototype_set_proto);
}
