// Object cells and their own-property storage (layout drawn in layout/layout.mjs). Named
// properties live in the slot vector at the index their shape gives; array elements live in the
// element vector (see array.ts). Property lookup along the prototype chain is in property.ts.
import {
  CELL_OBJECT, OBJ_SHAPE, OBJ_SLOTS, OBJ_BYTES, PROP_DEFAULT, PROP_ACCESSOR, PROP_WRITABLE, SHAPE_ATTRS,
  OBJ_FLAG_NOT_EXTENSIBLE,
} from "../layout.generated";
import { allocCell, cellKind, cellFlags, setCellFlags } from "../heap/alloc";
import { pushRoot, saveSp, restoreSp } from "../heap/stack";
import { boxObject, ptr, UNDEFINED, EMPTY } from "../value";
import { rootShapeFor, shapeAdd, shapeLookup, shapeSlot, shapeCount, shapeParent, shapeKey,
  shapeAttrs, shapeProto, shapeRoot } from "./shape";
import { newVector, vecCapacity, vecGet, vecSet, vecGrow } from "./vector";

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

/** OrdinaryObjectCreate(proto) — ECMA-262 §10.1.12. */
export function OrdinaryObjectCreate(proto: i64): usize {
  return allocObject(CELL_OBJECT, OBJ_BYTES, proto);
}

/** Add an own property that `o` does not have yet. */
export function addOwnProperty(o: usize, key: usize, v: i64, attrs: u32): void {
  const sp0 = saveSp();
  pushRoot(v); // o, key and v must survive the allocations below
  pushRoot(boxObject(o));
  pushRoot(boxObject(key));
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

/** Define or overwrite a data property (used to build intrinsics and object literals). */
export function putOwn(o: usize, key: usize, v: i64): void {
  let node = shapeLookup(objShape(o), key);
  if (node == 0) { addOwnProperty(o, key, v, PROP_DEFAULT); return; }
  if (shapeAttrs(node) != PROP_DEFAULT) {
    // `{ get x() {}, x: 1 }`: the data property replaces the accessor.
    const sp0 = saveSp();
    pushRoot(v);
    reshape(o, key, false, PROP_DEFAULT);
    restoreSp(sp0);
    node = shapeLookup(objShape(o), key);
  }
  setSlot(o, shapeSlot(node), v);
}

/** [[Extensible]] lives in the header flags (set once, never cleared). */
export function isExtensible(o: usize): bool { return (cellFlags(o) & OBJ_FLAG_NOT_EXTENSIBLE) == 0; }
export function objFlags(o: usize): u32 { return cellFlags(o); }
export function objSetFlags(o: usize, f: u32): void { setCellFlags(o, cellFlags(o) | f); }

/** Define a method-style property: writable, configurable, not enumerable. */
export function putHidden(o: usize, key: usize, v: i64): void {
  addOwnProperty(o, key, v, 5);
}

/** Rebuild `o`'s shape with `key` removed (skip) or with its attributes replaced. The new chain
 *  is reached through ordinary transitions, so equal objects still share shapes. */
export function reshape(o: usize, key: usize, remove: bool, newAttrs: u32): void {
  rebuildShape(o, key, remove, newAttrs, 0);
}

/** Clear attribute bits `clear` on every own property (SetIntegrityLevel); PROP_WRITABLE is
 *  cleared on data properties only. */
export function restrictAll(o: usize, clear: u32): void {
  rebuildShape(o, 0, false, 0, clear);
}

function rebuildShape(o: usize, key: usize, remove: bool, newAttrs: u32, clear: u32): void {
  const old = objShape(o);
  const n = shapeCount(old);
  const oldSlots = objSlots(o);
  const sp0 = saveSp();
  pushRoot(boxObject(o));
  pushRoot(boxObject(oldSlots));
  // Collect nodes in insertion order on the shadow stack (as raw pointers boxed as objects).
  const base = saveSp() - (<usize>n << 3);
  restoreSp(base);
  let s = old;
  for (let i = <i32>n - 1; i >= 0; i--) {
    store<i64>(base + (<usize>i << 3), boxObject(s));
    s = shapeParent(s);
  }
  let shape = shapeRoot(old);
  const newSlots = newVector(n);
  pushRoot(boxObject(newSlots));
  let j: u32 = 0;
  for (let i: u32 = 0; i < n; i++) {
    const node = ptr(load<i64>(base + (<usize>i << 3)));
    const k = shapeKey(node);
    let attrs = shapeAttrs(node);
    if (key == 0) {
      attrs &= ~((attrs & PROP_ACCESSOR) != 0 ? clear & ~PROP_WRITABLE : clear);
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

/** Change [[Prototype]]: the object moves to the equivalent shape under the new root. */
export function setPrototypeRaw(o: usize, proto: i64): void {
  const old = objShape(o);
  const n = shapeCount(old);
  const sp0 = saveSp();
  pushRoot(boxObject(o));
  pushRoot(proto);
  const base = saveSp() - (<usize>n << 3);
  restoreSp(base);
  let s = old;
  for (let i = <i32>n - 1; i >= 0; i--) {
    store<i64>(base + (<usize>i << 3), boxObject(s));
    s = shapeParent(s);
  }
  let shape = rootShapeFor(proto);
  for (let i: u32 = 0; i < n; i++) {
    const node = ptr(load<i64>(base + (<usize>i << 3)));
    shape = shapeAdd(shape, shapeKey(node), shapeAttrs(node));
  }
  store<u32>(o, <u32>shape, OBJ_SHAPE);
  restoreSp(sp0);
}

export function isAccessorNode(node: usize): bool { return (load<u32>(node, SHAPE_ATTRS) & PROP_ACCESSOR) != 0; }

