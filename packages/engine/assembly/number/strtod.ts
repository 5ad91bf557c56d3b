// Correctly rounded decimal -> double (round half to even: ECMA-262's
// RoundMVResult without its 20-digit liberty), for any number of digits.
// 1. Clinger's exact fast path ("How to read floating point numbers
//    accurately", PLDI 1990) when the significand and 10^q are exact doubles.
// 2. A 128-bit approximation of w * 10^q from the 125-bit power-of-5 tables of
//    Ryū (pow5.ts), rounded to a candidate double; like Eisel-Lemire (Lemire,
//    "Number parsing at a gigabyte per second", 2021) the result is final when
//    w holds every digit and the dropped bits are not within the error bound
//    of a halfway point.
// 3. Otherwise an exact big-integer comparison of the decimal input with the
//    halfway points next to the candidate, stepping to the neighbour until
//    the input lies between them (Clinger's AlgorithmR / the bignum step of
//    V8's strtod.cc). Inputs are cut to 800 significant digits plus a sticky
//    '1' digit by the caller, which is exact since halfway points between
//    doubles have at most 767 significant digits.

import { computePow5, computeInvPow5, pow5Lo, pow5Hi, umulh, pow5bits } from "./pow5";
import {
  BIG_0, BIG_1, BIG_3, bigSetU64, bigCopy, bigMulAddSmall, bigMulPow5, bigShl, bigCmp,
} from "./bigint-scratch";

/** Exact powers of ten 1e0 .. 1e22. */
const POW10: usize = memory.data<f64>([
  1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
  1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
]);

const INFINITY_BITS: u64 = 0x7FF0000000000000;
const MANTISSA_MASK: u64 = 0xFFFFFFFFFFFFF;
const HIDDEN_BIT: u64 = 0x10000000000000;

// Whether the last approximate() result is certainly the correctly rounded one.
let approximationCertain = false;

// @ts-ignore: decorator
@inline function pow10(i: i32): f64 {
  return load<f64>(POW10 + (<usize>i << 3));
}

/**
 * Bits of a double within an ulp or so of w * 10^q (1 <= w < 10^19,
 * -342 <= q <= 325); sets approximationCertain when it is the correctly
 * rounded value of w * 10^q.
 */
function approximate(w: u64, q: i32): u64 {
  // w * 10^q = w * T * 2^binExp with T the 125-bit approximation of 5^q.
  let binExp: i32;
  if (q >= 0) {
    computePow5(<u32>q);
    binExp = q - 125 + pow5bits(q);
  } else {
    computeInvPow5(<u32>-q);
    binExp = q - pow5bits(-q) - 124;
  }
  const lo = pow5Lo, hi = pow5Hi;
  // 192-bit product p2:p1:p0 = w * (hi:lo).
  const p0 = w * lo;
  const a1 = umulh(w, lo);
  const b0 = w * hi;
  let p2 = umulh(w, hi);
  const p1 = a1 + b0;
  if (p1 < a1) ++p2;
  // Normalize to 128 bits (top bit set); the product is >= 2^124.
  let top: u64, low: u64, lsbExp: i32;
  if (p2 != 0) {
    const lz = <i32>clz(p2);
    if (lz == 0) {
      top = p2;
      low = p1;
    } else {
      top = (p2 << lz) | (p1 >> (64 - lz));
      low = (p1 << lz) | (p0 >> (64 - lz));
    }
    lsbExp = binExp + 64 - lz;
  } else {
    const lz = <i32>clz(p1);
    if (lz == 0) {
      top = p1;
      low = p0;
    } else {
      top = (p1 << lz) | (p0 >> (64 - lz));
      low = p0 << lz;
    }
    lsbExp = binExp - lz;
  }
  approximationCertain = false;
  let biased = lsbExp + 127 + 1023;
  if (biased >= 0x7FF) return INFINITY_BITS;
  let shift = 11;
  if (biased <= 0) {
    shift += 1 - biased;
    biased = 0;
  }
  if (shift > 63) return 0;
  let m = top >> shift;
  const rem = top & ((<u64>1 << shift) - 1);
  const half = <u64>1 << (shift - 1);
  // The table entries are within 1 of 5^q * 2^k, so the 128-bit product is
  // within 16 units of its last bit; only a halfway point that close is unsure.
  approximationCertain = !((rem == half && low <= 16) || (rem == half - 1 && low >= 0xFFFFFFFFFFFFFFEF));
  if (rem >= half) ++m;
  // For normal numbers m has the hidden bit; a carry into bit 53 (or into the
  // hidden bit for subnormals) correctly bumps the exponent field.
  return biased == 0 ? m : (<u64>(biased - 1) << 52) + m;
}

// Sign of (D * 10^exp10) - (k * 2^h), with D the decimal significand in BIG_3.
function compareWithHalfway(exp10: i32, k: u64, h: i32): i32 {
  const x = BIG_0, y = BIG_1;
  bigCopy(x, BIG_3);
  bigSetU64(y, k);
  let x2 = 0, y2 = h;
  if (exp10 >= 0) {
    bigMulPow5(x, exp10);
    x2 = exp10;
  } else {
    bigMulPow5(y, -exp10);
    y2 -= exp10;
  }
  if (x2 > y2) bigShl(x, x2 - y2);
  else bigShl(y, y2 - x2);
  return bigCmp(x, y);
}

