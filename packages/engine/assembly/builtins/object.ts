// Object constructor and Object.prototype — ECMA-262 §20.1. Descriptor statics are in
// object-descriptors.ts, prototypes and integrity levels in object-integrity.ts.
import {
  UNDEFINED, EMPTY, EXCEPTION, FALSE, isObject, isNullish, isString, boxObject, boxString, fromBool, ptr,
} from "../value";
import { CELL_ARRAY } from "../layout.generated";
import { cellKind } from "../heap/alloc";
import { pushRoot, saveSp, restoreSp, reserveSlots } from "../heap/stack";
import { GetIterator, IteratorStepValue, IteratorCloseOnThrow, ITER_MSG_BUILTIN } from "../ops/iteration";
import { internStatic } from "../string/atoms";
import { OrdinaryObjectCreate, objProto } from "../object/object";
import { ArrayCreate, arrayLength, arrayGet, arrayPush } from "../object/array";
import { isCallable } from "../object/function";
import { ObjectPrototype } from "../realm";
import { A_toString } from "../names";
import { throwTypeError } from "../errors";
import { ToPropertyKey } from "../ops/conversion";
import { Call } from "../ops/call";
import {
  Get, GetV, SetOnObject, EnumerableOwnKeys, OwnStringKeys, indexKey as indexKeyOf,
} from "../ops/property";
import {
  newDesc, descFlags, F_ENUMERABLE, OrdinaryGetOwnProperty, CreateDataProperty, SameValue,
} from "../ops/define-property";
import { throwSetFailure, throwWithValue } from "../ops/property-errors";
import { arg, defineConstructor, defineMethod } from "./native";
import { SymbolToStringTag } from "./symbol";
import { sbOpen, sbAppendStatic, sbAppendString, sbFinish } from "../string/builder";
import { toObjectForKeys, builtinTag } from "./wrappers";
import { initObjectDescriptors, OwnPropertyKeys } from "./object-descriptors";
import { initObjectIntegrity } from "./object-integrity";

/** ToObject — §7.1.18 with node's message for null and undefined. */
export function toObjectOrThrow(v: i64): i64 {
  if (isNullish(v)) return throwTypeError("Cannot convert undefined or null to object");
  return toObjectForKeys(v);
}

/** Object(value) — §20.1.1.1. */
function Object_ctor(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  const v = arg(argv, argc, 0);
  if (isObject(v)) return v;
  if (isNullish(v)) return boxObject(OrdinaryObjectCreate(boxObject(ObjectPrototype)));
  return toObjectForKeys(v);
}

/** Object.keys(O) — §20.1.2.18. */
function Object_keys(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  const o = toObjectOrThrow(arg(argv, argc, 0));
  if (o == EXCEPTION) return EXCEPTION;
  return boxObject(EnumerableOwnKeys(o));
}

/** Object.getOwnPropertyNames(O) — §20.1.2.11. */
function Object_getOwnPropertyNames(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  const o = toObjectOrThrow(arg(argv, argc, 0));
  if (o == EXCEPTION) return EXCEPTION;
  return boxObject(OwnStringKeys(o, false));
}

