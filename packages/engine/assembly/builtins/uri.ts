// The URI handling functions — ECMA-262 §19.2.6: decodeURI, decodeURIComponent, encodeURI and
// encodeURIComponent over the Encode and Decode operations — and Annex B's escape and unescape
// (§B.2.1). A lazy family (lazy.ts): few programs name them. Each returns its argument's string
// itself when there is nothing to escape or unescape, so the common case does not allocate.
import { URI_ERROR, throwError } from "../errors";
import { EXCEPTION, boxString } from "../value";
import { pushRoot, saveSp, restoreSp } from "../heap/stack";
import { strLength, strCharAt, strData, newStringFromStatic } from "../string/string";
import { sbOpen, sbAppendChar, sbAppendUtf16, sbFinish, sbDiscard } from "../string/builder";
import { ToString } from "../ops/conversion";
import { hexDigitValue } from "../number/chars";
import { arg, defineMethod } from "./native";
import { CodePointAt, sbAppendCodePoint } from "./string";

/** The reserved characters that encodeURI leaves and decodeURI keeps escaped (§19.2.6.1, .3). */
const URI_RESERVED_AND_HASH = ";/?:@&=+$,#";

/** Whether the AssemblyScript literal `set` contains code unit `c`. */
function setContains(set: string, c: u32): bool {
  const p = changetype<usize>(set);
  for (let i = 0, n = set.length; i < n; i++) if (<u32>load<u16>(p + (<usize>i << 1)) == c) return true;
  return false;
}

/** The spec's ASCII word characters: A-Z, a-z, 0-9 and _. */
function isAsciiWordChar(c: u32): bool {
  return c - 48 < 10 || (c | 32) - 97 < 26 || c == 95;
}

/** alwaysUnescaped + extraUnescaped of Encode (§19.2.6.5 steps 3-4). */
function inEncodeUnescapedSet(c: u32, extraUnescaped: string): bool {
  return c < 128 && (isAsciiWordChar(c) || setContains("-.!~*'()", c) || setContains(extraUnescaped, c));
}

/** The value of the `count` hex digits of `s` at `pos`, or -1 if one is not a hex digit. */
function hexDigitsAt(s: usize, pos: i32, count: i32): i32 {
  let v = 0;
  for (let i = 0; i < count; i++) {
    const d = hexDigitValue(strCharAt(s, pos + i));
    if (d < 0) return -1;
    v = (v << 4) | d;
  }
  return v;
}

/** ParseHexOctet(string, position) — §19.2.6.7: the octet, or -1 (the spec's error list). */
function ParseHexOctet(s: usize, pos: i32): i32 { return hexDigitsAt(s, pos, 2); }

/** The unescapedSet of escape (§B.2.1.1 step 4). */
function inEscapeUnescapedSet(c: u32): bool { return isAsciiWordChar(c) || setContains("@*+-./", c); }

/** Append `v` as `digits` uppercase hex digits. */
function sbAppendHex(sb: usize, v: u32, digits: i32): void {
  for (let shift = (digits - 1) << 2; shift >= 0; shift -= 4) {
    const d = (v >> shift) & 15;
    sbAppendChar(sb, d < 10 ? 48 + d : 55 + d);
  }
}

/** Open a builder holding the first `k` code units of `s`, with `s` rooted below it (the caller
 *  saved the stack pointer to restore once done). */
function sbOpenWithPrefix(s: usize, k: i32): usize {
  pushRoot(boxString(s));
  const sb = sbOpen();
  sbAppendUtf16(sb, strData(s), k);
  return sb;
}

function sbFinishBoxed(sb: usize, sp0: usize): i64 {
  const r = sbFinish(sb);
  restoreSp(sp0);
  return boxString(r);
}

function throwURIMalformed(sb: usize, sp0: usize): i64 {
  sbDiscard(sb);
  restoreSp(sp0);
  return throwError(URI_ERROR, newStringFromStatic("URI malformed"));
}

/** Encode(string, extraUnescaped) — §19.2.6.5. */
function Encode(s: usize, extraUnescaped: string): i64 {
  const len = strLength(s);
  let k = 0;
  while (k < len && inEncodeUnescapedSet(strCharAt(s, k), extraUnescaped)) k++;
  if (k == len) return boxString(s);
  const sp0 = saveSp();
  const sb = sbOpenWithPrefix(s, k);
  while (k < len) {
    const c = strCharAt(s, k);
    if (inEncodeUnescapedSet(c, extraUnescaped)) { sbAppendChar(sb, c); k++; continue; }
    const cp = CodePointAt(s, k);
    const v = cp & 0x1fffff;
    if (v - 0xd800 < 0x800) return throwURIMalformed(sb, sp0); // [[IsUnpairedSurrogate]]
    k += <i32>(cp >> 21);
    // The UTF-8 transformation of v, each octet as "%XX".
    const n = v < 0x80 ? 1 : v < 0x800 ? 2 : v < 0x10000 ? 3 : 4;
    for (let i = 0; i < n; i++) {
      const shift = <u32>(n - 1 - i) * 6;
      const octet = i == 0 ? (n == 1 ? v : ((0xf00 >> n) & 0xff) | (v >> shift)) : 0x80 | ((v >> shift) & 0x3f);
      sbAppendChar(sb, 37); // '%'
      sbAppendHex(sb, octet, 2);
    }
  }
  return sbFinishBoxed(sb, sp0);
}

/** The smallest code point that needs an n-octet UTF-8 sequence (shorter ones are overlong). */
function utf8Minimum(n: u32): u32 { return n == 2 ? 0x80 : n == 3 ? 0x800 : 0x10000; }

