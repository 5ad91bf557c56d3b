// Sets of ASCII code units as 128-bit bitmaps (4 u32 words), precomputed at compile time so the
// matcher's common case is one load and a bit test: the ASCII members of a class (OP_CLASS's
// operands, bytecode.ts) and the units a match can start with (start-set.ts). Each bit is
// computed by the matcher's own test on that unit, so the bitmap is exact under negation and
// case folding.
import { canonicalize, classContains, isLineTerminator } from "./chars";
import { OP_CHAR, OP_ANY, OP_CLASS, CLASS_ASCII, CLASS_RANGES } from "./bytecode";

export const ASCII_SET_WORDS: u32 = 4;

// @ts-ignore: decorator
@inline export function asciiSetHas(set: usize, c: u32): bool {
  return ((load<u32>(set + (<usize>(c >> 5) << 2)) >> (c & 31)) & 1) != 0;
}

// @ts-ignore: decorator
@inline function asciiSetAdd(set: usize, c: u32): void {
  const p = set + (<usize>(c >> 5) << 2);
  store<u32>(p, load<u32>(p) | (1 << (c & 31)));
}

/** Add to `set` the ASCII units that the character matcher at `m` (CHAR, ANY, ANY_ALL or CLASS,
 *  forward or backward) accepts; whether it may also accept a non-ASCII unit. */
export function addMatcherAscii(set: usize, m: usize, ignoreCase: bool, unicode: bool): bool {
  const op = load<u32>(m) & 0x7f;
  if (op == OP_CLASS) {
    const own = m + (<usize>CLASS_ASCII << 2);
    for (let k: usize = 0; k < <usize>ASCII_SET_WORDS; k++) {
      store<u32>(set + (k << 2), load<u32>(set + (k << 2)) | load<u32>(own + (k << 2)));
    }
    return classMayMatchNonAscii(m, ignoreCase, unicode);
  }
  for (let c: u32 = 0; c < 0x80; c++) {
    let ok = true;
    if (op == OP_CHAR) ok = (ignoreCase ? canonicalize(c, unicode) : c) == load<u32>(m, 4);
    else if (op == OP_ANY) ok = !isLineTerminator(c);
    if (ok) asciiSetAdd(set, c);
  }
  if (op != OP_CHAR) return true;
  // Under u with i, K (Kelvin) and ſ fold into ASCII; otherwise only non-ASCII folds to non-ASCII.
  return load<u32>(m, 4) >= 0x80 || (ignoreCase && unicode);
}

/** Whether the class at `m` may accept a unit >= 0x80: negated, a range reaching past ASCII, or
 *  (u with i) a fold from outside ASCII into it. */
function classMayMatchNonAscii(m: usize, ignoreCase: bool, unicode: bool): bool {
  if (load<u32>(m, 4) != 0 || (ignoreCase && unicode)) return true;
  const n = load<u32>(m, 8);
  return n > 0 && load<u32>(m + (<usize>(CLASS_RANGES + 2 * n - 1) << 2)) >= 0x80;
}

/** Fill the ASCII set of the class at `m` (its ranges and count already in place). */
export function fillClassAscii(m: usize, ignoreCase: bool, unicode: bool): void {
  const set = m + (<usize>CLASS_ASCII << 2);
  memory.fill(set, 0, <usize>ASCII_SET_WORDS << 2);
  const negated = load<u32>(m, 4) != 0;
  const ranges = m + (<usize>CLASS_RANGES << 2), n = load<u32>(m, 8);
  for (let c: u32 = 0; c < 0x80; c++) {
    if (classContains(ranges, n, c, ignoreCase, unicode) != negated) asciiSetAdd(set, c);
  }
}

/** Members of the set (a population count). */
export function asciiSetSize(set: usize): i32 {
  let n: i32 = 0;
  for (let k: usize = 0; k < <usize>ASCII_SET_WORDS; k++) n += <i32>popcnt<u32>(load<u32>(set + (k << 2)));
  return n;
}
