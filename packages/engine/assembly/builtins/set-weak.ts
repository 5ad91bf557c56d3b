// The WeakSet constructor and WeakSet.prototype — ECMA-262 §24.4. Values must be objects or
// symbols (CanBeHeldWeakly). The table is the Set table, flagged weak: the collector drops the
// entries whose value died (heap/ephemerons.ts).
import { EXCEPTION, boxObject } from "../value";
import { newTarget } from "../object/function";
import { OrdinaryObjectCreate } from "../object/object";
import { ObjectPrototype, WeakSetPrototype, setWeakSetPrototype } from "../realm";
import { throwTypeError } from "../errors";
import { arg, defineConstructor, defineMethod } from "./native";
import { defineToStringTag } from "./symbol";
import { COLL_WEAKSET } from "./collections-table";
import {
  constructCollection, requireCollection, collectionHas, collectionDeleteKey, collectionPut,
  canBeHeldWeakly,
} from "./collections-common";

/** WeakSet([iterable]) — §24.4.1.1. */
function WeakSet_ctor(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  return constructCollection(COLL_WEAKSET, "WeakSet", WeakSetPrototype, "add", newTarget, callee, argv, argc);
}

/** WeakSet.prototype.add(value) — §24.4.3.1. */
function WeakSet_add(c: u32, thisv: i64, argv: usize, argc: i32): i64 {
  const v = arg(argv, argc, 0);
  if (requireCollection(thisv, COLL_WEAKSET, "WeakSet.prototype.add") == 0) return EXCEPTION;
  if (!canBeHeldWeakly(v)) return throwTypeError("Invalid value used in weak set");
  return collectionPut(thisv, COLL_WEAKSET, "WeakSet.prototype.add", v, v);
}

/** WeakSet.prototype.has(value) — §24.4.3.4. */
function WeakSet_has(c: u32, thisv: i64, argv: usize, argc: i32): i64 {
  return collectionHas(thisv, COLL_WEAKSET, "WeakSet.prototype.has", arg(argv, argc, 0));
}

/** WeakSet.prototype.delete(value) — §24.4.3.3. */
function WeakSet_delete(c: u32, thisv: i64, argv: usize, argc: i32): i64 {
  return collectionDeleteKey(thisv, COLL_WEAKSET, "WeakSet.prototype.delete", arg(argv, argc, 0));
}

export function initWeakSet(global: usize): void {
  const proto = OrdinaryObjectCreate(boxObject(ObjectPrototype));
  setWeakSetPrototype(proto);
  defineConstructor(global, "WeakSet", 0, WeakSet_ctor, proto, true);
  defineToStringTag(proto, "WeakSet");
  defineMethod(proto, "delete", 1, WeakSet_delete);
  defineMethod(proto, "has", 1, WeakSet_has);
  defineMethod(proto, "add", 1, WeakSet_add);
}
