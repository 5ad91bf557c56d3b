// The String methods that take a RegExp — String.prototype.match, matchAll, search (§22.1.3.13,
// .14, .21) and the RegExp side of replace, replaceAll and split — with the RegExp.prototype
// algorithms they invoke: [@@match] §22.2.6.8, [@@replace] §22.2.6.11, [@@search] §22.2.6.12 and
// [@@split] §22.2.6.14. Until the engine has symbols, IsRegExp is the cell kind and these run
// directly; with Symbol they become the @@ methods the String methods look up.
import {
  UNDEFINED, NULL, EXCEPTION, isObject, isNullish, isNumber, boxObject, boxString, fromF64, toF64, ptr,
} from "../value";
import { pushRoot, saveSp, restoreSp, reserveSlots } from "../heap/stack";
import { strLength, strData, strCharAt, strSubstring } from "../string/string";
import { sbOpen, sbAppendUtf16, sbAppendString, sbAppendChar, sbFinish, sbDiscard } from "../string/builder";
import { internStatic } from "../string/atoms";
import { ArrayCreate, arrayPush, arrayLength, arrayGet } from "../object/array";
import { isCallable } from "../object/function";
import { A_empty, A_zero } from "../names";
import { throwTypeError, throwRangeError } from "../errors";
import { matchFrom, captureSlot, MATCH_OVERFLOW } from "../regexp/matcher";
import { ToString, ToNumber, ToUint32, ToIntegerOrInfinity, ToBoolean } from "../ops/conversion";
import { GetV, GetElement } from "../ops/property";
import { Call } from "../ops/call";
import { arg, defineMethod } from "./native";
import { thisString, splitLimit, stringIndexOf } from "./string-common";
import { lengthOf } from "./array-common";
import { GetSubstitution } from "./string-substitution";
import {
  A_index, A_groups, isRegExp, RegExpCreate, regexpSource, regexpProgram, regexpNames, regexpFlags,
} from "../regexp/regexp-object";
import {
  RegExpExec, AdvanceStringIndex, getLastIndex, setLastIndex, putLastIndex, hasBuiltinExec, collectMatches,
  groupsFromArray, capturedValue, RegExpBuiltinMatch, MATCH_THREW,
} from "../regexp/regexp-exec";
import { wbOpen, wbGet, P_NCAP, F_GLOBAL, F_UNICODE, F_UNICODE_SETS } from "../regexp/bytecode";
import { isPristineRegExp, pristineFlags } from "../regexp/pristine";
import { createRegExpStringIterator, initRegExpStringIterator } from "./regexp-iterator";

/** ToString(Get(rx, "flags")), rooted by the caller's frame; 0 with an exception pending. */
export function flagsOf(rx: i64): usize {
  if (isPristineRegExp(rx)) return pristineFlags(rx);
  const f = GetV(rx, internStatic("flags"));
  if (f == EXCEPTION) return 0;
  return ToString(f);
}

/** Whether flags string `f` contains `c`. */
export function hasFlag(f: usize, c: u32): bool {
  for (let i = 0; i < strLength(f); i++) if (strCharAt(f, i) == c) return true;
  return false;
}

function isUnicodeFlags(f: usize): bool { return hasFlag(f, 0x75) || hasFlag(f, 0x76); }

const GLOBAL: i32 = 1;
const FULL_UNICODE: i32 = 2;

/** The flags [@@match] and [@@replace] act on, read as node 20 (V8 11) reads them: Get(rx,
 *  "global") and, only when it is true, Get(rx, "unicode") and for [@@match] then Get(rx,
 *  "unicodeSets") (ES2021's steps; ES2022 reads "flags" instead, which V8 does from version 12).
 *  GLOBAL | FULL_UNICODE bits, or -1 with an exception pending. */
