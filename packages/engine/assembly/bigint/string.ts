// BigInt <-> String — ECMA-262 §6.1.6.2.23 BigInt::toString(x, radix) and §7.1.14
// StringToBigInt. toString divides a scratch copy of the magnitude by the largest power of the
// radix that fits a limb (10^9 for radix 10), so each pass over the limbs yields several digits;
// StringToBigInt multiplies and adds chunks of digits the same way.
import { CELL_RAW, BIG_LENGTH } from "../layout.generated";
import { boxBigInt, boxObject, boxString } from "../value";
import { allocCell } from "../heap/alloc";
import { pushRoot, saveSp, restoreSp } from "../heap/stack";
import { newStringFromAscii, strData, strLength } from "../string/string";
import { IsStrWhiteSpaceChar, charAt } from "../number/chars";
import { A_zero } from "../names";
import {
  allocBigInt, copyBigInt, trim, setSign, bigLength, bigSign, limbs, bigIsZero, bitLength, setLimb, limbAt,
} from "./bigint";

const DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz";
const small = memory.data(72); // a 64-bit magnitude in radix 2 with its sign

// @ts-ignore: decorator
@inline function digitChar(d: u32): u8 { return <u8>load<u16>(changetype<usize>(DIGITS) + (<usize>d << 1)); }

/** The largest power of `radix` below 2^32 and its exponent (in `chunkDigits`). */
let chunkDigits: u32 = 0;
function chunkBase(radix: u32): u32 {
  let b: u64 = radix, k: u32 = 1;
  while (b * radix <= 0xFFFFFFFF) { b *= radix; k++; }
  chunkDigits = k;
  return <u32>b;
}

/** Divide the magnitude of scratch cell `p` by `d` in place (trimming it); returns the remainder. */
function divideInPlace(p: usize, d: u32): u32 {
  const n = bigLength(p), a = limbs(p);
  let rem: u64 = 0;
  for (let i = <i32>n - 1; i >= 0; i--) {
    const q = a + (<usize>i << 2);
    const cur = (rem << 32) | <u64>load<u32>(q);
    store<u32>(q, <u32>(cur / <u64>d));
    rem = cur % <u64>d;
  }
  trim(p);
  return <u32>rem;
}

/** BigInt::toString(x, radix) — §6.1.6.2.23: a new string cell. */
export function BigIntToString(x: usize, radix: u32): usize {
  if (bigIsZero(x)) return A_zero;
  const negative = bigSign(x) != 0;
  if (bigLength(x) <= 2) {
    let m = (<u64>limbAt(x, 1) << 32) | <u64>limbAt(x, 0);
    let i = 72;
    while (m != 0) { store<u8>(small + --i, digitChar(<u32>(m % radix))); m /= radix; }
    if (negative) store<u8>(small + --i, 45);
    return newStringFromAscii(small + i, 72 - i);
  }
  // At most bitLength / floor(log2 radix) + 1 digits, plus the sign.
  const log2 = 31 - <u32>clz(radix);
  const cap = bitLength(x) / log2 + 2;
  const sp0 = saveSp();
  const work = copyBigInt(x, bigLength(x));
  pushRoot(boxBigInt(work));
  const buf = allocCell(CELL_RAW, 16 + <usize>cap);
  pushRoot(boxObject(buf));
  const base = chunkBase(radix), k = chunkDigits;
  let i = <i32>cap;
  const out = buf + 16;
  while (!bigIsZero(work)) {
    let r = divideInPlace(work, base);
    const last = bigIsZero(work);
    for (let j: u32 = 0; j < k && (!last || r != 0); j++) {
      store<u8>(out + --i, digitChar(r % radix));
      r /= radix;
    }
  }
  if (negative) store<u8>(out + --i, 45);
  const s = newStringFromAscii(out + i, <i32>cap - i);
  restoreSp(sp0);
  return s;
}

/** The value of digit `c` in `radix`, or -1. */
function digitValue(c: u32, radix: u32): i32 {
  let d: u32;
  if (c >= 48 && c <= 57) d = c - 48;
  else if ((c | 32) >= 97 && (c | 32) <= 122) d = (c | 32) - 87;
  else return -1;
  return d < radix ? <i32>d : -1;
}

/** StringToBigInt(str) — §7.1.14 over UTF-16 at `p` (length `len`): a BigInt cell, or 0 when the
 *  text is not a StringIntegerLiteral (the caller throws or answers undefined). May collect. */
export function StringToBigIntAt(p: usize, len: i32): usize {
  let start = 0, end = len;
  while (start < end && IsStrWhiteSpaceChar(charAt(p, start))) start++;
  while (end > start && IsStrWhiteSpaceChar(charAt(p, end - 1))) end--;
  if (start == end) return allocBigInt(0);
  let radix: u32 = 10, negative = false;
  const c0 = charAt(p, start);
  if (c0 == 48 && end - start > 2) {
    const c1 = charAt(p, start + 1) | 32;
    radix = c1 == 120 ? 16 : c1 == 111 ? 8 : c1 == 98 ? 2 : 10;
    if (radix != 10) start += 2;
  }
  if (radix == 10 && (c0 == 43 || c0 == 45)) { negative = c0 == 45; start++; }
  if (start == end) return 0;
  for (let i = start; i < end; i++) if (digitValue(charAt(p, i), radix) < 0) return 0;
  // ceil(log2 radix) bits per digit, at most.
  const bitsPerDigit: u32 = radix == 10 ? 4 : 32 - <u32>clz(radix - 1);
  const r = allocBigInt(<u32>((<u64>(end - start) * bitsPerDigit + 31) >> 5) + 1);
  if (r == 0) return 0;
  const a = limbs(r);
  chunkBase(radix);
  const k = chunkDigits;
  let used: u32 = 0;
  for (let i = start; i < end;) {
    // One chunk of up to k digits: r = r × radix^digits + chunk.
    let chunk: u32 = 0, scale: u64 = 1;
    for (let j: u32 = 0; j < k && i < end; j++, i++) {
      chunk = chunk * radix + <u32>digitValue(charAt(p, i), radix);
      scale *= radix;
    }
    let carry: u64 = chunk;
    const mul = scale; // radix^k for a full chunk, less for the last one
    for (let w: u32 = 0; w < used; w++) {
      const q = a + (<usize>w << 2);
      const t = <u64>load<u32>(q) * mul + carry;
      store<u32>(q, <u32>t);
      carry = t >> 32;
    }
    if (carry != 0) { setLimb(r, used, <u32>carry); used++; }
  }
  store<u32>(r, used, BIG_LENGTH);
  trim(r);
  setSign(r, negative);
  return r;
}

/** StringToBigInt on a string cell. */
export function StringToBigInt(s: usize): usize {
  const sp0 = saveSp();
  pushRoot(boxString(s));
  const r = StringToBigIntAt(strData(s), strLength(s));
  restoreSp(sp0);
  return r;
}
