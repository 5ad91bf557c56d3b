// Number.prototype.toString(radix) for radix 2..36 (ECMA-262 §21.1.3.6,
// Number::toString(x, radix) §6.1.6.1.20). The spec leaves the digits of
// non-decimal radixes implementation-approximated; this is a faithful port of
// V8's DoubleToRadixCString (src/numbers/conversions.cc, delta-based
// algorithm: fraction digits are produced only up to the precision of the
// input -- half the distance to the next double -- with round-half-even on
// the last digit and carry propagation; integer digits beyond 2^53 are filled
// with zeros), so the output equals node's for every double.

import { NumberToString } from "./format";
import { putChar, putNaN, putInfinity } from "./chars";

const HALF_BUFFER: i32 = 1100;
// Fraction part ('.' then digits) and integer part (written right to left).
const FRACTION_BUF: usize = memory.data(HALF_BUFFER << 1);
const INTEGER_BUF: usize = memory.data(HALF_BUFFER << 1);

// @ts-ignore: decorator
@inline function digitChar(d: i32): u32 {
  return <u32>(d < 10 ? 48 + d : 87 + d);
}

// V8 Double::Exponent(): the binary exponent of the integer significand.
// @ts-ignore: decorator
@inline function binaryExponent(d: f64): i32 {
  const biased = <i32>((reinterpret<u64>(d) >> 52) & 0x7FF);
  return biased == 0 ? -1074 : biased - 1075;
}

// V8 Double::NextDouble() for a finite non-negative double.
// @ts-ignore: decorator
@inline function nextDouble(d: f64): f64 {
  return reinterpret<f64>(reinterpret<u64>(d) + 1);
}

/**
 * Number::toString(x, radix) -- ECMA-262 §6.1.6.1.20 / §21.1.3.6 steps 5-7.
 * Returns the code unit count, or -1 (RangeError) when radix is not in 2..36.
 */
export function NumberToStringRadix(x: f64, radix: i32, out: usize): i32 {
  if (radix < 2 || radix > 36) return -1;
  if (radix == 10) return NumberToString(x, out);
  if (x != x) return putNaN(out);
  if (x == 0) {
    putChar(out, 0, 48);
    return 1;
  }
  if (x == Infinity || x == -Infinity) return putInfinity(out, x < 0);
  return DoubleToRadixCString(x, radix, out);
}

/** V8's DoubleToRadixCString for finite non-zero x. */
function DoubleToRadixCString(value: f64, radix: i32, out: usize): i32 {
  const fradix = <f64>radix;
  const negative = value < 0;
  if (negative) value = -value;

  // Split the value into an integer part and a fractional part.
  let integer = floor(value);
  let fraction = value - integer;
  // We only compute fractional digits up to the input double's precision.
  let delta = 0.5 * (nextDouble(value) - value);
  delta = max(nextDouble(0.0), delta);
  let fractionCursor = 0;
  if (fraction >= delta) {
    // Insert the point.
    store<u16>(FRACTION_BUF, 46);
    fractionCursor = 1;
    do {
      // Shift up by one digit.
      fraction *= fradix;
      delta *= fradix;
      // Write digit.
      let digit = <i32>fraction;
      store<u16>(FRACTION_BUF + (<usize>(fractionCursor++) << 1), <u16>digitChar(digit));
      // Calculate remainder.
      fraction -= <f64>digit;
      // Round to even.
      if (fraction > 0.5 || (fraction == 0.5 && (digit & 1) != 0)) {
        if (fraction + delta > 1) {
          // Back-trace already written digits in case of carry-over.
          while (true) {
            fractionCursor--;
            if (fractionCursor == 0) {
              // Carry over to the integer part.
              integer += 1;
              break;
            }
            const c = <i32>load<u16>(FRACTION_BUF + (<usize>fractionCursor << 1));
            // Reconstruct digit.
            digit = c > 57 ? c - 87 : c - 48;
            if (digit + 1 < radix) {
              store<u16>(FRACTION_BUF + (<usize>(fractionCursor++) << 1), <u16>digitChar(digit + 1));
              break;
            }
          }
          break;
        }
      }
    } while (fraction >= delta);
  }

  // Compute integer digits. Fill unrepresented digits with zero.
  let integerCursor = HALF_BUFFER;
  while (binaryExponent(integer / fradix) > 0) {
    integer /= fradix;
    store<u16>(INTEGER_BUF + (<usize>(--integerCursor) << 1), 48);
  }
  do {
    const remainder = integer % fradix;
    store<u16>(INTEGER_BUF + (<usize>(--integerCursor) << 1), <u16>digitChar(<i32>remainder));
    integer = (integer - remainder) / fradix;
  } while (integer > 0);

  // Sign, integer digits, fraction.
  let pos = 0;
  if (negative) putChar(out, pos++, 45);
  const intLen = HALF_BUFFER - integerCursor;
  memory.copy(out + (<usize>pos << 1), INTEGER_BUF + (<usize>integerCursor << 1), <usize>intLen << 1);
  pos += intLen;
  memory.copy(out + (<usize>pos << 1), FRACTION_BUF, <usize>fractionCursor << 1);
  return pos + fractionCursor;
}
