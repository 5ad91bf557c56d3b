// The Reflect object — ECMA-262 §28.1: the essential internal methods of objects as functions.
// Each reuses the operation the Object statics and the language use (there are no proxies, so
// every object is ordinary or one of the engine's exotic kinds).
import { UNDEFINED, EXCEPTION, TRUE, FALSE, NULL, isObject, isNullish, boxObject, ptr, fromBool } from "../value";
import { pushRoot, saveSp, restoreSp } from "../heap/stack";
import { objProto, isExtensible } from "../object/object";
import { isCallable, isConstructor } from "../object/function";
import { ArrayCreate, arrayPush, arrayLength, arrayGet } from "../object/array";
import { throwTypeError } from "../errors";
import { ToPropertyKey } from "../ops/conversion";
import { Get, SetOnObject, HasProperty, DeleteProperty } from "../ops/property";
import { Call, Construct } from "../ops/call";
import {
  newDesc, descFlags, ToPropertyDescriptor, FromPropertyDescriptor, OrdinaryGetOwnProperty, DefineOwnProperty,
  CreateDataProperty, D_VALUE, D_SET, HAS_GET, HAS_SET, F_WRITABLE,
} from "../ops/define-property";
import { arg, defineMethod, defineNamespaceObject } from "./native";
import { defineToStringTag } from "./symbol";
import { OwnPropertyKeys } from "./object-descriptors";
import { PreventExtensions, OrdinarySetPrototypeOf, SET_PROTO_OK } from "./object-integrity";
import { CreateListFromArrayLike } from "./function";
import { throwAboutReceiver } from "./collections-common";
import { strIsStatic } from "./inspect-primitive";
import { throwWithValue } from "../ops/property-errors";
import { TypeOf } from "../ops/operators";


/** The target argument, or 0 after "Reflect.<name> called on non-object". */
function target(argv: usize, argc: i32, name: string): i64 {
  const t = arg(argv, argc, 0);
  if (isObject(t)) return t;
  throwAboutReceiver("Reflect.", name, " called on non-object", UNDEFINED, "");
  return 0;
}

/** The property key argument at `i` (ToPropertyKey), or 0 with an exception pending. */
function keyArg(argv: usize, argc: i32, i: i32): usize { return ToPropertyKey(arg(argv, argc, i)); }

/** Reflect.apply(target, thisArgument, argumentsList) — §28.1.1. */
function Reflect_apply(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  const f = arg(argv, argc, 0);
  if (!isCallable(f)) {
    const t = ptr(TypeOf(f));
    const what = strIsStatic(t, "object") ? ", which is an object and not a function"
      : strIsStatic(t, "undefined") ? ", which is a undefined and not a function"
      : strIsStatic(t, "number") ? ", which is a number and not a function"
      : strIsStatic(t, "string") ? ", which is a string and not a function"
      : strIsStatic(t, "boolean") ? ", which is a boolean and not a function"
      : ", which is a symbol and not a function";
    return throwWithValue("Function.prototype.apply was called on ", f, what);
  }
  const sp0 = saveSp();
  pushRoot(f);
  const n = CreateListFromArrayLike(arg(argv, argc, 2));
  const r = n < 0 ? EXCEPTION : Call(f, arg(argv, argc, 1), saveSp(), n);
  restoreSp(sp0);
  return r;
}

/** Reflect.construct(target, argumentsList [, newTarget]) — §28.1.2. */
function Reflect_construct(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  const f = arg(argv, argc, 0);
  if (!isConstructor(f)) return throwAboutReceiver("", "", "", f, " is not a constructor");
  const nt = argc > 2 ? load<i64>(argv + 16) : f;
  if (!isConstructor(nt)) return throwAboutReceiver("", "", "", nt, " is not a constructor");
  const sp0 = saveSp();
  pushRoot(f);
  pushRoot(nt);
  const n = CreateListFromArrayLike(arg(argv, argc, 1));
  const r = n < 0 ? EXCEPTION : Construct(f, saveSp(), n, nt);
  restoreSp(sp0);
  return r;
}

/** Reflect.defineProperty(target, propertyKey, attributes) — §28.1.3. */
function Reflect_defineProperty(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  const o = target(argv, argc, "defineProperty");
  if (o == 0) return EXCEPTION;
  const key = keyArg(argv, argc, 1);
  if (key == 0) return EXCEPTION;
  const sp0 = saveSp();
  const d = newDesc();
  let r = ToPropertyDescriptor(arg(argv, argc, 2), d);
  if (r != EXCEPTION) r = DefineOwnProperty(o, key, d);
  restoreSp(sp0);
  return r;
}

/** Reflect.deleteProperty(target, propertyKey) — §28.1.4. */
function Reflect_deleteProperty(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  const o = target(argv, argc, "deleteProperty");
  if (o == 0) return EXCEPTION;
  const key = keyArg(argv, argc, 1);
  return key == 0 ? EXCEPTION : DeleteProperty(o, key);
}

/** Reflect.get(target, propertyKey [, receiver]) — §28.1.5. */
function Reflect_get(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  const o = target(argv, argc, "get");
  if (o == 0) return EXCEPTION;
  const key = keyArg(argv, argc, 1);
  if (key == 0) return EXCEPTION;
  return Get(o, key, argc > 2 ? load<i64>(argv + 16) : o);
}

