// UTF-16 code unit helpers shared by the number<->string conversions: writing
// ASCII into a caller-provided code unit buffer, hex digit values, the constant strings "NaN"
// and "Infinity", and the StrWhiteSpaceChar test of ECMA-262 §7.1.4.1
// (WhiteSpace §12.2 and LineTerminator §12.3), which parsing trims.

/** "Infinity" as UTF-16 code units (8 of them). */
export const INFINITY_CHARS: usize = memory.data<u16>([73, 110, 102, 105, 110, 105, 116, 121]);

// @ts-ignore: decorator
@inline export function putChar(out: usize, pos: i32, c: u32): void {
  store<u16>(out + (<usize>pos << 1), <u16>c);
}

// @ts-ignore: decorator
@inline export function charAt(ptr: usize, i: i32): u32 {
  return <u32>load<u16>(ptr + (<usize>i << 1));
}

/** The value of hex digit `c` (0-9, a-f, A-F), or -1. */
export function hexDigitValue(c: u32): i32 {
  if (c - 48 < 10) return <i32>(c - 48);
  const l = c | 32;
  if (l - 97 < 6) return <i32>(l - 87);
  return -1;
}

/** Writes n ASCII bytes from src as code units at out[pos..]; returns pos + n. */
export function putAscii(out: usize, pos: i32, src: usize, n: i32): i32 {
  for (let i = 0; i < n; ++i) putChar(out, pos + i, <u32>load<u8>(src + <usize>i));
  return pos + n;
}

/** Writes n copies of code unit c at out[pos..]; returns pos + n. */
export function putRepeat(out: usize, pos: i32, c: u32, n: i32): i32 {
  for (let i = 0; i < n; ++i) putChar(out, pos + i, c);
  return pos + max(n, 0);
}

/** Writes the decimal digits of v (0 <= v) at out[pos..]; returns the new position. */
export function putUint(out: usize, pos: i32, v: u64): i32 {
  let n = 1;
  let p: u64 = 10;
  while (n < 20 && v >= p) {
    ++n;
    p *= 10;
  }
  let i = pos + n;
  while (i > pos) {
    const q = v / 10;
    putChar(out, --i, 48 + <u32>(v - q * 10));
    v = q;
  }
  return pos + n;
}

/** Writes "NaN" at out[0..]; returns 3. */
export function putNaN(out: usize): i32 {
  putChar(out, 0, 78);
  putChar(out, 1, 97);
  putChar(out, 2, 78);
  return 3;
}

/** Writes "Infinity" or "-Infinity" at out[0..]; returns the length. */
export function putInfinity(out: usize, negative: bool): i32 {
  let pos = 0;
  if (negative) putChar(out, pos++, 45);
  memory.copy(out + (<usize>pos << 1), INFINITY_CHARS, 16);
  return pos + 8;
}

/**
 * StrWhiteSpaceChar (ECMA-262 §7.1.4.1): WhiteSpace (TAB, VT, FF, ZWNBSP
 * U+FEFF, and the Space_Separator (Zs) code points U+0020, U+00A0, U+1680,
 * U+2000..U+200A, U+202F, U+205F, U+3000) or LineTerminator (LF, CR, U+2028,
 * U+2029).
 */
export function IsStrWhiteSpaceChar(c: u32): bool {
  if (c < 128) return c == 32 || (c >= 9 && c <= 13);
  if (c < 0x1680) return c == 0xA0;
  if (c < 0x2000) return c == 0x1680;
  if (c <= 0x200A) return true;
  return c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000 || c == 0xFEFF;
}

/** Index of the first non-StrWhiteSpaceChar in ptr[i..end), or end. */
export function SkipWhiteSpace(ptr: usize, i: i32, end: i32): i32 {
  while (i < end && IsStrWhiteSpaceChar(charAt(ptr, i))) ++i;
  return i;
}
