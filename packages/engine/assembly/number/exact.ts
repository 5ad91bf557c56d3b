// Exactly rounded decimal digits of a double for a requested precision
// (toPrecision / toExponential) or a requested number of fraction digits
// (toFixed). The double is written as the fraction r/s = |x| / 10^k with
// 1 <= r/s < 10 (bignums of bigint-scratch.ts) and digits are produced one by
// one by small-quotient division, with the last digit rounded half up on the
// exact remainder -- the method of Steele & White / Burger & Dybvig ("Printing
// floating-point numbers quickly and accurately", PLDI 1996) as used for
// counted digits by V8's bignum-dtoa.cc (GenerateCountedDigits). V8's faster
// paths (FastFixedDtoa, counted Grisu) give the same digits or defer to it,
// so the results equal V8's for every double.
// Output: ASCII digits in DIGITS (dtoa.ts) and the point position in dtoaPoint.

import { DIGITS, setDtoaPoint } from "./dtoa";
import {
  BIG_0, BIG_1, BIG_2, bigSetU64, bigShl, bigMulPow5, bigMulSmall, bigCopy, bigCmp,
  bigDivModSmall, bigCmpHalf,
} from "./bigint-scratch";

const R = BIG_0;
const S = BIG_1;
const T = BIG_2;

// Sets R/S = |x| / 10^k with 1 <= R/S < 10 for finite non-zero x; returns k.
function setUpFraction(x: f64): i32 {
  const bits = reinterpret<u64>(x);
  const biased = <i32>((bits >> 52) & 0x7FF);
  let f = bits & 0xFFFFFFFFFFFFF;
  let e: i32;
  if (biased == 0) {
    e = -1074;
  } else {
    f |= <u64>1 << 52;
    e = biased - 1075;
  }
  bigSetU64(R, f);
  bigSetU64(S, 1);
  if (e >= 0) bigShl(R, e);
  else bigShl(S, -e);
  // 2^(e + bitlength - 1) <= |x| < 2^(e + bitlength): the estimate is k or k - 1.
  const bitLength = 64 - <i32>clz(f);
  let k = <i32>floor(<f64>(e + bitLength - 1) * 0.30102999566398114);
  if (k >= 0) {
    bigMulPow5(S, k);
    bigShl(S, k);
  } else {
    bigMulPow5(R, -k);
    bigShl(R, -k);
  }
  bigCopy(T, S);
  bigMulSmall(T, 10);
  if (bigCmp(R, T) >= 0) {
    bigCopy(S, T);
    ++k;
  }
  return k;
}

// Writes `count` >= 1 digits of R/S into DIGITS, the last one rounded half up.
// Returns 1 when rounding carried out of the first digit: DIGITS then holds
// "1" followed by `count` zeros (count + 1 digits).
function generateCountedDigits(count: i32): i32 {
  for (let i = 0; i < count; ++i) {
    if (i > 0) bigMulSmall(R, 10);
    const d = bigDivModSmall(R, S, T);
    store<u8>(DIGITS + <usize>i, <u8>(48 + d));
  }
  if (bigCmpHalf(R, S, T) >= 0) {
    let i = count - 1;
    while (i >= 0 && load<u8>(DIGITS + <usize>i) == 57) {
      store<u8>(DIGITS + <usize>i, 48);
      --i;
    }
    if (i < 0) {
      store<u8>(DIGITS, 49);
      store<u8>(DIGITS + <usize>count, 48);
      return 1;
    }
    store<u8>(DIGITS + <usize>i, load<u8>(DIGITS + <usize>i) + 1);
  }
  return 0;
}

/**
 * The first p (1..100) significant digits of |x| (finite, non-zero), rounded
 * half up, into DIGITS; sets dtoaPoint (value ~ 0.d1..dp * 10^dtoaPoint).
 * Returns p.
 */
export function PrecisionDigits(x: f64, p: i32): i32 {
  const k = setUpFraction(x);
  const carry = generateCountedDigits(p);
  setDtoaPoint(k + 1 + carry);
  return p;
}

/**
 * round(|x| * 10^f) (half up) for finite non-zero |x| < 1e21 and 0 <= f <= 100,
 * as decimal digits without leading zeros ("0" when it is zero) into DIGITS.
 * Returns the digit count.
 */
export function FixedDigits(x: f64, f: i32): i32 {
  const k = setUpFraction(x);
  const count = k + 1 + f;
  if (count > 0) return count + generateCountedDigits(count);
  // |x| * 10^f = (R/S) * 10^(count - 1) < 1.
  let one = false;
  if (count == 0) {
    // Rounds to 1 iff (R/S) / 10 >= 1/2, i.e. R >= 5 S.
    bigCopy(T, S);
    bigMulSmall(T, 5);
    one = bigCmp(R, T) >= 0;
  }
  store<u8>(DIGITS, one ? 49 : 48);
  return 1;
}
