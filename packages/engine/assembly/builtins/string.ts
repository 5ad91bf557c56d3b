// String constructor and String.prototype — ECMA-262 §22.1. This file holds the constructor, the
// static functions and the methods that index, slice, pad and trim; searching, splitting and
// replacing are in string-search.ts, case mapping in string-case.ts, localeCompare and normalize in
// string-locale.ts. Methods that take a RegExp (match, matchAll, search) are in regexp-string.ts.
import { CELL_PRIMITIVE_WRAPPER, OBJ_AUX, OBJ_AUX_BYTES } from "../layout.generated";
import {
  UNDEFINED, EXCEPTION, TRUE, FALSE, isNumber, isObject, isSymbol, isNullish, toF64, fromF64,
  fromI32, boxString, boxObject, ptr,
} from "../value";
import { pushRoot, saveSp, restoreSp } from "../heap/stack";
import {
  strLength, strCharAt, strData, allocString, strSubstring, strConcat,
} from "../string/string";
import { sbOpen, sbAppendChar, sbAppendString, sbFinish, sbDiscard } from "../string/builder";
import { internStatic } from "../string/atoms";
import { allocObject, putHidden } from "../object/object";
import { newTarget, isCallable } from "../object/function";
import { StringPrototype } from "../realm";
import { A_empty, A_prototype, A_length, A_toString } from "../names";
import { RANGE_ERROR, throwErrorWith, throwTypeError, throwRangeError } from "../errors";
import {
  ToString, ToNumber, ToIntegerOrInfinity, ToInt32, NumberToStringCell,
} from "../ops/conversion";
import { Get, GetV, GetElement, charString } from "../ops/property";
import { Call } from "../ops/call";
import { arg, defineConstructor, defineMethod } from "./native";
import {
  MAX_STRING_LENGTH, thisString, thisStringValue, integerArg, clampIndex, relativeIndex,
  isWhiteSpaceOrLineTerminator, isLeadSurrogate, isTrailSurrogate,
} from "./string-common";
import { initStringSearch } from "./string-search";
import { initStringCase } from "./string-case";
import { initStringLocale } from "./string-locale";

// ---- The constructor and its functions ----

/** SymbolDescriptiveString(sym) — §20.4.3.3.1, through %Symbol.prototype.toString% so this file
 *  does not depend on the Symbol cell layout. */
function SymbolDescriptiveString(sym: i64): i64 {
  const f = GetV(sym, A_toString);
  if (f == EXCEPTION) return EXCEPTION;
  if (!isCallable(f)) return throwTypeError("Cannot convert a Symbol value to a string");
  return Call(f, sym, 0, 0);
}

