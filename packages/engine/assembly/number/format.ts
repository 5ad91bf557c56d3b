// Decimal Number -> String conversions of ECMA-262: Number::toString(x, 10)
// (§6.1.6.1.20) from the shortest round-trip digits of dtoa.ts (Ryū), and
// Number.prototype.toFixed / toExponential / toPrecision (§21.1.3.3,
// §21.1.3.2, §21.1.3.5) from the exactly rounded digits of exact.ts (ties
// round away from zero, "pick the larger n"). The layout follows the spec and
// V8's DoubleToCString / DoubleToFixedCString / DoubleToExponentialCString /
// DoubleToPrecisionCString (src/numbers/conversions.cc), whose output it
// reproduces code unit for code unit. Output goes to a caller buffer of UTF-16
// code units (1200 suffice for every case); the functions return the count.
// toFixed/toExponential/toPrecision return -1 where the spec throws a
// RangeError (the caller throws it).

import { DIGITS, dtoaPoint, ShortestDigits } from "./dtoa";
import { PrecisionDigits, FixedDigits } from "./exact";
import { putChar, putAscii, putRepeat, putUint, putNaN, putInfinity } from "./chars";

/** 2^53: below it every integral double prints as its integer digits. */
const TWO_53: f64 = 9007199254740992.0;

// Writes "e+N" / "e-N" for exponent e at out[pos..]; returns the new position.
function putExponent(out: usize, pos: i32, e: i32): i32 {
  putChar(out, pos++, 101);
  putChar(out, pos++, e < 0 ? 45 : 43);
  return putUint(out, pos, <u64>(e < 0 ? -e : e));
}

// Writes d1[.d2...dk]e±(point-1) from `len` digits in DIGITS, padding the
// fraction with zeros to `width` digits in all.
function putExponential(out: usize, pos: i32, len: i32, width: i32, point: i32): i32 {
  putChar(out, pos++, <u32>load<u8>(DIGITS));
  if (width > 1) {
    putChar(out, pos++, 46);
    pos = putAscii(out, pos, DIGITS + 1, len - 1);
    pos = putRepeat(out, pos, 48, width - len);
  }
  return putExponent(out, pos, point - 1);
}

/**
 * Number::toString(x, 10) -- ECMA-262 §6.1.6.1.20 (radix 10). Writes the code
 * units to out and returns their count (at most 25).
 */
export function NumberToString(x: f64, out: usize): i32 {
  if (x != x) return putNaN(out);
  if (x == 0) {
    putChar(out, 0, 48);
    return 1;
  }
  const negative = x < 0;
  if (negative) x = -x;
  if (x == Infinity) return putInfinity(out, negative);
  let pos = 0;
  if (negative) putChar(out, pos++, 45);
  if (x < TWO_53 && floor(x) == x) return putUint(out, pos, <u64>x);

  const k = ShortestDigits(x);
  const n = dtoaPoint;
  if (k <= n && n <= 21) {
    // The k digits followed by n - k zeros.
    pos = putAscii(out, pos, DIGITS, k);
    return putRepeat(out, pos, 48, n - k);
  }
  if (0 < n && n <= 21) {
    // The first n digits, a point, the remaining k - n digits.
    pos = putAscii(out, pos, DIGITS, n);
    putChar(out, pos++, 46);
    return putAscii(out, pos, DIGITS + <usize>n, k - n);
  }
  if (-6 < n && n <= 0) {
    // "0.", -n zeros, the k digits.
    putChar(out, pos++, 48);
    putChar(out, pos++, 46);
    pos = putRepeat(out, pos, 48, -n);
    return putAscii(out, pos, DIGITS, k);
  }
  return putExponential(out, pos, k, k, n);
}

/**
 * Number.prototype.toFixed(fractionDigits) -- ECMA-262 §21.1.3.3, for
 * f = ToIntegerOrInfinity(fractionDigits) already clamped to i32. Returns -1
 * (RangeError) when f is not in 0..100.
 */
