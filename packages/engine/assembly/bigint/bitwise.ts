// BigInt bitwise operators — ECMA-262 §6.1.6.2: BigInt::bitwiseNOT, bitwiseAND/OR/XOR (on the
// infinite two's complement of each operand, §6.1.6.2.20 BigIntBitwiseOp), leftShift,
// signedRightShift (floor division by 2^n), and BigInt.asIntN / asUintN (§21.2.2.1-2).
// Two's complement limbs are produced on the fly from sign-magnitude: for a negative x they are
// ~(|x| - 1), the subtraction's borrow carried from limb to limb.
import { boxBigInt } from "../value";
import { pushRoot, saveSp, restoreSp } from "../heap/stack";
import { throwRangeError } from "../errors";
import {
  MAX_LIMBS, allocBigInt, trim, bigLength, bigSign, setSign, limbAt, setLimb, bigIsZero, bitLength,
} from "./bigint";

export const BIT_AND: i32 = 0;
export const BIT_OR: i32 = 1;
export const BIT_XOR: i32 = 2;

/** Limb `i` of the two's complement of x given the borrow state at `i` (1 until a nonzero limb);
 *  the new borrow state is in `borrowOut`. */
let borrowOut: u32 = 0;
// @ts-ignore: decorator
@inline function twosLimb(x: usize, i: u32, negative: bool, borrow: u32): u32 {
  const m = limbAt(x, i);
  if (!negative) { borrowOut = 0; return m; }
  borrowOut = m == 0 ? borrow : 0;
  return ~(m - borrow);
}

/** Store two's complement limb `z` of a negative result as its magnitude's limb (~z + 1, the
 *  carry in `carry`); returns the new carry. */
// @ts-ignore: decorator
@inline function storeNegated(r: usize, i: u32, z: u32, carry: u32): u32 {
  const w = ~z + carry;
  setLimb(r, i, w);
  return carry != 0 && w == 0 ? 1 : 0;
}

/** BigIntBitwiseOp(op, x, y) — §6.1.6.2.20. */
export function BigIntBitwiseOp(op: i32, a: usize, b: usize): usize {
  const an = bigLength(a), bn = bigLength(b);
  const n = (an > bn ? an : bn) + 1;
  const negA = bigSign(a) != 0, negB = bigSign(b) != 0;
  const negR = op == BIT_AND ? negA && negB : op == BIT_OR ? negA || negB : negA != negB;
  const sp0 = saveSp();
  pushRoot(boxBigInt(a)); pushRoot(boxBigInt(b));
  const r = allocBigInt(n);
  restoreSp(sp0);
  if (r == 0) return 0;
  let ba: u32 = 1, bb: u32 = 1, carry: u32 = 1;
  for (let i: u32 = 0; i < n; i++) {
    const x = twosLimb(a, i, negA, ba); ba = borrowOut;
    const y = twosLimb(b, i, negB, bb); bb = borrowOut;
    const z = op == BIT_AND ? x & y : op == BIT_OR ? x | y : x ^ y;
    if (negR) carry = storeNegated(r, i, z, carry);
    else setLimb(r, i, z);
  }
  trim(r);
  setSign(r, negR);
  return r;
}

/** |x| + 1 (increment) or |x| - 1 (x not zero) with the given sign. */
function magnitudeStep(x: usize, increment: bool, negative: bool): usize {
  const n = bigLength(x);
  const sp0 = saveSp();
  pushRoot(boxBigInt(x));
  const r = allocBigInt(n + 1);
  restoreSp(sp0);
  if (r == 0) return 0;
  let c: u32 = 1;
  for (let i: u32 = 0; i <= n; i++) {
    const m = limbAt(x, i);
    if (increment) { setLimb(r, i, m + c); c = c != 0 && m == 0xFFFFFFFF ? 1 : 0; }
    else { setLimb(r, i, m - c); c = c != 0 && m == 0 ? 1 : 0; }
  }
  trim(r);
  setSign(r, negative);
  return r;
}

/** BigInt::bitwiseNOT — §6.1.6.2.2: -x - 1. */
export function BigIntBitwiseNOT(x: usize): usize {
  return bigSign(x) == 0 ? magnitudeStep(x, true, true) : magnitudeStep(x, false, false);
}

/** x × 2^k for a shift count k. */
function shiftLeft(x: usize, k: u64): usize {
  if (bigIsZero(x)) return allocBigInt(0);
  const n = bigLength(x);
  if (k >= <u64>MAX_LIMBS << 5) { throwRangeError("Maximum BigInt size exceeded"); return 0; }
  const words = <u32>(k >> 5), bits = <u32>(k & 31);
  const sp0 = saveSp();
  pushRoot(boxBigInt(x));
  const r = allocBigInt(n + words + 1);
  restoreSp(sp0);
  if (r == 0) return 0;
  let carry: u32 = 0;
  for (let i: u32 = 0; i < n; i++) {
    const m = limbAt(x, i);
    setLimb(r, i + words, bits == 0 ? m : (m << bits) | carry);
    carry = bits == 0 ? 0 : m >> (32 - bits);
  }
  setLimb(r, n + words, carry);
  trim(r);
  setSign(r, bigSign(x) != 0);
  return r;
}

