// The shapes generated code names (DESIGN.md, contract 3): those a profile-guided build
// specializes on, and those object literals create. The profile names a shape symbolically (its
// root's prototype and its ordered keys); the compiler lays out one descriptor per such shape
// (layout: SD_*) and generated code guards with one compare against the descriptor's entry. An
// entry gets its shape in one of three ways:
//  - materialized during initialization, when the root is an intrinsic (%Object.prototype% for
//    object literals, null, ...): built along the same transitions the program will take, so it
//    is the very shape the program's objects get, and the snapshot fixes its address;
//  - adopted at run time by the first receiver whose shape has exactly the descriptor's keys,
//    when the root is a prototype the program makes itself (a class's or constructor's);
//  - built when an object literal with the descriptor's keys first runs (rt_new_literal).
// Either way the entry's shape has the descriptor's keys at slots 0..n-1, which is all a guarded
// slot access relies on. Entries are roots: a specialized shape is never freed under the code.
import { SD_ENTRY, SD_COUNT, SD_KEYS, SD_KEY_BYTES } from "../layout.generated";
import { boxObject } from "../value";
import { internStatic } from "../string/atoms";
import { markCell } from "../heap/gc";
import { rootShapeFor, nullProtoRootShape, shapeAdd, shapeParent, shapeKey, shapeAttrs, shapeSlot, shapeCount, isDictionaryShape } from "../object/shape";
import { intrinsicByName, ObjectPrototype } from "../realm";
import { newObjectWithShape } from "../object/object";

let tableBase: usize = 0;
let tableEnd: usize = 0;

/** The descriptor region [base, base + bytes), called at initialization before any descriptor is used. */
export function rt_shape_table(base: usize, bytes: u32): void {
  tableBase = base;
  tableEnd = base + bytes;
}

function keyAtom(desc: usize, i: u32): usize { return load<u32>(desc + SD_KEYS + i * SD_KEY_BYTES); }
function keyAttrs(desc: usize, i: u32): u32 { return load<u32>(desc + SD_KEYS + i * SD_KEY_BYTES, 4); }

/** Build the descriptor's shape from the intrinsic prototype named `rootName` (an atom such as
 *  "%Object.prototype%" or "null"); an unknown name leaves the entry to adoption. */
export function rt_materialize_shape(desc: usize, rootName: usize): void {
  if (rootName == internStatic("null")) { materialize(desc, nullProtoRootShape()); return; }
  const proto = intrinsicByName(rootName);
  if (proto != 0) materialize(desc, rootShapeFor(boxObject(proto)));
}

/** The descriptor's shape: its keys added to `root`, along the transitions objects take. */
function materialize(desc: usize, root: usize): usize {
  let shape = root;
  const n = load<u32>(desc, SD_COUNT);
  for (let i: u32 = 0; i < n; i++) shape = shapeAdd(shape, keyAtom(desc, i), keyAttrs(desc, i));
  store<u32>(desc, <u32>shape, SD_ENTRY);
  return shape;
}

/** An object literal whose leading entries are the keys of `desc` (rooted at %Object.prototype%,
 *  compiler lower/object-literal.ts): an object of that shape with every slot UNDEFINED, which
 *  the generated code fills in key order. */
export function rt_new_literal(desc: usize): i64 {
  let shape = <usize>load<u32>(desc, SD_ENTRY);
  if (shape == 0) shape = materialize(desc, rootShapeFor(boxObject(ObjectPrototype)));
  return boxObject(newObjectWithShape(shape));
}

/** Whether `shape` has exactly the descriptor's keys, in order, with its attributes, at slots 0..n-1. */
function shapeMatches(desc: usize, shape: usize): bool {
  const n = load<u32>(desc, SD_COUNT);
  // A dictionary-mode object's shape says nothing about its keys (and its slots are a hash table).
  if (isDictionaryShape(shape) || shapeCount(shape) != n) return false;
  let s = shape;
  for (let i = <i32>n - 1; i >= 0; i--) {
    if (shapeParent(s) == 0 || shapeKey(s) != keyAtom(desc, i) || shapeAttrs(s) != keyAttrs(desc, i) || shapeSlot(s) != <u32>i) return false;
    s = shapeParent(s);
  }
  return shapeParent(s) == 0;
}

/** A specialized guard missed while the descriptor's entry was empty: adopt `shape` if it is the
 *  descriptor's. Returns 1 when it did. */
export function rt_adopt_shape(desc: usize, shape: usize): i32 {
  if (load<u32>(desc, SD_ENTRY) != 0 || !shapeMatches(desc, shape)) return 0;
  store<u32>(desc, <u32>shape, SD_ENTRY);
  return 1;
}

export function markShapeTable(): void {
  for (let d = tableBase; d < tableEnd; d += SD_KEYS + load<u32>(d, SD_COUNT) * SD_KEY_BYTES) {
    const s = <usize>load<u32>(d, SD_ENTRY);
    if (s != 0) markCell(s);
  }
}
