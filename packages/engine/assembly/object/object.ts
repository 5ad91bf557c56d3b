// Object cells and their own-property storage (layout drawn in layout/layout.mjs). An object's
// named properties are in one of two modes:
// - shape mode: the shape (a node of a shared transition tree) maps keys to slot indices, and the
//   values live in the slot vector at OBJ_SLOTS. Inline caches key on these shapes.
// - dictionary mode: the shape is its prototype's dictionary shape, and OBJ_SLOTS holds the
//   object's own Dictionary (dictionary.ts) of key -> value + attributes. An object switches
//   (toDictionary, never back) when it would get more than DICTIONARY_THRESHOLD properties or
//   when a property other than the last-added one is deleted.
// Engine code reads own properties through findOwn / ownValue / setOwnValue (one property) and
// ownPropList (all of them in insertion order), which work in both modes; getSlot / setSlot are
// for shape-mode objects only (a shape an inline cache holds is never a dictionary shape).
// Array elements live in the element vector (see array.ts). Lookups along the prototype chain
// are in ops/property.ts.
import {
  CELL_OBJECT, OBJ_SHAPE, OBJ_SLOTS, OBJ_BYTES, PROP_DEFAULT, PROP_ACCESSOR, PROP_WRITABLE, SHAPE_ATTRS,
  OBJ_FLAG_NOT_EXTENSIBLE, OBJ_FLAG_NO_DICTIONARY,
} from "../layout.generated";
import { allocCell, cellKind, cellFlags, setCellFlags } from "../heap/alloc";
import { pushRoot, saveSp, restoreSp } from "../heap/stack";
import { boxObject, ptr, UNDEFINED, EMPTY } from "../value";
import { rootShapeFor, shapeAdd, shapeLookup, shapeSlot, shapeCount, shapeParent, shapeKey,
  shapeAttrs, shapeProto, shapeRoot, isDictionaryShape, dictionaryShapeFor, pushShapeNodes, shapeNodeIn,
  noteShapeChange } from "./shape";
import { newVector, vecCapacity, vecGet, vecSet, vecGrow } from "./vector";
import {
  dictNew, dictFind, dictAppend, dictAdd, dictDeleteAt, dictUsed, dictKeyAt, dictAttrsAt, dictValueAt,
  dictSetValueAt, dictSetAttrsAt,
} from "./dictionary";

/** An object switches to dictionary mode when it would get more named properties than this.
 *  Below it, a shape walk (shapeLookup is linear) costs no more than a hash probe's few loads
 *  per handful of nodes, objects keep inline caches, and shapes are shared; an object with more
 *  keys than any class or literal usually has is being used as a map, where its sites would be
 *  megamorphic anyway and a shape per added key is pure waste. V8's limit for fast properties
 *  added outside literals is of the same order (128). */
export const DICTIONARY_THRESHOLD: u32 = 64;

// @ts-ignore: decorator
@inline export function objShape(o: usize): usize { return load<u32>(o, OBJ_SHAPE); }
// @ts-ignore: decorator
@inline export function objSlots(o: usize): usize { return load<u32>(o, OBJ_SLOTS); }
// @ts-ignore: decorator
@inline export function objProto(o: usize): i64 { return shapeProto(objShape(o)); }
// @ts-ignore: decorator
@inline export function getSlot(o: usize, i: u32): i64 { return vecGet(objSlots(o), i); }
// @ts-ignore: decorator
@inline export function setSlot(o: usize, i: u32, v: i64): void { vecSet(objSlots(o), i, v); }

/** Allocate an object cell of `kind` and `size` bytes whose prototype is `proto`. */
export function allocObject(kind: u32, size: usize, proto: i64): usize {
  const shape = rootShapeFor(proto);
  const o = allocCell(kind, size);
  store<u32>(o, <u32>shape, OBJ_SHAPE);
  return o;
}

