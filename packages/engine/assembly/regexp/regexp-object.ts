// RegExp objects — §22.2.3: a CELL_REGEXP object whose OBJ_AUX is the boxed, immutable RegExp
// data vector [source, flags, program, group names, flag bits] (the [[OriginalSource]],
// [[OriginalFlags]] and [[RegExpMatcher]] slots). Equal (source, flags) pairs share one data
// vector through a small compile cache, so a literal evaluated in a loop compiles once.
import { CELL_REGEXP, OBJ_AUX, OBJ_AUX_BYTES, PROP_WRITABLE } from "../layout.generated";
import { ensureFamily, LAZY_REGEXP } from "../builtins/lazy";
import { UNDEFINED, EXCEPTION, isObject, boxObject, boxString, fromF64, fromI32, ptr, toF64 } from "../value";
import { cellKind } from "../heap/alloc";
import { markCell } from "../heap/gc";
import { pushRoot, saveSp, restoreSp, reserveSlots } from "../heap/stack";
import { strLength, strCharAt, strEquals, strHash } from "../string/string";
import { sbOpen, sbAppendStatic, sbAppendString, sbAppendChar, sbFinish } from "../string/builder";
import { internStatic } from "../string/atoms";
import { allocObject, addOwnProperty } from "../object/object";
import { newVector, vecGet, vecSet } from "../object/vector";
import { A_empty } from "../names";
import { SYNTAX_ERROR, throwError, throwErrorWith } from "../errors";
import { ToString } from "../ops/conversion";
import {
  F_HAS_INDICES, F_GLOBAL, F_IGNORE_CASE, F_MULTILINE, F_DOT_ALL, F_UNICODE, F_UNICODE_SETS, F_STICKY,
} from "./bytecode";
import { compilePattern, parseError } from "./parser";
import { markMatcherRoots } from "./matcher";
import { noteRegExpInstanceShape, markPristineRoots } from "./pristine";

// The data vector's entries.
export const RD_SOURCE: u32 = 0;
export const RD_FLAGS: u32 = 1;
export const RD_PROGRAM: u32 = 2;
export const RD_NAMES: u32 = 3;
export const RD_FLAG_BITS: u32 = 4;
const RD_SIZE: u32 = 5;

/** %RegExp.prototype%, set by builtins/regexp.ts. */
export let RegExpPrototype: usize = 0;
export function setRegExpPrototype(p: usize): void { RegExpPrototype = p; }
/** %RegExp.prototype.exec%: RegExpExec calls the builtin directly when exec is not replaced. */
export let RegExpExecFunction: usize = 0;
export function setRegExpExecFunction(f: usize): void { RegExpExecFunction = f; }
/** %RegExpStringIteratorPrototype% (builtins/regexp-iterator.ts). */
export let RegExpStringIteratorPrototype: usize = 0;
export function setRegExpStringIteratorPrototype(p: usize): void { RegExpStringIteratorPrototype = p; }

/** The compile cache: a Vector of data vectors (or undefined), two-way set-associative (a pair of
 *  entries per hash; a new entry goes first, the older one moves second). Direct-mapped with 64
 *  entries, markdown's ~40 literals collided and recompiled on every call (class bitmaps and all:
 *  ~10% of its time). */
const CACHE_SIZE: u32 = 512;
let compileCache: usize = 0;

/** The collector's view of this module's globals (heap/roots.ts). */
export function markRegExpRoots(): void {
  markCell(RegExpPrototype);
  markCell(RegExpExecFunction);
  markCell(RegExpStringIteratorPrototype);
  markCell(compileCache);
  markMatcherRoots();
  markPristineRoots();
}

export let A_lastIndex: usize = 0;
export let A_index: usize = 0;
export let A_input: usize = 0;
export let A_groups: usize = 0;
export let A_indices: usize = 0;
export let A_exec: usize = 0;
export function initRegExpNames(): void {
  A_lastIndex = internStatic("lastIndex");
  A_index = internStatic("index");
  A_input = internStatic("input");
  A_groups = internStatic("groups");
  A_indices = internStatic("indices");
  A_exec = internStatic("exec");
}

/** Whether `v` is a RegExp object (has [[RegExpMatcher]]); IsRegExp without Symbol.match. */
export function isRegExp(v: i64): bool { return isObject(v) && cellKind(ptr(v)) == CELL_REGEXP; }

