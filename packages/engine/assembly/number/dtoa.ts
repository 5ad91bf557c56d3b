// Shortest round-trip decimal digits of a double: Ryū (Ulf Adams, "Ryū: fast
// float-to-string conversion", PLDI 2018; port of d2d() in
// github.com/ulfjack/ryu ryu/d2s.c, 64-bit-only variant with the compact
// tables of pow5.ts). For every finite non-zero double it yields the fewest
// digits that read back to the same double (interval bounds included when
// the significand is even, i.e. round-half-even reading) and, among those,
// the ones closest to the exact value (ties to even) -- the digits
// ECMA-262 Number::toString asks for, and the same digits V8's
// Grisu3 + bignum fallback produces.
// Output: ASCII digits in DIGITS[0 .. length), decimal point position in
// dtoaPoint (value = 0.d1d2...dk * 10^dtoaPoint).

import {
  computePow5, computeInvPow5, pow5Lo, pow5Hi, umulh, shiftRight128,
  pow5bits, log10Pow2, log10Pow5, POW5_BITCOUNT,
} from "./pow5";

/** Scratch for decimal digits (ASCII), shared by the digit generators. */
export const DIGITS: usize = memory.data(136);

/** Decimal point position of the last digit generation (value = 0.DIGITS * 10^dtoaPoint). */
export let dtoaPoint: i32 = 0;

/** Sets dtoaPoint (for the other digit generators). */
export function setDtoaPoint(point: i32): void {
  dtoaPoint = point;
}

function pow5Factor(value: u64): i32 {
  let count = 0;
  while (value > 0) {
    const q = value / 5;
    if (value - 5 * q != 0) break;
    value = q;
    ++count;
  }
  return count;
}

// @ts-ignore: decorator
@inline function multipleOfPowerOf5(value: u64, p: i32): bool {
  return pow5Factor(value) >= p;
}

// @ts-ignore: decorator
@inline function multipleOfPowerOf2(value: u64, p: i32): bool {
  return (value & ((<u64>1 << p) - 1)) == 0;
}

/** (m * (hi:lo)) >> j for 64 < j < 128 (Ryū mulShift64). */
function mulShift64(m: u64, lo: u64, hi: u64, j: i32): u64 {
  const high0 = umulh(m, lo);
  const low1 = m * hi;
  let high1 = umulh(m, hi);
  const sum = high0 + low1;
  if (sum < high0) ++high1;
  return shiftRight128(sum, high1, <u32>(j - 64));
}

/** Number of decimal digits of v (v < 10^17 here, but works for any u64 > 0). */
export function decimalLength(v: u64): i32 {
  let n = 1;
  let p: u64 = 10;
  while (n < 20 && v >= p) {
    ++n;
    p *= 10;
  }
  return n;
}

/** Writes the decimal digits of v (v > 0) as ASCII bytes at dst; returns the count. */
export function writeU64Digits(dst: usize, v: u64): i32 {
  const n = decimalLength(v);
  let i = n;
  while (i > 0) {
    const q = v / 10;
    store<u8>(dst + <usize>(--i), <u8>(48 + <u32>(v - q * 10)));
    v = q;
  }
  return n;
}

/**
 * Shortest digits of |x| for finite non-zero x into DIGITS; returns the digit
 * count and sets dtoaPoint. Ryū d2d() plus printing of the decimal significand.
 */
