// util.inspect for primitive values and property keys, ported from node 20's
// lib/internal/util/inspect.js: strEscape (with its quote choice), formatPrimitive (long strings
// split after newlines), formatNumber (-0), the key forms of formatProperty, and getStringWidth.
// Everything here appends to a string builder and cannot throw.
import { CELL_STRING, STR_DATA } from "../layout.generated";
import {
  isNumber, isString, isSymbol, isBoolean, isBigInt, boxBigInt, toF64, ptr, boxString, UNDEFINED, NULL, TRUE,
} from "../value";
import { cellKind } from "../heap/alloc";
import { pushRoot, saveSp, restoreSp } from "../heap/stack";
import { strLength, strCharAt, strSubstring } from "../string/string";
import { sbOpen, sbAppendChar, sbAppendStatic, sbAppendString, sbAppendUtf16, sbFinish } from "../string/builder";
import { NumberToStringCell } from "../ops/conversion";
import { BigIntToString } from "../bigint/string";

export const kMinLineLength: i32 = 16;
export const kBreakLength: i32 = 80;
export const kMaxStringLength: i32 = 10000;

// ---- Small string helpers shared by the inspect files ----

/** Whether string cell `s` equals the AssemblyScript literal `lit`. */
export function strIsStatic(s: usize, lit: string): bool {
  const n = lit.length;
  return strLength(s) == n && memory.compare(s + STR_DATA, changetype<usize>(lit), <usize>n << 1) == 0;
}

/** Index of code unit `c` in `s` at or after `from`, or -1. */
export function strIndexOfChar(s: usize, c: u32, from: i32): i32 {
  const n = strLength(s);
  for (let i = from < 0 ? 0 : from; i < n; i++) if (strCharAt(s, i) == c) return i;
  return -1;
}

/** Append `n` spaces. */
export function sbAppendSpaces(sb: usize, n: i32): void {
  for (let i = 0; i < n; i++) sbAppendChar(sb, 32);
}

/** Append the code units [start, end) of `s`. */
export function sbAppendSlice(sb: usize, s: usize, start: i32, end: i32): void {
  if (end > start) sbAppendUtf16(sb, s + STR_DATA + (<usize>start << 1), end - start);
}

/** Append `n` in decimal (n >= 0). */
export function sbAppendInt(sb: usize, n: i64): void {
  if (n >= 10) sbAppendInt(sb, n / 10);
  sbAppendChar(sb, <u32>(48 + n % 10));
}

function appendHex(sb: usize, n: u32, digits: i32, upper: bool): void {
  for (let i = digits - 1; i >= 0; i--) {
    const d = (n >> (<u32>i << 2)) & 15;
    sbAppendChar(sb, d < 10 ? 48 + d : (upper ? 55 : 87) + d);
  }
}

// ---- strEscape ----

/** node's `meta` table: the escape of a control character, quote or backslash (c < 0xa0). */
function appendMeta(sb: usize, c: u32): void {
  switch (c) {
    case 8: sbAppendStatic(sb, "\\b"); return;
    case 9: sbAppendStatic(sb, "\\t"); return;
    case 10: sbAppendStatic(sb, "\\n"); return;
    case 12: sbAppendStatic(sb, "\\f"); return;
    case 13: sbAppendStatic(sb, "\\r"); return;
    case 39: sbAppendStatic(sb, "\\'"); return;
    case 92: sbAppendStatic(sb, "\\\\"); return;
  }
  sbAppendStatic(sb, "\\x");
  appendHex(sb, c, 2, true);
}

/** Append the code units of `s` with node's escapes: control characters, C1 controls, the
 *  backslash, lone surrogates (`\ud800`), and the quote `quote` (39, or 0 for none). This is
 *  both strEscape's loop and the strEscapeSequencesReplacer/escapeFn pair. */
export function sbAppendEscaped(sb: usize, s: usize, quote: u32): void {
  const n = strLength(s);
  let last = 0;
  for (let i = 0; i < n; i++) {
    const c = strCharAt(s, i);
    if (c == quote || c == 92 || c < 32 || (c > 126 && c < 160)) {
      sbAppendSlice(sb, s, last, i);
      appendMeta(sb, c);
      last = i + 1;
    } else if (c >= 0xd800 && c <= 0xdfff) {
      if (c <= 0xdbff && i + 1 < n) {
        const d = strCharAt(s, i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) { i++; continue; }
      }
      sbAppendSlice(sb, s, last, i);
      sbAppendStatic(sb, "\\u");
      appendHex(sb, c, 4, false);
      last = i + 1;
    }
  }
  sbAppendSlice(sb, s, last, n);
}

