// Characters as the matcher sees them: Canonicalize (§22.2.2.7.3) for case-insensitive matching,
// the character sets of \d \w \s (§22.2.2.9), word characters for \b, line terminators for . ^ $,
// and membership in a compiled class.
import { toUpperCodePoint, toLowerCodePoint, specialUpper } from "../builtins/string-case";
import { FOLD_EXTRA_U, FOLD_EXTRA_U_COUNT, FOLD_EXTRA_N, FOLD_EXTRA_N_COUNT } from "./fold-extras";

/** Canonicalize(rer, ch) — §22.2.2.7.3. Under u: simple case folding, which the engine derives
 *  from the simple mappings as lower(upper(ch)) (İ and ı fold to themselves); otherwise the
 *  simple uppercase, kept only when it is a single unit and does not map non-ASCII into ASCII. */
// @ts-ignore: decorator
@inline export function canonicalize(ch: u32, unicode: bool): u32 {
  if (ch < 0x80) {
    if (unicode) return ch >= 0x41 && ch <= 0x5a ? ch + 32 : ch;
    return ch >= 0x61 && ch <= 0x7a ? ch - 32 : ch;
  }
  return canonicalizeNonAscii(ch, unicode);
}

function canonicalizeNonAscii(ch: u32, unicode: bool): u32 {
  if (unicode) {
    if (ch == 0x130 || ch == 0x131) return ch;
    // Folds that no simple case mapping gives: ΐ→ΐ, ΰ→ΰ, ﬅ→ﬆ.
    if (ch == 0x1fd3) return 0x390;
    if (ch == 0x1fe3) return 0x3b0;
    if (ch == 0xfb05) return 0xfb06;
    return toLowerCodePoint(toUpperCodePoint(ch));
  }
  if (specialUpper(ch) != 0) return ch; // toUppercase is more than one code unit
  const u = toUpperCodePoint(ch);
  return u < 0x80 || u > 0xffff ? ch : u;
}

/** LineTerminator — §12.3. */
export function isLineTerminator(c: u32): bool {
  return c == 0x0a || c == 0x0d || c == 0x2028 || c == 0x2029;
}

/** IsWordChar — §22.2.2.9.3: [A-Za-z0-9_], plus ſ and K (Kelvin) under u with i, whose
 *  canonical forms are word characters. */
export function isWordChar(c: u32, unicodeIgnoreCase: bool): bool {
  if (c < 0x80) {
    return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c == 0x5f;
  }
  return unicodeIgnoreCase && (c == 0x17f || c == 0x212a);
}

// The ranges of the class escapes, as [lo, hi] pairs.
export const DIGIT_RANGES: usize = memory.data<u32>([0x30, 0x39]);
export const DIGIT_COUNT: i32 = 1;
export const WORD_RANGES: usize = memory.data<u32>([0x30, 0x39, 0x41, 0x5a, 0x5f, 0x5f, 0x61, 0x7a]);
export const WORD_COUNT: i32 = 4;
export const WORD_UI_RANGES: usize = memory.data<u32>([
  0x30, 0x39, 0x41, 0x5a, 0x5f, 0x5f, 0x61, 0x7a, 0x17f, 0x17f, 0x212a, 0x212a,
]);
export const WORD_UI_COUNT: i32 = 6;
export const SPACE_RANGES: usize = memory.data<u32>([
  0x09, 0x0d, 0x20, 0x20, 0xa0, 0xa0, 0x1680, 0x1680, 0x2000, 0x200a, 0x2028, 0x2029,
  0x202f, 0x202f, 0x205f, 0x205f, 0x3000, 0x3000, 0xfeff, 0xfeff,
]);
export const SPACE_COUNT: i32 = 10;

/** Whether `c` is in the `n` sorted, disjoint ranges at `ranges` (pairs of u32). */
export function inRanges(ranges: usize, n: u32, c: u32): bool {
  let lo: i32 = 0, hi: i32 = <i32>n - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const p = ranges + (<usize>mid << 3);
    if (c < load<u32>(p)) hi = mid - 1;
    else if (c > load<u32>(p, 4)) lo = mid + 1;
    else return true;
  }
  return false;
}

/** Whether `m`, a case variant of `c`, is in the ranges and equivalent to `c`. */
// @ts-ignore: decorator
@inline function variantIn(ranges: usize, n: u32, m: u32, c: u32, canon: u32, unicode: bool): bool {
  return m != c && inRanges(ranges, n, m) && canonicalize(m, unicode) == canon;
}

/** CharacterSetMatcher's search — §22.2.2.7.2: is there a member a of the class with
 *  Canonicalize(a) = Canonicalize(c)? Without i, plain membership; with i, the case variants of
 *  c that share its canonical form are tried (the equivalence classes are small). */
export function classContains(ranges: usize, n: u32, c: u32, ignoreCase: bool, unicode: bool): bool {
  if (inRanges(ranges, n, c)) return true;
  if (!ignoreCase) return false;
  const canon = canonicalize(c, unicode);
  if (variantIn(ranges, n, canon, c, canon, unicode)) return true;
  const lower = toLowerCodePoint(c), upper = toUpperCodePoint(c);
  if (variantIn(ranges, n, lower, c, canon, unicode)) return true;
  if (variantIn(ranges, n, upper, c, canon, unicode)) return true;
  const cl = toLowerCodePoint(canon), cu = toUpperCodePoint(canon);
  if (cl != lower && variantIn(ranges, n, cl, c, canon, unicode)) return true;
  if (cu != upper && variantIn(ranges, n, cu, c, canon, unicode)) return true;
  return extraVariantIn(ranges, n, c, canon, unicode);
}

/** The irregular members of c's equivalence class (fold-extras.ts) in the ranges. */
function extraVariantIn(ranges: usize, n: u32, c: u32, canon: u32, unicode: bool): bool {
  const table = unicode ? FOLD_EXTRA_U : FOLD_EXTRA_N;
  const count = unicode ? FOLD_EXTRA_U_COUNT : FOLD_EXTRA_N_COUNT;
  // The first pair whose canonical form is >= canon, then every pair with that form.
  let lo = 0, hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (load<u32>(table + (<usize>mid << 3)) < canon) lo = mid + 1; else hi = mid;
  }
  for (let k = lo; k < count && load<u32>(table + (<usize>k << 3)) == canon; k++) {
    if (variantIn(ranges, n, load<u32>(table + (<usize>k << 3), 4), c, canon, unicode)) return true;
  }
  return false;
}
