// String.prototype.toLowerCase / toUpperCase and their locale variants — ECMA-262 §22.1.3.28-34.
// The full, locale-independent Unicode case mapping: the simple mappings of every code point
// (string-tables.ts, generated from node's ICU), the multi-unit uppercase mappings of SpecialCasing
// (ß → SS, ŉ → ʼN, ﬁ → FI, Greek with ypogegrammeni), İ → i̇, and the Final_Sigma rule.
import { EXCEPTION, boxString } from "../value";
import { pushRoot, saveSp, restoreSp } from "../heap/stack";
import { strLength, strCharAt, strData } from "../string/string";
import { sbOpen, sbAppendChar, sbAppendUtf16, sbFinish } from "../string/builder";
import { defineMethod } from "./native";
import { thisString, isLeadSurrogate, isTrailSurrogate } from "./string-common";
import {
  UPPER_RUNS, UPPER_RUN_COUNT, LOWER_RUNS, LOWER_RUN_COUNT, SPECIAL_UPPER, SPECIAL_UPPER_COUNT,
} from "./string-tables";

/** The simple mapping of `cp` in a run table (see string-tables.ts), or `cp` itself. */
function mapRun(table: usize, count: i32, cp: u32): u32 {
  let lo = 0, hi = count - 1, best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((load<u32>(table + (<usize>mid << 3)) & 0x1fffff) <= cp) { best = mid; lo = mid + 1; }
    else hi = mid - 1;
  }
  if (best < 0) return cp;
  const w = load<u32>(table + (<usize>best << 3));
  const off = cp - (w & 0x1fffff);
  const step: u32 = (w >> 29) & 1 ? 2 : 1;
  if (off % step != 0 || off / step >= ((w >> 21) & 0xff)) return cp;
  return <u32>(<i32>cp + load<i32>(table + (<usize>best << 3), 4));
}

/** Simple uppercase / lowercase mapping of one code point. */
export function toUpperCodePoint(cp: u32): u32 {
  if (cp < 0x80) return cp >= 0x61 && cp <= 0x7a ? cp - 32 : cp;
  return mapRun(UPPER_RUNS, UPPER_RUN_COUNT, cp);
}
export function toLowerCodePoint(cp: u32): u32 {
  if (cp < 0x80) return cp >= 0x41 && cp <= 0x5a ? cp + 32 : cp;
  return mapRun(LOWER_RUNS, LOWER_RUN_COUNT, cp);
}

/** The SPECIAL_UPPER row of `c` (a multi-unit uppercase mapping), or 0. */
export function specialUpper(c: u32): usize {
  if (c < 0xdf) return 0;
  let lo = 0, hi = SPECIAL_UPPER_COUNT - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const row = SPECIAL_UPPER + (<usize>mid << 3);
    const k = <u32>load<u16>(row);
    if (k == c) return row;
    if (k < c) lo = mid + 1; else hi = mid - 1;
  }
  return 0;
}

/** The code point at `i` of `s` (a lone surrogate is itself). */
function codePointAt(s: usize, i: i32, n: i32): u32 {
  const c = strCharAt(s, i);
  if (isLeadSurrogate(c) && i + 1 < n) {
    const d = strCharAt(s, i + 1);
    if (isTrailSurrogate(d)) return ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
  }
  return c;
}

/** Cased (approximated as "has a case mapping") and Case_Ignorable (the common ones), for the
 *  Final_Sigma condition of SpecialCasing. */
function isCased(cp: u32): bool {
  return toUpperCodePoint(cp) != cp || toLowerCodePoint(cp) != cp || specialUpper(cp) != 0;
}
function isCaseIgnorable(cp: u32): bool {
  return cp == 0x27 || cp == 0x2e || cp == 0x3a || cp == 0x5e || cp == 0x60 || cp == 0xa8 ||
    cp == 0xad || cp == 0xaf || cp == 0xb4 || cp == 0xb7 || cp == 0xb8 ||
    (cp >= 0x2b0 && cp <= 0x36f) || cp == 0x2018 || cp == 0x2019 || cp == 0x2024 || cp == 0x2027;
}

/** Final_Sigma: Σ at `i` follows a cased letter and is not followed by one (case-ignorable code
 *  points skipped both ways). */
