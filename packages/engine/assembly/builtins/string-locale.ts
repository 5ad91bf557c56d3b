// String.prototype.localeCompare and normalize — ECMA-262 §22.1.3.12 and §22.1.3.14. Both need
// Unicode data; the engine carries small tables (string-tables.ts, generated from node's ICU)
// covering Latin, Greek and Cyrillic instead of ICU.
import { EXCEPTION, UNDEFINED, fromI32, boxString } from "../value";
import { pushRoot, saveSp, restoreSp } from "../heap/stack";
import { strLength, strCharAt, strData, allocString, strSubstring } from "../string/string";
import { sbOpen, sbAppendChar, sbFinish } from "../string/builder";
import { ToString } from "../ops/conversion";
import { throwRangeError } from "../errors";
import { arg, defineMethod } from "./native";
import { thisString } from "./string-common";
import { toLowerCodePoint } from "./string-case";
import {
  COLLATION_KEYS, COLLATION_PRIMARY_LIMIT, DECOMPOSITIONS, DECOMPOSITION_COUNT, COMBINING_RANKS,
} from "./string-tables";

// ---- localeCompare: a three-level approximation of the root collation ----

/** The collation weight of code unit `c` at `level` (0 primary, 1 secondary, 2 tertiary). Units
 *  outside the table sort after it by their lowercase, uppercase after lowercase. */
function weight(c: u32, level: i32): u32 {
  let k: u32 = 0xffffffff;
  if (c < 0x180) k = load<u32>(COLLATION_KEYS + (<usize>c << 2));
  else if (c >= 0x2000 && c < 0x20d0) k = load<u32>(COLLATION_KEYS + ((<usize>(c - 0x2000) + 0x180) << 2));
  if (k != 0xffffffff) {
    if (level == 0) return k & 0xffff;
    return level == 1 ? (k >> 16) & 0xff : k >> 24;
  }
  const lower = toLowerCodePoint(c);
  if (level == 0) return COLLATION_PRIMARY_LIMIT + lower;
  return level == 1 ? 0 : (lower != c ? 1 : 0);
}

/** Compare `a` and `b` level by level, skipping ignorable units (primary weight 0). */
function collate(a: usize, b: usize): i32 {
  const na = strLength(a), nb = strLength(b);
  for (let level = 0; level < 3; level++) {
    let i = 0, j = 0;
    while (true) {
      while (i < na && weight(strCharAt(a, i), 0) == 0) i++;
      while (j < nb && weight(strCharAt(b, j), 0) == 0) j++;
      if (i == na || j == nb) {
        if (i != na) return 1;
        if (j != nb) return -1;
        break;
      }
      const wa = weight(strCharAt(a, i), level), wb = weight(strCharAt(b, j), level);
      if (wa != wb) return wa < wb ? -1 : 1;
      i++; j++;
    }
  }
  return 0;
}

/** String.prototype.localeCompare(that) — §22.1.3.12: root-locale order for Latin letters,
 *  digits and punctuation (case and accents as secondary and tertiary differences); other
 *  scripts by code unit after them. */
function String_prototype_localeCompare(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  const s = thisString(thisv, "localeCompare");
  if (s == 0) return EXCEPTION;
  const sp0 = saveSp();
  pushRoot(boxString(s));
  const t = ToString(arg(argv, argc, 0));
  restoreSp(sp0);
  if (t == 0) return EXCEPTION;
  return fromI32(collate(s, t));
}

// ---- normalize ----

/** The DECOMPOSITIONS row of `c`, or 0. */
function decompositionOf(c: u32): usize {
  let lo = 0, hi = DECOMPOSITION_COUNT - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const row = DECOMPOSITIONS + <usize>mid * 6;
    const k = <u32>load<u16>(row) & 0x7fff;
    if (k == c) return row;
    if (k < c) lo = mid + 1; else hi = mid - 1;
  }
  return 0;
}

/** The primary composite of `a` + `b`, or 0. */
function composePair(a: u32, b: u32): u32 {
  for (let i = 0; i < DECOMPOSITION_COUNT; i++) {
    const row = DECOMPOSITIONS + <usize>i * 6;
    if (<u32>load<u16>(row, 2) == a && <u32>load<u16>(row, 4) == b) {
      const cp = <u32>load<u16>(row);
      return cp & 0x8000 ? 0 : cp;
    }
  }
  return 0;
}