function globalAndUnicode(rx: i64, unicodeSets: bool): i32 {
  if (isPristineRegExp(rx)) {
    const bits = regexpFlags(ptr(rx));
    if ((bits & F_GLOBAL) == 0) return 0;
    return (bits & (unicodeSets ? F_UNICODE | F_UNICODE_SETS : F_UNICODE)) != 0 ? GLOBAL | FULL_UNICODE : GLOBAL;
  }
  const sp0 = saveSp();
  pushRoot(rx);
  let r = flagGet(rx, "global");
  if (r > 0) {
    const u = flagGet(rx, "unicode");
    r = u < 0 ? -1 : u > 0 ? GLOBAL | FULL_UNICODE : GLOBAL;
    if (r == GLOBAL && unicodeSets) {
      const v = flagGet(rx, "unicodeSets");
      r = v < 0 ? -1 : v > 0 ? GLOBAL | FULL_UNICODE : GLOBAL;
    }
  }
  restoreSp(sp0);
  return r;
}

/** ToBoolean(Get(rx, name)) as 1 or 0, or -1 with an exception pending. */
function flagGet(rx: i64, name: string): i32 {
  const v = GetV(rx, internStatic(name));
  return v == EXCEPTION ? -1 : ToBoolean(v) ? 1 : 0;
}

/** After an empty match of a global search: lastIndex = AdvanceStringIndex(S, lastIndex). */
export function advanceAfterEmpty(rx: i64, s: usize, unicode: bool): bool {
  const thisIndex = getLastIndex(rx);
  if (thisIndex != thisIndex) return false;
  return setLastIndex(rx, AdvanceStringIndex(s, thisIndex, unicode));
}

/** ToString(Get(result, "0")); 0 with an exception pending. */
export function matchedString(result: i64): usize {
  const m = GetV(result, A_zero);
  if (m == EXCEPTION) return 0;
  return ToString(m);
}

// ---- match ----

