// Number.prototype.toLocaleString without Intl: what node prints (ICU's decimal format) in the
// locale format of builtins/locale.ts, en-US by default: at most 3 fraction digits rounded half
// away from zero, trailing zeros dropped, the integer part grouped ("," in threes), "∞" for Infinity. Like ICU, the rounding
// applies to the shortest round-trip decimal digits, not to the exact binary value:
// (1.0005).toLocaleString() is "1.001" although 1.0005 is stored as 1.000499999....
import { NumberToExponential } from "../number/index";
import { groupSeparatorBefore } from "./locale";

/** Digits of the value: DIGITS[0..count) with the decimal point after `point` digits. */
const DIGITS = memory.data(32);
const MAX_FRACTION = 3;

// @ts-ignore: decorator
@inline function digit(i: i32): u32 { return <u32>load<u8>(DIGITS + <usize>i); }
// @ts-ignore: decorator
@inline function put(out: usize, pos: i32, c: u32): void { store<u16>(out + (<usize>pos << 1), <u16>c); }

/** Writes x in locale format `fmt` (builtins/locale.ts) to `out` (at most 420 code units);
 *  returns the length. */
export function NumberToLocaleString(x: f64, out: usize, fmt: u32): i32 {
  let pos = 0;
  if (x != x) {
    put(out, 0, 78); put(out, 1, 97); put(out, 2, 78); // NaN
    return 3;
  }
  const negative = x < 0 || (x == 0 && 1 / x < 0);
  if (negative) put(out, pos++, 45);
  if (x == Infinity || x == -Infinity) {
    put(out, pos++, 0x221E);
    return pos;
  }
  // The shortest round-trip digits, read back from the exponential form "d.ddde±n".
  const len = NumberToExponential(Math.abs(x), -1, out + (<usize>pos << 1));
  const src = out + (<usize>pos << 1);
  let count = 0, exp = 0, expSign = 1, inExp = false;
  for (let i = 0; i < len; i++) {
    const c = <u32>load<u16>(src + (<usize>i << 1));
    if (c == 101) inExp = true; // 'e'
    else if (c == 45) expSign = -1;
    else if (c >= 48 && c <= 57) {
      if (inExp) exp = exp * 10 + <i32>(c - 48);
      else { store<u8>(DIGITS + <usize>count, <u8>c); count++; }
    }
  }
  let point = expSign * exp + 1;
  if (count == 1 && digit(0) == 48) point = 1; // zero

  // Round to MAX_FRACTION fraction digits, half away from zero.
  const keep = point + MAX_FRACTION; // digits kept
  if (keep < count) {
    const roundUp = keep >= 0 && digit(keep) >= 53;
    count = keep < 0 ? 0 : keep;
    if (roundUp) {
      let i = count - 1;
      while (i >= 0 && digit(i) == 57) { store<u8>(DIGITS + <usize>i, 48); i--; }
      if (i >= 0) store<u8>(DIGITS + <usize>i, <u8>(digit(i) + 1));
      else { // all nines: a new leading 1
        memory.copy(DIGITS + 1, DIGITS, <usize>count);
        store<u8>(DIGITS, 49);
        count++;
        point++;
      }
    }
  }
  while (count > 0 && count > point && digit(count - 1) == 48) count--; // trailing fraction zeros

  // Integer part, grouped.
  if (point <= 0 || count == 0) put(out, pos++, 48);
  else {
    for (let i = 0; i < point; i++) {
      if (groupSeparatorBefore(i, point, fmt)) put(out, pos++, fmt & 0xFFFF);
      put(out, pos++, i < count ? digit(i) : 48);
    }
  }
  // Fraction part.
  if (count > 0 && count > point) {
    put(out, pos++, (fmt >> 16) & 0xFF);
    for (let i = point; i < count; i++) put(out, pos++, i < 0 ? 48 : digit(i));
  }
  return pos;
}
