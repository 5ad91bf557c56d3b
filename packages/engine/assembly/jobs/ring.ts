// A FIFO of fixed-width value records (the microtask queue, the nextTick queue, immediates).
// Why a ring over a Vector: jobs are pushed and shifted at high rates (every `then` reaction is
// one), and shifting from a JS array would move every element. The descriptor lives in static
// memory (memory.data); the Vector cell it points to is a GC root through markRing (heap/roots.ts).
//
//   descriptor: 0 vector (u32) | 4 head (u32, record index) | 8 count (u32) | 12 width (u32)
import { UNDEFINED } from "../value";
import { newVector, vecCapacity, vecAddr } from "../object/vector";
import { markCell } from "../heap/gc";

const R_VEC: usize = 0;
const R_HEAD: usize = 4;
const R_COUNT: usize = 8;
const R_WIDTH: usize = 12;
export const RING_BYTES: i32 = 16;

/** Set up ring `q` (a RING_BYTES static block) for records of `width` values. */
export function ringInit(q: usize, width: u32): void {
  store<u32>(q, 0, R_VEC);
  store<u32>(q, 0, R_HEAD);
  store<u32>(q, 0, R_COUNT);
  store<u32>(q, width, R_WIDTH);
}

// @ts-ignore: decorator
@inline export function ringCount(q: usize): u32 { return load<u32>(q, R_COUNT); }

/** Records the vector has room for. */
function capacityOf(q: usize): u32 {
  return vecCapacity(<usize>load<u32>(q, R_VEC)) / load<u32>(q, R_WIDTH);
}

/** Address of record `i` counted from the head. */
function recordAddr(q: usize, i: u32): usize {
  const cap = capacityOf(q);
  const at = (load<u32>(q, R_HEAD) + i) % cap;
  return vecAddr(<usize>load<u32>(q, R_VEC), at * load<u32>(q, R_WIDTH));
}

/** Append a record; returns its address, valid until the next allocation (the caller fills it
 *  with values it has rooted). May allocate: the ring doubles when full. */
export function ringPush(q: usize): usize {
  const n = load<u32>(q, R_COUNT);
  const width = load<u32>(q, R_WIDTH);
  if (n == capacityOf(q)) {
    const ncap: u32 = n < 8 ? 16 : n * 2;
    const nv = newVector(ncap * width);
    // Unwrap the old records to the front of the new vector; the rest reads undefined.
    for (let i: u32 = 0; i < n; i++) memory.copy(vecAddr(nv, i * width), recordAddr(q, i), <usize>width << 3);
    for (let i: u32 = n * width; i < ncap * width; i++) store<i64>(vecAddr(nv, i), UNDEFINED);
    store<u32>(q, <u32>nv, R_VEC);
    store<u32>(q, 0, R_HEAD);
  }
  store<u32>(q, n + 1, R_COUNT);
  return recordAddr(q, n);
}

/** Remove the head record, copying its values to `out` (rooted slots of the caller); false when
 *  the ring is empty. The vacated slots are cleared so the ring does not keep them alive. */
export function ringShift(q: usize, out: usize): bool {
  const n = load<u32>(q, R_COUNT);
  if (n == 0) return false;
  const width = load<u32>(q, R_WIDTH);
  const p = recordAddr(q, 0);
  memory.copy(out, p, <usize>width << 3);
  for (let i: u32 = 0; i < width; i++) store<i64>(p + (<usize>i << 3), UNDEFINED);
  store<u32>(q, (load<u32>(q, R_HEAD) + 1) % capacityOf(q), R_HEAD);
  store<u32>(q, n - 1, R_COUNT);
  return true;
}

/** Drop every record (process exit paths). */
export function ringClear(q: usize): void {
  store<u32>(q, 0, R_VEC);
  store<u32>(q, 0, R_HEAD);
  store<u32>(q, 0, R_COUNT);
}

export function markRing(q: usize): void { markCell(<usize>load<u32>(q, R_VEC)); }
