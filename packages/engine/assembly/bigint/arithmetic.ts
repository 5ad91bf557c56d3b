// BigInt arithmetic — ECMA-262 §6.1.6.2: BigInt::unaryMinus, add, subtract, multiply, divide,
// remainder, exponentiate. Magnitudes are u32 limbs with u64 intermediates: schoolbook
// multiplication and Knuth's algorithm D for division (TAOCP 4.3.1, as Hacker's Delight's divmnu).
// Each function returns a new trimmed cell, or 0 with a RangeError pending.
import { BIG_LENGTH } from "../layout.generated";
import { boxBigInt } from "../value";
import { pushRoot, saveSp, restoreSp } from "../heap/stack";
import { throwRangeError } from "../errors";
import {
  MAX_LIMBS, allocBigInt, trim, copyBigInt, bigLength, bigSign, setSign, limbs, bigIsZero,
  compareMagnitude, bitLength,
} from "./bigint";

// @ts-ignore: decorator
@inline function ld(p: usize, i: u32): u32 { return load<u32>(p + (<usize>i << 2)); }
// @ts-ignore: decorator
@inline function st(p: usize, i: u32, v: u32): void { store<u32>(p + (<usize>i << 2), v); }

/** r = a + b on limb arrays (an >= bn); r has an + 1 limbs. */
function magnitudeAdd(r: usize, a: usize, an: u32, b: usize, bn: u32): void {
  let carry: u64 = 0;
  for (let i: u32 = 0; i < an; i++) {
    const t = <u64>ld(a, i) + (i < bn ? <u64>ld(b, i) : 0) + carry;
    st(r, i, <u32>t);
    carry = t >> 32;
  }
  st(r, an, <u32>carry);
}

/** r = a - b on limb arrays, |a| >= |b| (an >= bn); r has an limbs. */
export function magnitudeSubtract(r: usize, a: usize, an: u32, b: usize, bn: u32): void {
  let borrow: i64 = 0;
  for (let i: u32 = 0; i < an; i++) {
    const t = <i64>ld(a, i) - (i < bn ? <i64>ld(b, i) : 0) - borrow;
    st(r, i, <u32>t);
    borrow = t < 0 ? 1 : 0;
  }
}

/** a + (−1)^negB·|b|: BigInt::add when negB is b's sign, BigInt::subtract when it is the opposite. */
function addSigned(a: usize, b: usize, negB: bool): usize {
  const sp0 = saveSp();
  pushRoot(boxBigInt(a)); pushRoot(boxBigInt(b));
  const negA = bigSign(a) != 0;
  const an = bigLength(a), bn = bigLength(b);
  let r: usize;
  if (negA == negB) {
    const big = an >= bn;
    r = allocBigInt((big ? an : bn) + 1);
    if (r != 0) {
      if (big) magnitudeAdd(limbs(r), limbs(a), an, limbs(b), bn);
      else magnitudeAdd(limbs(r), limbs(b), bn, limbs(a), an);
      trim(r); setSign(r, negA);
    }
  } else if (compareMagnitude(a, b) >= 0) {
    r = allocBigInt(an);
    magnitudeSubtract(limbs(r), limbs(a), an, limbs(b), bn);
    trim(r); setSign(r, negA);
  } else {
    r = allocBigInt(bn);
    magnitudeSubtract(limbs(r), limbs(b), bn, limbs(a), an);
    trim(r); setSign(r, negB);
  }
  restoreSp(sp0);
  return r;
}

/** BigInt::add — §6.1.6.2.7. */
export function BigIntAdd(a: usize, b: usize): usize { return addSigned(a, b, bigSign(b) != 0); }
/** BigInt::subtract — §6.1.6.2.8. */
export function BigIntSubtract(a: usize, b: usize): usize { return addSigned(a, b, bigSign(b) == 0); }

/** BigInt::unaryMinus — §6.1.6.2.1. */
export function BigIntUnaryMinus(a: usize): usize {
  const r = copyBigInt(a, bigLength(a));
  setSign(r, bigSign(a) == 0);
  return r;
}

