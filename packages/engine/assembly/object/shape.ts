// Shapes (hidden classes). A shape is one property added to a parent shape; the root of each tree
// fixes the [[Prototype]], so a shape check also proves the prototype. Objects that add the same
// keys in the same order from the same prototype share a shape, which is what inline caches key on
// and what the profile names symbolically (prototype allocation site + ordered keys).
//
// A *dictionary shape* (SHAPE_FLAG_DICTIONARY) is the one shape, per prototype, of every object
// in dictionary mode (dictionary.ts): it has no keys (count 0, no parent), so it only fixes the
// [[Prototype]]; the object's properties are in its own table. Inline caches never store it.
//
//   0 header | 8 parent | 12 key | 16 slot | 20 count | 24 proto (i64) | 32 child | 36 sibling | 40 attrs
//   | 44 dict (roots: the dictionary shape for this prototype)
import {
  CELL_SHAPE, SHAPE_PARENT, SHAPE_KEY, SHAPE_SLOT, SHAPE_COUNT, SHAPE_PROTO, SHAPE_CHILD,
  SHAPE_SIBLING, SHAPE_ATTRS, SHAPE_BYTES, OBJ_PROTO_ROOT, SHAPE_DICT, SHAPE_FLAG_DICTIONARY,
} from "../layout.generated";
import { allocCell, cellFlags, setCellFlags } from "../heap/alloc";
import { pushRoot, saveSp, restoreSp, reserveSlots } from "../heap/stack";
import { isObject, ptr, NULL, boxObject } from "../value";
import { newRecentRing, noteRecent, markRecent } from "../heap/recent";
import { markCell } from "../heap/gc";

/** Bumped whenever an object that serves as a prototype changes its keys (or their storage), so
 *  caches of prototype-chain lookups can be validated with one compare. */
export let protoEpoch: u32 = 1;
export function noteShapeChange(o: usize): void {
  if (load<u32>(o, OBJ_PROTO_ROOT) != 0) protoEpoch++;
}

let nullProtoRoot: usize = 0;
/** The newest transitions (heap/recent.ts): a parent's list of them is weak (heap/transitions.ts). */
let recentShapes: usize = 0;

export function initShapes(): void {
  recentShapes = newRecentRing();
  nullProtoRoot = newRootShape(NULL);
}
export function markShapeRoots(): void {
  markCell(nullProtoRoot);
  markRecent(recentShapes);
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

/** Whether `s` is a dictionary shape. */
// @ts-ignore: decorator
@inline export function isDictionaryShape(s: usize): bool { return (cellFlags(s) & SHAPE_FLAG_DICTIONARY) != 0; }

/** The dictionary shape of objects whose prototype is `proto`, made on first use. */
export function dictionaryShapeFor(proto: i64): usize {
  const root = rootShapeFor(proto);
  let d = <usize>load<u32>(root, SHAPE_DICT);
  if (d == 0) {
    const sp0 = saveSp();
    pushRoot(boxObject(root));
    d = newRootShape(proto);
    setCellFlags(d, SHAPE_FLAG_DICTIONARY);
    store<u32>(root, <u32>d, SHAPE_DICT);
    restoreSp(sp0);
  }
  return d;
}

/** Push the nodes of shape-mode `shape` on the shadow stack in insertion order (boxed, so they
 *  stay rooted); returns the address of the first. The caller restores sp. */
export function pushShapeNodes(shape: usize): usize {
  const n = shapeCount(shape);
  const base = reserveSlots(<i32>n);
  let s = shape;
  for (let i = <i32>n - 1; i >= 0; i--) {
    store<i64>(base + (<usize>i << 3), boxObject(s));
    s = shapeParent(s);
  }
  return base;
}
// @ts-ignore: decorator
@inline export function shapeNodeIn(base: usize, i: u32): usize { return ptr(load<i64>(base + (<usize>i << 3))); }

/** The shape node that added `key`, or 0 if `key` is not in `shape`. */
export function shapeLookup(shape: usize, key: usize): usize {
  if (shapeCount(shape) <= LOOKUP_WALK_MAX) return walkLookup(shape, key);
  // Generic gets of objects with many keys (a megamorphic site, a prototype's methods) walked
  // long chains: a third of some programs' runtime calls did.
  const e = cacheEntry(lookupCache, shape, key);
  if (load<u32>(e) == <u32>shape && load<u32>(e, 4) == <u32>key) return <usize>load<u32>(e, 8);
  const node = walkLookup(shape, key);
  store<u32>(e, <u32>shape);
  store<u32>(e, <u32>key, 4);
  store<u32>(e, <u32>node, 8);
  return node;
}

function walkLookup(shape: usize, key: usize): usize {
  for (let s = shape; s != 0; s = shapeParent(s)) {
    if (shapeKey(s) == key) return s;
  }
  return 0;
}

// Two direct-mapped caches of answers about shapes: lookups (shape, key) -> node, found or not,
// and transitions (shape, key, attrs) -> child. A shape's keys and children never change, so an
// answer stays true while the shape lives; the collector clears both (clearShapeCaches) because
// a freed shape's address may become another shape's. Shapes of a few keys are walked: the walk
// costs what a probe does.
const LOOKUP_WALK_MAX: u32 = 6;
const CACHE_BITS: u32 = 11;
const CACHE_ENTRY: usize = 16; // lookups: shape | key | node | unused; transitions: shape | key | attrs | child
const CACHE_BYTES: usize = (1 << CACHE_BITS) * CACHE_ENTRY;
const lookupCache = memory.data(<i32>CACHE_BYTES, 16);
const transitionCache = memory.data(<i32>CACHE_BYTES, 16);

// @ts-ignore: decorator
@inline function cacheEntry(cache: usize, shape: usize, key: usize): usize {
  const h = (<u32>shape * 0x9e3779b1) ^ (<u32>key * 0x85ebca6b);
  return cache + <usize>(h >> (32 - CACHE_BITS)) * CACHE_ENTRY;
}

/** Forget every cached lookup and transition (a collection may free shapes and keys). */
export function clearShapeCaches(): void {
  memory.fill(lookupCache, 0, CACHE_BYTES);
  memory.fill(transitionCache, 0, CACHE_BYTES);
}

/** The shape after adding `key` with `attrs` to `shape`, shared through the transition tree. */
export function shapeAdd(shape: usize, key: usize, attrs: u32): usize {
  // A popular parent (an empty literal's root, a JSON object's) has a long list of children.
  const e = cacheEntry(transitionCache, shape, key ^ attrs);
  if (load<u32>(e) == <u32>shape && load<u32>(e, 4) == <u32>key && load<u32>(e, 8) == attrs) return <usize>load<u32>(e, 12);
  const child = findOrAddChild(shape, key, attrs);
  store<u32>(e, <u32>shape);
  store<u32>(e, <u32>key, 4);
  store<u32>(e, attrs, 8);
  store<u32>(e, <u32>child, 12);
  return child;
}

function findOrAddChild(shape: usize, key: usize, attrs: u32): usize {
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
  noteRecent(recentShapes, s);
  return s;
}

/** The root of `shape`'s tree. */
export function shapeRoot(shape: usize): usize {
  let s = shape;
  while (shapeParent(s) != 0) s = shapeParent(s);
  return s;
}
