// Running a RegExp — §22.2.7: RegExpBuiltinExec (lastIndex, the match, the result array with
// index/input/groups/indices), RegExpExec (a user `exec` is honoured), AdvanceStringIndex, and
// the lastIndex accessors the String methods share.
import { PROP_DEFAULT } from "../layout.generated";
import {
  UNDEFINED, NULL, EXCEPTION, FALSE, isObject, isNumber, boxObject, boxString, fromF64, fromI32,
  toF64, ptr,
} from "../value";
import { pushRoot, saveSp, restoreSp } from "../heap/stack";
import { strLength, strCharAt, strSubstring } from "../string/string";
import { ArrayCreate, arraySet } from "../object/array";
import { OrdinaryObjectCreate, addOwnProperty } from "../object/object";
import { vecGet, vecCapacity } from "../object/vector";
import { isCallable } from "../object/function";
import { A_empty } from "../names";
import { throwTypeError, throwRangeError } from "../errors";
import { ToNumber, ToIntegerOrInfinity } from "../ops/conversion";
import { Get, SetOnObject } from "../ops/property";
import { throwSetFailure } from "../ops/property-errors";
import { Call } from "../ops/call";
import { F_GLOBAL, F_STICKY, F_UNICODE, F_UNICODE_SETS, F_HAS_INDICES, P_NCAP } from "./bytecode";
import { matchFrom, captureSlot, MATCH_OVERFLOW } from "./matcher";
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
  const v = Get(r, A_lastIndex, r);
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
  const res = SetOnObject(r, A_lastIndex, v);
  if (res == EXCEPTION) return false;
  if (res == FALSE) { throwSetFailure(r, A_lastIndex); return false; }
  return true;
}
export function setLastIndex(r: i64, index: f64): bool { return putLastIndex(r, fromF64(index)); }

/** The captured substring of group `k` of the last match, or undefined. `s` must be rooted. */
function capturedValue(s: usize, k: u32): i64 {
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

/** The groups object of the last match: a null-prototype object with each named group's value
 *  (or index pair when `pairs`), or undefined when the pattern has no names. */
function groupsObject(names: i64, s: usize, pairs: bool): i64 {
  if (names == UNDEFINED) return UNDEFINED;
  const g = OrdinaryObjectCreate(NULL);
  const sp0 = saveSp();
  pushRoot(boxObject(g));
  const nv = ptr(names);
  for (let k: u32 = 1; k < vecCapacity(nv); k++) {
    const name = vecGet(nv, k);
    if (name == UNDEFINED) continue;
    const v = pairs ? capturedPair(k) : capturedValue(s, k);
    addOwnProperty(g, ptr(name), v, PROP_DEFAULT);
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
  addOwnProperty(a, A_groups, groupsObject(names, s, false), PROP_DEFAULT);
  if ((regexpFlags(rx) & F_HAS_INDICES) != 0) {
    const ind = ArrayCreate(ncap, ncap);
    pushRoot(boxObject(ind));
    for (let k: u32 = 0; k < ncap; k++) arraySet(ind, k, capturedPair(k));
    addOwnProperty(ind, A_groups, groupsObject(names, s, true), PROP_DEFAULT);
    addOwnProperty(a, A_indices, boxObject(ind), PROP_DEFAULT);
  }
  restoreSp(sp0);
  return boxObject(a);
}

/** RegExpBuiltinExec(R, S) — §22.2.7.2: the result array, null, or EXCEPTION. */
export function RegExpBuiltinExec(r: i64, s: usize): i64 {
  const sp0 = saveSp();
  pushRoot(r);
  pushRoot(boxString(s));
  let lastIndex = getLastIndex(r);
  if (lastIndex != lastIndex) { restoreSp(sp0); return EXCEPTION; }
  const rx = ptr(r);
  const flags = regexpFlags(rx);
  const globalOrSticky = (flags & (F_GLOBAL | F_STICKY)) != 0;
  if (!globalOrSticky) lastIndex = 0;
  if (lastIndex > <f64>strLength(s)) {
    const ok = !globalOrSticky || setLastIndex(r, 0);
    restoreSp(sp0);
    return ok ? NULL : EXCEPTION;
  }
  const prog = regexpProgram(rx);
  pushRoot(boxObject(prog)); // RegExp.prototype.compile could swap the data while we run
  const at = matchFrom(prog, s, <i32>lastIndex, (flags & F_STICKY) != 0);
  if (at == MATCH_OVERFLOW) { restoreSp(sp0); return throwRangeError("Maximum call stack size exceeded"); }
  if (at < 0) {
    const ok = !globalOrSticky || setLastIndex(r, 0);
    restoreSp(sp0);
    return ok ? NULL : EXCEPTION;
  }
  if (globalOrSticky && !setLastIndex(r, <f64>captureSlot(1))) { restoreSp(sp0); return EXCEPTION; }
  const result = matchResult(rx, s, at);
  restoreSp(sp0);
  return result;
}

/** RegExpExec(R, S) — §22.2.7.1: a user-defined `exec` is called (its result must be an object
 *  or null); the builtin one runs directly. */
export function RegExpExec(r: i64, s: usize): i64 {
  const sp0 = saveSp();
  pushRoot(r);
  pushRoot(boxString(s));
  const exec = Get(r, A_exec, r);
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

