// Steps Map, Set, WeakMap and WeakSet share: the receiver check of every method, the constructor
// (§24.1.1.1 Map, §24.2.1.1 Set, §24.3.1.1 WeakMap, §24.4.1.1 WeakSet, with
// AddEntriesFromIterable §24.1.1.2 and the Set loop), forEach (§24.1.3.5, §24.2.3.6), and
// V8's wording of the TypeErrors they throw.
import { CELL_ARRAY, CELL_FUNCTION, PROP_ACCESSOR, CELL_TYPED_ARRAY } from "../layout.generated";
import {
  UNDEFINED, NULL, EMPTY, EXCEPTION, isObject, isString, isNumber, isSymbol, isNullish, fromF64,
  fromBool, boxObject, ptr,
} from "../value";
import { cellKind } from "../heap/alloc";
import { pushRoot, saveSp, restoreSp, reserveSlots } from "../heap/stack";
import { internStatic } from "../string/atoms";
import { sbOpen, sbAppendChar, sbAppendStatic, sbAppendString, sbFinish } from "../string/builder";
import { objProto, findOwn, ownValue, propAttrs, NO_PROP } from "../object/object";
import { isCallable, fnName } from "../object/function";
import { A_prototype, A_constructor } from "../names";
import {
  MapPrototype, SetPrototype, WeakMapPrototype, WeakSetPrototype, MapIteratorPrototype,
  SetIteratorPrototype, PromisePrototype,
} from "../realm";
import { TYPE_ERROR, throwError } from "../errors";
import { ToString } from "../ops/conversion";
import { Get, GetElement } from "../ops/property";
import { Call } from "../ops/call";
import { GetIterator, IteratorStepValue, IteratorCloseOnThrow, ITER_MSG_BUILTIN } from "../ops/iteration";
import { sbAppendSymbol } from "./inspect-primitive";
import { arg } from "./native";
import { binaryDataToStringTag } from "./typed-array";
import {
  COLL_MAP, COLL_SET, COLL_WEAKMAP, COLL_MAP_ITERATOR, COLL_SET_ITERATOR, collectionKind,
  allocCollection, cursorInit, cursorNext, entryKey, entryValue, collectionTable, tableFind,
  canonicalizeKey, collectionSet, collectionDelete,
} from "./collections-table";

/** The name of the nearest own data `constructor` on `o`'s chain that is a function, or 0. */
function constructorName(o: usize): usize {
  let p = o;
  while (true) {
    const node = findOwn(p, A_constructor);
    if (node != NO_PROP && (propAttrs(node) & PROP_ACCESSOR) == 0) {
      const c = ownValue(p, node);
      if (isCallable(c)) return fnName(ptr(c));
    }
    const proto = objProto(p);
    if (!isObject(proto)) return 0;
    p = ptr(proto);
  }
}

/** Append a primitive as V8 prints it in messages (ToString; symbols descriptively). `v` must be
 *  rooted by the caller. Returns false with an exception pending. */
function appendPrimitive(sb: usize, v: i64): bool {
  if (isSymbol(v)) { sbAppendSymbol(sb, ptr(v)); return true; }
  const s = ToString(v); // primitives only: no user code runs
  if (s == 0) return false;
  sbAppendString(sb, s);
  return true;
}

/** TypeError "Method <method> called on incompatible receiver <v>" (appendReceiver). */
export function throwIncompatible(method: string, v: i64): i64 {
  return throwAboutReceiver("Method ", method, " called on incompatible receiver ", v, "");
}

/** TypeError "<a><b><c><v><d>" with `v` rendered by appendReceiver. */
export function throwAboutReceiver(a: string, b: string, c: string, v: i64, d: string): i64 {
  const sp0 = saveSp();
  pushRoot(v);
  const sb = sbOpen();
  sbAppendStatic(sb, a);
  sbAppendStatic(sb, b);
  sbAppendStatic(sb, c);
  if (!appendReceiver(sb, v)) { restoreSp(sp0); return EXCEPTION; }
  sbAppendStatic(sb, d);
  const r = throwError(TYPE_ERROR, sbFinish(sb));
  restoreSp(sp0);
  return r;
}