/** String(value) — §22.1.1.1; with new, StringCreate (§10.4.3.4) makes a String wrapper. */
function String_ctor(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  const nt = newTarget; // valid at entry only
  let s: usize = A_empty;
  if (argc > 0) {
    const v = arg(argv, argc, 0);
    if (nt == UNDEFINED && isSymbol(v)) return SymbolDescriptiveString(v);
    s = ToString(v);
    if (s == 0) return EXCEPTION;
  }
  if (nt == UNDEFINED) return boxString(s);
  const sp0 = saveSp();
  pushRoot(boxString(s));
  pushRoot(nt);
  // GetPrototypeFromConstructor(newTarget, %String.prototype%) — §10.1.14.
  const proto = Get(nt, A_prototype, nt);
  if (proto == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
  const o = allocObject(CELL_PRIMITIVE_WRAPPER, OBJ_AUX_BYTES,
    isObject(proto) ? proto : boxObject(StringPrototype));
  store<i64>(o, boxString(s), OBJ_AUX);
  restoreSp(sp0);
  return boxObject(o);
}

/** String.fromCharCode(...codeUnits) — §22.1.2.1. */
function String_fromCharCode(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  const a0 = arg(argv, argc, 0);
  if (argc == 1 && isNumber(a0)) return boxString(charString(<u32>ToInt32(toF64(a0)) & 0xffff));
  const sb = sbOpen();
  for (let i = 0; i < argc; i++) {
    const n = ToNumber(arg(argv, argc, i));
    if (n == EXCEPTION) { sbDiscard(sb); return EXCEPTION; }
    sbAppendChar(sb, <u32>ToInt32(toF64(n)) & 0xffff); // ToUint16
  }
  return boxString(sbFinish(sb));
}

/** UTF16EncodeCodePoint(cp) — §11.1.1, appended to a builder. */
export function sbAppendCodePoint(sb: usize, cp: u32): void {
  if (cp < 0x10000) { sbAppendChar(sb, cp); return; }
  cp -= 0x10000;
  sbAppendChar(sb, 0xd800 + (cp >> 10));
  sbAppendChar(sb, 0xdc00 + (cp & 0x3ff));
}

/** String.fromCodePoint(...codePoints) — §22.1.2.2. */
function String_fromCodePoint(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  const sb = sbOpen();
  for (let i = 0; i < argc; i++) {
    const n = ToNumber(arg(argv, argc, i));
    if (n == EXCEPTION) { sbDiscard(sb); return EXCEPTION; }
    const d = toF64(n);
    if (!(d >= 0 && d <= 0x10ffff && d == Math.trunc(d))) {
      sbDiscard(sb);
      return throwErrorWith(RANGE_ERROR, "Invalid code point ", NumberToStringCell(d), "");
    }
    sbAppendCodePoint(sb, <u32>d);
  }
  return boxString(sbFinish(sb));
}

/** ToLength(ToNumber(v)) — §7.1.20; NaN signals an exception. */
function lengthArg(v: i64): f64 {
  const d = integerArg(v);
  if (d != d) return NaN;
  if (d <= 0) return 0;
  return d < 9007199254740991.0 ? d : 9007199254740991.0;
}

/** String.raw(template, ...substitutions) — §22.1.2.4. */
function String_raw(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  const template = arg(argv, argc, 0);
  if (isNullish(template)) return throwTypeError("Cannot convert undefined or null to object");
  const sp0 = saveSp();
  const literals = GetV(template, internStatic("raw"));
  if (literals == EXCEPTION) return EXCEPTION;
  if (isNullish(literals)) return throwTypeError("Cannot convert undefined or null to object");
  pushRoot(literals);
  const lv = GetV(literals, A_length);
  if (lv == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
  const count = lengthArg(lv);
  if (count != count) { restoreSp(sp0); return EXCEPTION; }
  if (count == 0) { restoreSp(sp0); return boxString(A_empty); }
  const sb = sbOpen();
  const slot = pushRoot(UNDEFINED); // keeps the current piece alive while it is appended
  for (let i = 0; ; i++) {
    const lit = GetElement(literals, fromI32(i));
    if (lit == EXCEPTION) { sbDiscard(sb); restoreSp(sp0); return EXCEPTION; }
    let s = ToString(lit);
    if (s == 0) { sbDiscard(sb); restoreSp(sp0); return EXCEPTION; }
    store<i64>(slot, boxString(s));
    sbAppendString(sb, s);
    if (<f64>(i + 1) >= count) break;
    if (i + 1 < argc) {
      s = ToString(arg(argv, argc, i + 1));
      if (s == 0) { sbDiscard(sb); restoreSp(sp0); return EXCEPTION; }
      store<i64>(slot, boxString(s));
      sbAppendString(sb, s);
    }
  }
  const r = sbFinish(sb);
  restoreSp(sp0);
  return boxString(r);
}

// ---- String.prototype: conversion ----

/** String.prototype.toString() — §22.1.3.29. */
function String_prototype_toString(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  const s = thisStringValue(thisv);
  if (s == 0) return throwTypeError("String.prototype.toString requires that 'this' be a String");
  return boxString(s);
}

/** String.prototype.valueOf() — §22.1.3.35. */
function String_prototype_valueOf(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  const s = thisStringValue(thisv);
  if (s == 0) return throwTypeError("String.prototype.valueOf requires that 'this' be a String");
  return boxString(s);
}

// ---- String.prototype: code units and code points ----

/** CodePointAt(string, position) — §11.1.4: the code point in bits 0-20, its length in code
 *  units (1 or 2) from bit 21. */
export function CodePointAt(s: usize, pos: i32): u32 {
  const first = strCharAt(s, pos);
  if (!isLeadSurrogate(first) || pos + 1 >= strLength(s)) return first | (1 << 21);
  const second = strCharAt(s, pos + 1);
  if (!isTrailSurrogate(second)) return first | (1 << 21);
  return (((first - 0xd800) << 10) + (second - 0xdc00) + 0x10000) | (2 << 21);
}

/** String.prototype.at(index) — §22.1.3.1. */
function String_prototype_at(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  const s = thisString(thisv, "at");
  if (s == 0) return EXCEPTION;
  const sp0 = saveSp();
  pushRoot(boxString(s));
  const rel = integerArg(arg(argv, argc, 0));
  restoreSp(sp0);
  if (rel != rel) return EXCEPTION;
  const len = strLength(s);
  const k = rel >= 0 ? rel : <f64>len + rel;
  if (k < 0 || k >= <f64>len) return UNDEFINED;
  return boxString(charString(strCharAt(s, <i32>k)));
}

/** String.prototype.charAt(pos) — §22.1.3.2. */
function String_prototype_charAt(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  const s = thisString(thisv, "charAt");
  if (s == 0) return EXCEPTION;
  const sp0 = saveSp();
  pushRoot(boxString(s));
  const pos = integerArg(arg(argv, argc, 0));
  restoreSp(sp0);
  if (pos != pos) return EXCEPTION;
  if (pos < 0 || pos >= <f64>strLength(s)) return boxString(A_empty);
  return boxString(charString(strCharAt(s, <i32>pos)));
}

/** String.prototype.charCodeAt(pos) — §22.1.3.3. */
function String_prototype_charCodeAt(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  const s = thisString(thisv, "charCodeAt");
  if (s == 0) return EXCEPTION;
  const sp0 = saveSp();
  pushRoot(boxString(s));
  const pos = integerArg(arg(argv, argc, 0));
  restoreSp(sp0);
  if (pos != pos) return EXCEPTION;
  if (pos < 0 || pos >= <f64>strLength(s)) return fromF64(NaN);
  return fromI32(<i32>strCharAt(s, <i32>pos));
}

/** String.prototype.codePointAt(pos) — §22.1.3.4. */
function String_prototype_codePointAt(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  const s = thisString(thisv, "codePointAt");
  if (s == 0) return EXCEPTION;
  const sp0 = saveSp();
  pushRoot(boxString(s));
  const pos = integerArg(arg(argv, argc, 0));
  restoreSp(sp0);
  if (pos != pos) return EXCEPTION;
  if (pos < 0 || pos >= <f64>strLength(s)) return UNDEFINED;
  return fromI32(<i32>(CodePointAt(s, <i32>pos) & 0x1fffff));
}

/** String.prototype.isWellFormed() — §22.1.3.10. */
function String_prototype_isWellFormed(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  const s = thisString(thisv, "isWellFormed");
  if (s == 0) return EXCEPTION;
  return firstLoneSurrogate(s) < 0 ? TRUE : FALSE;
}

/** Index of the first unpaired surrogate, or -1. */
function firstLoneSurrogate(s: usize): i32 {
  const n = strLength(s);
  for (let i = 0; i < n; i++) {
    const c = strCharAt(s, i);
    if ((c & 0xf800) != 0xd800) continue;
    if (isLeadSurrogate(c) && i + 1 < n && isTrailSurrogate(strCharAt(s, i + 1))) { i++; continue; }
    return i;
  }
  return -1;
}

/** String.prototype.toWellFormed() — §22.1.3.32: lone surrogates become U+FFFD. */
function String_prototype_toWellFormed(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  const s = thisString(thisv, "toWellFormed");
  if (s == 0) return EXCEPTION;
  const first = firstLoneSurrogate(s);
  if (first < 0) return boxString(s);
  const sp0 = saveSp();
  pushRoot(boxString(s));
  const n = strLength(s);
  const r = allocString(n);
  memory.copy(strData(r), strData(s), <usize>n << 1);
  for (let i = first; i < n; i++) {
    const c = strCharAt(s, i);
    if ((c & 0xf800) != 0xd800) continue;
    if (isLeadSurrogate(c) && i + 1 < n && isTrailSurrogate(strCharAt(s, i + 1))) { i++; continue; }
    store<u16>(strData(r) + (<usize>i << 1), 0xfffd);
  }
  restoreSp(sp0);
  return boxString(r);
}

// ---- String.prototype: building new strings ----

/** String.prototype.concat(...args) — §22.1.3.5. */
function String_prototype_concat(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  const s = thisString(thisv, "concat");
  if (s == 0) return EXCEPTION;
  if (argc == 0) return boxString(s);
  const sp0 = saveSp();
  pushRoot(boxString(s));
  if (argc == 1) {
    const t = ToString(arg(argv, argc, 0));
    if (t == 0) { restoreSp(sp0); return EXCEPTION; }
    pushRoot(boxString(t));
    const r = strConcat(s, t);
    restoreSp(sp0);
    return boxString(r);
  }
  const sb = sbOpen();
  sbAppendString(sb, s);
  const slot = pushRoot(UNDEFINED);
  for (let i = 0; i < argc; i++) {
    const t = ToString(arg(argv, argc, i));
    if (t == 0) { sbDiscard(sb); restoreSp(sp0); return EXCEPTION; }
    store<i64>(slot, boxString(t));
    sbAppendString(sb, t);
  }
  const r = sbFinish(sb);
  restoreSp(sp0);
  return boxString(r);
}

/** String.prototype.slice(start, end) — §22.1.3.21: negative positions count from the end. */
function String_prototype_slice(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  return substringBetween(thisv, argv, argc, "slice", true);
}

/** String.prototype.substring(start, end) — §22.1.3.24: positions clamped to [0, length] and
 *  swapped when start > end. */
function String_prototype_substring(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  return substringBetween(thisv, argv, argc, "substring", false);
}

/** The shared steps of slice and substring: ToIntegerOrInfinity(start) and of end (default the
 *  length), mapped to a range as `relative` (slice) or clamped and ordered (substring) says. */
function substringBetween(thisv: i64, argv: usize, argc: i32, method: string, relative: bool): i64 {
  const s = thisString(thisv, method);
  if (s == 0) return EXCEPTION;
  const sp0 = saveSp();
  pushRoot(boxString(s));
  const len = strLength(s);
  const start = integerArg(arg(argv, argc, 0));
  if (start != start) { restoreSp(sp0); return EXCEPTION; }
  const endv = arg(argv, argc, 1);
  const end = endv == UNDEFINED ? <f64>len : integerArg(endv);
  if (end != end) { restoreSp(sp0); return EXCEPTION; }
  let from: i32, to: i32;
  if (relative) {
    from = relativeIndex(start, len);
    to = relativeIndex(end, len);
  } else {
    const a = clampIndex(start, 0, len), b = clampIndex(end, 0, len);
    from = a < b ? a : b;
    to = a < b ? b : a;
  }
  const r = from >= to ? A_empty : strSubstring(s, from, to);
  restoreSp(sp0);
  return boxString(r);
}

/** String.prototype.substr(start, length) — §B.2.2.1. */
function String_prototype_substr(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  const s = thisString(thisv, "substr");
  if (s == 0) return EXCEPTION;
  const sp0 = saveSp();
  pushRoot(boxString(s));
  const size = strLength(s);
  const start = integerArg(arg(argv, argc, 0));
  if (start != start) { restoreSp(sp0); return EXCEPTION; }
  const lenv = arg(argv, argc, 1);
  const length = lenv == UNDEFINED ? <f64>size : integerArg(lenv);
  if (length != length) { restoreSp(sp0); return EXCEPTION; }
  const from = relativeIndex(start, size);
  const count = clampIndex(length, 0, size);
  const to = from + count < size ? from + count : size;
  const r = from >= to ? A_empty : strSubstring(s, from, to);
  restoreSp(sp0);
  return boxString(r);
}

/** Fill `n` code units at `dst` with repetitions of `filler` (truncated at the end). */
function fillRepeated(dst: usize, n: i32, filler: usize): void {
  const fl = strLength(filler);
  if (n <= 0) return;
  const first = n < fl ? n : fl;
  memory.copy(dst, strData(filler), <usize>first << 1);
  // Double the filled prefix until the region is full.
  let done = first;
  while (done < n) {
    const k = done < n - done ? done : n - done;
    memory.copy(dst + (<usize>done << 1), dst, <usize>k << 1);
    done += k;
  }
}

/** StringPaddingBuiltinsImpl / StringPad — §22.1.3.16.1-2; atStart for padStart. */
function stringPad(thisv: i64, argv: usize, argc: i32, atStart: bool): i64 {
  const s = thisString(thisv, atStart ? "padStart" : "padEnd");
  if (s == 0) return EXCEPTION;
  const sp0 = saveSp();
  pushRoot(boxString(s));
  const maxLength = lengthArg(arg(argv, argc, 0));
  if (maxLength != maxLength) { restoreSp(sp0); return EXCEPTION; }
  const len = strLength(s);
  if (maxLength <= <f64>len) { restoreSp(sp0); return boxString(s); }
  const fv = arg(argv, argc, 1);
  let filler: usize = internStatic(" ");
  if (fv != UNDEFINED) {
    filler = ToString(fv);
    if (filler == 0) { restoreSp(sp0); return EXCEPTION; }
  }
  if (strLength(filler) == 0) { restoreSp(sp0); return boxString(s); }
  if (maxLength > MAX_STRING_LENGTH) { restoreSp(sp0); return throwRangeError("Invalid string length"); }
  pushRoot(boxString(filler));
  const total = <i32>maxLength;
  const r = allocString(total);
  const padLen = total - len;
  const padAt = atStart ? strData(r) : strData(r) + (<usize>len << 1);
  const textAt = atStart ? strData(r) + (<usize>padLen << 1) : strData(r);
  fillRepeated(padAt, padLen, filler);
  memory.copy(textAt, strData(s), <usize>len << 1);
  restoreSp(sp0);
  return boxString(r);
}

/** String.prototype.padEnd(maxLength, fillString) — §22.1.3.15. */
function String_prototype_padEnd(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  return stringPad(thisv, argv, argc, false);
}

/** String.prototype.padStart(maxLength, fillString) — §22.1.3.16. */
function String_prototype_padStart(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  return stringPad(thisv, argv, argc, true);
}

/** String.prototype.repeat(count) — §22.1.3.17. */
function String_prototype_repeat(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  const s = thisString(thisv, "repeat");
  if (s == 0) return EXCEPTION;
  const sp0 = saveSp();
  pushRoot(boxString(s));
  const nv = ToNumber(arg(argv, argc, 0));
  if (nv == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
  const d = toF64(nv);
  const n = ToIntegerOrInfinity(d);
  if (n < 0 || n == Infinity) {
    restoreSp(sp0);
    return throwErrorWith(RANGE_ERROR, "Invalid count value: ", NumberToStringCell(d), "");
  }
  const len = strLength(s);
  if (n == 0 || len == 0) { restoreSp(sp0); return boxString(A_empty); }
  if (<f64>len * n > MAX_STRING_LENGTH) { restoreSp(sp0); return throwRangeError("Invalid string length"); }
  if (n == 1) { restoreSp(sp0); return boxString(s); }
  const total = len * <i32>n;
  const r = allocString(total);
  fillRepeated(strData(r), total, s);
  restoreSp(sp0);
  return boxString(r);
}

/** TrimString(string, where) — §22.1.3.30.1; where: 0 both ends, 1 start, 2 end. */
function trimString(thisv: i64, where: i32, name: string): i64 {
  const s = thisString(thisv, name);
  if (s == 0) return EXCEPTION;
  const n = strLength(s);
  let a = 0, b = n;
  if (where != 2) while (a < b && isWhiteSpaceOrLineTerminator(strCharAt(s, a))) a++;
  if (where != 1) while (b > a && isWhiteSpaceOrLineTerminator(strCharAt(s, b - 1))) b--;
  if (a == 0 && b == n) return boxString(s);
  if (a == b) return boxString(A_empty);
  const sp0 = saveSp();
  pushRoot(boxString(s));
  const r = strSubstring(s, a, b);
  restoreSp(sp0);
  return boxString(r);
}

/** String.prototype.trim() — §22.1.3.30. */
function String_prototype_trim(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  return trimString(thisv, 0, "trim");
}
/** String.prototype.trimStart() — §22.1.3.32. */
function String_prototype_trimStart(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  return trimString(thisv, 1, "trimStart");
}
/** String.prototype.trimEnd() — §22.1.3.31. */
function String_prototype_trimEnd(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  return trimString(thisv, 2, "trimEnd");
}

export function initString(global: usize): void {
  const proto = StringPrototype;
  const ctor = defineConstructor(global, "String", 1, String_ctor, proto, true); // rooted by global
  defineMethod(ctor, "fromCharCode", 1, String_fromCharCode);
  defineMethod(ctor, "fromCodePoint", 1, String_fromCodePoint);
  defineMethod(ctor, "raw", 1, String_raw);

  defineMethod(proto, "toString", 0, String_prototype_toString);
  defineMethod(proto, "valueOf", 0, String_prototype_valueOf);
  defineMethod(proto, "at", 1, String_prototype_at);
  defineMethod(proto, "charAt", 1, String_prototype_charAt);
  defineMethod(proto, "charCodeAt", 1, String_prototype_charCodeAt);
  defineMethod(proto, "codePointAt", 1, String_prototype_codePointAt);
  defineMethod(proto, "isWellFormed", 0, String_prototype_isWellFormed);
  defineMethod(proto, "toWellFormed", 0, String_prototype_toWellFormed);
  defineMethod(proto, "concat", 1, String_prototype_concat);
  defineMethod(proto, "slice", 2, String_prototype_slice);
  defineMethod(proto, "substring", 2, String_prototype_substring);
  defineMethod(proto, "substr", 2, String_prototype_substr);
  defineMethod(proto, "padEnd", 1, String_prototype_padEnd);
  defineMethod(proto, "padStart", 1, String_prototype_padStart);
  defineMethod(proto, "repeat", 1, String_prototype_repeat);
  defineMethod(proto, "trim", 0, String_prototype_trim);
  // Annex B §B.2.2.15-16: trimLeft and trimRight are the same function objects.
  const trimStart = defineMethod(proto, "trimStart", 0, String_prototype_trimStart);
  putHidden(proto, internStatic("trimLeft"), boxObject(trimStart));
  const trimEnd = defineMethod(proto, "trimEnd", 0, String_prototype_trimEnd);
  putHidden(proto, internStatic("trimRight"), boxObject(trimEnd));
  initStringSearch(proto);
  initStringCase(proto);
  initStringLocale(proto);
}