/** floor(x / 2^k) for a shift count k. */
function shiftRight(x: usize, k: u64): usize {
  const n = bigLength(x);
  const negative = bigSign(x) != 0;
  const words = k >= <u64>n << 5 ? n : <u32>(k >> 5);
  const bits = words == n ? 0 : <u32>(k & 31);
  const sp0 = saveSp();
  pushRoot(boxBigInt(x));
  const r = allocBigInt(n - words + 1);
  restoreSp(sp0);
  if (r == 0) return 0;
  // Rounding toward -infinity: a negative x that loses set bits gets one more in magnitude.
  let lost = words == n && n != 0;
  for (let i: u32 = 0; i < words && !lost; i++) if (limbAt(x, i) != 0) lost = true;
  if (bits != 0 && (limbAt(x, words) & ((1 << bits) - 1)) != 0) lost = true;
  for (let i: u32 = 0; i < n - words; i++) {
    const lo = limbAt(x, i + words), hi = limbAt(x, i + words + 1);
    setLimb(r, i, bits == 0 ? lo : (lo >> bits) | (hi << (32 - bits)));
  }
  if (negative && lost) {
    let c: u32 = 1;
    for (let i: u32 = 0; i <= n - words && c != 0; i++) {
      const m = limbAt(r, i);
      setLimb(r, i, m + 1);
      c = m == 0xFFFFFFFF ? 1 : 0;
    }
  }
  trim(r);
  setSign(r, negative);
  return r;
}

/** The shift count of `y` saturated to 2^53 (beyond any BigInt's size). */
function shiftCount(y: usize): u64 {
  if (bigLength(y) > 2) return <u64>1 << 53;
  const k = (<u64>limbAt(y, 1) << 32) | <u64>limbAt(y, 0);
  return k > (<u64>1 << 53) ? <u64>1 << 53 : k;
}

/** BigInt::leftShift — §6.1.6.2.9. */
export function BigIntLeftShift(x: usize, y: usize): usize {
  return bigSign(y) != 0 ? shiftRight(x, shiftCount(y)) : shiftLeft(x, shiftCount(y));
}

/** BigInt::signedRightShift — §6.1.6.2.10. */
export function BigIntSignedRightShift(x: usize, y: usize): usize {
  return bigSign(y) != 0 ? shiftLeft(x, shiftCount(y)) : shiftRight(x, shiftCount(y));
}

/** BigInt.asUintN(bits, x) (signed: false) and BigInt.asIntN (signed: true) — §21.2.2.1-2:
 *  x modulo 2^bits, as an unsigned or a two's complement signed integer. */
export function BigIntAsN(bits: u64, x: usize, signed: bool): usize {
  const negative = bigSign(x) != 0;
  if (bits == 0) return allocBigInt(0);
  // Fits already: a non-negative x with fewer bits (or, signed, one bit fewer than `bits`), or
  // for asIntN a negative x with |x| <= 2^(bits-1).
  const len = <u64>bitLength(x);
  if (!negative && (signed ? len < bits : len <= bits)) return x;
  if (negative && signed && len < bits) return x;
  if (bits > <u64>MAX_LIMBS << 5) { throwRangeError("Maximum BigInt size exceeded"); return 0; }
  const n = <u32>((bits + 31) >> 5);
  const topBits = <u32>(bits - ((<u64>n - 1) << 5)); // 1..32 bits used in the top limb
  const topMask: u32 = topBits == 32 ? 0xFFFFFFFF : (1 << topBits) - 1;
  const sp0 = saveSp();
  pushRoot(boxBigInt(x));
  const r = allocBigInt(n);
  restoreSp(sp0);
  if (r == 0) return 0;
  let borrow: u32 = 1;
  for (let i: u32 = 0; i < n; i++) {
    const z = twosLimb(x, i, negative, borrow); borrow = borrowOut;
    setLimb(r, i, i == n - 1 ? z & topMask : z);
  }
  // r is x mod 2^bits; for asIntN a set bit bits-1 means r - 2^bits: its magnitude is the
  // two's complement of r within `bits` bits.
  if (signed && ((limbAt(r, n - 1) >> (topBits - 1)) & 1) != 0) {
    let carry: u32 = 1;
    for (let i: u32 = 0; i < n; i++) {
      carry = storeNegated(r, i, limbAt(r, i), carry);
      if (i == n - 1) setLimb(r, i, limbAt(r, i) & topMask);
    }
    trim(r);
    setSign(r, true);
    return r;
  }
  return trim(r);
}
