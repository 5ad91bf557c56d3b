// 125-bit binary approximations of 5^i and 5^-i, rebuilt from the compact
// tables in pow5-table.ts exactly as Ryū does when built with
// RYU_OPTIMIZE_SIZE (Ulf Adams, "Ryū: fast float-to-string conversion",
// PLDI 2018; github.com/ulfjack/ryu, d2s_small_table.h): every 26th entry is
// stored and the others are (5^offset * entry) >> delta plus a stored 2-bit
// correction. Also holds the 64x64->128-bit multiply helpers that WebAssembly
// lacks. Results are returned through the globals pow5Lo / pow5Hi.

import {
  POW5_SPLIT2, POW5_INV_SPLIT2, POW5_OFFSETS, POW5_INV_OFFSETS, POW5_TABLE, POW5_TABLE_SIZE,
} from "./pow5-table";

/** POW5_BITCOUNT / POW5_INV_BITCOUNT of Ryū: the entries have 125 significant bits. */
export const POW5_BITCOUNT: i32 = 125;

/** Low and high 64 bits of the last computePow5 / computeInvPow5 result. */
export let pow5Lo: u64 = 0;
export let pow5Hi: u64 = 0;

/** High 64 bits of the 128-bit product a * b. */
// @ts-ignore: decorator
@inline export function umulh(a: u64, b: u64): u64 {
  const aLo = a & 0xFFFFFFFF, aHi = a >> 32;
  const bLo = b & 0xFFFFFFFF, bHi = b >> 32;
  const b00 = aLo * bLo, b01 = aLo * bHi, b10 = aHi * bLo, b11 = aHi * bHi;
  const mid = (b00 >> 32) + (b01 & 0xFFFFFFFF) + (b10 & 0xFFFFFFFF);
  return b11 + (b01 >> 32) + (b10 >> 32) + (mid >> 32);
}

/** (hi:lo) >> dist for 0 < dist < 64, truncated to 64 bits. */
// @ts-ignore: decorator
@inline export function shiftRight128(lo: u64, hi: u64, dist: u32): u64 {
  return (hi << (64 - dist)) | (lo >> dist);
}

/** Returns e == 0 ? 1 : ceil(log2(5^e)) for 0 <= e <= 1500 (Ryū common.h). */
// @ts-ignore: decorator
@inline export function pow5bits(e: i32): i32 {
  return <i32>((<u32>e * 1217359) >> 19) + 1;
}

/** floor(log10(2^e)) for 0 <= e <= 1650 (Ryū common.h). */
// @ts-ignore: decorator
@inline export function log10Pow2(e: i32): i32 {
  return <i32>((<u32>e * 78913) >> 18);
}

/** floor(log10(5^e)) for 0 <= e <= 2620 (Ryū common.h). */
// @ts-ignore: decorator
@inline export function log10Pow5(e: i32): i32 {
  return <i32>((<u32>e * 732923) >> 20);
}

// Shared tail of both rebuilds: ((m * (hi:lo)) >> delta) + add, into pow5Lo/pow5Hi.
function mulShiftAdd(m: u64, lo: u64, hi: u64, delta: u32, add: u64): void {
  let high1 = umulh(m, hi);
  const low1 = m * hi;
  const high0 = umulh(m, lo);
  const low0 = m * lo;
  const sum = high0 + low1;
  if (sum < high0) ++high1;
  let rLo = shiftRight128(low0, sum, delta);
  let rHi = shiftRight128(sum, high1, delta);
  rLo += add;
  if (rLo < add) ++rHi;
  pow5Lo = rLo;
  pow5Hi = rHi;
}

/** Ryū DOUBLE_POW5_SPLIT[i] = floor(5^i * 2^(125 - pow5bits(i))), 0 <= i <= 325. */
export function computePow5(i: u32): void {
  const base = i / POW5_TABLE_SIZE;
  const base2 = base * POW5_TABLE_SIZE;
  const offset = i - base2;
  const p = POW5_SPLIT2 + (<usize>base << 4);
  const lo = load<u64>(p), hi = load<u64>(p, 8);
  if (offset == 0) {
    pow5Lo = lo;
    pow5Hi = hi;
    return;
  }
  const m = load<u64>(POW5_TABLE + (<usize>offset << 3));
  const delta = <u32>(pow5bits(i) - pow5bits(base2));
  const corr = (load<u32>(POW5_OFFSETS + (<usize>(i >> 4) << 2)) >> ((i & 15) << 1)) & 3;
  mulShiftAdd(m, lo, hi, delta, <u64>corr);
}

/** Ryū DOUBLE_POW5_INV_SPLIT[i] = floor(2^(pow5bits(i) + 124) / 5^i) + 1, 0 <= i <= 342. */
export function computeInvPow5(i: u32): void {
  const base = (i + POW5_TABLE_SIZE - 1) / POW5_TABLE_SIZE;
  const base2 = base * POW5_TABLE_SIZE;
  const offset = base2 - i;
  const p = POW5_INV_SPLIT2 + (<usize>base << 4);
  let lo = load<u64>(p), hi = load<u64>(p, 8);
  if (offset == 0) {
    pow5Lo = lo;
    pow5Hi = hi;
    return;
  }
  // (hi:lo) - 1
  if (lo == 0) --hi;
  --lo;
  const m = load<u64>(POW5_TABLE + (<usize>offset << 3));
  const delta = <u32>(pow5bits(base2) - pow5bits(i));
  const corr = (load<u32>(POW5_INV_OFFSETS + (<usize>(i >> 4) << 2)) >> ((i & 15) << 1)) & 3;
  mulShiftAdd(m, lo, hi, delta, 1 + <u64>corr);
}
