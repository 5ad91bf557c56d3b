// BigInt cells (layout.mjs bigintFields): sign and magnitude, the magnitude in little-endian u32
// limbs with no leading zero limb (0n has length 0, sign 0). Cells are immutable once made: every
// operation allocates its result, so a BigInt value can be shared like a string.
//
// Here: allocation and trimming, conversions between BigInts and numbers (NumberToBigInt,
// BigInt::toNumber), comparison (BigInt::lessThan, BigInt::equal and the mixed BigInt/Number
// comparisons of IsLessThan and IsLooselyEqual) and hashing for Map/Set keys.
// Callers hold cell pointers; every function that allocates roots its BigInt operands first.
import { CELL_BIGINT, BIG_LENGTH, BIG_SIGN, BIG_DATA } from "../layout.generated";
import { boxBigInt } from "../value";
import { allocCell } from "../heap/alloc";
import { pushRoot, saveSp, restoreSp } from "../heap/stack";
import { throwRangeError } from "../errors";

/** V8's limit (kMaxLengthBits): 2^30 bits, past which an operation throws a RangeError. */
export const MAX_LIMBS: u32 = 1 << 25;

// @ts-ignore: decorator
@inline export function bigLength(p: usize): u32 { return load<u32>(p, BIG_LENGTH); }
// @ts-ignore: decorator
@inline export function bigSign(p: usize): u32 { return load<u32>(p, BIG_SIGN); }
// @ts-ignore: decorator
@inline export function limbs(p: usize): usize { return p + BIG_DATA; }
/** Limb `i` of `p`, 0 past its length. */
// @ts-ignore: decorator
@inline export function limbAt(p: usize, i: u32): u32 { return i < bigLength(p) ? load<u32>(p + BIG_DATA + (<usize>i << 2)) : 0; }
// @ts-ignore: decorator
@inline export function setLimb(p: usize, i: u32, v: u32): void { store<u32>(p + BIG_DATA + (<usize>i << 2), v); }
// @ts-ignore: decorator
@inline export function bigIsZero(p: usize): bool { return bigLength(p) == 0; }
// @ts-ignore: decorator
@inline export function setSign(p: usize, negative: bool): void { store<u32>(p, negative && bigLength(p) != 0 ? 1 : 0, BIG_SIGN); }

/** A zeroed BigInt cell with room for `n` limbs and length `n` (trim after filling it), or 0 with
 *  a RangeError pending past MAX_LIMBS. May collect. */
export function allocBigInt(n: u32): usize {
  if (n > MAX_LIMBS) { throwRangeError("Maximum BigInt size exceeded"); return 0; }
  const p = allocCell(CELL_BIGINT, BIG_DATA + (<usize>n << 2));
  store<u32>(p, n, BIG_LENGTH);
  return p;
}

/** Drop leading zero limbs (the cell keeps its size); 0n gets sign 0. Returns `p`. */
export function trim(p: usize): usize {
  let n = bigLength(p);
  while (n > 0 && load<u32>(p + BIG_DATA + (<usize>(n - 1) << 2)) == 0) n--;
  store<u32>(p, n, BIG_LENGTH);
  if (n == 0) store<u32>(p, 0, BIG_SIGN);
  return p;
}

/** A copy of `a` with room for `n >= length` limbs (the extra limbs zero, not trimmed). */
export function copyBigInt(a: usize, n: u32): usize {
  const sp0 = saveSp();
  pushRoot(boxBigInt(a));
  const r = allocBigInt(n);
  restoreSp(sp0);
  if (r == 0) return 0;
  memory.copy(limbs(r), limbs(a), <usize>bigLength(a) << 2);
  store<u32>(r, bigSign(a), BIG_SIGN);
  return r;
}

/** The BigInt of a 64-bit magnitude and sign. */
export function bigFromU64(m: u64, negative: bool): usize {
  const r = allocBigInt(2);
  setLimb(r, 0, <u32>m);
  setLimb(r, 1, <u32>(m >> 32));
  trim(r);
  setSign(r, negative);
  return r;
}

/** The BigInt of a signed 64-bit integer. */
export function bigFromI64(x: i64): usize {
  return bigFromU64(x < 0 ? <u64>(-x) : <u64>x, x < 0); // -i64.MIN wraps to 2^63, its magnitude
}

/** The low 64 bits of `p` in two's complement (BigInt::asUintN(64) as a u64). */
export function bigLow64(p: usize): u64 {
  const m = (<u64>limbAt(p, 1) << 32) | <u64>limbAt(p, 0);
  return bigSign(p) != 0 ? <u64>(0 - m) : m;
}

/** NumberToBigInt(number) — §21.2.1.1.1 for an integral finite `d` (callers check). */
export function NumberToBigInt(d: f64): usize {
  const a = Math.abs(d);
  if (a < 18446744073709551616.0) return bigFromU64(<u64>a, d < 0);
  // a = mantissa × 2^shift with a 53-bit mantissa: the limbs of the mantissa, shifted.
  const bits = reinterpret<u64>(a);
  const mant = (bits & 0xFFFFFFFFFFFFF) | 0x10000000000000;
  const shift = <u32>((bits >> 52) & 0x7FF) - 1075;
  const word = shift >> 5, bit = shift & 31;
  const r = allocBigInt(word + 3);
  const lo = mant << bit; // up to 85 bits: the top ones come from a second shift
  setLimb(r, word, <u32>lo);
  setLimb(r, word + 1, <u32>(lo >> 32));
  setLimb(r, word + 2, bit == 0 ? 0 : <u32>(mant >> (64 - bit)));
  trim(r);
  setSign(r, d < 0);
  return r;
}

