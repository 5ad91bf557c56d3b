// Pattern syntax below the term level — §22.2.1: character escapes (with Annex B's legacy forms
// outside u mode), character classes compiled to sorted ranges, capture group names, and the
// scan that counts groups and collects their names before parsing (\1 and \k<n> may refer to
// groups that come later).
import { UNDEFINED, boxString, boxObject, isString, ptr } from "../value";
import { strEquals } from "../string/string";
import { internUtf16 } from "../string/atoms";
import { newVector, vecSet, vecGet, vecCapacity } from "../object/vector";
import { wbEmit, wbEmit2, wbGet, wbSet, wbLength, wbAddr, wbTruncate, wbInsert, OP_CLASS, OP_BACK, CLASS_ASCII } from "./bytecode";
import { ASCII_SET_WORDS, fillClassAscii } from "./ascii-set";
import {
  DIGIT_RANGES, DIGIT_COUNT, WORD_RANGES, WORD_COUNT, WORD_UI_RANGES, WORD_UI_COUNT, SPACE_RANGES,
  SPACE_COUNT,
} from "./chars";
import {
  src, srcLen, pos, uMode, iMode, backward, wb, namesSlot, hasNames, setPos, advance, fail, peek,
  peekAt, eat, atEnd, charAt, takePatternChar, isDigit, hexValue, setHasNames,
} from "./parser-state";

// ---- Group names ----

/** The decoded name of the last parseGroupName, in code units. */
const nameBuf = memory.data(2 * 256);
let nameLen: i32 = 0;

function isIdStart(c: i32): bool {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c == 0x24 || c == 0x5f || c >= 0x80;
}

/** GroupName — §22.2.1: `<` RegExpIdentifierName `>` starting at absolute index `at` (the `<`).
 *  Returns the index after `>`, or -1 when malformed; the name is left in nameBuf. */
function scanGroupName(at: i32): i32 {
  if (charAt(at) != 0x3c) return -1;
  let i = at + 1;
  nameLen = 0;
  while (true) {
    let c = charAt(i);
    if (c < 0) return -1;
    if (c == 0x3e) break;
    i++;
    if (c == 0x5c) { // \uXXXX or \u{...}
      if (charAt(i) != 0x75) return -1;
      i++;
      let v = 0;
      if (charAt(i) == 0x7b) {
        i++;
        while (hexValue(charAt(i)) >= 0) { v = v * 16 + hexValue(charAt(i)); i++; if (v > 0x10ffff) return -1; }
        if (charAt(i) != 0x7d) return -1;
        i++;
      } else {
        for (let k = 0; k < 4; k++) {
          const h = hexValue(charAt(i));
          if (h < 0) return -1;
          v = v * 16 + h; i++;
        }
      }
      c = v;
    }
    const ok = nameLen == 0 ? isIdStart(c) : (isIdStart(c) || isDigit(c) || c == 0x200c || c == 0x200d);
    if (!ok || nameLen >= 250) return -1;
    if (c > 0xffff) {
      store<u16>(nameBuf + (<usize>nameLen << 1), <u16>(0xd800 + ((c - 0x10000) >> 10)));
      nameLen++;
      c = 0xdc00 + ((c - 0x10000) & 0x3ff);
    }
    store<u16>(nameBuf + (<usize>nameLen << 1), <u16>c);
    nameLen++;
  }
  return nameLen == 0 ? -1 : i + 1;
}

/** The atom for the name in nameBuf. */
function nameAtom(): usize { return internUtf16(nameBuf, nameLen); }

/** Count the capture groups (group 0 included) and, when `names` is a vector, store each named
 *  group's name at its index. Classes and escapes are skipped. */
export function scanGroups(names: usize): u32 {
  let n: u32 = 1;
  let inClass = false;
  for (let i = 0; i < srcLen; i++) {
    const c = charAt(i);
    if (c == 0x5c) { i++; continue; }
    if (inClass) { if (c == 0x5d) inClass = false; continue; }
    if (c == 0x5b) { inClass = true; continue; }
    if (c != 0x28) continue;
    if (charAt(i + 1) != 0x3f) { n++; continue; }
    if (charAt(i + 2) != 0x3c || charAt(i + 3) == 0x3d || charAt(i + 3) == 0x21) continue;
    if (scanGroupName(i + 2) >= 0) {
      setHasNames(true);
      if (names != 0) vecSet(names, n, boxString(nameAtom()));
    }
    n++;
  }
  return n;
}

