// The WeakMap constructor and WeakMap.prototype — ECMA-262 §24.3. Keys must be objects or
// symbols (CanBeHeldWeakly). The table is the Map table, flagged weak: the collector treats its
// entries as ephemerons (heap/ephemerons.ts).
import { EXCEPTION, boxObject } from "../value";
import { newTarget } from "../object/function";
import { OrdinaryObjectCreate } from "../object/object";
import { ObjectPrototype, WeakMapPrototype, setWeakMapPrototype } from "../realm";
import { throwTypeError } from "../errors";
import { arg, defineConstructor, defineMethod } from "./native";
import { defineToStringTag } from "./symbol";
import { COLL_WEAKMAP } from "./collections-table";
import {
  constructCollection, requireCollection, collectionGet, collectionHas, collectionDeleteKey,
  collectionPut, canBeHeldWeakly,
} from "./collections-common";

/** WeakMap([iterable]) — §24.3.1.1. */
function WeakMap_ctor(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  return constructCollection(COLL_WEAKMAP, "WeakMap", WeakMapPrototype, "set", newTarget, callee, argv, argc);
}

/** WeakMap.prototype.get(key) — §24.3.3.3 (a key that cannot be held weakly is never present). */
function WeakMap_get(c: u32, thisv: i64, argv: usize, argc: i32): i64 {
  return collectionGet(thisv, COLL_WEAKMAP, "WeakMap.prototype.get", arg(argv, argc, 0));
}

/** WeakMap.prototype.set(key, value) — §24.3.3.5. */
function WeakMap_set(c: u32, thisv: i64, argv: usize, argc: i32): i64 {
  const key = arg(argv, argc, 0);
  if (requireCollection(thisv, COLL_WEAKMAP, "WeakMap.prototype.set") == 0) return EXCEPTION;
  if (!canBeHeldWeakly(key)) return throwTypeError("Invalid value used as weak map key");
  return collectionPut(thisv, COLL_WEAKMAP, "WeakMap.prototype.set", key, arg(argv, argc, 1));
}

/** WeakMap.prototype.has(key) — §24.3.3.4. */
function WeakMap_has(c: u32, thisv: i64, argv: usize, argc: i32): i64 {
  return collectionHas(thisv, COLL_WEAKMAP, "WeakMap.prototype.has", arg(argv, argc, 0));
}

/** WeakMap.prototype.delete(key) — §24.3.3.2. */
function WeakMap_delete(c: u32, thisv: i64, argv: usize, argc: i32): i64 {
  return collectionDeleteKey(thisv, COLL_WEAKMAP, "WeakMap.prototype.delete", arg(argv, argc, 0));
}

export function initWeakMap(global: usize): void {
  const proto = OrdinaryObjectCreate(boxObject(ObjectPrototype));
  setWeakMapPrototype(proto);
  defineConstructor(global, "WeakMap", 0, WeakMap_ctor, proto, true);
  defineToStringTag(proto, "WeakMap");
  defineMethod(proto, "delete", 1, WeakMap_delete);
  defineMethod(proto, "get", 1, WeakMap_get);
  defineMethod(proto, "set", 2, WeakMap_set);
  defineMethod(proto, "has", 1, WeakMap_has);
}
