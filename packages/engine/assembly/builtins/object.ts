// Object constructor and Object.prototype — ECMA-262 §20.1 (the part the foundation needs;
// defineProperty, freeze, entries... arrive with the language-breadth work).
import { UNDEFINED, EXCEPTION, isObject, isNullish, boxObject, boxString, fromBool } from "../value";
import { pushRoot, saveSp, restoreSp } from "../heap/stack";
import { internStatic } from "../string/atoms";
import { OrdinaryObjectCreate } from "../object/object";
import { ObjectPrototype } from "../realm";
import { throwTypeError } from "../errors";
import { ToPropertyKey } from "../ops/conversion";
import { EnumerableOwnKeys, OwnStringKeys } from "../ops/property";
import { arg, defineConstructor, defineMethod } from "./native";
import { toObjectForKeys } from "./wrappers";

/** Object(value) — §20.1.1.1. */
function Object_ctor(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  const v = arg(argv, argc, 0);
  if (isObject(v)) return v;
  if (isNullish(v)) return boxObject(OrdinaryObjectCreate(boxObject(ObjectPrototype)));
  return toObjectForKeys(v);
}

/** Object.keys(O) — §20.1.2.18. */
function Object_keys(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  const v = arg(argv, argc, 0);
  if (isNullish(v)) return throwTypeError("Cannot convert undefined or null to object");
  const o = toObjectForKeys(v);
  if (o == EXCEPTION) return EXCEPTION;
  return boxObject(EnumerableOwnKeys(o));
}

/** Object.getOwnPropertyNames(O) — §20.1.2.11. */
function Object_getOwnPropertyNames(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  const v = arg(argv, argc, 0);
  if (isNullish(v)) return throwTypeError("Cannot convert undefined or null to object");
  const o = toObjectForKeys(v);
  if (o == EXCEPTION) return EXCEPTION;
  return boxObject(OwnStringKeys(o, false));
}

/** Object.prototype.hasOwnProperty(V) — §20.1.3.2. */
function Object_prototype_hasOwnProperty(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  const sp0 = saveSp();
  pushRoot(thisv);
  const key = ToPropertyKey(arg(argv, argc, 0));
  restoreSp(sp0);
  if (key == 0) return EXCEPTION;
  if (isNullish(thisv)) return throwTypeError("Cannot convert undefined or null to object");
  const o = toObjectForKeys(thisv);
  if (o == EXCEPTION) return EXCEPTION;
  return fromBool(hasOwn(o, key));
}

import { HasOwnProperty as hasOwn } from "./wrappers";

/** Object.prototype.toString — §20.1.3.6 (without Symbol.toStringTag). */
function Object_prototype_toString(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  if (thisv == UNDEFINED) return boxString(internStatic("[object Undefined]"));
  if (isNullish(thisv)) return boxString(internStatic("[object Null]"));
  return boxString(builtinTag(thisv));
}
import { builtinTag } from "./wrappers";

export function initObject(global: usize): void {
  const ctor = defineConstructor(global, "Object", 1, Object_ctor, ObjectPrototype, false);
  defineMethod(ctor, "keys", 1, Object_keys);
  defineMethod(ctor, "getOwnPropertyNames", 1, Object_getOwnPropertyNames);
  defineMethod(ObjectPrototype, "hasOwnProperty", 1, Object_prototype_hasOwnProperty);
  defineMethod(ObjectPrototype, "toString", 0, Object_prototype_toString);
}