/** Canonical combining class rank of `c` (0 for starters). */
function combiningRank(c: u32): u32 {
  return c >= 0x300 && c < 0x370 ? <u32>load<u8>(COMBINING_RANKS + (c - 0x300)) : 0;
}

/** Append the full canonical decomposition of `c`. */
function appendDecomposed(sb: usize, c: u32): void {
  const row = decompositionOf(c);
  if (row == 0) { sbAppendChar(sb, c); return; }
  appendDecomposed(sb, load<u16>(row, 2));
  const second = <u32>load<u16>(row, 4);
  if (second != 0) sbAppendChar(sb, second);
}

/** NFD: decompose, then put each run of marks in canonical order (a stable insertion sort by
 *  combining class). Returns a new string; `s` must be rooted. */
function decompose(s: usize): usize {
  const n = strLength(s);
  const sb = sbOpen();
  for (let i = 0; i < n; i++) appendDecomposed(sb, strCharAt(s, i));
  const d = sbFinish(sb);
  const m = strLength(d), p = strData(d);
  for (let i = 1; i < m; i++) {
    const c = <u32>load<u16>(p + (<usize>i << 1));
    const r = combiningRank(c);
    if (r == 0) continue;
    let j = i;
    while (j > 0) {
      const prev = <u32>load<u16>(p + (<usize>(j - 1) << 1));
      if (combiningRank(prev) <= r) break;
      store<u16>(p + (<usize>j << 1), <u16>prev);
      j--;
    }
    store<u16>(p + (<usize>j << 1), <u16>c);
  }
  return d;
}

/** NFC: canonical composition (§3.11 of Unicode) over the NFD form. */
function compose(s: usize): usize {
  const sp0 = saveSp();
  const d = decompose(s);
  pushRoot(boxString(d));
  const n = strLength(d);
  const r = allocString(n);
  const out = strData(r);
  let w = 0;
  let starter = -1;    // index in `out` of the last starter
  let lastRank: i32 = -1; // rank of the last character appended after it
  for (let i = 0; i < n; i++) {
    const c = strCharAt(d, i);
    const rank = <i32>combiningRank(c);
    // Every composition in the table pairs a starter with a mark.
    if (rank != 0 && starter >= 0 && (w == starter + 1 || (lastRank != 0 && lastRank < rank))) {
      const composite = composePair(load<u16>(out + (<usize>starter << 1)), c);
      if (composite != 0) { store<u16>(out + (<usize>starter << 1), <u16>composite); continue; }
    }
    if (rank == 0) starter = w;
    lastRank = rank;
    store<u16>(out + (<usize>w << 1), <u16>c);
    w++;
  }
  pushRoot(boxString(r));
  const result = w == n ? r : strSubstring(r, 0, w);
  restoreSp(sp0);
  return result;
}

/** Whether string cell `s` spells the literal `lit`. */
function equalsStatic(s: usize, lit: string): bool {
  const n = lit.length;
  return strLength(s) == n && memory.compare(strData(s), changetype<usize>(lit), <usize>n << 1) == 0;
}

/** String.prototype.normalize(form) — §22.1.3.14. Compatibility forms use the canonical mappings
 *  only (NFKC = NFC, NFKD = NFD here). */
function String_prototype_normalize(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  const s = thisString(thisv, "normalize");
  if (s == 0) return EXCEPTION;
  const sp0 = saveSp();
  pushRoot(boxString(s));
  const fv = arg(argv, argc, 0);
  let composed = true;
  if (fv != UNDEFINED) {
    const f = ToString(fv);
    if (f == 0) { restoreSp(sp0); return EXCEPTION; }
    if (equalsStatic(f, "NFD") || equalsStatic(f, "NFKD")) composed = false;
    else if (!equalsStatic(f, "NFC") && !equalsStatic(f, "NFKC")) {
      restoreSp(sp0);
      return throwRangeError("The normalization form should be one of NFC, NFD, NFKC, NFKD.");
    }
  }
  // Text without decomposable letters (composed) or marks (both) is already normalized.
  const n = strLength(s);
  const limit: u32 = composed ? 0x300 : 0xc0;
  let i = 0;
  while (i < n && strCharAt(s, i) < limit) i++;
  if (i == n) { restoreSp(sp0); return boxString(s); }
  const r = composed ? compose(s) : decompose(s);
  restoreSp(sp0);
  return boxString(r);
}

export function initStringLocale(proto: usize): void {
  defineMethod(proto, "localeCompare", 1, String_prototype_localeCompare);
  defineMethod(proto, "normalize", 0, String_prototype_normalize);
}
