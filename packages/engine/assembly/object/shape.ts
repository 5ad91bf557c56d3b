// Shapes (hidden classes). A shape is one property added to a parent shape; the root of each tree
// fixes the [[Prototype]], so a shape check also proves the prototype. Objects that add the same
// keys in the same order from the same prototype share a shape, which is what inline caches key on
// and what the profile names symbolically (prototype allocation site + ordered keys).
//
//   0 header | 8 parent | 12 key | 16 slot | 20 count | 24 proto (i64) | 32 child | 36 sibling | 40 attrs
import {
  CELL_SHAPE, SHAPE_PARENT, SHAPE_KEY, SHAPE_SLOT, SHAPE_COUNT, SHAPE_PROTO, SHAPE_CHILD,
  SHAPE_SIBLING, SHAPE_ATTRS, SHAPE_BYTES, OBJ_PROTO_ROOT,
} from "../layout.generated";
import { allocCell } from "../heap/alloc";
import { isObject, ptr, NULL } from "../value";

let nullProtoRoot: usize = 0;

export function initShapes(): void {
  nullProtoRoot = newRootShape(NULL);
}
export function nullProtoRootShape(): usize { return nullProtoRoot; }

function newRootShape(proto: i64): usize {
  const s = allocCell(CELL_SHAPE, SHAPE_BYTES);
  store<i64>(s, proto, SHAPE_PROTO);
  return s;
}

/** The empty shape of objects whose prototype is `proto` (an object or null). */
export function rootShapeFor(proto: i64): usize {
  if (!isObject(proto)) return nullProtoRoot;
  const p = ptr(proto);
  let root = <usize>load<u32>(p, OBJ_PROTO_ROOT);
  if (root == 0) {
    root = newRootShape(proto);
    store<u32>(p, <u32>root, OBJ_PROTO_ROOT);
  }
  return root;
}

// @ts-ignore: decorator
@inline export function shapeParent(s: usize): usize { return load<u32>(s, SHAPE_PARENT); }
// @ts-ignore: decorator
@inline export function shapeKey(s: usize): usize { return load<u32>(s, SHAPE_KEY); }
// @ts-ignore: decorator
@inline export function shapeSlot(s: usize): u32 { return load<u32>(s, SHAPE_SLOT); }
// @ts-ignore: decorator
@inline export function shapeCount(s: usize): u32 { return load<u32>(s, SHAPE_COUNT); }
// @ts-ignore: decorator
@inline export function shapeAttrs(s: usize): u32 { return load<u32>(s, SHAPE_ATTRS); }
// @ts-ignore: decorator
@inline export function shapeProto(s: usize): i64 { return load<i64>(s, SHAPE_PROTO); }

/** The shape node that added `key`, or 0 if `key` is not in `shape`. */
export function shapeLookup(shape: usize, key: usize): usize {
  for (let s = shape; s != 0; s = shapeParent(s)) {
    if (shapeKey(s) == key) return s;
  }
  return 0;
}

/** The shape after adding `key` with `attrs` to `shape`, shared through the transition tree. */
export function shapeAdd(shape: usize, key: usize, attrs: u32): usize {
  for (let c = <usize>load<u32>(shape, SHAPE_CHILD); c != 0; c = <usize>load<u32>(c, SHAPE_SIBLING)) {
    if (shapeKey(c) == key && shapeAttrs(c) == attrs) return c;
  }
  const s = allocCell(CELL_SHAPE, SHAPE_BYTES);
  const n = shapeCount(shape);
  store<u32>(s, <u32>shape, SHAPE_PARENT);
  store<u32>(s, <u32>key, SHAPE_KEY);
  store<u32>(s, n, SHAPE_SLOT);
  store<u32>(s, n + 1, SHAPE_COUNT);
  store<i64>(s, shapeProto(shape), SHAPE_PROTO);
  store<u32>(s, attrs, SHAPE_ATTRS);
  store<u32>(s, load<u32>(shape, SHAPE_CHILD), SHAPE_SIBLING);
  store<u32>(shape, <u32>s, SHAPE_CHILD);
  return s;
}

/** The root of `shape`'s tree. */
export function shapeRoot(shape: usize): usize {
  let s = shape;
  while (shapeParent(s) != 0) s = shapeParent(s);
  return s;
}

/** The node for slot `i` of `shape` (0 <= i < count). */
export function shapeNodeAt(shape: usize, i: u32): usize {
  let s = shape;
  while (shapeSlot(s) != i || shapeParent(s) == 0) s = shapeParent(s);
  return s;
}