/** `(?<name>` of capture group `index` (pos at `<`): validates the name and its uniqueness. */
export function parseGroupNameDecl(index: u32): bool {
  const end = scanGroupName(pos);
  if (end < 0) return fail("Invalid capture group name");
  setPos(end);
  const names = ptr(load<i64>(namesSlot));
  const name = ptr(vecGet(names, index));
  for (let k: u32 = 1; k < index; k++) {
    const other = vecGet(names, k);
    if (isString(other) && strEquals(ptr(other), name)) return fail("Duplicate capture group name");
  }
  return true;
}

/** `\k<name>` (pos after `k`): the group index of the name, or -1 with an error. */
export function parseNamedReference(): i32 {
  const end = scanGroupName(pos);
  if (end < 0) { fail("Invalid named reference"); return -1; }
  setPos(end);
  const name = nameAtom(); // an atom: never collected
  const names = load<i64>(namesSlot);
  if (names != UNDEFINED) {
    const v = ptr(names);
    for (let k: u32 = 1; k < vecCapacity(v); k++) {
      const other = vecGet(v, k);
      if (isString(other) && strEquals(ptr(other), name)) return <i32>k;
    }
  }
  fail("Invalid named capture referenced");
  return -1;
}

/** The names vector for `count` groups, rooted in namesSlot (only when the pattern has names). */
export function collectGroupNames(count: u32): void {
  if (!hasNames) return;
  const v = newVector(count);
  for (let k: u32 = 0; k < count; k++) vecSet(v, k, UNDEFINED);
  store<i64>(namesSlot, boxObject(v));
  scanGroups(v);
}

// ---- Character escapes ----

/** Marks a class escape (\d, \w, ...) whose ranges were appended, for parseClassAtom. */
export const CLASS_ESCAPE: i32 = -2;

/** Up to 3 octal digits (value at most 0o377) — Annex B LegacyOctalEscapeSequence. */
function legacyOctal(): i32 {
  let v = 0;
  for (let k = 0; k < 3; k++) {
    const c = peek();
    if (c < 0x30 || c > 0x37) break;
    const nv = v * 8 + (c - 0x30);
    if (nv > 0xff) break;
    v = nv;
    advance(1);
  }
  return v;
}

/** `hexCount` hex digits at pos, consumed; -1 (nothing consumed) if they are not there. */
function hexDigits(hexCount: i32): i32 {
  let v = 0;
  for (let k = 0; k < hexCount; k++) {
    const h = hexValue(peekAt(k));
    if (h < 0) return -1;
    v = v * 16 + h;
  }
  advance(hexCount);
  return v;
}

/** RegExpUnicodeEscapeSequence after `\u` — §22.2.1; -1 when absent (or an error under u). */
function unicodeEscape(): i32 {
  if (uMode && peek() == 0x7b) {
    advance(1);
    let v = 0, digits = 0;
    while (hexValue(peek()) >= 0) {
      v = v * 16 + hexValue(peek()); advance(1); digits++;
      if (v > 0x10ffff) { fail("Invalid Unicode escape"); return -1; }
    }
    if (digits == 0 || !eat(0x7d)) { fail("Invalid Unicode escape"); return -1; }
    return v;
  }
  const v = hexDigits(4);
  if (v < 0) { if (uMode) fail("Invalid Unicode escape"); return -1; }
  // Under u, \uLead\uTrail is one code point.
  if (uMode && (v & 0xfc00) == 0xd800 && peek() == 0x5c && peekAt(1) == 0x75) {
    const save = pos;
    advance(2);
    const w = hexDigits(4);
    if (w >= 0 && (w & 0xfc00) == 0xdc00) return ((v - 0xd800) << 10) + (w - 0xdc00) + 0x10000;
    setPos(save);
  }
  return v;
}

function isSyntaxCharacter(c: i32): bool {
  return c == 0x5e || c == 0x24 || c == 0x5c || c == 0x2e || c == 0x2a || c == 0x2b || c == 0x3f ||
    c == 0x28 || c == 0x29 || c == 0x5b || c == 0x5d || c == 0x7b || c == 0x7d || c == 0x7c;
}

