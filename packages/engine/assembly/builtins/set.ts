// The Set constructor and Set.prototype — ECMA-262 §24.2. A Set is a table whose entries have
// value == key (collections-table.ts); the steps it shares with Map are in collections-common.ts.
import { EXCEPTION, UNDEFINED, boxObject, fromF64 } from "../value";
import { newTarget } from "../object/function";
import { OrdinaryObjectCreate, putHidden } from "../object/object";
import { internStatic } from "../string/atoms";
import { ObjectPrototype, SetPrototype, setSetPrototype } from "../realm";
import { arg, defineConstructor, defineMethod, defineGetter, defineKeyedValue, ATTR_HIDDEN } from "./native";
import { SymbolIterator, defineToStringTag } from "./symbol";
import { COLL_SET, collectionSize, collectionClear } from "./collections-table";
import {
  constructCollection, requireCollection, collectionForEach, collectionHas, collectionDeleteKey,
  collectionPut,
} from "./collections-common";
import { createIterator, initSetIteratorPrototype, ITER_VALUES, ITER_ENTRIES } from "./collections-iterator";
import { defineSpeciesGetter } from "./symbol";

/** Set([iterable]) — §24.2.1.1. */
function Set_ctor(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  return constructCollection(COLL_SET, "Set", SetPrototype, "add", newTarget, callee, argv, argc);
}

/** Set.prototype.add(value) — §24.2.3.1. */
function Set_add(c: u32, thisv: i64, argv: usize, argc: i32): i64 {
  const v = arg(argv, argc, 0);
  return collectionPut(thisv, COLL_SET, "Set.prototype.add", v, v);
}

/** Set.prototype.has(value) — §24.2.3.8. */
function Set_has(c: u32, thisv: i64, argv: usize, argc: i32): i64 {
  return collectionHas(thisv, COLL_SET, "Set.prototype.has", arg(argv, argc, 0));
}

/** Set.prototype.delete(value) — §24.2.3.4. */
function Set_delete(c: u32, thisv: i64, argv: usize, argc: i32): i64 {
  return collectionDeleteKey(thisv, COLL_SET, "Set.prototype.delete", arg(argv, argc, 0));
}

/** Set.prototype.clear() — §24.2.3.2. */
function Set_clear(c: u32, thisv: i64, argv: usize, argc: i32): i64 {
  const o = requireCollection(thisv, COLL_SET, "Set.prototype.clear");
  if (o == 0) return EXCEPTION;
  collectionClear(o);
  return UNDEFINED;
}

/** get Set.prototype.size — §24.2.3.9. */
function Set_size(c: u32, thisv: i64, argv: usize, argc: i32): i64 {
  const o = requireCollection(thisv, COLL_SET, "get Set.prototype.size");
  if (o == 0) return EXCEPTION;
  return fromF64(<f64>collectionSize(o));
}

/** Set.prototype.forEach(callbackfn [, thisArg]) — §24.2.3.6: callbackfn(value, value, set). */
function Set_forEach(c: u32, thisv: i64, argv: usize, argc: i32): i64 {
  return collectionForEach(thisv, argv, argc, COLL_SET, "Set.prototype.forEach");
}

/** Set.prototype.entries() — §24.2.3.5: [value, value] pairs. */
function Set_entries(c: u32, thisv: i64, argv: usize, argc: i32): i64 {
  const o = requireCollection(thisv, COLL_SET, "Set.prototype.entries");
  if (o == 0) return EXCEPTION;
  return createIterator(o, ITER_ENTRIES);
}

/** Set.prototype.values() — §24.2.3.10; Set.prototype.keys is the same function (§24.2.3.8). */
function Set_values(c: u32, thisv: i64, argv: usize, argc: i32): i64 {
  const o = requireCollection(thisv, COLL_SET, "Set.prototype.values");
  if (o == 0) return EXCEPTION;
  return createIterator(o, ITER_VALUES);
}

export function initSet(global: usize): void {
  const proto = OrdinaryObjectCreate(boxObject(ObjectPrototype));
  setSetPrototype(proto);
  initSetIteratorPrototype();
  defineSpeciesGetter(defineConstructor(global, "Set", 0, Set_ctor, proto, true));
  // In V8's property order.
  defineMethod(proto, "has", 1, Set_has);
  defineMethod(proto, "add", 1, Set_add);
  defineMethod(proto, "delete", 1, Set_delete);
  defineMethod(proto, "clear", 0, Set_clear);
  defineMethod(proto, "entries", 0, Set_entries);
  defineMethod(proto, "forEach", 1, Set_forEach);
  defineGetter(proto, "size", "get size", Set_size);
  const values = defineMethod(proto, "values", 0, Set_values);
  putHidden(proto, internStatic("keys"), boxObject(values));
  defineToStringTag(proto, "Set");
  defineKeyedValue(proto, SymbolIterator(), boxObject(values), ATTR_HIDDEN);
}
