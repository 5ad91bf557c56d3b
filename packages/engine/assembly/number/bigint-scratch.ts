// Arbitrary-precision unsigned integers in static scratch memory, for the
// exact (slow-path) decimal<->binary conversions: strtod.ts compares a long
// decimal input with a halfway point between two doubles, exact.ts produces
// correctly rounded fixed/precision digits. Little-endian base-2^32 limbs,
// schoolbook arithmetic in the manner of the Bignum class of double-conversion
// (Florian Loitsch; V8 src/base/numbers/bignum.cc), reduced to the operations
// those callers need. A bignum is a fixed slot [length: i32, pad, limbs...];
// there is no allocation: BIG_0 .. BIG_3 are the only numbers there are.
// Capacity is 8192 bits, three times the ~2.7k bits strtod needs for
// 801-digit inputs (the largest operands anywhere here).

/** Limbs per slot. */
export const BIG_CAP: i32 = 256;
const SLOT: usize = 8 + (<usize>BIG_CAP << 2);

const SLOTS: usize = memory.data(<i32>(SLOT * 4), 8);
export const BIG_0: usize = SLOTS;
export const BIG_1: usize = SLOTS + SLOT;
export const BIG_2: usize = SLOTS + SLOT * 2;
export const BIG_3: usize = SLOTS + SLOT * 3;

// @ts-ignore: decorator
@inline function limb(a: usize, i: i32): u32 {
  return load<u32>(a + 8 + (<usize>i << 2));
}

// @ts-ignore: decorator
@inline function setLimb(a: usize, i: i32, v: u32): void {
  store<u32>(a + 8 + (<usize>i << 2), v);
}

// @ts-ignore: decorator
@inline export function bigLen(a: usize): i32 {
  return load<i32>(a);
}

// @ts-ignore: decorator
@inline function setLen(a: usize, n: i32): void {
  store<i32>(a, n);
}

// Drops leading zero limbs.
function clamp(a: usize): void {
  let n = bigLen(a);
  while (n > 0 && limb(a, n - 1) == 0) --n;
  setLen(a, n);
}

export function bigSetU64(a: usize, v: u64): void {
  setLimb(a, 0, <u32>v);
  setLimb(a, 1, <u32>(v >> 32));
  setLen(a, 2);
  clamp(a);
}

export function bigCopy(dst: usize, src: usize): void {
  memory.copy(dst, src, 8 + (<usize>bigLen(src) << 2));
}

/** a = a * m + add. */
export function bigMulAddSmall(a: usize, m: u32, add: u32): void {
  const n = bigLen(a);
  let carry = <u64>add;
  for (let i = 0; i < n; ++i) {
    const p = <u64>limb(a, i) * m + carry;
    setLimb(a, i, <u32>p);
    carry = p >> 32;
  }
  if (carry != 0) {
    setLimb(a, n, <u32>carry);
    setLen(a, n + 1);
  }
}

// @ts-ignore: decorator
@inline export function bigMulSmall(a: usize, m: u32): void {
  bigMulAddSmall(a, m, 0);
}

/** 5^0 .. 5^13 (5^13 is the largest power of 5 below 2^32). */
const SMALL_POW5: usize = memory.data<u32>([
  1, 5, 25, 125, 625, 3125, 15625, 78125, 390625, 1953125, 9765625, 48828125,
  244140625, 1220703125,
]);

/** a = a * 5^n. */
export function bigMulPow5(a: usize, n: i32): void {
  while (n >= 13) {
    bigMulAddSmall(a, 1220703125, 0);
    n -= 13;
  }
  if (n > 0) bigMulAddSmall(a, load<u32>(SMALL_POW5 + (<usize>n << 2)), 0);
}

/** a = a << n. */
export function bigShl(a: usize, n: i32): void {
  const len = bigLen(a);
  if (len == 0 || n == 0) return;
  const limbs = n >> 5;
  const bits = n & 31;
  if (bits == 0) {
    for (let i = len - 1; i >= 0; --i) setLimb(a, i + limbs, limb(a, i));
    setLen(a, len + limbs);
  } else {
    setLimb(a, len + limbs, 0);
    for (let i = len - 1; i >= 0; --i) {
      const v = limb(a, i);
      setLimb(a, i + limbs + 1, limb(a, i + limbs + 1) | (v >> (32 - bits)));
      setLimb(a, i + limbs, v << bits);
    }
    setLen(a, len + limbs + 1);
  }
  for (let i = 0; i < limbs; ++i) setLimb(a, i, 0);
  clamp(a);
}

/** Sign of a - b. */
export function bigCmp(a: usize, b: usize): i32 {
  const na = bigLen(a), nb = bigLen(b);
  if (na != nb) return na > nb ? 1 : -1;
  for (let i = na - 1; i >= 0; --i) {
    const x = limb(a, i), y = limb(b, i);
    if (x != y) return x > y ? 1 : -1;
  }
  return 0;
}

/** a = a - b; requires a >= b. */
export function bigSub(a: usize, b: usize): void {
  const na = bigLen(a), nb = bigLen(b);
  let borrow: i64 = 0;
  for (let i = 0; i < na; ++i) {
    const d = <i64>limb(a, i) - (i < nb ? <i64>limb(b, i) : 0) - borrow;
    setLimb(a, i, <u32>d);
    borrow = d < 0 ? 1 : 0;
  }
  clamp(a);
}

// Value of the limbs of a from index `from` upwards, as a double.
function topAt(a: usize, from: i32): f64 {
  let r = 0.0;
  for (let i = bigLen(a) - 1; i >= from; --i) r = r * 4294967296.0 + <f64>limb(a, i);
  return r;
}

/**
 * Returns floor(r / s) and leaves r mod s in r, for a small quotient
 * (r < 2^28 * s). s must be non-zero. Uses `tmp` as scratch.
 */
export function bigDivModSmall(r: usize, s: usize, tmp: usize): u32 {
  const from = max(bigLen(s) - 3, 0);
  let q = <u32>(topAt(r, from) / topAt(s, from));
  // The estimate is within one of the true quotient.
  if (q > 0) {
    bigCopy(tmp, s);
    bigMulSmall(tmp, q);
    if (bigCmp(tmp, r) > 0) {
      --q;
      bigSub(tmp, s);
    }
    bigSub(r, tmp);
  }
  while (bigCmp(r, s) >= 0) {
    bigSub(r, s);
    ++q;
  }
  return q;
}

/** Sign of 2a - b (i.e. a compared with b / 2). Uses `tmp` as scratch. */
export function bigCmpHalf(a: usize, b: usize, tmp: usize): i32 {
  bigCopy(tmp, a);
  bigShl(tmp, 1);
  return bigCmp(tmp, b);
}
