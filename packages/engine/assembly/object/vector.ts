// Value vectors: growable arrays of i64 values (object slots, array elements, tables).
//   0 header | 8 capacity | 12 unused | 16 i64 values [capacity]
import { CELL_VECTOR, VEC_CAPACITY, VEC_DATA } from "../layout.generated";
import { allocCell } from "../heap/alloc";

export function newVector(capacity: u32): usize {
  const v = allocCell(CELL_VECTOR, VEC_DATA + (<usize>capacity << 3));
  store<u32>(v, capacity, VEC_CAPACITY);
  return v;
}

// @ts-ignore: decorator
@inline export function vecCapacity(v: usize): u32 { return v == 0 ? 0 : load<u32>(v, VEC_CAPACITY); }
// @ts-ignore: decorator
@inline export function vecGet(v: usize, i: u32): i64 { return load<i64>(v + VEC_DATA + (<usize>i << 3)); }
// @ts-ignore: decorator
@inline export function vecSet(v: usize, i: u32, x: i64): void { store<i64>(v + VEC_DATA + (<usize>i << 3), x); }
// @ts-ignore: decorator
@inline export function vecAddr(v: usize, i: u32): usize { return v + VEC_DATA + (<usize>i << 3); }

/** A vector of at least `need` capacity holding the first `used` values of `v` (which may be 0).
 *  New positions are filled with `fill`. */
export function vecGrow(v: usize, used: u32, need: u32, fill: i64): usize {
  const cap = vecCapacity(v);
  if (need <= cap) return v;
  let ncap: u32 = cap < 4 ? 4 : cap + (cap >> 1);
  if (ncap < need) ncap = need;
  const nv = newVector(ncap);
  if (used > 0) memory.copy(nv + VEC_DATA, v + VEC_DATA, <usize>used << 3);
  for (let i = used; i < ncap; i++) vecSet(nv, i, fill);
  return nv;
}