/** An ordinary object of `shape` (not a dictionary shape), its slots UNDEFINED. */
export function newObjectWithShape(shape: usize): usize {
  const o = allocCell(CELL_OBJECT, OBJ_BYTES);
  store<u32>(o, <u32>shape, OBJ_SHAPE);
  giveSlots(o, shapeCount(shape));
  return o;
}

/** Give the new object `o` room for `n` named properties: a slot vector of UNDEFINED. */
export function giveSlots(o: usize, n: u32): void { attachVector(o, OBJ_SLOTS, n, UNDEFINED); }

/** Store into field `field` of the new cell `o` a vector of `n` copies of `fill` (none if n is
 *  0); `o` is rooted while the vector is made. */
export function attachVector(o: usize, field: usize, n: u32, fill: i64): void {
  if (n == 0) return;
  const sp0 = saveSp();
  pushRoot(boxObject(o));
  const v = newVector(n);
  for (let i: u32 = 0; i < n; i++) vecSet(v, i, fill);
  store<u32>(o + field, <u32>v);
  restoreSp(sp0);
}

/** OrdinaryObjectCreate(proto) — ECMA-262 §10.1.12. */
export function OrdinaryObjectCreate(proto: i64): usize {
  return allocObject(CELL_OBJECT, OBJ_BYTES, proto);
}

/** Whether `o` is in dictionary mode. */
// @ts-ignore: decorator
@inline export function isDictionary(o: usize): bool { return isDictionaryShape(objShape(o)); }

// ---- One own property, in either mode ----

/** What findOwn returns: `attrs << 32 | index` (the slot index in shape mode, the entry index in
 *  dictionary mode), or NO_PROP. Valid until the object's own keys change. */
export const NO_PROP: i64 = -1;
// @ts-ignore: decorator
@inline export function propAttrs(ref: i64): u32 { return <u32>(ref >>> 32); }
// @ts-ignore: decorator
@inline function propIndex(ref: i64): u32 { return <u32>ref; }

/** The own named property `key` (an atom or Symbol) of `o`, or NO_PROP. */
export function findOwn(o: usize, key: usize): i64 {
  const shape = objShape(o);
  if (isDictionaryShape(shape)) {
    const d = objSlots(o);
    const i = dictFind(d, key);
    return i < 0 ? NO_PROP : (<i64>dictAttrsAt(d, <u32>i) << 32) | <i64>i;
  }
  const node = shapeLookup(shape, key);
  return node == 0 ? NO_PROP : (<i64>shapeAttrs(node) << 32) | <i64>shapeSlot(node);
}
/** Whether `o` has own named property `key`. */
export function hasOwn(o: usize, key: usize): bool { return findOwn(o, key) != NO_PROP; }
/** The value (or accessor pair) of property `ref` of `o`. */
export function ownValue(o: usize, ref: i64): i64 {
  return isDictionary(o) ? dictValueAt(objSlots(o), propIndex(ref)) : getSlot(o, propIndex(ref));
}
export function setOwnValue(o: usize, ref: i64, v: i64): void {
  if (isDictionary(o)) dictSetValueAt(objSlots(o), propIndex(ref), v);
  else setSlot(o, propIndex(ref), v);
}

// ---- All own properties, in insertion order ----

/** A list of `o`'s own named properties in insertion order, for loops that run no JS code and
 *  change no keys while they use it: shape mode pushes the shape nodes on the shadow stack (the
 *  caller restores sp), dictionary mode returns 0 and reads the table. Loop i below
 *  ownPropEnd(o) and skip entries whose ownPropKey is 0 (deleted dictionary entries). */
export function ownPropList(o: usize): usize { return isDictionary(o) ? 0 : pushShapeNodes(objShape(o)); }
export function ownPropEnd(o: usize): u32 { return isDictionary(o) ? dictUsed(objSlots(o)) : shapeCount(objShape(o)); }
export function ownPropKey(o: usize, list: usize, i: u32): usize {
  return list == 0 ? dictKeyAt(objSlots(o), i) : shapeKey(shapeNodeIn(list, i));
}
export function ownPropAttrs(o: usize, list: usize, i: u32): u32 {
  return list == 0 ? dictAttrsAt(objSlots(o), i) : shapeAttrs(shapeNodeIn(list, i));
}
export function ownPropValue(o: usize, list: usize, i: u32): i64 {
  return list == 0 ? dictValueAt(objSlots(o), i) : getSlot(o, shapeSlot(shapeNodeIn(list, i)));
}