/** BigInt::multiply — §6.1.6.2.4 (schoolbook). */
export function BigIntMultiply(a: usize, b: usize): usize {
  const an = bigLength(a), bn = bigLength(b);
  const sp0 = saveSp();
  pushRoot(boxBigInt(a)); pushRoot(boxBigInt(b));
  const r = allocBigInt(an + bn);
  restoreSp(sp0);
  if (r == 0) return 0;
  const ra = limbs(r), pa = limbs(a), pb = limbs(b);
  for (let i: u32 = 0; i < an; i++) {
    const x = <u64>ld(pa, i);
    if (x == 0) continue;
    let carry: u64 = 0;
    for (let j: u32 = 0; j < bn; j++) {
      const t = x * <u64>ld(pb, j) + <u64>ld(ra, i + j) + carry; // < 2^64
      st(ra, i + j, <u32>t);
      carry = t >> 32;
    }
    st(ra, i + bn, <u32>carry);
  }
  trim(r);
  setSign(r, (bigSign(a) ^ bigSign(b)) != 0);
  return r;
}

/** |a| divided by |b| (b not zero): the quotient's magnitude, or with `remainder` the
 *  remainder's, untrimmed and unsigned. */
function divideMagnitude(a: usize, b: usize, remainder: bool): usize {
  const an = bigLength(a), bn = bigLength(b);
  const sp0 = saveSp();
  pushRoot(boxBigInt(a)); pushRoot(boxBigInt(b));
  if (compareMagnitude(a, b) < 0) {
    const r = remainder ? copyBigInt(a, an) : allocBigInt(0);
    restoreSp(sp0);
    return r;
  }
  if (bn == 1) {
    // Short division by one limb.
    const d = <u64>ld(limbs(b), 0);
    const q = remainder ? 0 : allocBigInt(an);
    let rem: u64 = 0;
    for (let i = <i32>an - 1; i >= 0; i--) {
      const cur = (rem << 32) | <u64>ld(limbs(a), <u32>i);
      if (q != 0) st(limbs(q), <u32>i, <u32>(cur / d));
      rem = cur % d;
    }
    restoreSp(sp0);
    return remainder ? trim(allocBigIntOf(rem)) : q;
  }
  // Algorithm D: normalize so the divisor's top limb has its high bit set.
  const s = <u32>clz(ld(limbs(b), bn - 1));
  const u = allocBigInt(an + 1);
  pushRoot(boxBigInt(u));
  const v = allocBigInt(bn);
  pushRoot(boxBigInt(v));
  const q = remainder ? 0 : allocBigInt(an - bn + 1);
  restoreSp(sp0);
  shiftLeftInto(limbs(v), limbs(b), bn, s); // no carry: the top limb is normalized
  st(limbs(u), an, shiftLeftInto(limbs(u), limbs(a), an, s));
  const pu = limbs(u), pv = limbs(v);
  const vTop = <u64>ld(pv, bn - 1), vNext = <u64>ld(pv, bn - 2);
  for (let j = <i32>(an - bn); j >= 0; j--) {
    const jj = <u32>j;
    const num = (<u64>ld(pu, jj + bn) << 32) | <u64>ld(pu, jj + bn - 1);
    let qhat = num / vTop, rhat = num % vTop;
    while (qhat >= 0x100000000 || qhat * vNext > ((rhat << 32) | <u64>ld(pu, jj + bn - 2))) {
      qhat--;
      rhat += vTop;
      if (rhat >= 0x100000000) break;
    }
    // u[j .. j+bn] -= qhat × v
    let k: i64 = 0;
    for (let i: u32 = 0; i < bn; i++) {
      const p = qhat * <u64>ld(pv, i);
      const t = <i64>ld(pu, i + jj) - k - <i64>(p & 0xFFFFFFFF);
      st(pu, i + jj, <u32>t);
      k = <i64>(p >> 32) - (t >> 32);
    }
    const t = <i64>ld(pu, jj + bn) - k;
    st(pu, jj + bn, <u32>t);
    if (t < 0) {
      // qhat was one too large: add v back.
      qhat--;
      let c: u64 = 0;
      for (let i: u32 = 0; i < bn; i++) {
        const w = <u64>ld(pu, i + jj) + <u64>ld(pv, i) + c;
        st(pu, i + jj, <u32>w);
        c = w >> 32;
      }
      st(pu, jj + bn, ld(pu, jj + bn) + <u32>c);
    }
    if (q != 0) st(limbs(q), jj, <u32>qhat);
  }
  if (!remainder) return q;
  // The remainder is u >> s, in place.
  for (let i: u32 = 0; i < bn; i++) {
    const hiPart = s == 0 ? 0 : <u32>(<u64>ld(pu, i + 1) << (32 - s));
    st(pu, i, (ld(pu, i) >> s) | hiPart);
  }
  store<u32>(u, bn, BIG_LENGTH); // drop the limbs above the remainder
  return u;
}

