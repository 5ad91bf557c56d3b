// String -> Number: StringToNumber (ECMA-262 §7.1.4.1.1, the
// StringNumericLiteral grammar of §7.1.4.1) and the global parseFloat
// (§19.2.4, longest StrDecimalLiteral prefix). A hand-written scanner over
// UTF-16 code units collects the significant digits (strtod.ts turns them
// into the correctly rounded double); 0x/0o/0b literals go through the exact
// power-of-two conversion of parse-int.ts. Mirrors V8's
// InternalStringToDouble (src/numbers/conversions.cc), including its
// round-half-even rounding of long hexadecimal, octal and binary literals.

import { charAt, IsStrWhiteSpaceChar, SkipWhiteSpace, INFINITY_CHARS } from "./chars";
import { DigitsReset, DigitsPush, DigitsValue } from "./strtod";
import { StringToIntDoublePow2, intEnd } from "./parse-int";

/** Largest exponent magnitude tracked; beyond it the result is 0 or Infinity anyway. */
const EXPONENT_LIMIT: i32 = 100000000;

/** Index just past the literal found by the last ScanDecimalLiteral. */
let scanEnd: i32 = 0;

// Whether the code units at ptr[i..] start with "Infinity".
function startsWithInfinity(ptr: usize, i: i32, end: i32): bool {
  if (end - i < 8) return false;
  for (let k = 0; k < 8; ++k) {
    if (charAt(ptr, i + k) != <u32>load<u16>(INFINITY_CHARS + (<usize>k << 1))) return false;
  }
  return true;
}

/**
 * Scans the longest StrUnsignedDecimalLiteral other than Infinity at ptr[i..end):
 * DecimalDigits [. DecimalDigits?] ExponentPart? | . DecimalDigits ExponentPart?
 * Returns its (non-negative) value and sets scanEnd, or returns NaN when
 * there is none.
 */
function ScanDecimalLiteral(ptr: usize, i: i32, end: i32): f64 {
  DigitsReset();
  let digits = 0;
  let c: u32 = 0;
  while (i < end && (c = charAt(ptr, i) - 48) < 10) {
    DigitsPush(c, false);
    ++digits;
    ++i;
  }
  if (i < end && charAt(ptr, i) == 46) {
    let j = i + 1;
    while (j < end && (c = charAt(ptr, j) - 48) < 10) {
      DigitsPush(c, true);
      ++digits;
      ++j;
    }
    // "." alone is not a literal; "1." is.
    if (digits > 0) i = j;
  }
  if (digits == 0) return NaN;
  let exponent = 0;
  if (i < end && (charAt(ptr, i) | 32) == 101) {
    let j = i + 1;
    let negative = false;
    if (j < end) {
      const s = charAt(ptr, j);
      if (s == 43 || s == 45) {
        negative = s == 45;
        ++j;
      }
    }
    if (j < end && charAt(ptr, j) - 48 < 10) {
      while (j < end && (c = charAt(ptr, j) - 48) < 10) {
        if (exponent < EXPONENT_LIMIT) exponent = exponent * 10 + <i32>c;
        ++j;
      }
      if (negative) exponent = -exponent;
      i = j;
    }
  }
  scanEnd = i;
  return DigitsValue(exponent);
}

/**
 * StringToNumber(str) -- ECMA-262 §7.1.4.1.1, for the code units ptr[0..len).
 * NaN when the trimmed string is not a StrNumericLiteral.
 */
export function StringToNumber(ptr: usize, len: i32): f64 {
  let i = SkipWhiteSpace(ptr, 0, len);
  let end = len;
  while (end > i && IsStrWhiteSpaceChar(charAt(ptr, end - 1))) --end;
  // StrWhiteSpace alone (or nothing) is 0.
  if (i == end) return 0;

  // NonDecimalIntegerLiteral: 0x / 0o / 0b and at least one digit, no sign.
  if (end - i >= 2 && charAt(ptr, i) == 48) {
    const p = charAt(ptr, i + 1) | 32;
    const log2 = p == 120 ? 4 : p == 111 ? 3 : p == 98 ? 1 : 0;
    if (log2 != 0) {
      if (end - i == 2) return NaN;
      const v = StringToIntDoublePow2(ptr, i + 2, end, log2);
      return intEnd == end ? v : NaN;
    }
  }

  let negative = false;
  const c = charAt(ptr, i);
  if (c == 43 || c == 45) {
    negative = c == 45;
    ++i;
  }
  let v: f64;
  if (startsWithInfinity(ptr, i, end)) {
    v = Infinity;
    scanEnd = i + 8;
  } else {
    v = ScanDecimalLiteral(ptr, i, end);
    if (v != v) return NaN;
  }
  if (scanEnd != end) return NaN;
  return negative ? -v : v;
}

/**
 * parseFloat(string) -- ECMA-262 §19.2.4, for the code units ptr[0..len) of
 * ToString(string): the longest StrDecimalLiteral prefix after leading
 * white space, or NaN.
 */
export function ParseFloat(ptr: usize, len: i32): f64 {
  let i = SkipWhiteSpace(ptr, 0, len);
  if (i == len) return NaN;
  let negative = false;
  const c = charAt(ptr, i);
  if (c == 43 || c == 45) {
    negative = c == 45;
    ++i;
  }
  let v: f64;
  if (startsWithInfinity(ptr, i, len)) {
    v = Infinity;
  } else {
    v = ScanDecimalLiteral(ptr, i, len);
    if (v != v) return NaN;
  }
  return negative ? -v : v;
}