export function NumberToFixed(x: f64, f: i32, out: usize): i32 {
  if (f < 0 || f > 100) return -1;
  if (x != x) return putNaN(out);
  if (x >= 1e21 || x <= -1e21) return NumberToString(x, out);
  let pos = 0;
  if (x < 0) {
    putChar(out, pos++, 45);
    x = -x;
  }
  let len = 1;
  if (x == 0) store<u8>(DIGITS, 48);
  else len = FixedDigits(x, f);
  // DIGITS holds n = round(x * 10^f); print n / 10^f with f fraction digits.
  if (len <= f) {
    putChar(out, pos++, 48);
    putChar(out, pos++, 46);
    pos = putRepeat(out, pos, 48, f - len);
    return putAscii(out, pos, DIGITS, len);
  }
  pos = putAscii(out, pos, DIGITS, len - f);
  if (f > 0) {
    putChar(out, pos++, 46);
    pos = putAscii(out, pos, DIGITS + <usize>(len - f), f);
  }
  return pos;
}

/**
 * Number.prototype.toExponential(fractionDigits) -- ECMA-262 §21.1.3.2, for
 * f = ToIntegerOrInfinity(fractionDigits) clamped to i32, or f = -1 when
 * fractionDigits is undefined (as many digits as needed: the shortest
 * round-trip digits). Returns -1 (RangeError) when f is not -1 and not in
 * 0..100 and x is finite.
 */
export function NumberToExponential(x: f64, f: i32, out: usize): i32 {
  if (x != x) return putNaN(out);
  if (x == Infinity || x == -Infinity) return putInfinity(out, x < 0);
  if (f < -1 || f > 100) return -1;
  let pos = 0;
  if (x < 0) {
    putChar(out, pos++, 45);
    x = -x;
  }
  let len = 1;
  let point = 1;
  if (x == 0) {
    store<u8>(DIGITS, 48);
    if (f < 0) f = 0;
  } else if (f < 0) {
    len = ShortestDigits(x);
    point = dtoaPoint;
    f = len - 1;
  } else {
    len = PrecisionDigits(x, f + 1);
    point = dtoaPoint;
  }
  return putExponential(out, pos, len, f + 1, point);
}

/**
 * Number.prototype.toPrecision(precision) -- ECMA-262 §21.1.3.5, for a defined
 * precision (the caller handles undefined with NumberToString), p =
 * ToIntegerOrInfinity(precision) clamped to i32. Returns -1 (RangeError) when
 * p is not in 1..100 and x is finite.
 */
export function NumberToPrecision(x: f64, p: i32, out: usize): i32 {
  if (x != x) return putNaN(out);
  if (x == Infinity || x == -Infinity) return putInfinity(out, x < 0);
  if (p < 1 || p > 100) return -1;
  let pos = 0;
  if (x < 0) {
    putChar(out, pos++, 45);
    x = -x;
  }
  let len = 1;
  let point = 1;
  if (x == 0) {
    store<u8>(DIGITS, 48);
  } else {
    len = PrecisionDigits(x, p);
    point = dtoaPoint;
  }
  const e = point - 1;
  if (e < -6 || e >= p) return putExponential(out, pos, len, p, point);
  if (point <= 0) {
    // "0.", -point zeros, the p digits.
    putChar(out, pos++, 48);
    putChar(out, pos++, 46);
    pos = putRepeat(out, pos, 48, -point);
    pos = putAscii(out, pos, DIGITS, len);
    return putRepeat(out, pos, 48, p - len);
  }
  // 1 <= point <= p: the first `point` digits, then the rest after a point.
  pos = putAscii(out, pos, DIGITS, min(len, point));
  pos = putRepeat(out, pos, 48, point - len);
  if (point < p) {
    putChar(out, pos++, 46);
    if (len > point) pos = putAscii(out, pos, DIGITS + <usize>point, len - point);
    pos = putRepeat(out, pos, 48, p - max(len, point));
  }
  return pos;
}