function isFinalSigma(s: usize, i: i32, n: i32): bool {
  let j = i - 1;
  let before = false;
  while (j >= 0) {
    let cp: u32 = strCharAt(s, j);
    if (isTrailSurrogate(cp) && j > 0 && isLeadSurrogate(strCharAt(s, j - 1))) { j--; cp = codePointAt(s, j, n); }
    if (!isCaseIgnorable(cp)) { before = isCased(cp); break; }
    j--;
  }
  if (!before) return false;
  j = i + 1;
  while (j < n) {
    const cp = codePointAt(s, j, n);
    if (!isCaseIgnorable(cp)) return !isCased(cp);
    j += cp >= 0x10000 ? 2 : 1;
  }
  return true;
}

/** Whether code point `cp` at `i` changes under the mapping. */
function changes(cp: u32, upper: bool): bool {
  if (upper) return toUpperCodePoint(cp) != cp || specialUpper(cp) != 0;
  return toLowerCodePoint(cp) != cp || cp == 0x130;
}

/** The case conversion of toLowerCase/toUpperCase (§22.1.3.28, §22.1.3.34). `s` must be
 *  rooted by the caller; returns `s` itself when nothing changes. */
export function transformCase(s: usize, upper: bool): usize {
  const n = strLength(s);
  let i = 0;
  // Skip the unchanged prefix without allocating.
  while (i < n) {
    const c = strCharAt(s, i);
    if (c < 0x80) {
      if (upper ? (c >= 0x61 && c <= 0x7a) : (c >= 0x41 && c <= 0x5a)) break;
      i++;
      continue;
    }
    const cp = codePointAt(s, i, n);
    if (changes(cp, upper)) break;
    i += cp >= 0x10000 ? 2 : 1;
  }
  if (i == n) return s;
  const sb = sbOpen();
  sbAppendUtf16(sb, strData(s), i);
  while (i < n) {
    const cp = codePointAt(s, i, n);
    i += cp >= 0x10000 ? 2 : 1;
    let m: u32;
    if (upper) {
      const row = specialUpper(cp);
      if (row != 0) {
        sbAppendChar(sb, load<u16>(row, 2));
        sbAppendChar(sb, load<u16>(row, 4));
        const third = <u32>load<u16>(row, 6);
        if (third != 0) sbAppendChar(sb, third);
        continue;
      }
      m = toUpperCodePoint(cp);
    } else {
      if (cp == 0x130) { sbAppendChar(sb, 0x69); sbAppendChar(sb, 0x307); continue; } // İ → i̇
      if (cp == 0x3a3) { sbAppendChar(sb, isFinalSigma(s, i - 1, n) ? 0x3c2 : 0x3c3); continue; }
      m = toLowerCodePoint(cp);
    }
    if (m < 0x10000) sbAppendChar(sb, m);
    else {
      sbAppendChar(sb, 0xd800 + ((m - 0x10000) >> 10));
      sbAppendChar(sb, 0xdc00 + ((m - 0x10000) & 0x3ff));
    }
  }
  return sbFinish(sb);
}

function caseMethod(thisv: i64, upper: bool, name: string): i64 {
  const s = thisString(thisv, name);
  if (s == 0) return EXCEPTION;
  const sp0 = saveSp();
  pushRoot(boxString(s));
  const r = transformCase(s, upper);
  restoreSp(sp0);
  return boxString(r);
}

/** String.prototype.toLowerCase() — §22.1.3.28. */
function String_prototype_toLowerCase(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  return caseMethod(thisv, false, "toLowerCase");
}
/** String.prototype.toUpperCase() — §22.1.3.34. */
function String_prototype_toUpperCase(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  return caseMethod(thisv, true, "toUpperCase");
}
/** String.prototype.toLocaleLowerCase() — §22.1.3.26: the root locale (no tr/lt/az rules). */
function String_prototype_toLocaleLowerCase(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  return caseMethod(thisv, false, "toLocaleLowerCase");
}
/** String.prototype.toLocaleUpperCase() — §22.1.3.27. */
function String_prototype_toLocaleUpperCase(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  return caseMethod(thisv, true, "toLocaleUpperCase");
}

export function initStringCase(proto: usize): void {
  defineMethod(proto, "toLowerCase", 0, String_prototype_toLowerCase);
  defineMethod(proto, "toUpperCase", 0, String_prototype_toUpperCase);
  defineMethod(proto, "toLocaleLowerCase", 0, String_prototype_toLocaleLowerCase);
  defineMethod(proto, "toLocaleUpperCase", 0, String_prototype_toLocaleUpperCase);
}
