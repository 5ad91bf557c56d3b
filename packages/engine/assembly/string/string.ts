// String cells: immutable UTF-16. Layout (layout/layout.mjs):
//
//   0        8        12       16
//  +--------+--------+--------+---------------------------+
//  | header | length | hash   | u16 code units [length]   |
//  +--------+--------+--------+---------------------------+
//
// Header flag STR_FLAG_ATOM marks interned strings (property keys); see atoms.ts.
import { CELL_STRING, STR_LENGTH, STR_HASH, STR_DATA } from "../layout.generated";
import { allocCellUninitialized } from "../heap/alloc";
import { boxString, ptr } from "../value";
import { pushRoot, saveSp, restoreSp } from "../heap/stack";

// @ts-ignore: decorator
@inline export function strLength(s: usize): i32 { return <i32>load<u32>(s, STR_LENGTH); }
// @ts-ignore: decorator
@inline export function strData(s: usize): usize { return s + STR_DATA; }
// @ts-ignore: decorator
@inline export function strCharAt(s: usize, i: i32): u32 { return load<u16>(s + STR_DATA + (<usize>i << 1)); }

/** Allocate an uninitialized string of `len` code units. */
export function allocString(len: i32): usize {
  const s = allocCellUninitialized(CELL_STRING, STR_DATA + (<usize>len << 1));
  store<u32>(s, <u32>len, STR_LENGTH);
  store<u32>(s, 0, STR_HASH);
  return s;
}

/** A string from `len` code units at `src`. */
export function newStringFromUtf16(src: usize, len: i32): usize {
  const s = allocString(len);
  memory.copy(s + STR_DATA, src, <usize>len << 1);
  return s;
}

/** A JS string from an AssemblyScript string literal (static data, UTF-16). */
export function newStringFromStatic(lit: string): usize {
  return newStringFromUtf16(changetype<usize>(lit), lit.length);
}

/** A JS string from Latin-1/ASCII bytes. */
export function newStringFromAscii(src: usize, len: i32): usize {
  const s = allocString(len);
  for (let i = 0; i < len; i++) store<u16>(s + STR_DATA + (<usize>i << 1), load<u8>(src + i));
  return s;
}

export function strHash(s: usize): u32 {
  let h = load<u32>(s, STR_HASH);
  if (h != 0) return h;
  h = hashUtf16(s + STR_DATA, strLength(s));
  store<u32>(s, h, STR_HASH);
  return h;
}

/** FNV-1a over code units; never 0 (0 means "not computed"). */
export function hashUtf16(p: usize, len: i32): u32 {
  let h: u32 = 0x811c9dc5;
  for (let i = 0; i < len; i++) {
    h = (h ^ <u32>load<u16>(p + (<usize>i << 1))) * 0x01000193;
  }
  return h == 0 ? 1 : h;
}

export function strEquals(a: usize, b: usize): bool {
  if (a == b) return true;
  const n = strLength(a);
  if (n != strLength(b)) return false;
  return memory.compare(a + STR_DATA, b + STR_DATA, <usize>n << 1) == 0;
}

/** Code-unit order, as IsLessThan compares strings. */
export function strCompare(a: usize, b: usize): i32 {
  const na = strLength(a), nb = strLength(b);
  const n = na < nb ? na : nb;
  for (let i = 0; i < n; i++) {
    const ca = strCharAt(a, i), cb = strCharAt(b, i);
    if (ca != cb) return ca < cb ? -1 : 1;
  }
  return na == nb ? 0 : (na < nb ? -1 : 1);
}

export function strConcat(a: usize, b: usize): usize {
  const na = strLength(a), nb = strLength(b);
  if (na == 0) return b;
  if (nb == 0) return a;
  const sp0 = saveSp();
  pushRoot(boxString(a)); // the allocation may collect: keep both parts alive
  pushRoot(boxString(b));
  const s = allocString(na + nb);
  memory.copy(s + STR_DATA, a + STR_DATA, <usize>na << 1);
  memory.copy(s + STR_DATA + (<usize>na << 1), b + STR_DATA, <usize>nb << 1);
  restoreSp(sp0);
  return s;
}

export function strSubstring(s: usize, start: i32, end: i32): usize {
  if (start == 0 && end == strLength(s)) return s;
  const sp0 = saveSp();
  pushRoot(boxString(s));
  const r = newStringFromUtf16(s + STR_DATA + (<usize>start << 1), end - start);
  restoreSp(sp0);
  return r;
}

/** Index of `needle` in `s` at or after `from`, or -1. */
export function strIndexOf(s: usize, needle: usize, from: i32): i32 {
  const n = strLength(s), m = strLength(needle);
  if (from < 0) from = 0;
  for (let i = from; i + m <= n; i++) {
    if (memory.compare(s + STR_DATA + (<usize>i << 1), needle + STR_DATA, <usize>m << 1) == 0) return i;
  }
  return -1;
}

/** Index of `needle` in `s` at or before `from`, or -1. */
export function strLastIndexOf(s: usize, needle: usize, from: i32): i32 {
  const n = strLength(s), m = strLength(needle);
  let i = from;
  if (i > n - m) i = n - m;
  for (; i >= 0; i--) {
    if (memory.compare(s + STR_DATA + (<usize>i << 1), needle + STR_DATA, <usize>m << 1) == 0) return i;
  }
  return -1;
}

/** If `s` is a canonical array index ("0", "17", not "01"), its value; else -1. */
export function strToArrayIndex(s: usize): i64 {
  const n = strLength(s);
  if (n == 0 || n > 10) return -1;
  let v: i64 = 0;
  for (let i = 0; i < n; i++) {
    const c = strCharAt(s, i);
    if (c < 48 || c > 57) return -1;
    if (i == 0 && c == 48 && n > 1) return -1;
    v = v * 10 + <i64>(c - 48);
  }
  return v < 0xffffffff ? v : -1;
}

// @ts-ignore: decorator
@inline export function stringValue(s: usize): i64 { return boxString(s); }
// @ts-ignore: decorator
@inline export function valueString(v: i64): usize { return ptr(v); }