/** Reflect.getOwnPropertyDescriptor(target, propertyKey) — §28.1.6. */
function Reflect_getOwnPropertyDescriptor(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  const o = target(argv, argc, "getOwnPropertyDescriptor");
  if (o == 0) return EXCEPTION;
  const key = keyArg(argv, argc, 1);
  if (key == 0) return EXCEPTION;
  const sp0 = saveSp();
  const d = newDesc();
  const r = OrdinaryGetOwnProperty(ptr(o), key, d) ? FromPropertyDescriptor(d) : UNDEFINED;
  restoreSp(sp0);
  return r;
}

/** Reflect.getPrototypeOf(target) — §28.1.7. */
function Reflect_getPrototypeOf(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  const o = target(argv, argc, "getPrototypeOf");
  return o == 0 ? EXCEPTION : objProto(ptr(o));
}

/** Reflect.has(target, propertyKey) — §28.1.8. */
function Reflect_has(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  const o = target(argv, argc, "has");
  if (o == 0) return EXCEPTION;
  const key = keyArg(argv, argc, 1);
  return key == 0 ? EXCEPTION : fromBool(HasProperty(o, key));
}

/** Reflect.isExtensible(target) — §28.1.9. */
function Reflect_isExtensible(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  const o = target(argv, argc, "isExtensible");
  return o == 0 ? EXCEPTION : fromBool(isExtensible(ptr(o)));
}

/** Reflect.ownKeys(target) — §28.1.10. */
function Reflect_ownKeys(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  const o = target(argv, argc, "ownKeys");
  return o == 0 ? EXCEPTION : boxObject(OwnPropertyKeys(o, false));
}

/** Reflect.preventExtensions(target) — §28.1.11. */
function Reflect_preventExtensions(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  const o = target(argv, argc, "preventExtensions");
  if (o == 0) return EXCEPTION;
  PreventExtensions(ptr(o));
  return TRUE;
}

/** Reflect.set(target, propertyKey, V [, receiver]) — §28.1.12. */
function Reflect_set(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  const o = target(argv, argc, "set");
  if (o == 0) return EXCEPTION;
  const key = keyArg(argv, argc, 1);
  if (key == 0) return EXCEPTION;
  const v = arg(argv, argc, 2);
  const receiver = argc > 3 ? load<i64>(argv + 24) : o;
  if (receiver == o) return SetOnObject(o, key, v);
  return OrdinarySetWithReceiver(o, key, v, receiver);
}

/** OrdinarySet(O, P, V, Receiver) — §10.1.9.2 with OrdinarySetWithOwnDescriptor, for a receiver
 *  other than O: find P on O's chain; a setter is called on the receiver, a writable data
 *  property (or none) makes the receiver get its own data property. */
function OrdinarySetWithReceiver(o: i64, key: usize, v: i64, receiver: i64): i64 {
  const sp0 = saveSp();
  pushRoot(o);
  pushRoot(v);
  pushRoot(receiver);
  const d = newDesc();
  let found = false;
  let cur = o;
  while (isObject(cur)) {
    if (OrdinaryGetOwnProperty(ptr(cur), key, d)) { found = true; break; }
    cur = objProto(ptr(cur));
  }
  const flags = descFlags(d);
  let r = FALSE;
  if (found && (flags & (HAS_GET | HAS_SET)) != 0) {
    const setter = load<i64>(d, D_SET);
    if (isCallable(setter)) {
      const argv = pushRoot(v);
      r = Call(setter, receiver, argv, 1);
      if (r != EXCEPTION) r = TRUE;
    }
  } else if ((!found || (flags & F_WRITABLE) != 0) && isObject(receiver)) {
    const own = newDesc();
    if (!OrdinaryGetOwnProperty(ptr(receiver), key, own)) r = CreateDataProperty(receiver, key, v);
    else if ((descFlags(own) & (HAS_GET | HAS_SET)) == 0 && (descFlags(own) & F_WRITABLE) != 0) {
      r = SetOnObject(receiver, key, v);
    }
  }
  restoreSp(sp0);
  return r;
}

/** Reflect.setPrototypeOf(target, proto) — §28.1.13. */
function Reflect_setPrototypeOf(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  const o = target(argv, argc, "setPrototypeOf");
  if (o == 0) return EXCEPTION;
  const proto = arg(argv, argc, 1);
  if (!isObject(proto) && proto != NULL) return throwWithValue("Object prototype may only be an Object or null: ", proto, "");
  return fromBool(OrdinarySetPrototypeOf(ptr(o), proto) == SET_PROTO_OK);
}

export function initReflect(global: usize): void {
  const reflect = defineNamespaceObject(global, "Reflect");
  defineMethod(reflect, "defineProperty", 3, Reflect_defineProperty);
  defineMethod(reflect, "deleteProperty", 2, Reflect_deleteProperty);
  defineMethod(reflect, "apply", 3, Reflect_apply);
  defineMethod(reflect, "construct", 2, Reflect_construct);
  defineMethod(reflect, "get", 2, Reflect_get);
  defineMethod(reflect, "getOwnPropertyDescriptor", 2, Reflect_getOwnPropertyDescriptor);
  defineMethod(reflect, "getPrototypeOf", 1, Reflect_getPrototypeOf);
  defineMethod(reflect, "has", 2, Reflect_has);
  defineMethod(reflect, "isExtensible", 1, Reflect_isExtensible);
  defineMethod(reflect, "ownKeys", 1, Reflect_ownKeys);
  defineMethod(reflect, "preventExtensions", 1, Reflect_preventExtensions);
  defineMethod(reflect, "set", 3, Reflect_set);
  defineMethod(reflect, "setPrototypeOf", 2, Reflect_setPrototypeOf);
  defineToStringTag(reflect, "Reflect");
}