/** RegExp.prototype[@@match](S) — §22.2.6.8. `rx` and `s` must be rooted. */
function RegExpMatch(rx: i64, s: usize): i64 {
  const sp0 = saveSp();
  const f = reserveSlots(2); // unused, result array
  const flags = globalAndUnicode(rx, true);
  if (flags < 0) { restoreSp(sp0); return EXCEPTION; }
  if ((flags & GLOBAL) == 0) { restoreSp(sp0); return RegExpExec(rx, s); }
  const unicode = (flags & FULL_UNICODE) != 0;
  if (!setLastIndex(rx, 0)) { restoreSp(sp0); return EXCEPTION; }
  const a = ArrayCreate(0, 0);
  store<i64>(f + 8, boxObject(a));
  if (hasBuiltinExec(rx)) { // the same matches without a result array each
    const wb = wbOpen();
    const n = collectMatches(rx, s, unicode, 2, wb);
    if (n < 0) { restoreSp(sp0); return EXCEPTION; }
    for (let k: u32 = 0; k < <u32>n; k++) {
      const at = <i32>wbGet(wb, 2 * k), e = <i32>wbGet(wb, 2 * k + 1);
      arrayPush(a, boxString(at == e ? A_empty : strSubstring(s, at, e)));
    }
    restoreSp(sp0);
    return n == 0 ? NULL : boxObject(a);
  }
  while (true) {
    const result = RegExpExec(rx, s);
    if (result == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
    if (result == NULL) break;
    pushRoot(result);
    const m = matchedString(result);
    if (m == 0) { restoreSp(sp0); return EXCEPTION; }
    arrayPush(a, boxString(m));
    if (strLength(m) == 0 && !advanceAfterEmpty(rx, s, unicode)) { restoreSp(sp0); return EXCEPTION; }
    restoreSp(f);
  }
  restoreSp(sp0);
  return arrayLength(a) == 0 ? NULL : boxObject(a);
}

/** The receiver string and a RegExp for argument 0 (itself, or RegExpCreate(arg, flags)) in two
 *  rooted slots at `f`; false with an exception pending. */
function receiverAndRegExp(thisv: i64, argv: usize, argc: i32, name: string, flags: i64, f: usize): bool {
  const s = thisString(thisv, name);
  if (s == 0) return false;
  store<i64>(f, boxString(s));
  let rx = arg(argv, argc, 0);
  if (!isRegExp(rx)) {
    rx = RegExpCreate(rx, flags);
    if (rx == EXCEPTION) return false;
  }
  store<i64>(f + 8, rx);
  return true;
}

/** String.prototype.match(regexp) — §22.1.3.13. */
function String_prototype_match(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  const sp0 = saveSp();
  const f = reserveSlots(2);
  if (!receiverAndRegExp(thisv, argv, argc, "match", UNDEFINED, f)) { restoreSp(sp0); return EXCEPTION; }
  const r = RegExpMatch(load<i64>(f, 8), ptr(load<i64>(f)));
  restoreSp(sp0);
  return r;
}

/** String.prototype.matchAll(regexp) — §22.1.3.14 and RegExp.prototype[@@matchAll] §22.2.6.9. */
function String_prototype_matchAll(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  const sp0 = saveSp();
  const f = reserveSlots(3); // S, R, flags
  const rv = arg(argv, argc, 0);
  if (isRegExp(rv)) {
    const flags = flagsOf(rv);
    if (flags == 0) { restoreSp(sp0); return EXCEPTION; }
    if (!hasFlag(flags, 0x67)) {
      restoreSp(sp0);
      return throwTypeError("String.prototype.matchAll called with a non-global RegExp argument");
    }
  }
  if (!receiverAndRegExp(thisv, argv, argc, "matchAll", boxString(internStatic("g")), f)) {
    restoreSp(sp0); return EXCEPTION;
  }
  const rx = load<i64>(f, 8);
  const flags = flagsOf(rx);
  if (flags == 0) { restoreSp(sp0); return EXCEPTION; }
  store<i64>(f + 16, boxString(flags));
  // matcher = new RegExp(R, flags) with R's lastIndex
  const matcher = RegExpCreate(boxString(regexpSource(ptr(rx))), boxString(flags));
  if (matcher == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
  store<i64>(f + 8, matcher);
  const lastIndex = getLastIndex(rx);
  if (lastIndex != lastIndex || !setLastIndex(matcher, lastIndex)) { restoreSp(sp0); return EXCEPTION; }
  const it = createRegExpStringIterator(matcher, ptr(load<i64>(f)), hasFlag(flags, 0x67), isUnicodeFlags(flags));
  restoreSp(sp0);
  return it;
}

// ---- search ----

/** String.prototype.search(regexp) — §22.1.3.21 and RegExp.prototype[@@search] §22.2.6.12. */
function String_prototype_search(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  const sp0 = saveSp();
  const f = reserveSlots(3); // S, rx, previous lastIndex
  if (!receiverAndRegExp(thisv, argv, argc, "search", UNDEFINED, f)) { restoreSp(sp0); return EXCEPTION; }
  const rx = load<i64>(f, 8), s = ptr(load<i64>(f));
  const previous = GetV(rx, internStatic("lastIndex"));
  if (previous == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
  store<i64>(f + 16, previous);
  if (!isZero(previous) && !setLastIndex(rx, 0)) { restoreSp(sp0); return EXCEPTION; }
  let result: i64;
  if (hasBuiltinExec(rx)) { // no result array: only the index is needed
    const at = RegExpBuiltinMatch(rx, s);
    if (at == MATCH_THREW) { restoreSp(sp0); return EXCEPTION; }
    result = at < 0 ? NULL : fromF64(<f64>at);
  } else {
    result = RegExpExec(rx, s);
    if (result == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
  }
  pushRoot(result);
  const current = GetV(rx, internStatic("lastIndex"));
  if (current == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
  // SameValue on the boxed values (NaN is canonical; equal strings in two cells just set again)
  if (current != previous && !putLastIndex(rx, previous)) { restoreSp(sp0); return EXCEPTION; }
  const r = result == NULL ? fromF64(-1) : isNumber(result) ? result : GetV(result, A_index);
  restoreSp(sp0);
  return r;
}

function isZero(v: i64): bool { return isNumber(v) && v == 0; } // +0 only, as SameValue

// ---- replace ----

// Frame of RegExpReplaceFor.
const R_S: usize = 0;
const R_RX: usize = 8;
const R_REPLACE: usize = 16;   // the function, or the template string
const R_RESULTS: usize = 24;   // array of match results
const R_ITEM: usize = 32;      // the current result
const R_CAPTURES: usize = 40;  // array of captures of the current result
const R_MATCHED: usize = 48;
const R_NAMED: usize = 56;
const R_SLOTS: i32 = 8;

/** The RegExp side of String.prototype.replace/replaceAll (`all`): RegExp.prototype[@@replace]
 *  — §22.2.6.11, after replaceAll's check that the RegExp is global. */
export function RegExpReplaceFor(thisv: i64, argv: usize, argc: i32, all: bool): i64 {
  const sp0 = saveSp();
  const f = reserveSlots(R_SLOTS);
  const rx = arg(argv, argc, 0);
  store<i64>(f, rx, R_RX);
  if (all) {
    const flags = flagsOf(rx);
    if (flags == 0) { restoreSp(sp0); return EXCEPTION; }
    if (!hasFlag(flags, 0x67)) {
      restoreSp(sp0);
      return throwTypeError("String.prototype.replaceAll called with a non-global RegExp argument");
    }
  }
  const s = thisString(thisv, all ? "replaceAll" : "replace");
  if (s == 0) { restoreSp(sp0); return EXCEPTION; }
  store<i64>(f, boxString(s), R_S);
  let replaceValue = arg(argv, argc, 1);
  const functional = isCallable(replaceValue);
  if (!functional) {
    const t = ToString(replaceValue);
    if (t == 0) { restoreSp(sp0); return EXCEPTION; }
    replaceValue = boxString(t);
  }
  store<i64>(f, replaceValue, R_REPLACE);
  const wb = wbOpen(); // the fast path's match registers
  const count = collectResults(f, wb);
  if (count == -1) { restoreSp(sp0); return EXCEPTION; }
  const r = applyResults(f, functional, count, wb);
  restoreSp(sp0);
  return r;
}

/** Steps 8-11 of [@@replace]: run the RegExp (every match when global) into R_RESULTS.
 *  Returns -2 when it did; with the builtin exec and g, the number of matches, whose capture
 *  registers are in word buffer `wb` instead; -1 with an exception pending. */
function collectResults(f: usize, wb: usize): i32 {
  const rx = load<i64>(f, R_RX), s = ptr(load<i64>(f, R_S));
  const flags = globalAndUnicode(rx, false);
  if (flags < 0) return -1;
  const global = (flags & GLOBAL) != 0, unicode = (flags & FULL_UNICODE) != 0;
  if (global && !setLastIndex(rx, 0)) return -1;
  if (global && hasBuiltinExec(rx)) {
    return collectMatches(rx, s, unicode, load<u32>(regexpProgram(ptr(rx)), P_NCAP) << 1, wb);
  }
  store<i64>(f, boxObject(ArrayCreate(0, 0)), R_RESULTS);
  while (true) {
    const result = RegExpExec(rx, s);
    if (result == EXCEPTION) return -1;
    if (result == NULL) return -2;
    arrayPush(ptr(load<i64>(f, R_RESULTS)), result);
    if (!global) return -2;
    const m = matchedString(result);
    if (m == 0) return -1;
    if (strLength(m) == 0 && !advanceAfterEmpty(rx, s, unicode)) return -1;
  }
}

/** Steps 12-16 of [@@replace]: splice each result's replacement into S. The results are the
 *  array at R_RESULTS (count -2) or `count` matches recorded in word buffer `wb`. */
function applyResults(f: usize, functional: bool, count: i32, wb: usize): i64 {
  const s = ptr(load<i64>(f, R_S));
  const len = strLength(s);
  const n = count == -2 ? arrayLength(ptr(load<i64>(f, R_RESULTS))) : <u32>count;
  if (n == 0) return boxString(s); // no match: S itself (step 16), without copying it
  // Captures are only needed by a replacer or a template with a $.
  const needCaptures = functional || stringIndexOf(ptr(load<i64>(f, R_REPLACE)), internStatic("$"), 0) >= 0;
  const sb = sbOpen();
  let next = 0; // nextSourcePosition
  for (let k: u32 = 0; k < n; k++) {
    let position: i32;
    if (count == -2) {
      store<i64>(f, arrayGet(ptr(load<i64>(f, R_RESULTS)), k), R_ITEM);
      position = resultPosition(f, len);
    } else {
      position = recordedResult(f, wb, k, needCaptures);
    }
    if (position < 0) { sbDiscard(sb); return EXCEPTION; }
    const matched = ptr(load<i64>(f, R_MATCHED));
    const sbMark = saveSp();
    if (position >= next) sbAppendUtf16(sb, strData(s) + (<usize>next << 1), position - next);
    if (!appendReplacement(f, sb, functional, position, position >= next)) { sbDiscard(sb); return EXCEPTION; }
    restoreSp(sbMark);
    if (position >= next) next = position + strLength(matched);
  }
  if (next < len) sbAppendUtf16(sb, strData(s) + (<usize>next << 1), len - next);
  return boxString(sbFinish(sb));
}

/** Read the result at R_ITEM: matched string (R_MATCHED), captures (R_CAPTURES), groups
 *  (R_NAMED); returns the clamped position, or -1 with an exception pending. */
function resultPosition(f: usize, len: i32): i32 {
  const result = load<i64>(f, R_ITEM);
  const ncaptures = lengthOf(result) - 1;
  if (ncaptures < -1) return -1;
  const matched = matchedString(result);
  if (matched == 0) return -1;
  store<i64>(f, boxString(matched), R_MATCHED);
  const pv = GetV(result, A_index);
  if (pv == EXCEPTION) return -1;
  const pn = ToNumber(pv);
  if (pn == EXCEPTION) return -1;
  const pd = ToIntegerOrInfinity(toF64(pn));
  const position = pd < 0 ? 0 : (pd > <f64>len ? len : <i32>pd);
  const caps = ArrayCreate(0, 0);
  store<i64>(f, boxObject(caps), R_CAPTURES);
  for (let n = 1; <f64>n <= ncaptures; n++) {
    let c = GetElement(result, fromF64(<f64>n));
    if (c == EXCEPTION) return -1;
    if (c != UNDEFINED) {
      const cs = ToString(c);
      if (cs == 0) return -1;
      c = boxString(cs);
    }
    arrayPush(ptr(load<i64>(f, R_CAPTURES)), c);
  }
  const named = GetV(result, A_groups);
  if (named == EXCEPTION) return -1;
  store<i64>(f, named, R_NAMED);
  return position;
}

/** Fill R_MATCHED, R_CAPTURES and R_NAMED from match `k` of word buffer `wb` (the capture
 *  registers of each match, collectMatches); returns its position. Captures and groups are
 *  only made when `needCaptures`. */
function recordedResult(f: usize, wb: usize, k: u32, needCaptures: bool): i32 {
  const s = ptr(load<i64>(f, R_S));
  const rx = ptr(load<i64>(f, R_RX));
  const words = load<u32>(regexpProgram(rx), P_NCAP) << 1;
  const base = k * words;
  const at = <i32>wbGet(wb, base), e = <i32>wbGet(wb, base + 1);
  store<i64>(f, boxString(at == e ? A_empty : strSubstring(s, at, e)), R_MATCHED);
  store<i64>(f, UNDEFINED, R_NAMED);
  const caps = ArrayCreate(0, 0);
  store<i64>(f, boxObject(caps), R_CAPTURES);
  if (!needCaptures) return at;
  for (let g: u32 = 2; g < words; g += 2) {
    const a = <i32>wbGet(wb, base + g), b = <i32>wbGet(wb, base + g + 1);
    const v = a < 0 || b < 0 ? UNDEFINED : boxString(a == b ? A_empty : strSubstring(s, a, b));
    arrayPush(ptr(load<i64>(f, R_CAPTURES)), v);
  }
  const names = regexpNames(rx);
  if (names != UNDEFINED) store<i64>(f, groupsFromArray(names, ptr(load<i64>(f, R_CAPTURES)), 1), R_NAMED);
  return at;
}

/** Append the replacement of the result at R_ITEM (the replacer's ToString result, or the
 *  expanded template) when `use`; the replacer is called either way. */
function appendReplacement(f: usize, sb: usize, functional: bool, position: i32, use: bool): bool {
  const s = ptr(load<i64>(f, R_S));
  const matched = ptr(load<i64>(f, R_MATCHED));
  const caps = ptr(load<i64>(f, R_CAPTURES));
  const named = load<i64>(f, R_NAMED);
  if (!functional) {
    if (named != UNDEFINED && !isObject(named) && isNullish(named)) {
      throwTypeError("Cannot convert undefined or null to object");
      return false;
    }
    return !use || GetSubstitution(sb, matched, s, position, caps, named, ptr(load<i64>(f, R_REPLACE)));
  }
  // replacerArgs: matched, captures..., position, S[, groups]
  const m = <i32>arrayLength(caps);
  const argc = m + 3 + (named != UNDEFINED ? 1 : 0);
  const argv = reserveSlots(argc);
  store<i64>(argv, boxString(matched));
  for (let k = 0; k < m; k++) store<i64>(argv + (<usize>(k + 1) << 3), arrayGet(caps, <u32>k));
  store<i64>(argv + (<usize>(m + 1) << 3), fromF64(<f64>position));
  store<i64>(argv + (<usize>(m + 2) << 3), boxString(s));
  if (named != UNDEFINED) store<i64>(argv + (<usize>(m + 3) << 3), named);
  const r = Call(load<i64>(f, R_REPLACE), UNDEFINED, argv, argc);
  if (r == EXCEPTION) return false;
  store<i64>(argv, r);
  const t = ToString(r);
  if (t == 0) return false;
  if (use) sbAppendString(sb, t);
  return true;
}

// ---- split ----

/** The RegExp side of String.prototype.split: RegExp.prototype[@@split] — §22.2.6.14. */
export function RegExpSplitFor(thisv: i64, argv: usize, argc: i32): i64 {
  const sp0 = saveSp();
  const f = reserveSlots(4); // S, splitter, A, result
  const s = thisString(thisv, "split");
  if (s == 0) { restoreSp(sp0); return EXCEPTION; }
  store<i64>(f, boxString(s));
  const rx = arg(argv, argc, 0);
  const flags = flagsOf(rx);
  if (flags == 0) { restoreSp(sp0); return EXCEPTION; }
  store<i64>(f + 8, boxString(flags));
  const unicode = isUnicodeFlags(flags);
  let newFlags = flags;
  if (!hasFlag(flags, 0x79)) {
    const sb = sbOpen();
    sbAppendString(sb, flags);
    sbAppendChar(sb, 0x79);
    newFlags = sbFinish(sb);
  }
  store<i64>(f + 8, boxString(newFlags));
  const splitter = RegExpCreate(boxString(regexpSource(ptr(rx))), boxString(newFlags));
  if (splitter == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
  store<i64>(f + 8, splitter);
  const a = ArrayCreate(0, 0);
  store<i64>(f + 16, boxObject(a));
  const limit = splitLimit(arg(argv, argc, 1));
  if (limit < 0) { restoreSp(sp0); return EXCEPTION; }
  const lim = <u32>limit;
  if (lim == 0) { restoreSp(sp0); return boxObject(a); }
  const size = strLength(s);
  if (size == 0) {
    const z = RegExpExec(splitter, s);
    if (z == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
    if (z == NULL) arrayPush(a, boxString(s));
    restoreSp(sp0);
    return boxObject(a);
  }
  if (hasBuiltinExec(splitter)) {
    const r = splitFast(f, s, unicode, lim);
    restoreSp(sp0);
    return r;
  }
  let p = 0, q = 0;
  while (q < size) {
    if (!setLastIndex(splitter, <f64>q)) { restoreSp(sp0); return EXCEPTION; }
    const z = RegExpExec(splitter, s);
    if (z == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
    if (z == NULL) { q = <i32>AdvanceStringIndex(s, <f64>q, unicode); continue; }
    store<i64>(f + 24, z);
    const ed = getLastIndex(splitter);
    if (ed != ed) { restoreSp(sp0); return EXCEPTION; }
    const e = ed < <f64>size ? <i32>ed : size;
    if (e == p) { q = <i32>AdvanceStringIndex(s, <f64>q, unicode); continue; }
    arrayPush(a, boxString(q <= p ? A_empty : strSubstring(s, p, q)));
    if (arrayLength(a) == lim) { restoreSp(sp0); return boxObject(a); }
    p = e;
    const ncaptures = lengthOf(z) - 1;
    if (ncaptures < -1) { restoreSp(sp0); return EXCEPTION; }
    for (let i = 1; <f64>i <= ncaptures; i++) {
      const c = GetElement(load<i64>(f + 24), fromF64(<f64>i));
      if (c == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
      arrayPush(a, c);
      if (arrayLength(a) == lim) { restoreSp(sp0); return boxObject(a); }
    }
    q = p;
  }
  arrayPush(a, boxString(p >= size ? A_empty : strSubstring(s, p, size)));
  restoreSp(sp0);
  return boxObject(a);
}

/** The loop of [@@split] for a splitter with the builtin exec: a sticky attempt at each q finds
 *  what one search from q finds first, so each separator costs one search. Frame as in
 *  RegExpSplitFor (S, splitter, A). */
function splitFast(f: usize, s: usize, unicode: bool, lim: u32): i64 {
  const a = ptr(load<i64>(f, 16));
  const prog = regexpProgram(ptr(load<i64>(f, 8)));
  const ncap = load<u32>(prog, P_NCAP);
  const size = strLength(s);
  let p = 0, q = 0;
  while (q < size) {
    const at = matchFrom(prog, s, q, false);
    if (at == MATCH_OVERFLOW) return throwRangeError("Maximum call stack size exceeded");
    if (at < 0 || at >= size) break;
    const e = captureSlot(1) < size ? captureSlot(1) : size;
    if (e == p) { q = <i32>AdvanceStringIndex(s, <f64>at, unicode); continue; }
    arrayPush(a, boxString(at <= p ? A_empty : strSubstring(s, p, at)));
    if (arrayLength(a) == lim) return boxObject(a);
    p = e;
    for (let k: u32 = 1; k < ncap; k++) {
      arrayPush(a, capturedValue(s, k));
      if (arrayLength(a) == lim) return boxObject(a);
    }
    q = p;
  }
  arrayPush(a, boxString(p >= size ? A_empty : strSubstring(s, p, size)));
  return boxObject(a);
}

/** String.prototype.match/matchAll/search (initRegExp) and %RegExpStringIteratorPrototype%. */
export function initRegExpString(stringProto: usize): void {
  initRegExpStringIterator();
  defineMethod(stringProto, "match", 1, String_prototype_match);
  defineMethod(stringProto, "matchAll", 1, String_prototype_matchAll);
  defineMethod(stringProto, "search", 1, String_prototype_search);
}