/** CharacterEscape — §22.2.1 (pos after the backslash): the code point, or -1 on an error. */
export function parseCharacterEscape(inClass: bool): i32 {
  const c = peek();
  advance(1);
  switch (c) {
    case 0x66: return 0x0c; // f
    case 0x6e: return 0x0a; // n
    case 0x72: return 0x0d; // r
    case 0x74: return 0x09; // t
    case 0x76: return 0x0b; // v
    case 0x63: { // c: control letter
      const d = peek();
      if ((d >= 0x61 && d <= 0x7a) || (d >= 0x41 && d <= 0x5a)) { advance(1); return d & 31; }
      if (!uMode && inClass && (isDigit(d) || d == 0x5f)) { advance(1); return d & 31; }
      if (uMode) { fail("Invalid unicode escape"); return -1; }
      advance(-1); // Annex B: the backslash is literal and `c` is read again
      return 0x5c;
    }
    case 0x78: { // x: two hex digits
      const v = hexDigits(2);
      if (v >= 0) return v;
      if (uMode) { fail("Invalid escape"); return -1; }
      return 0x78;
    }
    case 0x75: { // u
      const v = unicodeEscape();
      if (v >= 0) return v;
      if (uMode) return -1;
      return 0x75;
    }
    case 0x30: // \0 (not followed by a digit under u)
      if (!isDigit(peek())) return 0;
      if (uMode) { fail(inClass ? "Invalid class escape" : "Invalid decimal escape"); return -1; }
      advance(-1);
      return legacyOctal();
  }
  if (!uMode) {
    if (c >= 0x31 && c <= 0x37) { advance(-1); return legacyOctal(); }
    if (c < 0) { fail("\\ at end of pattern"); return -1; }
    advance(-1);
    return <i32>takePatternChar(); // IdentityEscape: any character
  }
  if (isSyntaxCharacter(c) || c == 0x2f || (inClass && c == 0x2d)) return c;
  fail(inClass ? "Invalid class escape" : "Invalid escape");
  return -1;
}

// ---- Character classes ----

/** Append `n` ranges from a static table, or their complement over [0, 0x10FFFF]. */
function appendRanges(table: usize, n: i32, negate: bool): void {
  if (!negate) {
    for (let k = 0; k < n; k++) wbEmit2(wb, load<u32>(table + (<usize>k << 3)), load<u32>(table + (<usize>k << 3), 4));
    return;
  }
  let next: u32 = 0;
  for (let k = 0; k < n; k++) {
    const lo = load<u32>(table + (<usize>k << 3));
    if (lo > next) wbEmit2(wb, next, lo - 1);
    next = load<u32>(table + (<usize>k << 3), 4) + 1;
  }
  if (next <= 0x10ffff) wbEmit2(wb, next, 0x10ffff);
}

/** If `c` names a class escape (d D s S w W), append its ranges and return true. */
export function appendClassEscape(c: i32): bool {
  const negate = c == 0x44 || c == 0x53 || c == 0x57;
  const lower = c | 0x20;
  if (lower == 0x64) appendRanges(DIGIT_RANGES, DIGIT_COUNT, negate);
  else if (lower == 0x73) appendRanges(SPACE_RANGES, SPACE_COUNT, negate);
  else if (lower == 0x77) {
    if (uMode && iMode) appendRanges(WORD_UI_RANGES, WORD_UI_COUNT, negate);
    else appendRanges(WORD_RANGES, WORD_COUNT, negate);
  } else return false;
  return true;
}

const HEX_RANGES = memory.data<u32>([0x30, 0x39, 0x41, 0x46, 0x61, 0x66]);

/** \p{...} / \P{...} under u (pos after p): the few properties without tables. */
export function appendPropertyEscape(negate: bool): bool {
  if (!eat(0x7b)) return fail("Invalid property name");
  const start = pos;
  while (!atEnd() && peek() != 0x7d) advance(1);
  if (atEnd()) return fail("Invalid property name");
  const len = pos - start;
  advance(1);
  if (nameIs(start, len, "ASCII")) { appendAscii(0, 0x7f, negate); return true; }
  if (nameIs(start, len, "Any")) { appendAscii(0, 0x10ffff, negate); return true; }
  if (nameIs(start, len, "ASCII_Hex_Digit") || nameIs(start, len, "AHex")) {
    appendRanges(HEX_RANGES, 3, negate);
    return true;
  }
  return fail("Invalid property name");
}

const oneRange = memory.data(8);
function appendAscii(lo: u32, hi: u32, negate: bool): void {
  const t = oneRange;
  store<u32>(t, lo); store<u32>(t, hi, 4);
  appendRanges(t, 1, negate);
}

function nameIs(start: i32, len: i32, lit: string): bool {
  if (len != lit.length) return false;
  for (let k = 0; k < len; k++) if (charAt(start + k) != <i32>load<u16>(changetype<usize>(lit) + (<usize>k << 1))) return false;
  return true;
}

