// Running a RegExp — §22.2.7: RegExpBuiltinExec (lastIndex, the match, the result array with
// index/input/groups/indices), RegExpExec (a user `exec` is honoured), AdvanceStringIndex, and
// the lastIndex accessors the String methods share.
import { PROP_DEFAULT, PROP_ACCESSOR } from "../layout.generated";
import {
  UNDEFINED, NULL, EXCEPTION, FALSE, isObject, isNumber, boxObject, boxString, fromF64, fromI32,
  toF64, ptr,
} from "../value";
import { pushRoot, saveSp, restoreSp } from "../heap/stack";
import { strLength, strCharAt, strSubstring } from "../string/string";
import { ArrayCreate, arraySet, arrayGet } from "../object/array";
import { OrdinaryObjectCreate, addOwnProperty, objProto, findOwn, ownValue, propAttrs, NO_PROP, getSlot, setSlot } from "../object/object";
import { vecGet, vecCapacity } from "../object/vector";
import { isCallable } from "../object/function";
import { A_empty } from "../names";
import { throwTypeError, throwRangeError } from "../errors";
import { ToNumber, ToIntegerOrInfinity } from "../ops/conversion";
import { Get, SetOnObject } from "../ops/property";
import { throwSetFailure } from "../ops/property-errors";
import { Call } from "../ops/call";
import { hasPlainLastIndex, isPristineRegExp } from "./pristine";
import { F_GLOBAL, F_STICKY, F_UNICODE, F_UNICODE_SETS, F_HAS_INDICES, P_NCAP } from "./bytecode";
import { matchFrom, captureSlot, MATCH_OVERFLOW } from "./matcher";
import { wbEmit } from "./bytecode";
import {
  A_lastIndex, A_index, A_input, A_groups, A_indices, A_exec, RegExpExecFunction, isRegExp, regexpProgram,
  regexpNames, regexpFlags,
} from "./regexp-object";

/** AdvanceStringIndex(S, index, unicode) — §22.2.7.3. */
export function AdvanceStringIndex(s: usize, index: f64, unicode: bool): f64 {
  if (!unicode || index + 1 >= <f64>strLength(s)) return index + 1;
  const i = <i32>index;
  const c = strCharAt(s, i);
  if ((c & 0xfc00) != 0xd800) return index + 1;
  return (strCharAt(s, i + 1) & 0xfc00) == 0xdc00 ? index + 2 : index + 1;
}

/** ToLength(Get(R, "lastIndex")); NaN with an exception pending. */
export function getLastIndex(r: i64): f64 {
  const v = hasPlainLastIndex(r) ? getSlot(ptr(r), 0) : Get(r, A_lastIndex, r);
  if (v == EXCEPTION) return NaN;
  let d: f64;
  if (isNumber(v)) d = toF64(v);
  else {
    const n = ToNumber(v);
    if (n == EXCEPTION) return NaN;
    d = toF64(n);
  }
  const k = ToIntegerOrInfinity(d);
  return k <= 0 ? 0 : (k < 9007199254740991.0 ? k : 9007199254740991.0);
}

/** Set(R, "lastIndex", v, true): false with an exception pending. */
export function putLastIndex(r: i64, v: i64): bool {
  if (hasPlainLastIndex(r)) { setSlot(ptr(r), 0, v); return true; }
  const res = SetOnObject(r, A_lastIndex, v);
  if (res == EXCEPTION) return false;
  if (res == FALSE) { throwSetFailure(r, A_lastIndex); return false; }
  return true;
}
export function setLastIndex(r: i64, index: f64): bool { return putLastIndex(r, fromF64(index)); }

/** The captured substring of group `k` of the last match, or undefined. `s` must be rooted. */
export function capturedValue(s: usize, k: u32): i64 {
  const a = captureSlot(2 * k), b = captureSlot(2 * k + 1);
  if (a < 0 || b < 0) return UNDEFINED;
  return boxString(a == b ? A_empty : strSubstring(s, a, b));
}