/** Append a receiver as V8 renders it in messages: "#<Map>", "#<Foo>" (the constructor's name),
 *  "[object Array]", "[object Object]" (no constructor), primitives as text. `v` must be rooted.
 *  Returns false with an exception pending. */
export function appendReceiver(sb: usize, v: i64): bool {
  if (!isObject(v)) return appendPrimitive(sb, v);
  if (cellKind(ptr(v)) == CELL_ARRAY) {
    sbAppendStatic(sb, "[object Array]");
  } else if (cellKind(ptr(v)) == CELL_FUNCTION) {
    sbAppendStatic(sb, "#<Function>");
  } else if (cellKind(ptr(v)) == CELL_TYPED_ARRAY) {
    sbAppendString(sb, binaryDataToStringTag(v)); // "[object Uint8Array]"
  } else {
    const name = constructorName(ptr(v));
    if (name == 0) sbAppendStatic(sb, "[object Object]");
    else { sbAppendStatic(sb, "#<"); sbAppendString(sb, name); sbAppendChar(sb, 62); }
  }
  return true;
}

/** TypeError "<typeof v> <v><suffix>" as V8 words callbacks and iterables it cannot use:
 *  "number 5", "string \"x\"", "object null", "boolean true", and just "object", "function",
 *  "symbol" or "undefined". */
export function throwTypedValue(v: i64, suffix: string): i64 {
  const sp0 = saveSp();
  pushRoot(v);
  const sb = sbOpen();
  if (v == UNDEFINED) sbAppendStatic(sb, "undefined");
  else if (v == NULL) sbAppendStatic(sb, "object null");
  else if (isSymbol(v)) sbAppendStatic(sb, "symbol");
  else if (isObject(v)) sbAppendStatic(sb, isCallable(v) ? "function" : "object");
  else if (isString(v)) { sbAppendStatic(sb, "string \""); sbAppendString(sb, ptr(v)); sbAppendChar(sb, 34); }
  else {
    sbAppendStatic(sb, isNumber(v) ? "number " : "boolean ");
    if (!appendPrimitive(sb, v)) { restoreSp(sp0); return EXCEPTION; }
  }
  sbAppendStatic(sb, suffix);
  const r = throwError(TYPE_ERROR, sbFinish(sb));
  restoreSp(sp0);
  return r;
}

/** The collection cell `thisv` if it is of `kind`, else 0 with the incompatible-receiver
 *  TypeError pending (RequireInternalSlot(M, [[MapData]]) — §10.1.15.3). */
export function requireCollection(thisv: i64, kind: u32, method: string): usize {
  if (collectionKind(thisv) == kind) return ptr(thisv);
  throwIncompatible(method, thisv);
  return 0;
}

// The constructor's frame slots.
const C_OBJ: usize = 0;
const C_ADDER: usize = 8;
const C_RECORD: usize = 16; // the iterator record: two slots
const C_ARGS: usize = 32; // key, value
const C_SLOTS: i32 = 6;

/** new Map/Set/WeakMap/WeakSet(iterable): a new collection of `kind` whose prototype comes from
 *  new.target `nt` (default `defaultProto`), filled by calling its own `adderName` ("set" or
 *  "add") on each value of `iterable` — for the maps, on the "0" and "1" of each entry object. */