// @ts-ignore: decorator
@inline export function regexpData(o: usize): usize { return ptr(load<i64>(o, OBJ_AUX)); }
export function regexpSource(o: usize): usize { return ptr(vecGet(regexpData(o), RD_SOURCE)); }
export function regexpFlagsString(o: usize): usize { return ptr(vecGet(regexpData(o), RD_FLAGS)); }
export function regexpProgram(o: usize): usize { return ptr(vecGet(regexpData(o), RD_PROGRAM)); }
export function regexpNames(o: usize): i64 { return vecGet(regexpData(o), RD_NAMES); }
export function regexpFlags(o: usize): u32 { return <u32>toF64(vecGet(regexpData(o), RD_FLAG_BITS)); }

/** The flag bit of flag character `c`, or 0. */
export function flagBit(c: u32): u32 {
  switch (c) {
    case 0x64: return F_HAS_INDICES;
    case 0x67: return F_GLOBAL;
    case 0x69: return F_IGNORE_CASE;
    case 0x6d: return F_MULTILINE;
    case 0x73: return F_DOT_ALL;
    case 0x75: return F_UNICODE;
    case 0x76: return F_UNICODE_SETS;
    case 0x79: return F_STICKY;
  }
  return 0;
}

/** The flag bits of a flags string, or -1 if a character is unknown or repeated (or u with v). */
function parseFlags(f: usize): i32 {
  let bits: u32 = 0;
  for (let i = 0; i < strLength(f); i++) {
    const b = flagBit(strCharAt(f, i));
    if (b == 0 || (bits & b) != 0) return -1;
    bits |= b;
  }
  if ((bits & F_UNICODE) != 0 && (bits & F_UNICODE_SETS) != 0) return -1;
  return <i32>bits;
}

/** The data vector for (P, F), compiled or from the cache; 0 with a SyntaxError pending. Both
 *  strings must be rooted by the caller. */
function regexpDataFor(p: usize, f: usize): usize {
  const bits = parseFlags(f);
  if (bits < 0) {
    throwErrorWith(SYNTAX_ERROR, "Invalid flags supplied to RegExp constructor '", f, "'");
    return 0;
  }
  const h = ((strHash(p) * 31 + strHash(f)) & (CACHE_SIZE - 1)) & ~1;
  if (compileCache != 0) {
    for (let way: u32 = 0; way < 2; way++) {
      const hit = vecGet(compileCache, h + way);
      if (isObject(hit)) {
        const d = ptr(hit);
        if (strEquals(ptr(vecGet(d, RD_SOURCE)), p) && strEquals(ptr(vecGet(d, RD_FLAGS)), f)) return d;
      }
    }
  }
  const sp0 = saveSp();
  const out = reserveSlots(2);
  if (!compilePattern(p, <u32>bits, out)) {
    restoreSp(sp0);
    throwInvalidPattern(p, f);
    return 0;
  }
  const d = newVector(RD_SIZE);
  vecSet(d, RD_SOURCE, boxString(p));
  vecSet(d, RD_FLAGS, boxString(f));
  vecSet(d, RD_PROGRAM, load<i64>(out));
  vecSet(d, RD_NAMES, load<i64>(out, 8));
  vecSet(d, RD_FLAG_BITS, fromI32(bits));
  pushRoot(boxObject(d));
  if (compileCache == 0) {
    compileCache = newVector(CACHE_SIZE);
    for (let i: u32 = 0; i < CACHE_SIZE; i++) vecSet(compileCache, i, UNDEFINED);
  }
  vecSet(compileCache, h + 1, vecGet(compileCache, h));
  vecSet(compileCache, h, boxObject(d));
  restoreSp(sp0);
  return d;
}

/** SyntaxError "Invalid regular expression: /<P>/<F>: <message>". */
function throwInvalidPattern(p: usize, f: usize): void {
  const sb = sbOpen();
  sbAppendStatic(sb, "Invalid regular expression: /");
  sbAppendString(sb, p);
  sbAppendChar(sb, 0x2f);
  sbAppendString(sb, f);
  sbAppendStatic(sb, ": ");
  sbAppendStatic(sb, parseError);
  throwError(SYNTAX_ERROR, sbFinish(sb));
}

/** RegExpAlloc(newTarget) — §22.2.3.2 with prototype `proto`: a RegExp with an own lastIndex
 *  (writable, not enumerable, not configurable). */
export function RegExpAlloc(proto: i64): usize {
  const o = allocObject(CELL_REGEXP, OBJ_AUX_BYTES, proto);
  const sp0 = saveSp();
  pushRoot(boxObject(o));
  addOwnProperty(o, A_lastIndex, fromF64(0), PROP_WRITABLE);
  if (isObject(proto) && ptr(proto) == RegExpPrototype) noteRegExpInstanceShape(o);
  restoreSp(sp0);
  return o;
}

