// The global parseInt (ECMA-262 §19.2.5) and the exact integer conversion for
// power-of-two radixes, ported from V8 (src/numbers/conversions.cc:
// StringToIntHelper::DetectRadixInternal, NumberParseIntHelper and
// InternalStringToIntDouble). Results beyond 2^53, which the spec lets be
// implementation-approximated for radixes other than 2, 4, 8, 10, 16, 32,
// are computed as V8 does: radix 10 is read as a decimal string with correct
// rounding (strtod.ts), power-of-two radixes are rounded half to even
// exactly, and every other radix accumulates 32-bit chunks in a double.

import { charAt, SkipWhiteSpace } from "./chars";
import { DigitsReset, DigitsPush, DigitsValue } from "./strtod";

/** Index just past the digits consumed by the last StringToIntDoublePow2. */
export let intEnd: i32 = 0;

/** Value of code unit c as a digit of radix (2..36), or -1 (V8's lim_0 / lim_a / lim_A test). */
// @ts-ignore: decorator
@inline function radixDigit(c: u32, radix: i32): i32 {
  const d = <i32>c - 48;
  if (d >= 0 && d < min(radix, 10)) return d;
  const l = <i32>(c | 32) - 97;
  if (c >= 65 && l >= 0 && l < radix - 10 && (c <= 90 || c >= 97)) return l + 10;
  return -1;
}

/** number * 2^exponent for 0 <= number < 2^53, exponent >= 0 (std::ldexp without underflow). */
function ldexpPositive(number: i64, exponent: i32): f64 {
  let v = <f64>number;
  if (exponent > 2200) return v * Infinity;
  while (exponent > 1000) {
    v *= reinterpret<f64>(<u64>(1023 + 1000) << 52);
    exponent -= 1000;
  }
  return v * reinterpret<f64>(<u64>(1023 + exponent) << 52);
}

/**
 * V8's InternalStringToIntDouble<log2> with trailing junk allowed: the
 * digits of radix 2^log2 at ptr[start..end) (start < end) up to the first
 * non-digit, rounded half to even. Sets intEnd past the last digit.
 */
export function StringToIntDoublePow2(ptr: usize, start: i32, end: i32, log2: i32): f64 {
  let current = start;
  const radix = 1 << log2;
  // Skip leading 0s.
  while (charAt(ptr, current) == 48) {
    ++current;
    if (current == end) {
      intEnd = current;
      return 0;
    }
  }
  let number: i64 = 0;
  let exponent = 0;
  do {
    const digit = radixDigit(charAt(ptr, current), radix);
    if (digit < 0) break;
    number = number * radix + digit;
    let overflow = <i32>(number >> 53);
    if (overflow != 0) {
      // Overflow occurred. Need to determine which direction to round the result.
      let overflowBitsCount = 1;
      while (overflow > 1) {
        overflowBitsCount++;
        overflow >>= 1;
      }
      const droppedBitsMask = (1 << overflowBitsCount) - 1;
      const droppedBits = <i32>number & droppedBitsMask;
      number >>= overflowBitsCount;
      exponent = overflowBitsCount;

      let zeroTail = true;
      while (true) {
        ++current;
        if (current == end) break;
        const c = charAt(ptr, current);
        if (radixDigit(c, radix) < 0) break;
        zeroTail = zeroTail && c == 48;
        exponent += log2;
      }

      const middleValue = 1 << (overflowBitsCount - 1);
      if (droppedBits > middleValue) {
        number++; // Rounding up.
      } else if (droppedBits == middleValue) {
        // Round half to even, unless non-zero digits follow.
        if ((number & 1) != 0 || !zeroTail) number++;
      }
      // Rounding up may cause overflow.
      if ((number & (<i64>1 << 53)) != 0) {
        exponent++;
        number >>= 1;
      }
      break;
    }
    ++current;
  } while (current != end);
  intEnd = current;
  return exponent == 0 ? <f64>number : ldexpPositive(number, exponent);
}

// NumberParseIntHelper::HandleGenericCase: 32-bit chunks, accumulated in a double.
function parseIntGeneric(ptr: usize, current: i32, end: i32, radix: i32): f64 {
  let result = 0.0;
  let done = false;
  const kMaximumMultiplier: u32 = 0xFFFFFFFF / 36;
  do {
    let part: u32 = 0, multiplier: u32 = 1;
    while (true) {
      const d = radixDigit(charAt(ptr, current), radix);
      if (d < 0) {
        done = true;
        break;
      }
      // Stop the part before the multiplier could overflow 32 bits.
      const m = multiplier * <u32>radix;
      if (m > kMaximumMultiplier) break;
      part = part * <u32>radix + <u32>d;
      multiplier = m;
      ++current;
      if (current == end) {
        done = true;
        break;
      }
    }
    result = result * <f64>multiplier + <f64>part;
  } while (!done);
  return result;
}

/**
 * parseInt(string, radix) -- ECMA-262 §19.2.5, for the code units ptr[0..len)
 * of ToString(string) and radix = ToInt32(radix) (0 for undefined).
 */
export function ParseInt(ptr: usize, len: i32, radix: i32): f64 {
  let current = SkipWhiteSpace(ptr, 0, len);
  if (current == len) return NaN;
  let negative = false;
  let c = charAt(ptr, current);
  if (c == 43 || c == 45) {
    negative = c == 45;
    ++current;
    if (current == len) return NaN;
  }
  const zero = negative ? -0.0 : 0.0;
  let leadingZero = false;
  if (radix == 0 || radix == 16) {
    // Radix detection / the optional "0x" prefix of radix 16.
    if (radix == 0) radix = 10;
    if (charAt(ptr, current) == 48) {
      ++current;
      if (current == len) return zero;
      if ((charAt(ptr, current) | 32) == 120) {
        radix = 16;
        ++current;
        if (current == len) return NaN;
      } else {
        leadingZero = true;
      }
    }
  } else if (radix < 2 || radix > 36) {
    return NaN;
  }
  // Skip leading zeros.
  while (charAt(ptr, current) == 48) {
    leadingZero = true;
    ++current;
    if (current == len) return zero;
  }
  if (radixDigit(charAt(ptr, current), radix) < 0) return leadingZero ? zero : NaN;

  let result: f64;
  if (radix == 10) {
    DigitsReset();
    while (current < len && (c = charAt(ptr, current) - 48) < 10) {
      DigitsPush(c, false);
      ++current;
    }
    result = DigitsValue(0);
  } else if ((radix & (radix - 1)) == 0) {
    result = StringToIntDoublePow2(ptr, current, len, <i32>ctz(radix));
  } else {
    result = parseIntGeneric(ptr, current, len, radix);
  }
  return negative ? -result : result;
}