export function ShortestDigits(x: f64): i32 {
  const bits = reinterpret<u64>(x);
  const ieeeMantissa = bits & 0xFFFFFFFFFFFFF;
  const ieeeExponent = <i32>((bits >> 52) & 0x7FF);

  let e2: i32;
  let m2: u64;
  if (ieeeExponent == 0) {
    // Subtract 2 so that the bounds computation has 2 additional bits.
    e2 = 1 - 1023 - 52 - 2;
    m2 = ieeeMantissa;
  } else {
    e2 = ieeeExponent - 1023 - 52 - 2;
    m2 = (<u64>1 << 52) | ieeeMantissa;
  }
  const acceptBounds = (m2 & 1) == 0;

  // Step 2: the interval of valid decimal representations.
  const mv = m2 << 2;
  const mmShift: u64 = ieeeMantissa != 0 || ieeeExponent <= 1 ? 1 : 0;

  // Step 3: convert to a decimal power base using 128-bit arithmetic.
  let vr: u64, vp: u64, vm: u64;
  let e10: i32;
  let vmIsTrailingZeros = false;
  let vrIsTrailingZeros = false;
  if (e2 >= 0) {
    const q = log10Pow2(e2) - (e2 > 3 ? 1 : 0);
    e10 = q;
    const k = POW5_BITCOUNT + pow5bits(q) - 1;
    const i = -e2 + q + k;
    computeInvPow5(<u32>q);
    const lo = pow5Lo, hi = pow5Hi;
    vr = mulShift64(mv, lo, hi, i);
    vp = mulShift64(mv + 2, lo, hi, i);
    vm = mulShift64(mv - 1 - mmShift, lo, hi, i);
    if (q <= 21) {
      // Only one of mp, mv, and mm can be a multiple of 5, if any.
      if (mv % 5 == 0) {
        vrIsTrailingZeros = multipleOfPowerOf5(mv, q);
      } else if (acceptBounds) {
        vmIsTrailingZeros = multipleOfPowerOf5(mv - 1 - mmShift, q);
      } else {
        vp -= multipleOfPowerOf5(mv + 2, q) ? 1 : 0;
      }
    }
  } else {
    const q = log10Pow5(-e2) - (-e2 > 1 ? 1 : 0);
    e10 = q + e2;
    const i = -e2 - q;
    const k = pow5bits(i) - POW5_BITCOUNT;
    const j = q - k;
    computePow5(<u32>i);
    const lo = pow5Lo, hi = pow5Hi;
    vr = mulShift64(mv, lo, hi, j);
    vp = mulShift64(mv + 2, lo, hi, j);
    vm = mulShift64(mv - 1 - mmShift, lo, hi, j);
    if (q <= 1) {
      // mv = 4 * m2 always has at least two trailing 0 bits.
      vrIsTrailingZeros = true;
      if (acceptBounds) {
        // mm = mv - 1 - mmShift has 1 trailing 0 bit iff mmShift == 1.
        vmIsTrailingZeros = mmShift == 1;
      } else {
        // mp = mv + 2 always has at least one trailing 0 bit.
        --vp;
      }
    } else if (q < 63) {
      vrIsTrailingZeros = multipleOfPowerOf2(mv, q);
    }
  }

  // Step 4: find the shortest decimal representation in the interval.
  let removed = 0;
  let lastRemovedDigit: u32 = 0;
  let output: u64;
  if (vmIsTrailingZeros || vrIsTrailingZeros) {
    // General case, which happens rarely (~0.7%).
    while (vp / 10 > vm / 10) {
      vmIsTrailingZeros = vmIsTrailingZeros && vm % 10 == 0;
      vrIsTrailingZeros = vrIsTrailingZeros && lastRemovedDigit == 0;
      const nvr = vr / 10;
      lastRemovedDigit = <u32>(vr - 10 * nvr);
      vr = nvr;
      vp /= 10;
      vm /= 10;
      ++removed;
    }
    if (vmIsTrailingZeros) {
      while (vm % 10 == 0) {
        vrIsTrailingZeros = vrIsTrailingZeros && lastRemovedDigit == 0;
        const nvr = vr / 10;
        lastRemovedDigit = <u32>(vr - 10 * nvr);
        vr = nvr;
        vp /= 10;
        vm /= 10;
        ++removed;
      }
    }
    if (vrIsTrailingZeros && lastRemovedDigit == 5 && vr % 2 == 0) {
      // Round even if the exact number is .....50..0.
      lastRemovedDigit = 4;
    }
    // Take vr + 1 if vr is outside the bounds or we need to round up.
    output = vr + ((vr == vm && (!acceptBounds || !vmIsTrailingZeros)) || lastRemovedDigit >= 5 ? 1 : 0);
  } else {
    // Specialized for the common case (~99.3%).
    let roundUp = false;
    const vpDiv100 = vp / 100, vmDiv100 = vm / 100;
    if (vpDiv100 > vmDiv100) {
      // Optimization: remove two digits at a time (~86.2%).
      const vrDiv100 = vr / 100;
      const vrMod100 = <u32>(vr - 100 * vrDiv100);
      roundUp = vrMod100 >= 50;
      vr = vrDiv100;
      vp = vpDiv100;
      vm = vmDiv100;
      removed += 2;
    }
    while (true) {
      const vpDiv10 = vp / 10, vmDiv10 = vm / 10;
      if (vpDiv10 <= vmDiv10) break;
      const vrDiv10 = vr / 10;
      const vrMod10 = <u32>(vr - 10 * vrDiv10);
      roundUp = vrMod10 >= 5;
      vr = vrDiv10;
      vp = vpDiv10;
      vm = vmDiv10;
      ++removed;
    }
    output = vr + (vr == vm || roundUp ? 1 : 0);
  }
  const exp = e10 + removed;

  // Step 5: print the decimal significand.
  const len = writeU64Digits(DIGITS, output);
  dtoaPoint = exp + len;
  return len;
}