/** [start, end] of group `k` of the last match, or undefined (MakeMatchIndicesIndexPairArray). */
function capturedPair(k: u32): i64 {
  const a = captureSlot(2 * k), b = captureSlot(2 * k + 1);
  if (a < 0 || b < 0) return UNDEFINED;
  const pair = ArrayCreate(2, 2);
  arraySet(pair, 0, fromI32(a));
  arraySet(pair, 1, fromI32(b));
  return boxObject(pair);
}

/** The groups object of a match: a null-prototype object with each named group's entry of
 *  array `arr` (group k at index k - first), or undefined when the pattern has no names. `arr`
 *  must be rooted. */
export function groupsFromArray(names: i64, arr: usize, first: u32): i64 {
  if (names == UNDEFINED) return UNDEFINED;
  const g = OrdinaryObjectCreate(NULL);
  const sp0 = saveSp();
  pushRoot(boxObject(g));
  const nv = ptr(names);
  for (let k: u32 = 1; k < vecCapacity(nv); k++) {
    const name = vecGet(nv, k);
    if (name != UNDEFINED) addOwnProperty(g, ptr(name), arrayGet(arr, k - first), PROP_DEFAULT);
  }
  restoreSp(sp0);
  return boxObject(g);
}

/** The match result array — §22.2.7.2 steps 20-35. */
function matchResult(rx: usize, s: usize, index: i32): i64 {
  const prog = regexpProgram(rx);
  const ncap = load<u32>(prog, P_NCAP);
  const sp0 = saveSp();
  pushRoot(boxObject(rx));
  pushRoot(boxString(s));
  const a = ArrayCreate(ncap, ncap);
  pushRoot(boxObject(a));
  addOwnProperty(a, A_index, fromI32(index), PROP_DEFAULT);
  addOwnProperty(a, A_input, boxString(s), PROP_DEFAULT);
  for (let k: u32 = 0; k < ncap; k++) arraySet(a, k, capturedValue(s, k));
  const names = regexpNames(rx);
  addOwnProperty(a, A_groups, groupsFromArray(names, a, 0), PROP_DEFAULT);
  if ((regexpFlags(rx) & F_HAS_INDICES) != 0) {
    const ind = ArrayCreate(ncap, ncap);
    pushRoot(boxObject(ind));
    for (let k: u32 = 0; k < ncap; k++) arraySet(ind, k, capturedPair(k));
    addOwnProperty(ind, A_groups, groupsFromArray(names, ind, 0), PROP_DEFAULT);
    addOwnProperty(a, A_indices, boxObject(ind), PROP_DEFAULT);
  }
  restoreSp(sp0);
  return boxObject(a);
}

export const NO_MATCH: i32 = -1;
export const MATCH_THREW: i32 = -2;

/** The matching half of RegExpBuiltinExec(R, S) — §22.2.7.2 steps 1-19: lastIndex read, the
 *  match, lastIndex written. Returns the match position (captures in captureSlot), NO_MATCH, or
 *  MATCH_THREW with an exception pending. `r` and `s` must be rooted. */
export function RegExpBuiltinMatch(r: i64, s: usize): i32 {
  let lastIndex = getLastIndex(r);
  if (lastIndex != lastIndex) return MATCH_THREW;
  const rx = ptr(r);
  const flags = regexpFlags(rx);
  const globalOrSticky = (flags & (F_GLOBAL | F_STICKY)) != 0;
  if (!globalOrSticky) lastIndex = 0;
  let at = NO_MATCH;
  if (lastIndex <= <f64>strLength(s)) {
    const sp0 = saveSp();
    pushRoot(boxObject(regexpProgram(rx))); // RegExp.prototype.compile could swap the data
    at = matchFrom(regexpProgram(rx), s, <i32>lastIndex, (flags & F_STICKY) != 0);
    restoreSp(sp0);
    if (at == MATCH_OVERFLOW) { throwRangeError("Maximum call stack size exceeded"); return MATCH_THREW; }
  }
  if (globalOrSticky && !setLastIndex(r, at < 0 ? 0 : <f64>captureSlot(1))) return MATCH_THREW;
  return at;
}