// ---- Adding, changing and removing own properties ----

/** Add an own property that `o` does not have yet. */
export function addOwnProperty(o: usize, key: usize, v: i64, attrs: u32): void {
  const sp0 = saveSp();
  pushRoot(v); // o, key and v must survive the allocations below
  pushRoot(boxObject(o));
  pushRoot(boxObject(key));
  if (!isDictionary(o) && shapeCount(objShape(o)) >= DICTIONARY_THRESHOLD && mayBecomeDictionary(o)) toDictionary(o);
  if (isDictionary(o)) { dictAdd(o, key, v, attrs); restoreSp(sp0); return; }
  const shape = shapeAdd(objShape(o), key, attrs);
  const n = shapeCount(shape);
  const slots = objSlots(o);
  if (n > vecCapacity(slots)) {
    store<u32>(o, <u32>vecGrow(slots, n - 1, n, UNDEFINED), OBJ_SLOTS);
  }
  store<u32>(o, <u32>shape, OBJ_SHAPE);
  setSlot(o, n - 1, v);
  restoreSp(sp0);
}

function mayBecomeDictionary(o: usize): bool { return (cellFlags(o) & OBJ_FLAG_NO_DICTIONARY) == 0; }

/** Move shape-mode `o`'s properties into a new Dictionary, in insertion order. Prototype caches
 *  revalidate: a cached holder's slot index means nothing in a dictionary. */
function toDictionary(o: usize): void {
  const shape = objShape(o);
  const n = shapeCount(shape);
  const sp0 = saveSp();
  pushRoot(boxObject(o));
  const base = pushShapeNodes(shape);
  const d = dictNew(n << 1);
  pushRoot(boxObject(d));
  const ds = dictionaryShapeFor(shapeProto(shape));
  for (let i: u32 = 0; i < n; i++) {
    const node = shapeNodeIn(base, i);
    dictAppend(d, shapeKey(node), getSlot(o, shapeSlot(node)), shapeAttrs(node));
  }
  store<u32>(o, <u32>d, OBJ_SLOTS);
  store<u32>(o, <u32>ds, OBJ_SHAPE);
  noteShapeChange(o);
  restoreSp(sp0);
}

/** Define or overwrite a data property with the default attributes (used to build intrinsics
 *  and object literals, and by CreateDataProperty-style paths that checked configurability). */
export function putOwn(o: usize, key: usize, v: i64): void {
  let ref = findOwn(o, key);
  if (ref == NO_PROP) { addOwnProperty(o, key, v, PROP_DEFAULT); return; }
  if (propAttrs(ref) != PROP_DEFAULT) {
    // `{ get x() {}, x: 1 }`: the data property replaces the accessor.
    const sp0 = saveSp();
    pushRoot(v);
    reshape(o, key, false, PROP_DEFAULT);
    restoreSp(sp0);
    ref = findOwn(o, key);
  }
  setOwnValue(o, ref, v);
}

/** [[Extensible]] lives in the header flags (set once, never cleared). */
export function isExtensible(o: usize): bool { return (cellFlags(o) & OBJ_FLAG_NOT_EXTENSIBLE) == 0; }
export function objFlags(o: usize): u32 { return cellFlags(o); }
export function objSetFlags(o: usize, f: u32): void { setCellFlags(o, cellFlags(o) | f); }

/** Define a method-style property: writable, configurable, not enumerable. */
export function putHidden(o: usize, key: usize, v: i64): void {
  addOwnProperty(o, key, v, 5);
}