/** The number of significant bits of the magnitude of `p`. */
export function bitLength(p: usize): u32 {
  const n = bigLength(p);
  if (n == 0) return 0;
  return (n << 5) - <u32>clz(limbAt(p, n - 1));
}

/** Bit `i` of the magnitude of `p`. */
// @ts-ignore: decorator
@inline function magnitudeBit(p: usize, i: u32): u32 { return (limbAt(p, i >> 5) >> (i & 31)) & 1; }

/** Whether any bit below bit `i` of the magnitude of `p` is set. */
function anyBitBelow(p: usize, i: u32): bool {
  const w = i >> 5;
  for (let k: u32 = 0; k < w; k++) if (limbAt(p, k) != 0) return true;
  return (limbAt(p, w) & ((1 << (i & 31)) - 1)) != 0;
}

/** The Number value for ℝ(p), rounded to nearest, ties to even — §21.1.1.1 step 2 (Number(bigint)). */
export function BigIntToNumber(p: usize): f64 {
  const len = bitLength(p);
  let d: f64;
  if (len <= 64) {
    d = <f64>((<u64>limbAt(p, 1) << 32) | <u64>limbAt(p, 0)); // f64.convert_i64_u rounds correctly
  } else if (len > 1025) {
    d = Infinity;
  } else {
    // The top 64 bits with a sticky bit for everything below: one rounding, as the exact value's.
    let top: u64 = 0;
    for (let i: u32 = 0; i < 64; i++) top |= <u64>magnitudeBit(p, len - 1 - i) << (63 - i);
    if (anyBitBelow(p, len - 64)) top |= 1;
    const e = len - 64; // <= 961: 2^e is a normal double
    d = <f64>top * reinterpret<f64>(<u64>(1023 + e) << 52);
  }
  return bigSign(p) != 0 ? -d : d;
}

/** Compare magnitudes: -1, 0 or 1. */
export function compareMagnitude(a: usize, b: usize): i32 {
  const an = bigLength(a), bn = bigLength(b);
  if (an != bn) return an < bn ? -1 : 1;
  for (let i = <i32>an - 1; i >= 0; i--) {
    const x = load<u32>(a + BIG_DATA + (<usize>i << 2)), y = load<u32>(b + BIG_DATA + (<usize>i << 2));
    if (x != y) return x < y ? -1 : 1;
  }
  return 0;
}

/** The sign of a - b: BigInt::lessThan and BigInt::equal — §6.1.6.2.12-13. */
export function BigIntCompare(a: usize, b: usize): i32 {
  const sa = bigSign(a), sb = bigSign(b);
  if (sa != sb) return sa != 0 ? -1 : 1;
  const c = compareMagnitude(a, b);
  return sa != 0 ? -c : c;
}

/** BigInt::equal — §6.1.6.2.13. */
export function BigIntEqual(a: usize, b: usize): bool {
  const n = bigLength(a);
  if (n != bigLength(b) || bigSign(a) != bigSign(b)) return false;
  return memory.compare(limbs(a), limbs(b), <usize>n << 2) == 0;
}

/** The sign of ℝ(p) - ℝ(d) for a number `d`, or 2 when `d` is NaN (the comparison is undefined):
 *  the BigInt/Number steps of IsLessThan (§7.2.14 step 4) and IsLooselyEqual (§7.2.15 step 12). */
export function compareBigIntNumber(p: usize, d: f64): i32 {
  if (d != d) return 2;
  if (d == Infinity) return -1;
  if (d == -Infinity) return 1;
  const neg = bigSign(p) != 0;
  if (bigIsZero(p) || (d < 0) != neg || d == 0) {
    // Different signs (or a zero): the signs decide.
    const sp: i32 = bigIsZero(p) ? 0 : neg ? -1 : 1;
    const sd: i32 = d > 0 ? 1 : d < 0 ? -1 : 0;
    return sp < sd ? -1 : sp > sd ? 1 : 0;
  }
  // Same sign: compare magnitudes by bit length first, then exactly against trunc(d).
  const ad = Math.abs(d);
  const dbits: u32 = ad < 1 ? 0 : <u32>Math.floor(Math.log2(ad)) + 1; // may be off by one near powers of two
  const pbits = bitLength(p);
  let c: i32;
  if (dbits == 0 || pbits > dbits + 1) c = 1; // |p| >= 1 > |d|, or |p| has more bits
  else if (pbits + 1 < dbits) c = -1;
  else {
    const t = Math.trunc(ad);
    const sp0 = saveSp();
    pushRoot(boxBigInt(p));
    const q = NumberToBigInt(t);
    restoreSp(sp0);
    c = compareMagnitude(p, q);
    if (c == 0 && t != ad) c = -1; // |p| == trunc(|d|) < |d|
  }
  return neg ? -c : c;
}

/** A hash of the value of `p` (equal BigInts hash alike), for Map and Set keys. */
export function bigHash(p: usize): u32 {
  let h: u32 = 0x811c9dc5 ^ bigSign(p);
  const n = bigLength(p);
  for (let i: u32 = 0; i < n; i++) h = (h ^ load<u32>(p + BIG_DATA + (<usize>i << 2))) * 0x01000193;
  return h;
}