/** RegExpBuiltinExec(R, S) — §22.2.7.2: the result array, null, or EXCEPTION. */
export function RegExpBuiltinExec(r: i64, s: usize): i64 {
  const sp0 = saveSp();
  pushRoot(r);
  pushRoot(boxString(s));
  const at = RegExpBuiltinMatch(r, s);
  const result = at == MATCH_THREW ? EXCEPTION : at < 0 ? NULL : matchResult(ptr(r), s, at);
  restoreSp(sp0);
  return result;
}

/** Whether RegExpExec(r, ...) runs RegExpBuiltinExec: `r` is a RegExp and the `exec` it finds
 *  is the builtin data property. Looked up without running getters, so callers may take a
 *  fast path that skips the result arrays without any observable difference. */
export function hasBuiltinExec(r: i64): bool {
  if (!isRegExp(r)) return false;
  if (isPristineRegExp(r)) return true;
  let o = ptr(r);
  while (true) {
    const node = findOwn(o, A_exec);
    if (node != NO_PROP) {
      if ((propAttrs(node) & PROP_ACCESSOR) != 0) return false;
      const v = ownValue(o, node);
      return isObject(v) && ptr(v) == RegExpExecFunction;
    }
    const proto = objProto(o);
    if (!isObject(proto)) return false;
    o = ptr(proto);
  }
}

/** RegExpExec(R, S) — §22.2.7.1: a user-defined `exec` is called (its result must be an object
 *  or null); the builtin one runs directly. */
export function RegExpExec(r: i64, s: usize): i64 {
  const sp0 = saveSp();
  pushRoot(r);
  pushRoot(boxString(s));
  const exec = isPristineRegExp(r) ? boxObject(RegExpExecFunction) : Get(r, A_exec, r);
  if (exec == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
  if (isCallable(exec) && ptr(exec) != RegExpExecFunction) {
    pushRoot(exec);
    const argv = pushRoot(boxString(s));
    const result = Call(exec, r, argv, 1);
    restoreSp(sp0);
    if (result == EXCEPTION) return EXCEPTION;
    if (!isObject(result) && result != NULL) {
      return throwTypeError("exec result must be an object or null");
    }
    return result;
  }
  restoreSp(sp0);
  if (!isRegExp(r)) return throwTypeError("RegExp exec method called on an incompatible receiver");
  return RegExpBuiltinExec(r, s);
}


/** Every match of `r` in `s` as the loops of [@@match] and [@@replace] find them with the
 *  builtin exec (`r` has it: hasBuiltinExec): from 0, past an empty match by one character (a
 *  code point when `unicode`), stopping at the first failure, lastIndex left 0. Each match's
 *  first `words` capture registers are appended to word buffer `wb`. Returns the number of
 *  matches, or -1 with an exception pending. `r` and `s` must be rooted. */
export function collectMatches(r: i64, s: usize, unicode: bool, words: u32, wb: usize): i32 {
  const rx = ptr(r);
  const prog = regexpProgram(rx);
  const sp0 = saveSp();
  pushRoot(boxObject(prog));
  const sticky = (regexpFlags(rx) & F_STICKY) != 0;
  const len = strLength(s);
  let count = 0;
  let i = 0;
  while (i <= len) {
    const at = matchFrom(prog, s, i, sticky);
    if (at == MATCH_OVERFLOW) { restoreSp(sp0); throwRangeError("Maximum call stack size exceeded"); return -1; }
    if (at < 0) break;
    const e = captureSlot(1);
    for (let k: u32 = 0; k < words; k++) wbEmit(wb, <u32>captureSlot(k));
    count++;
    i = e == at ? <i32>AdvanceStringIndex(s, <f64>e, unicode) : e;
  }
  restoreSp(sp0);
  return setLastIndex(r, 0) ? count : -1;
}