/** Remove own property `key` (`remove`) or replace its attributes. Shape mode: deleting the
 *  last-added property goes back to the parent shape; deleting another switches to dictionary
 *  mode; an attribute change rebuilds the shape through ordinary transitions, so equal objects
 *  still share shapes. Dictionary mode edits the entry. */
export function reshape(o: usize, key: usize, remove: bool, newAttrs: u32): void {
  if (!isDictionary(o)) {
    const shape = objShape(o);
    if (remove && shapeKey(shape) == key) {
      setSlot(o, shapeSlot(shape), UNDEFINED);
      store<u32>(o, <u32>shapeParent(shape), OBJ_SHAPE);
      return;
    }
    if (!remove || !mayBecomeDictionary(o)) { rebuildShape(o, key, remove, newAttrs, 0); return; }
    toDictionary(o);
  }
  const d = objSlots(o);
  const i = dictFind(d, key);
  if (i < 0) return;
  if (remove) dictDeleteAt(d, <u32>i);
  else dictSetAttrsAt(d, <u32>i, newAttrs);
}

/** Clear attribute bits `clear` on every own property (SetIntegrityLevel); PROP_WRITABLE is
 *  cleared on data properties only. */
export function restrictAll(o: usize, clear: u32): void {
  if (!isDictionary(o)) { rebuildShape(o, 0, false, 0, clear); return; }
  const d = objSlots(o);
  const n = dictUsed(d);
  for (let i: u32 = 0; i < n; i++) {
    if (dictKeyAt(d, i) != 0) dictSetAttrsAt(d, i, restricted(dictAttrsAt(d, i), clear));
  }
}

/** `attrs` with `clear` removed; PROP_WRITABLE stays on accessors (it means nothing there). */
function restricted(attrs: u32, clear: u32): u32 {
  return attrs & ~((attrs & PROP_ACCESSOR) != 0 ? clear & ~PROP_WRITABLE : clear);
}

function rebuildShape(o: usize, key: usize, remove: bool, newAttrs: u32, clear: u32): void {
  const old = objShape(o);
  const n = shapeCount(old);
  const oldSlots = objSlots(o);
  const sp0 = saveSp();
  pushRoot(boxObject(o));
  pushRoot(boxObject(oldSlots));
  const base = pushShapeNodes(old);
  let shape = shapeRoot(old);
  const newSlots = newVector(n);
  pushRoot(boxObject(newSlots));
  let j: u32 = 0;
  for (let i: u32 = 0; i < n; i++) {
    const node = shapeNodeIn(base, i);
    const k = shapeKey(node);
    let attrs = shapeAttrs(node);
    if (key == 0) {
      attrs = restricted(attrs, clear);
    } else if (k == key) {
      if (remove) continue;
      attrs = newAttrs;
    }
    shape = shapeAdd(shape, k, attrs);
    vecSet(newSlots, j++, vecGet(oldSlots, shapeSlot(node)));
  }
  store<u32>(o, <u32>shape, OBJ_SHAPE);
  store<u32>(o, <u32>newSlots, OBJ_SLOTS);
  restoreSp(sp0);
}

/** Change [[Prototype]]: the object moves to the equivalent shape under the new root (or to the
 *  new prototype's dictionary shape). */
export function setPrototypeRaw(o: usize, proto: i64): void {
  const old = objShape(o);
  const n = shapeCount(old);
  const sp0 = saveSp();
  pushRoot(boxObject(o));
  pushRoot(proto);
  if (isDictionaryShape(old)) {
    store<u32>(o, <u32>dictionaryShapeFor(proto), OBJ_SHAPE);
    restoreSp(sp0);
    return;
  }
  const base = pushShapeNodes(old);
  let shape = rootShapeFor(proto);
  for (let i: u32 = 0; i < n; i++) {
    const node = shapeNodeIn(base, i);
    shape = shapeAdd(shape, shapeKey(node), shapeAttrs(node));
  }
  store<u32>(o, <u32>shape, OBJ_SHAPE);
  restoreSp(sp0);
}