/** Whether `s` contains "${". */
function hasTemplateOpen(s: usize): bool {
  const n = strLength(s);
  for (let i = 0; i + 1 < n; i++) if (strCharAt(s, i) == 36 && strCharAt(s, i + 1) == 123) return true;
  return false;
}

/** strEscape(str): quote with ' unless the string contains one; then prefer ", then `. */
export function sbAppendQuoted(sb: usize, s: usize): void {
  let quote: u32 = 39;
  if (strIndexOfChar(s, 39, 0) >= 0) {
    if (strIndexOfChar(s, 34, 0) < 0) quote = 34;
    else if (strIndexOfChar(s, 96, 0) < 0 && !hasTemplateOpen(s)) quote = 96;
  }
  sbAppendChar(sb, quote);
  sbAppendEscaped(sb, s, quote == 39 ? 39 : 0);
  sbAppendChar(sb, quote);
}

// ---- formatPrimitive ----

/** formatNumber without numeric separators: -0 prints as "-0". */
export function sbAppendNumber(sb: usize, d: f64): void {
  if (d == 0 && 1 / d < 0) { sbAppendStatic(sb, "-0"); return; }
  sbAppendString(sb, NumberToStringCell(d));
}

/** The Symbol cell's description field (layout.mjs: "Symbol: description"): a string cell or 0. */
export const SYM_DESCRIPTION: usize = 8;

/** SymbolDescriptiveString(sym) — §20.4.3.3.1: "Symbol(desc)". */
export function sbAppendSymbol(sb: usize, sym: usize): void {
  sbAppendStatic(sb, "Symbol(");
  const d = <usize>load<u32>(sym, SYM_DESCRIPTION);
  if (d != 0 && cellKind(d) == CELL_STRING) sbAppendString(sb, d);
  sbAppendChar(sb, 41);
}

/** formatPrimitive(fn, value, ctx) for a string: escaped and quoted; past 10000 code units cut
 *  with "... n more characters"; a string longer than 16 and than the line's remaining width is
 *  split after each newline into quoted pieces joined by " +\n" and indentation. */
function sbAppendStringPrimitive(sb: usize, s: usize, indentation: i32): void {
  let len = strLength(s);
  let remaining = 0;
  if (len > kMaxStringLength) { remaining = len - kMaxStringLength; len = kMaxStringLength; }
  if (len > kMinLineLength && len > kBreakLength - indentation - 4) {
    let start = 0;
    for (let i = 0; i < len; i++) {
      if (strCharAt(s, i) == 10 && i + 1 < len) {
        appendQuotedSlice(sb, s, start, i + 1);
        sbAppendStatic(sb, " +\n");
        sbAppendSpaces(sb, indentation + 2);
        start = i + 1;
      }
    }
    appendQuotedSlice(sb, s, start, len);
  } else if (len < strLength(s)) {
    appendQuotedSlice(sb, s, 0, len);
  } else {
    sbAppendQuoted(sb, s);
  }
  if (remaining > 0) {
    sbAppendStatic(sb, "... ");
    sbAppendInt(sb, remaining);
    sbAppendStatic(sb, remaining > 1 ? " more characters" : " more character");
  }
}

function appendQuotedSlice(sb: usize, s: usize, start: i32, end: i32): void {
  if (start == 0 && end == strLength(s)) { sbAppendQuoted(sb, s); return; }
  const sp0 = saveSp();
  pushRoot(boxString(s));
  const piece = strSubstring(s, start, end);
  pushRoot(boxString(piece)); // appending may grow the builder, which allocates
  sbAppendQuoted(sb, piece);
  restoreSp(sp0);
}