export function constructCollection(kind: u32, name: string, defaultProto: usize, adderName: string,
                                    nt: i64, callee: u32, argv: usize, argc: i32): i64 {
  if (nt == UNDEFINED) {
    const sb = sbOpen();
    sbAppendStatic(sb, "Constructor ");
    sbAppendStatic(sb, name);
    sbAppendStatic(sb, " requires 'new'");
    return throwError(TYPE_ERROR, sbFinish(sb));
  }
  const sp0 = saveSp();
  const f = reserveSlots(C_SLOTS);
  // GetPrototypeFromConstructor(newTarget, defaultProto)
  let proto = boxObject(defaultProto);
  if (nt != boxObject(<usize>callee)) {
    const p = Get(nt, A_prototype, nt);
    if (p == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
    if (isObject(p)) proto = p;
  }
  store<i64>(f, proto, C_OBJ);
  const o = boxObject(allocCollection(kind, proto));
  store<i64>(f, o, C_OBJ);
  const iterable = arg(argv, argc, 0);
  if (isNullish(iterable)) { restoreSp(sp0); return o; }
  store<i64>(f, iterable, C_RECORD);
  const adder = Get(o, internStatic(adderName), o);
  if (adder == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
  if (!isCallable(adder)) { restoreSp(sp0); return throwAdderNotCallable(adder, adderName, name); }
  store<i64>(f, adder, C_ADDER);
  if (GetIterator(iterable, f + C_RECORD, 0, ITER_MSG_BUILTIN) == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
  const pairs = kind == COLL_MAP || kind == COLL_WEAKMAP;
  while (true) {
    const next = IteratorStepValue(f + C_RECORD);
    if (next == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
    if (next == EMPTY) break;
    if (addEntry(f, o, next, pairs) == EXCEPTION) {
      IteratorCloseOnThrow(f + C_RECORD); // AddEntriesFromIterable closes on an abrupt step
      restoreSp(sp0);
      return EXCEPTION;
    }
  }
  restoreSp(sp0);
  return o;
}

/** One step of AddEntriesFromIterable (§24.1.1.2): call the adder with the value, or with the
 *  "0" and "1" of the entry object for maps. */
function addEntry(f: usize, o: i64, next: i64, pairs: bool): i64 {
  store<i64>(f, next, C_ARGS);
  if (pairs) {
    if (!isObject(next)) return throwNotEntry(f + C_ARGS);
    const k = GetElement(next, fromF64(0));
    if (k == EXCEPTION) return EXCEPTION;
    store<i64>(f, k, C_ARGS);
    const v = GetElement(next, fromF64(1));
    if (v == EXCEPTION) return EXCEPTION;
    store<i64>(f, v, C_ARGS + 8);
  }
  return Call(load<i64>(f, C_ADDER), o, f + C_ARGS, pairs ? 2 : 1);
}

/** TypeError "Iterator value <v> is not an entry object" for the rooted primitive at `slot`. */
function throwNotEntry(slot: usize): i64 {
  const sb = sbOpen();
  sbAppendStatic(sb, "Iterator value ");
  if (!appendPrimitive(sb, load<i64>(slot))) return EXCEPTION;
  sbAppendStatic(sb, " is not an entry object");
  return throwError(TYPE_ERROR, sbFinish(sb));
}

/** TypeError "'<adder>' returned for property 'set' of object '#<Map>' is not a function". */
function throwAdderNotCallable(adder: i64, adderName: string, name: string): i64 {
  const sp0 = saveSp();
  pushRoot(adder);
  const sb = sbOpen();
  sbAppendChar(sb, 39);
  if (isObject(adder)) sbAppendStatic(sb, "#<Object>");
  else if (!appendPrimitive(sb, adder)) { restoreSp(sp0); return EXCEPTION; }
  sbAppendStatic(sb, "' returned for property '");
  sbAppendStatic(sb, adderName);
  sbAppendStatic(sb, "' of object '#<");
  sbAppendStatic(sb, name);
  sbAppendStatic(sb, ">' is not a function");
  const r = throwError(TYPE_ERROR, sbFinish(sb));
  restoreSp(sp0);
  return r;
}

/** Map.prototype.forEach / Set.prototype.forEach(callbackfn, thisArg): call callbackfn(value,
 *  key, collection) for each entry in order, including entries added meanwhile and skipping
 *  deleted ones (the cursor follows the live table). A Set's entries have value == key. */
export function collectionForEach(thisv: i64, argv: usize, argc: i32, kind: u32, method: string): i64 {
  const o = requireCollection(thisv, kind, method);
  if (o == 0) return EXCEPTION;
  const callback = arg(argv, argc, 0);
  if (!isCallable(callback)) return throwTypedValue(callback, " is not a function");
  const thisArg = arg(argv, argc, 1);
  const sp0 = saveSp();
  // cursor [table, index], the collection (kept rooted: the callee may overwrite its arguments),
  // then the arguments: value, key, collection
  const f = reserveSlots(6);
  cursorInit(f, o);
  store<i64>(f, thisv, 16);
  while (true) {
    const e = cursorNext(f);
    if (e < 0) break;
    const t = ptr(load<i64>(f));
    store<i64>(f, entryValue(t, <u32>e), 24);
    store<i64>(f, entryKey(t, <u32>e), 32);
    store<i64>(f, load<i64>(f, 16), 40);
    if (Call(callback, thisArg, f + 24, 3) == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
  }
  restoreSp(sp0);
  return UNDEFINED;
}

// ---- Keyed lookups shared by the four prototypes ----

/** get(key): the value of `key`'s entry in the collection `thisv` of `kind`, or undefined. */
export function collectionGet(thisv: i64, kind: u32, method: string, key: i64): i64 {
  const o = requireCollection(thisv, kind, method);
  if (o == 0) return EXCEPTION;
  const t = collectionTable(o);
  const e = tableFind(t, canonicalizeKey(key));
  return e < 0 ? UNDEFINED : entryValue(t, <u32>e);
}

/** has(key). */
export function collectionHas(thisv: i64, kind: u32, method: string, key: i64): i64 {
  const o = requireCollection(thisv, kind, method);
  if (o == 0) return EXCEPTION;
  return fromBool(tableFind(collectionTable(o), canonicalizeKey(key)) >= 0);
}

/** delete(key). */
export function collectionDeleteKey(thisv: i64, kind: u32, method: string, key: i64): i64 {
  const o = requireCollection(thisv, kind, method);
  if (o == 0) return EXCEPTION;
  return fromBool(collectionDelete(o, canonicalizeKey(key)));
}

/** set(key, value) / add(value): returns the collection. */
export function collectionPut(thisv: i64, kind: u32, method: string, key: i64, value: i64): i64 {
  const o = requireCollection(thisv, kind, method);
  if (o == 0) return EXCEPTION;
  const k = canonicalizeKey(key);
  collectionSet(o, k, kind == COLL_MAP || kind == COLL_WEAKMAP ? value : k); // a Set's value is its key
  return thisv;
}

/** CanBeHeldWeakly(v) — §9.13: objects and symbols (the engine has no registered symbols). */
export function canBeHeldWeakly(v: i64): bool { return isObject(v) || isSymbol(v); }

/** The @@toStringTag a collection prototype or iterator prototype gives `v` through its chain
 *  (§24.1.3.12 and siblings): "Map", "Set", "WeakMap", "WeakSet", "Map Iterator", "Set Iterator",
 *  or "". Object.prototype.toString and util.inspect read it until the engine has symbols. */
export function collectionTag(v: i64): string {
  let p = v;
  while (isObject(p)) {
    const o = ptr(p);
    if (o == MapPrototype) return "Map";
    if (o == SetPrototype) return "Set";
    if (o == WeakMapPrototype) return "WeakMap";
    if (o == WeakSetPrototype) return "WeakSet";
    if (o == MapIteratorPrototype) return "Map Iterator";
    if (o == SetIteratorPrototype) return "Set Iterator";
    if (o == PromisePrototype) return "Promise";
    p = objProto(o);
  }
  return "";
}

/** "[object <tag>]" for Object.prototype.toString, or 0 when `v` has no collection tag. */
export function collectionToStringTag(v: i64): usize {
  const tag = collectionTag(v);
  if (tag.length == 0) return 0;
  const sb = sbOpen();
  sbAppendStatic(sb, "[object ");
  sbAppendStatic(sb, tag);
  sbAppendChar(sb, 93);
  return sbFinish(sb);
}