/** RegExpInitialize(obj, pattern, flags) — §22.2.3.3: returns obj, or EXCEPTION. */
export function RegExpInitialize(o: usize, pattern: i64, flags: i64): i64 {
  const sp0 = saveSp();
  pushRoot(boxObject(o));
  pushRoot(pattern);
  pushRoot(flags);
  let p: usize = A_empty, f: usize = A_empty;
  if (pattern != UNDEFINED) { p = ToString(pattern); if (p == 0) { restoreSp(sp0); return EXCEPTION; } }
  pushRoot(boxString(p));
  if (flags != UNDEFINED) { f = ToString(flags); if (f == 0) { restoreSp(sp0); return EXCEPTION; } }
  pushRoot(boxString(f));
  const d = regexpDataFor(p, f);
  restoreSp(sp0);
  if (d == 0) return EXCEPTION;
  store<i64>(o, boxObject(d), OBJ_AUX);
  return boxObject(o);
}

/** RegExpCreate(P, F) — §22.2.3.1 with %RegExp.prototype%. */
export function RegExpCreate(pattern: i64, flags: i64): i64 {
  const sp0 = saveSp();
  pushRoot(pattern);
  pushRoot(flags);
  ensureFamily(LAZY_REGEXP); // a literal or String.prototype.match may come first
  const o = RegExpAlloc(boxObject(RegExpPrototype));
  const r = RegExpInitialize(o, pattern, flags);
  restoreSp(sp0);
  return r;
}

/** A literal /p/f: a new object each evaluation, sharing the compiled program (the cache). */
export function rt_regexp_create(pattern: i64, flags: i64): i64 {
  return RegExpCreate(pattern, flags);
}

/** EscapeRegExpPattern — §22.2.6.13.1: the source as a literal body ("/" and line terminators
 *  escaped, "(?:)" for the empty pattern). */
export function EscapeRegExpPattern(src: usize): usize {
  const n = strLength(src);
  if (n == 0) return internStatic("(?:)");
  let plain = true;
  for (let i = 0; i < n; i++) {
    const c = strCharAt(src, i);
    if (c == 0x2f || c == 0x0a || c == 0x0d || c == 0x2028 || c == 0x2029) { plain = false; break; }
  }
  if (plain) return src;
  const sp0 = saveSp();
  pushRoot(boxString(src));
  const sb = sbOpen();
  let inClass = false;
  for (let i = 0; i < n; i++) {
    const c = strCharAt(src, i);
    if (c == 0x5c && i + 1 < n) { // keep escapes as written
      sbAppendChar(sb, c);
      const d = strCharAt(src, ++i);
      if (d == 0x0a) sbAppendChar(sb, 0x6e);
      else if (d == 0x0d) sbAppendChar(sb, 0x72);
      else if (d == 0x2028) sbAppendStatic(sb, "u2028");
      else if (d == 0x2029) sbAppendStatic(sb, "u2029");
      else sbAppendChar(sb, d);
      continue;
    }
    if (c == 0x5b) inClass = true;
    else if (c == 0x5d) inClass = false;
    if (c == 0x2f && !inClass) sbAppendStatic(sb, "\\/");
    else if (c == 0x0a) sbAppendStatic(sb, "\\n");
    else if (c == 0x0d) sbAppendStatic(sb, "\\r");
    else if (c == 0x2028) sbAppendStatic(sb, "\\u2028");
    else if (c == 0x2029) sbAppendStatic(sb, "\\u2029");
    else sbAppendChar(sb, c);
  }
  const r = sbFinish(sb);
  restoreSp(sp0);
  return r;
}

/** The flag characters of `bits` in the order of the flags getter (§22.2.6.4). */
export function appendFlags(sb: usize, bits: u32): void {
  const order = "dgimsuvy";
  for (let i = 0; i < order.length; i++) {
    const c = <u32>load<u16>(changetype<usize>(order) + (<usize>i << 1));
    if ((bits & flagBit(c)) != 0) sbAppendChar(sb, c);
  }
}

/** "/source/flags" from the internal slots (inspect, and toString for unmodified RegExps). */
export function regexpToStringCell(o: usize): usize {
  const sp0 = saveSp();
  pushRoot(boxObject(o));
  const src = EscapeRegExpPattern(regexpSource(o));
  pushRoot(boxString(src));
  const sb = sbOpen();
  sbAppendChar(sb, 0x2f);
  sbAppendString(sb, src);
  sbAppendChar(sb, 0x2f);
  appendFlags(sb, regexpFlags(o));
  const r = sbFinish(sb);
  restoreSp(sp0);
  return r;
}
