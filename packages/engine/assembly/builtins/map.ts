// The Map constructor and Map.prototype — ECMA-262 §24.1. The table is in collections-table.ts;
// the steps Map shares with Set and the weak collections are in collections-common.ts.
import { EXCEPTION, UNDEFINED, boxObject, fromF64 } from "../value";
import { newTarget } from "../object/function";
import { OrdinaryObjectCreate } from "../object/object";
import { ObjectPrototype, MapPrototype, setMapPrototype } from "../realm";
import { arg, defineConstructor, defineMethod, defineGetter, defineKeyedValue, ATTR_HIDDEN } from "./native";
import { SymbolIterator, defineToStringTag } from "./symbol";
import { COLL_MAP, collectionSize, collectionClear } from "./collections-table";
import {
  constructCollection, requireCollection, collectionForEach, collectionGet, collectionHas,
  collectionDeleteKey, collectionPut,
} from "./collections-common";
import {
  createIterator, initMapIteratorPrototype, ITER_KEYS, ITER_VALUES, ITER_ENTRIES,
} from "./collections-iterator";
import { defineSpeciesGetter } from "./symbol";

/** Map([iterable]) — §24.1.1.1. */
function Map_ctor(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  return constructCollection(COLL_MAP, "Map", MapPrototype, "set", newTarget, callee, argv, argc);
}

/** Map.prototype.get(key) — §24.1.3.6. */
function Map_get(c: u32, thisv: i64, argv: usize, argc: i32): i64 {
  return collectionGet(thisv, COLL_MAP, "Map.prototype.get", arg(argv, argc, 0));
}

/** Map.prototype.set(key, value) — §24.1.3.9. */
function Map_set(c: u32, thisv: i64, argv: usize, argc: i32): i64 {
  return collectionPut(thisv, COLL_MAP, "Map.prototype.set", arg(argv, argc, 0), arg(argv, argc, 1));
}

/** Map.prototype.has(key) — §24.1.3.7. */
function Map_has(c: u32, thisv: i64, argv: usize, argc: i32): i64 {
  return collectionHas(thisv, COLL_MAP, "Map.prototype.has", arg(argv, argc, 0));
}

/** Map.prototype.delete(key) — §24.1.3.3. */
function Map_delete(c: u32, thisv: i64, argv: usize, argc: i32): i64 {
  return collectionDeleteKey(thisv, COLL_MAP, "Map.prototype.delete", arg(argv, argc, 0));
}

/** Map.prototype.clear() — §24.1.3.1. */
function Map_clear(c: u32, thisv: i64, argv: usize, argc: i32): i64 {
  const o = requireCollection(thisv, COLL_MAP, "Map.prototype.clear");
  if (o == 0) return EXCEPTION;
  collectionClear(o);
  return UNDEFINED;
}

/** get Map.prototype.size — §24.1.3.10. */
function Map_size(c: u32, thisv: i64, argv: usize, argc: i32): i64 {
  const o = requireCollection(thisv, COLL_MAP, "get Map.prototype.size");
  if (o == 0) return EXCEPTION;
  return fromF64(<f64>collectionSize(o));
}

/** Map.prototype.forEach(callbackfn [, thisArg]) — §24.1.3.5. */
function Map_forEach(c: u32, thisv: i64, argv: usize, argc: i32): i64 {
  return collectionForEach(thisv, argv, argc, COLL_MAP, "Map.prototype.forEach");
}

function mapIterator(thisv: i64, kind: u32, method: string): i64 {
  const o = requireCollection(thisv, COLL_MAP, method);
  if (o == 0) return EXCEPTION;
  return createIterator(o, kind);
}

/** Map.prototype.entries() — §24.1.3.4 (also Map.prototype[Symbol.iterator] once symbols exist). */
function Map_entries(c: u32, thisv: i64, argv: usize, argc: i32): i64 {
  return mapIterator(thisv, ITER_ENTRIES, "Map.prototype.entries");
}

/** Map.prototype.keys() — §24.1.3.8. */
function Map_keys(c: u32, thisv: i64, argv: usize, argc: i32): i64 {
  return mapIterator(thisv, ITER_KEYS, "Map.prototype.keys");
}

/** Map.prototype.values() — §24.1.3.11. */
function Map_values(c: u32, thisv: i64, argv: usize, argc: i32): i64 {
  return mapIterator(thisv, ITER_VALUES, "Map.prototype.values");
}

export function initMap(global: usize): void {
  const proto = OrdinaryObjectCreate(boxObject(ObjectPrototype));
  setMapPrototype(proto);
  initMapIteratorPrototype();
  defineSpeciesGetter(defineConstructor(global, "Map", 0, Map_ctor, proto, true));
  // In V8's property order.
  defineMethod(proto, "get", 1, Map_get);
  defineMethod(proto, "set", 2, Map_set);
  defineMethod(proto, "has", 1, Map_has);
  defineMethod(proto, "delete", 1, Map_delete);
  defineMethod(proto, "clear", 0, Map_clear);
  const entries = defineMethod(proto, "entries", 0, Map_entries);
  defineMethod(proto, "forEach", 1, Map_forEach);
  defineMethod(proto, "keys", 0, Map_keys);
  defineGetter(proto, "size", "get size", Map_size);
  defineMethod(proto, "values", 0, Map_values);
  defineToStringTag(proto, "Map");
  defineKeyedValue(proto, SymbolIterator(), boxObject(entries), ATTR_HIDDEN);
}
