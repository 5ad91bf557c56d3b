// Shape transitions are weak: a parent's list of child shapes (SHAPE_CHILD, then SHAPE_SIBLING)
// does not keep them, so the shapes of objects that died, and the atoms they hold as keys, are
// freed (a program that adds keys made from data to fresh objects hangs a child off the same
// root for every key). After marking, before the sweep frees them, every live shape's list is
// relinked over its dead children. The marker lists the live shapes that have children (gc.ts);
// if its list overflows, the shapes are found by walking the heap's headers instead.
import { HDR_KIND, HDR_SIZE, CELL_SHAPE, SHAPE_CHILD, SHAPE_SIBLING } from "../layout.generated";
import { heapBase, heapTop } from "./alloc";
import { isMarked } from "./gc";

/** Relink live shape `p`'s transitions over the children that died. */
export function pruneTransitions(p: usize): void {
  let last: usize = 0; // the last live child kept
  for (let c = <usize>load<u32>(p, SHAPE_CHILD); c != 0; c = <usize>load<u32>(c, SHAPE_SIBLING)) {
    if (!isMarked(c)) continue;
    if (last == 0) store<u32>(p, <u32>c, SHAPE_CHILD); else store<u32>(last, <u32>c, SHAPE_SIBLING);
    last = c;
  }
  if (last == 0) store<u32>(p, 0, SHAPE_CHILD); else store<u32>(last, 0, SHAPE_SIBLING);
}

/** Prune every live shape's transitions, found by walking the heap. */
export function pruneAllTransitions(): void {
  for (let p = heapBase; p < heapTop; p += <usize>load<u32>(p, HDR_SIZE)) {
    if (<u32>load<u8>(p, HDR_KIND) == CELL_SHAPE && isMarked(p) && load<u32>(p, SHAPE_CHILD) != 0) pruneTransitions(p);
  }
}