// Moves the candidate `bits` to the double nearest to D * 10^exp10 (ties to even).
function refine(bits: u64, digits: usize, n: i32, exp10: i32): u64 {
  // D as a big integer, nine digits at a time.
  bigSetU64(BIG_3, 0);
  let i = 0;
  while (i < n) {
    let chunk: u32 = 0, scale: u32 = 1;
    const end = min(i + 9, n);
    for (; i < end; ++i) {
      chunk = chunk * 10 + <u32>load<u8>(digits + <usize>i);
      scale *= 10;
    }
    bigMulAddSmall(BIG_3, scale, chunk);
  }
  while (true) {
    const biased = <i32>(bits >> 52);
    const frac = bits & MANTISSA_MASK;
    const m = biased == 0 ? frac : frac | HIDDEN_BIT;
    const e2 = biased == 0 ? -1074 : biased - 1075;
    const odd = (m & 1) != 0;
    if (bits < INFINITY_BITS) {
      // Halfway point to the next double: (2m + 1) * 2^(e2 - 1).
      const c = compareWithHalfway(exp10, 2 * m + 1, e2 - 1);
      if (c > 0 || (c == 0 && odd)) {
        ++bits;
        continue;
      }
    }
    if (bits > 0) {
      // Halfway point to the previous double; closer below a power of two.
      const c = frac == 0 && biased > 1
        ? compareWithHalfway(exp10, 4 * m - 1, e2 - 2)
        : compareWithHalfway(exp10, 2 * m - 1, e2 - 1);
      if (c < 0 || (c == 0 && odd)) {
        --bits;
        continue;
      }
    }
    return bits;
  }
  return bits;
}

/**
 * The double nearest to D * 10^exp10 (ties to even), where D is the integer
 * with the n decimal digits (values 0..9, n <= 801, exp10 within +-10^9) at
 * `digits`. Positive; the caller applies the sign.
 */
export function DecimalToDouble(digits: usize, n: i32, exp10: i32): f64 {
  // Trailing zeros only scale.
  while (n > 0 && load<u8>(digits + <usize>(n - 1)) == 0) {
    --n;
    ++exp10;
  }
  // Leading zeros add nothing.
  while (n > 0 && load<u8>(digits) == 0) {
    ++digits;
    --n;
  }
  if (n == 0) return 0;
  // 10^(e-1) <= D * 10^exp10 < 10^e.
  const e = n + exp10;
  if (e > 310) return Infinity;
  if (e < -323) return 0;
  const nw = min(n, 19);
  let w: u64 = 0;
  for (let i = 0; i < nw; ++i) w = w * 10 + <u64>load<u8>(digits + <usize>i);
  const q = exp10 + (n - nw);
  if (n <= 15) {
    // w < 10^15 and 10^|q| (|q| <= 22) are exact: one rounding.
    const fw = <f64>w;
    if (q >= 0 && q <= 22) return fw * pow10(q);
    if (q < 0 && q >= -22) return fw / pow10(-q);
    if (q > 22 && q <= 37 - n) return (fw * pow10(q - 22)) * 1e22;
  }
  const bits = approximate(w, q);
  if (approximationCertain && n <= 19) return reinterpret<f64>(bits);
  return reinterpret<f64>(refine(bits, digits, n, exp10));
}

// ---------------------------------------------------------------------------
// Accumulating the significant digits of a decimal literal for DecimalToDouble.

/** Most significant digits kept; any non-zero digit past them becomes a sticky '1'. */
const MAX_SIGNIFICANT_DIGITS: i32 = 800;
const SIGNIFICANT: usize = memory.data(MAX_SIGNIFICANT_DIGITS + 8);
let significantCount = 0;
let exponentAdjust = 0;
let stickyDigit = false;

/** Starts a new decimal literal. */
export function DigitsReset(): void {
  significantCount = 0;
  exponentAdjust = 0;
  stickyDigit = false;
}

/** Appends digit d (0..9) of the integer part (fraction = false) or of the fraction. */
export function DigitsPush(d: u32, fraction: bool): void {
  if (significantCount == 0 && d == 0) {
    // A leading zero.
    if (fraction) --exponentAdjust;
  } else if (significantCount < MAX_SIGNIFICANT_DIGITS) {
    store<u8>(SIGNIFICANT + <usize>(significantCount++), <u8>d);
    if (fraction) --exponentAdjust;
  } else {
    if (d != 0) stickyDigit = true;
    if (!fraction) ++exponentAdjust;
  }
}

/** The correctly rounded value of the pushed digits times 10^exponent. */
export function DigitsValue(exponent: i32): f64 {
  let n = significantCount;
  let adjust = exponentAdjust;
  if (stickyDigit) {
    store<u8>(SIGNIFICANT + <usize>(n++), 1);
    --adjust;
  }
  return DecimalToDouble(SIGNIFICANT, n, adjust + exponent);
}
