// Array exotic objects — ECMA-262 §10.4.2. Elements are a dense vector of values with holes
// (EMPTY) and a separate length. An index far past the end would waste memory as holes; such a
// write stores a named property instead (property.ts falls back to it), keeping semantics.
import { CELL_ARRAY, OBJ_BYTES, OBJ_ELEMENTS, OBJ_LENGTH } from "../layout.generated";
import { pushRoot, saveSp, restoreSp } from "../heap/stack";
import { cellFlags } from "../heap/alloc";
import { boxObject, EMPTY, UNDEFINED } from "../value";
import { allocObject, attachVector } from "./object";
import { newVector, vecCapacity, vecGet, vecSet, vecGrow } from "./vector";
import { ArrayPrototype } from "../realm";

// @ts-ignore: decorator
@inline export function arrayLength(a: usize): u32 { return load<u32>(a, OBJ_LENGTH); }
// @ts-ignore: decorator
@inline export function arrayElements(a: usize): usize { return load<u32>(a, OBJ_ELEMENTS); }

/** ArrayCreate(length) with room for `capacity` elements, all holes. */
export function ArrayCreate(length: u32, capacity: u32): usize {
  const a = allocObject(CELL_ARRAY, OBJ_BYTES, boxObject(ArrayPrototype));
  attachVector(a, OBJ_ELEMENTS, capacity < length ? length : capacity, EMPTY);
  store<u32>(a, length, OBJ_LENGTH);
  return a;
}

/** Element `i` or EMPTY for a hole or out of range. */
export function arrayGet(a: usize, i: u32): i64 {
  if (i >= arrayLength(a)) return EMPTY;
  const els = arrayElements(a);
  return i < vecCapacity(els) ? vecGet(els, i) : EMPTY;
}

/** Whether index `i` can be stored densely: within or near the element vector's capacity (so a
 *  far write, or a huge `length`, never allocates holes it does not need). */
export function arrayDenseIndex(a: usize, i: u32): bool {
  // Frozen, sealed, non-extensible or attribute-carrying elements are all named properties.
  if (cellFlags(a) != 0) return false;
  const cap = vecCapacity(arrayElements(a));
  return i < cap + 1024 || i < (cap << 1);
}

/** Store element `i` (dense), growing the length as needed. */
export function arraySet(a: usize, i: u32, v: i64): void {
  let els = arrayElements(a);
  if (i >= vecCapacity(els)) {
    const sp0 = saveSp();
    pushRoot(v);
    pushRoot(boxObject(a));
    els = vecGrow(els, vecCapacity(els), i + 1, EMPTY);
    store<u32>(a, <u32>els, OBJ_ELEMENTS);
    restoreSp(sp0);
  }
  vecSet(els, i, v);
  if (i >= arrayLength(a)) store<u32>(a, i + 1, OBJ_LENGTH);
}

/** Append (Array.prototype.push for one value). */
export function arrayPush(a: usize, v: i64): void { arraySet(a, arrayLength(a), v); }

/** Set the length: truncation deletes elements, growth adds holes (ArraySetLength, dense part). */
export function arraySetLength(a: usize, len: u32): void {
  const old = arrayLength(a);
  const els = arrayElements(a);
  const cap = vecCapacity(els);
  for (let i = len; i < old && i < cap; i++) vecSet(els, i, EMPTY);
  store<u32>(a, len, OBJ_LENGTH);
}

/** A new array holding `n` values from `src` (e.g. arguments on the shadow stack). */
export function arrayFromValues(src: usize, n: u32): usize {
  const a = ArrayCreate(n, n);
  const els = arrayElements(a);
  for (let i: u32 = 0; i < n; i++) vecSet(els, i, load<i64>(src + (<usize>i << 3)));
  return a;
}