/** Decode(string, preserveEscapeSet) — §19.2.6.6. */
function Decode(s: usize, preserveEscapeSet: string): i64 {
  const len = strLength(s);
  let k = 0;
  while (k < len && strCharAt(s, k) != 37) k++;
  if (k == len) return boxString(s);
  const sp0 = saveSp();
  const sb = sbOpenWithPrefix(s, k);
  for (; k < len; k++) {
    const c = strCharAt(s, k);
    if (c != 37) { sbAppendChar(sb, c); continue; }
    const start = k;
    if (k + 3 > len) return throwURIMalformed(sb, sp0);
    const b = ParseHexOctet(s, k + 1);
    if (b < 0) return throwURIMalformed(sb, sp0);
    k += 2;
    const n = clz<u32>(~(<u32>b << 24)); // leading 1 bits of the octet
    if (n == 0) {
      if (setContains(preserveEscapeSet, b)) sbAppendUtf16(sb, strData(s) + (<usize>start << 1), 3);
      else sbAppendChar(sb, b);
      continue;
    }
    if (n == 1 || n > 4) return throwURIMalformed(sb, sp0);
    let v = <u32>b & (0x7f >> n);
    for (let j: u32 = 1; j < n; j++) {
      k++;
      if (k + 3 > len || strCharAt(s, k) != 37) return throwURIMalformed(sb, sp0);
      const continuationByte = ParseHexOctet(s, k + 1);
      if ((continuationByte & 0xc0) != 0x80) return throwURIMalformed(sb, sp0); // also -1
      v = (v << 6) | (<u32>continuationByte & 0x3f);
      k += 2;
    }
    // A valid UTF-8 encoding: not overlong, not a surrogate, at most U+10FFFF.
    if (v < utf8Minimum(n) || v - 0xd800 < 0x800 || v > 0x10ffff) return throwURIMalformed(sb, sp0);
    sbAppendCodePoint(sb, v);
  }
  return sbFinishBoxed(sb, sp0);
}

/** decodeURI(encodedURI) — §19.2.6.1. */
function global_decodeURI(c: u32, t: i64, argv: usize, argc: i32): i64 {
  const s = ToString(arg(argv, argc, 0));
  return s == 0 ? EXCEPTION : Decode(s, URI_RESERVED_AND_HASH);
}

/** decodeURIComponent(encodedURIComponent) — §19.2.6.2. */
function global_decodeURIComponent(c: u32, t: i64, argv: usize, argc: i32): i64 {
  const s = ToString(arg(argv, argc, 0));
  return s == 0 ? EXCEPTION : Decode(s, "");
}

/** encodeURI(uri) — §19.2.6.3. */
function global_encodeURI(c: u32, t: i64, argv: usize, argc: i32): i64 {
  const s = ToString(arg(argv, argc, 0));
  return s == 0 ? EXCEPTION : Encode(s, URI_RESERVED_AND_HASH);
}

/** encodeURIComponent(uriComponent) — §19.2.6.4. */
function global_encodeURIComponent(c: u32, t: i64, argv: usize, argc: i32): i64 {
  const s = ToString(arg(argv, argc, 0));
  return s == 0 ? EXCEPTION : Encode(s, "");
}

/** escape(string) — §B.2.1.1: "%XX" below 256, "%uXXXX" above. */
function global_escape(c: u32, t: i64, argv: usize, argc: i32): i64 {
  const s = ToString(arg(argv, argc, 0));
  if (s == 0) return EXCEPTION;
  const len = strLength(s);
  let k = 0;
  while (k < len && inEscapeUnescapedSet(strCharAt(s, k))) k++;
  if (k == len) return boxString(s);
  const sp0 = saveSp();
  const sb = sbOpenWithPrefix(s, k);
  for (; k < len; k++) {
    const u = strCharAt(s, k);
    if (inEscapeUnescapedSet(u)) { sbAppendChar(sb, u); continue; }
    sbAppendChar(sb, 37); // '%'
    if (u < 256) sbAppendHex(sb, u, 2);
    else { sbAppendChar(sb, 117); sbAppendHex(sb, u, 4); } // "u"
  }
  return sbFinishBoxed(sb, sp0);
}

/** unescape(string) — §B.2.1.2: "%uXXXX" and "%XX" become their code unit; any other "%" stays. */
function global_unescape(c: u32, t: i64, argv: usize, argc: i32): i64 {
  const s = ToString(arg(argv, argc, 0));
  if (s == 0) return EXCEPTION;
  const len = strLength(s);
  let k = 0;
  while (k < len && strCharAt(s, k) != 37) k++;
  if (k == len) return boxString(s);
  const sp0 = saveSp();
  const sb = sbOpenWithPrefix(s, k);
  for (; k < len; k++) {
    let u = strCharAt(s, k);
    if (u == 37) {
      let n = -1, optionalAdvance = 0;
      if (k + 5 < len && strCharAt(s, k + 1) == 117) { n = hexDigitsAt(s, k + 2, 4); optionalAdvance = 5; }
      else if (k + 3 <= len) { n = hexDigitsAt(s, k + 1, 2); optionalAdvance = 2; }
      if (n >= 0) { u = <u32>n; k += optionalAdvance; }
    }
    sbAppendChar(sb, u);
  }
  return sbFinishBoxed(sb, sp0);
}

export function initURI(global: usize): void {
  defineMethod(global, "decodeURI", 1, global_decodeURI);
  defineMethod(global, "decodeURIComponent", 1, global_decodeURIComponent);
  defineMethod(global, "encodeURI", 1, global_encodeURI);
  defineMethod(global, "encodeURIComponent", 1, global_encodeURIComponent);
  defineMethod(global, "escape", 1, global_escape);
  defineMethod(global, "unescape", 1, global_unescape);
}