/** dst[0..n) = src[0..n) << s (0 <= s < 32); returns the bits shifted out of the top limb. */
function shiftLeftInto(dst: usize, src: usize, n: u32, s: u32): u32 {
  let carry: u32 = 0;
  for (let i: u32 = 0; i < n; i++) {
    const x = ld(src, i);
    st(dst, i, s == 0 ? x : (x << s) | carry);
    carry = s == 0 ? 0 : x >> (32 - s);
  }
  return carry;
}

/** A BigInt of one 64-bit magnitude (untrimmed). */
function allocBigIntOf(m: u64): usize {
  const r = allocBigInt(2);
  st(limbs(r), 0, <u32>m);
  st(limbs(r), 1, <u32>(m >> 32));
  return r;
}

/** BigInt::divide — §6.1.6.2.5 (truncating); RangeError for a zero divisor. */
export function BigIntDivide(a: usize, b: usize): usize { return divideSigned(a, b, false); }

/** BigInt::remainder — §6.1.6.2.6 (the sign of the dividend). */
export function BigIntRemainder(a: usize, b: usize): usize { return divideSigned(a, b, true); }

/** The quotient (truncated: negative when the signs differ) or the remainder (the dividend's
 *  sign) of a ÷ b, trimmed; RangeError for a zero divisor. */
function divideSigned(a: usize, b: usize, remainder: bool): usize {
  if (bigIsZero(b)) { throwRangeError("Division by zero"); return 0; }
  const r = divideMagnitude(a, b, remainder);
  if (r == 0) return 0;
  trim(r);
  setSign(r, remainder ? bigSign(a) != 0 : (bigSign(a) ^ bigSign(b)) != 0);
  return r;
}

/** BigInt::exponentiate — §6.1.6.2.3 (square and multiply). */
export function BigIntExponentiate(base: usize, exponent: usize): usize {
  if (bigSign(exponent) != 0) { throwRangeError("undefined must be positive"); return 0; } // node's wording
  const sp0 = saveSp();
  pushRoot(boxBigInt(base)); pushRoot(boxBigInt(exponent));
  let r: usize;
  const bits = bitLength(base);
  const e = bigLength(exponent) == 0 ? 0 : load<u32>(limbs(exponent));
  if (bigIsZero(exponent)) {
    r = allocBigIntOf(1); trim(r);
  } else if (bits <= 1) {
    // 0n, 1n and -1n: the base itself, or 1n for -1n to an even power.
    r = copyBigInt(base, bigLength(base));
    if ((e & 1) == 0) setSign(r, false);
  } else if (bigLength(exponent) > 1 || <u64>(bits - 1) * <u64>e >= <u64>MAX_LIMBS << 5) {
    throwRangeError("Maximum BigInt size exceeded");
    r = 0;
  } else {
    const acc = pushRoot(boxBigInt(trim(allocBigIntOf(1))));
    const sq = pushRoot(boxBigInt(base));
    let n = e;
    r = 0;
    while (true) {
      if ((n & 1) != 0) {
        const m = BigIntMultiply(<usize><u32>load<i64>(acc), <usize><u32>load<i64>(sq));
        if (m == 0) break;
        store<i64>(acc, boxBigInt(m));
      }
      n >>= 1;
      if (n == 0) { r = <usize><u32>load<i64>(acc); break; }
      const s = <usize><u32>load<i64>(sq);
      const s2 = BigIntMultiply(s, s);
      if (s2 == 0) break;
      store<i64>(sq, boxBigInt(s2));
    }
  }
  restoreSp(sp0);
  return r;
}