/** Append formatPrimitive(value) for any primitive (null included) at `indentation`. */
export function sbAppendPrimitive(sb: usize, v: i64, indentation: i32): void {
  if (isString(v)) sbAppendStringPrimitive(sb, ptr(v), indentation);
  else if (isNumber(v)) sbAppendNumber(sb, toF64(v));
  else if (isBoolean(v)) sbAppendStatic(sb, v == TRUE ? "true" : "false");
  else if (v == UNDEFINED) sbAppendStatic(sb, "undefined");
  else if (v == NULL) sbAppendStatic(sb, "null");
  else if (isSymbol(v)) sbAppendSymbol(sb, ptr(v));
  else if (isBigInt(v)) sbAppendBigInt(sb, ptr(v));
}

/** formatBigInt: the digits and an `n`. */
export function sbAppendBigInt(sb: usize, p: usize): void {
  const sp0 = saveSp();
  pushRoot(boxBigInt(p));
  const s = BigIntToString(p, 10);
  pushRoot(boxString(s)); // appending may grow the builder, which allocates
  sbAppendString(sb, s);
  sbAppendChar(sb, 110);
  restoreSp(sp0);
}

/** formatPrimitive as a new string cell. */
export function formatPrimitive(v: i64, indentation: i32): usize {
  const sp0 = saveSp();
  pushRoot(v);
  const sb = sbOpen();
  sbAppendPrimitive(sb, v, indentation);
  const r = sbFinish(sb);
  restoreSp(sp0);
  return r;
}

// ---- Property keys ----

/** keyStrRegExp /^[a-zA-Z_][a-zA-Z_0-9]*$/: keys printed without quotes. */
export function isIdentifierKey(s: usize): bool {
  const n = strLength(s);
  if (n == 0) return false;
  for (let i = 0; i < n; i++) {
    const c = strCharAt(s, i);
    const alpha = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c == 95;
    if (!alpha && (i == 0 || c < 48 || c > 57)) return false;
  }
  return true;
}

// ---- getStringWidth ----

/** isFullWidthCodePoint of node's non-ICU getStringWidth, plus the wide emoji blocks ICU's
 *  East Asian Width reports (Transport and Map Symbols, Supplemental Symbols and Pictographs). */
function isFullWidth(c: u32): bool {
  return c >= 0x1100 && (c <= 0x115f || c == 0x2329 || c == 0x232a ||
    (c >= 0x2e80 && c <= 0x3247 && c != 0x303f) || (c >= 0x3250 && c <= 0x4dbf) ||
    (c >= 0x4e00 && c <= 0xa4c6) || (c >= 0xa960 && c <= 0xa97c) || (c >= 0xac00 && c <= 0xd7a3) ||
    (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe10 && c <= 0xfe19) || (c >= 0xfe30 && c <= 0xfe6b) ||
    (c >= 0xff01 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6) || (c >= 0x1b000 && c <= 0x1b001) ||
    (c >= 0x1f200 && c <= 0x1f251) || (c >= 0x1f300 && c <= 0x1f64f) ||
    (c >= 0x1f680 && c <= 0x1f6ff) || (c >= 0x1f900 && c <= 0x1f9ff) ||
    (c >= 0x20000 && c <= 0x3fffd));
}

/** isZeroWidthCodePoint. */
function isZeroWidth(c: u32): bool {
  return c <= 0x1f || (c >= 0x7f && c <= 0x9f) || (c >= 0x300 && c <= 0x36f) ||
    (c >= 0x200b && c <= 0x200f) || (c >= 0x20d0 && c <= 0x20ff) || (c >= 0xfe00 && c <= 0xfe0f) ||
    (c >= 0xfe20 && c <= 0xfe2f) || (c >= 0xe0100 && c <= 0xe01ef);
}

/** getStringWidth(str, false): columns the string takes. ASCII counts 1 per printable unit, as
 *  node's fast path does; from the first non-ASCII unit on, node asks ICU, which the tables
 *  above approximate. */
export function stringWidth(s: usize): i32 {
  const n = strLength(s);
  let w = 0;
  let i = 0;
  for (; i < n; i++) {
    const c = strCharAt(s, i);
    if (c >= 127) break;
    if (c >= 32) w++;
  }
  for (; i < n; i++) {
    let c = strCharAt(s, i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const d = strCharAt(s, i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) { c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00); i++; }
    }
    if (isFullWidth(c)) w += 2;
    else if (!isZeroWidth(c)) w++;
  }
  return w;
}