/** ClassAtom — §22.2.1: a code point, CLASS_ESCAPE (ranges appended), or -1 on an error. */
function parseClassAtom(): i32 {
  if (!eat(0x5c)) return <i32>takePatternChar();
  if (atEnd()) { fail("\\ at end of pattern"); return -1; }
  const c = peek();
  if (appendClassEscape(c)) { advance(1); return CLASS_ESCAPE; }
  if (c == 0x62) { advance(1); return 0x08; } // \b is backspace in a class
  if (uMode && (c == 0x70 || c == 0x50)) {
    advance(1);
    return appendPropertyEscape(c == 0x50) ? CLASS_ESCAPE : -1;
  }
  if (!uMode && (c == 0x38 || c == 0x39)) { advance(1); return c; }
  if (uMode && (isDigit(c) && c != 0x30 || c == 0x42 || c == 0x6b)) { fail("Invalid class escape"); return -1; }
  return parseCharacterEscape(true);
}

/** CharacterClass — §22.2.1 (pos after `[`): OP_CLASS with its ranges sorted and merged. */
export function parseClass(): bool {
  const negated = eat(0x5e);
  const at = wbLength(wb);
  wbEmit(wb, OP_CLASS | (backward ? OP_BACK : 0));
  wbEmit2(wb, negated ? 1 : 0, 0);
  while (true) {
    if (atEnd()) return fail("Unterminated character class");
    if (eat(0x5d)) break;
    const a = parseClassAtom();
    if (a == -1) return false;
    if (peek() == 0x2d && peekAt(1) != 0x5d && peekAt(1) >= 0) {
      advance(1);
      const b = parseClassAtom();
      if (b == -1) return false;
      if (a == CLASS_ESCAPE || b == CLASS_ESCAPE) {
        if (uMode) return fail("Invalid character class");
        // Annex B: [\w-a] is \w, "-" and "a".
        wbEmit2(wb, 0x2d, 0x2d);
        if (a != CLASS_ESCAPE) wbEmit2(wb, a, a);
        if (b != CLASS_ESCAPE) wbEmit2(wb, b, b);
        continue;
      }
      if (a > b) return fail("Range out of order in character class");
      wbEmit2(wb, a, b);
      continue;
    }
    if (a != CLASS_ESCAPE) wbEmit2(wb, a, a);
  }
  normalizeRanges(at + 3);
  finishClass(at);
  return true;
}

/** Put the ASCII set of the class at word `at` (count and ranges in place) before its ranges. */
export function finishClass(at: u32): void {
  wbInsert(wb, at + CLASS_ASCII, ASCII_SET_WORDS);
  fillClassAscii(wbAddr(wb, at), iMode, uMode);
}

/** Sort the ranges from word `first` to the end by their start and merge overlapping or
 *  adjacent ones; store their count in the class header before `first`. */
function normalizeRanges(first: u32): void {
  const n = (wbLength(wb) - first) >> 1;
  // Insertion sort: classes are short.
  for (let i: u32 = 1; i < n; i++) {
    const lo = wbGet(wb, first + 2 * i), hi = wbGet(wb, first + 2 * i + 1);
    let j = i;
    while (j > 0 && wbGet(wb, first + 2 * (j - 1)) > lo) {
      wbSet(wb, first + 2 * j, wbGet(wb, first + 2 * (j - 1)));
      wbSet(wb, first + 2 * j + 1, wbGet(wb, first + 2 * (j - 1) + 1));
      j--;
    }
    wbSet(wb, first + 2 * j, lo);
    wbSet(wb, first + 2 * j + 1, hi);
  }
  let out: u32 = 0;
  for (let i: u32 = 0; i < n; i++) {
    const lo = wbGet(wb, first + 2 * i), hi = wbGet(wb, first + 2 * i + 1);
    if (out > 0 && lo <= wbGet(wb, first + 2 * (out - 1) + 1) + 1) {
      if (hi > wbGet(wb, first + 2 * (out - 1) + 1)) wbSet(wb, first + 2 * (out - 1) + 1, hi);
      continue;
    }
    wbSet(wb, first + 2 * out, lo);
    wbSet(wb, first + 2 * out + 1, hi);
    out++;
  }
  store<u32>(wbAddr(wb, first - 1), out);
  wbTruncate(wb, first + 2 * out); // drop the merged-away words
}