/** EnumerableOwnProperties(O, value | key+value) — §7.3.23, for Object.values / entries. */
function EnumerableOwnProperties(v: i64, entries: bool): i64 {
  const o = toObjectOrThrow(v);
  if (o == EXCEPTION) return EXCEPTION;
  const sp0 = saveSp();
  pushRoot(o);
  const keys = EnumerableOwnKeys(o);
  pushRoot(boxObject(keys));
  const result = ArrayCreate(0, 0);
  pushRoot(boxObject(result));
  const d = newDesc();
  const n = arrayLength(keys);
  for (let i: u32 = 0; i < n; i++) {
    const key = ptr(arrayGet(keys, i));
    // A getter run earlier may have deleted or hidden this property.
    if (!OrdinaryGetOwnProperty(ptr(o), key, d) || (descFlags(d) & F_ENUMERABLE) == 0) continue;
    const value = Get(o, key, o);
    if (value == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
    if (!entries) { arrayPush(result, value); continue; }
    const vs = pushRoot(value);
    const pair = ArrayCreate(0, 2);
    arrayPush(pair, boxString(key));
    arrayPush(pair, load<i64>(vs));
    restoreSp(vs + 8);
    arrayPush(result, boxObject(pair));
  }
  restoreSp(sp0);
  return boxObject(result);
}

/** Object.values(O) — §20.1.2.24. */
function Object_values(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  return EnumerableOwnProperties(arg(argv, argc, 0), false);
}

/** Object.entries(O) — §20.1.2.5. */
function Object_entries(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  return EnumerableOwnProperties(arg(argv, argc, 0), true);
}

/** Object.assign(target, ...sources) — §20.1.2.1. */
function Object_assign(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  const to = toObjectOrThrow(arg(argv, argc, 0));
  if (to == EXCEPTION) return EXCEPTION;
  const sp0 = saveSp();
  pushRoot(to);
  const d = newDesc();
  for (let s = 1; s < argc; s++) {
    const src = arg(argv, argc, s);
    if (isNullish(src)) continue;
    const from = toObjectForKeys(src);
    pushRoot(from);
    const keys = OwnPropertyKeys(from, false);
    pushRoot(boxObject(keys));
    const n = arrayLength(keys);
    for (let i: u32 = 0; i < n; i++) {
      const key = ptr(arrayGet(keys, i));
      if (!OrdinaryGetOwnProperty(ptr(from), key, d) || (descFlags(d) & F_ENUMERABLE) == 0) continue;
      const v = Get(from, key, from);
      if (v == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
      const r = SetOnObject(to, key, v);
      if (r == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
      if (r == FALSE) { const e = throwSetFailure(to, key); restoreSp(sp0); return e; }
    }
  }
  restoreSp(sp0);
  return to;
}

/** Object.fromEntries(iterable) — §20.1.2.7: AddEntriesFromIterable with CreateDataPropertyOrThrow
 *  as the adder; an abrupt entry closes the iterator. */
function Object_fromEntries(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  const iterable = arg(argv, argc, 0);
  if (isNullish(iterable)) {
    return throwWithValue("", iterable, " is not iterable (cannot read property Symbol(Symbol.iterator))");
  }
  const sp0 = saveSp();
  const obj = boxObject(OrdinaryObjectCreate(boxObject(ObjectPrototype)));
  pushRoot(obj);
  const rec = reserveSlots(2);
  const entry = pushRoot(UNDEFINED); // the entry, then its value
  const keyv = pushRoot(UNDEFINED);
  if (GetIterator(iterable, rec, 0, ITER_MSG_BUILTIN) == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
  while (true) {
    const e = IteratorStepValue(rec);
    if (e == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
    if (e == EMPTY) break;
    store<i64>(entry, e);
    if (!isObject(e)) {
      throwWithValue("Iterator value ", e, " is not an entry object");
      IteratorCloseOnThrow(rec);
      restoreSp(sp0);
      return EXCEPTION;
    }
    const k = Get(e, indexKeyOf(0), e);
    if (k == EXCEPTION) { IteratorCloseOnThrow(rec); restoreSp(sp0); return EXCEPTION; }
    store<i64>(keyv, k);
    const v = Get(e, indexKeyOf(1), e);
    if (v == EXCEPTION) { IteratorCloseOnThrow(rec); restoreSp(sp0); return EXCEPTION; }
    store<i64>(entry, v);
    const key = ToPropertyKey(load<i64>(keyv));
    if (key == 0) { IteratorCloseOnThrow(rec); restoreSp(sp0); return EXCEPTION; }
    CreateDataProperty(obj, key, load<i64>(entry));
  }
  restoreSp(sp0);
  return obj;
}

/** Object.is(value1, value2) — §20.1.2.14. */
function Object_is(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  return fromBool(SameValue(arg(argv, argc, 0), arg(argv, argc, 1)));
}

// ---- Object.prototype ----

/** Object.prototype.hasOwnProperty(V) — §20.1.3.2. */
function Object_prototype_hasOwnProperty(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  return ownPropertyQuery(thisv, arg(argv, argc, 0), false);
}

/** Object.prototype.propertyIsEnumerable(V) — §20.1.3.4. */
function Object_prototype_propertyIsEnumerable(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  return ownPropertyQuery(thisv, arg(argv, argc, 0), true);
}

/** Whether `this` has own property ToPropertyKey(v) (that is enumerable). */
function ownPropertyQuery(thisv: i64, v: i64, enumerable: bool): i64 {
  const sp0 = saveSp();
  pushRoot(thisv);
  const key = ToPropertyKey(v);
  if (key == 0) { restoreSp(sp0); return EXCEPTION; }
  const o = toObjectOrThrow(thisv);
  if (o == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
  const d = newDesc();
  const has = OrdinaryGetOwnProperty(ptr(o), key, d) && (!enumerable || (descFlags(d) & F_ENUMERABLE) != 0);
  restoreSp(sp0);
  return fromBool(has);
}

/** Object.prototype.isPrototypeOf(V) — §20.1.3.3. */
function Object_prototype_isPrototypeOf(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  const v = arg(argv, argc, 0);
  if (!isObject(v)) return FALSE;
  const o = toObjectOrThrow(thisv);
  if (o == EXCEPTION) return EXCEPTION;
  let p = objProto(ptr(v));
  while (isObject(p)) {
    if (p == o) return fromBool(true);
    p = objProto(ptr(p));
  }
  return FALSE;
}

/** Object.prototype.toString — §20.1.3.6: the builtin tag, unless @@toStringTag is a string. */
function Object_prototype_toString(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  if (thisv == UNDEFINED) return boxString(internStatic("[object Undefined]"));
  if (isNullish(thisv)) return boxString(internStatic("[object Null]"));
  const tag = GetV(thisv, SymbolToStringTag());
  if (tag == EXCEPTION) return EXCEPTION;
  if (!isString(tag)) return boxString(builtinTag(thisv));
  const sp0 = saveSp();
  pushRoot(tag);
  const sb = sbOpen();
  sbAppendStatic(sb, "[object ");
  sbAppendString(sb, ptr(tag));
  sbAppendStatic(sb, "]");
  const r = sbFinish(sb); // pops the builder, which lies below sp0
  restoreSp(sp0);
  return boxString(r);
}

/** Object.hasOwn(O, P) — §20.1.2.13. */
function Object_hasOwn(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  const o = toObjectOrThrow(arg(argv, argc, 0));
  if (o == EXCEPTION) return EXCEPTION;
  const sp0 = saveSp();
  pushRoot(o);
  const key = ToPropertyKey(arg(argv, argc, 1));
  if (key == 0) { restoreSp(sp0); return EXCEPTION; }
  const d = newDesc();
  const r = OrdinaryGetOwnProperty(ptr(o), key, d);
  restoreSp(sp0);
  return fromBool(r);
}

/** Object.prototype.toLocaleString() — §20.1.3.5: Invoke(this, "toString"). */
function Object_prototype_toLocaleString(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  const f = GetV(thisv, A_toString);
  if (f == EXCEPTION) return EXCEPTION;
  if (!isCallable(f)) return throwTypeError("toString is not a function");
  return Call(f, thisv, 0, 0);
}

/** Object.prototype.valueOf() — §20.1.3.7. */
function Object_prototype_valueOf(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  return toObjectOrThrow(thisv);
}

export function initObject(global: usize): void {
  const ctor = defineConstructor(global, "Object", 1, Object_ctor, ObjectPrototype, false); // rooted by global
  defineMethod(ctor, "keys", 1, Object_keys);
  defineMethod(ctor, "values", 1, Object_values);
  defineMethod(ctor, "entries", 1, Object_entries);
  defineMethod(ctor, "assign", 2, Object_assign);
  defineMethod(ctor, "fromEntries", 1, Object_fromEntries);
  defineMethod(ctor, "is", 2, Object_is);
  defineMethod(ctor, "hasOwn", 2, Object_hasOwn);
  defineMethod(ctor, "getOwnPropertyNames", 1, Object_getOwnPropertyNames);
  initObjectDescriptors(ctor);
  initObjectIntegrity(ctor);
  defineMethod(ObjectPrototype, "hasOwnProperty", 1, Object_prototype_hasOwnProperty);
  defineMethod(ObjectPrototype, "isPrototypeOf", 1, Object_prototype_isPrototypeOf);
  defineMethod(ObjectPrototype, "propertyIsEnumerable", 1, Object_prototype_propertyIsEnumerable);
  defineMethod(ObjectPrototype, "toString", 0, Object_prototype_toString);
  defineMethod(ObjectPrototype, "toLocaleString", 0, Object_prototype_toLocaleString);
  defineMethod(ObjectPrototype, "valueOf", 0, Object_prototype_valueOf);
}
