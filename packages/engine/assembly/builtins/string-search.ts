// String.prototype methods that search for a string: indexOf, lastIndexOf, includes, startsWith,
// endsWith, split, replace, replaceAll — ECMA-262 §22.1.3. A RegExp argument goes to the RegExp
// side (regexp-string.ts; IsRegExp by cell kind until @@split/@@replace exist with Symbol).
import {
  UNDEFINED, EXCEPTION, TRUE, FALSE, isNumber, toF64, fromI32, fromBool, boxString, boxObject,
} from "../value";
import { pushRoot, saveSp, restoreSp } from "../heap/stack";
import {
  strLength, strData, strCharAt, strLastIndexOf, strSubstring,
} from "../string/string";
import {
  sbOpen, sbAppendChar, sbAppendUtf16, sbAppendString, sbFinish, sbDiscard,
} from "../string/builder";
import { ArrayCreate, arraySet, arrayPush } from "../object/array";
import { isCallable } from "../object/function";
import { A_empty } from "../names";
import { ToString, ToNumber, ToIntegerOrInfinity, ToUint32 } from "../ops/conversion";
import { charString } from "../ops/property";
import { Call } from "../ops/call";
import { arg, defineMethod } from "./native";
import { splitLimit, thisString, integerArg, clampIndex, stringIndexOf } from "./string-common";
import { GetSubstitution } from "./string-substitution";
import { isRegExp } from "../regexp/regexp-object";
import { RegExpSplitFor, RegExpReplaceFor } from "./regexp-string";

/** The receiver string and ToString(argument 0), both rooted on the shadow stack (the caller
 *  restores sp). Returns the receiver, or 0 with an exception pending; the argument is stored in
 *  `searchOut`. */
const searchOut = memory.data(8);
function receiverAndSearch(thisv: i64, argv: usize, argc: i32, name: string): usize {
  const s = thisString(thisv, name);
  if (s == 0) return 0;
  pushRoot(boxString(s));
  const t = ToString(arg(argv, argc, 0));
  if (t == 0) return 0;
  pushRoot(boxString(t));
  store<usize>(searchOut, t);
  return s;
}

/** Whether `needle` occurs in `s` at index `at` (which must leave room for it). */
function matchesAt(s: usize, needle: usize, at: i32): bool {
  return memory.compare(strData(s) + (<usize>at << 1), strData(needle), <usize>strLength(needle) << 1) == 0;
}

/** String.prototype.indexOf(searchString, position) — §22.1.3.9. */
function String_prototype_indexOf(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  const sp0 = saveSp();
  const s = receiverAndSearch(thisv, argv, argc, "indexOf");
  if (s == 0) { restoreSp(sp0); return EXCEPTION; }
  const search = load<usize>(searchOut);
  const pos = integerArg(arg(argv, argc, 1));
  restoreSp(sp0);
  if (pos != pos) return EXCEPTION;
  return fromI32(stringIndexOf(s, search, clampIndex(pos, 0, strLength(s))));
}

/** String.prototype.lastIndexOf(searchString, position) — §22.1.3.11. */
function String_prototype_lastIndexOf(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  const sp0 = saveSp();
  const s = receiverAndSearch(thisv, argv, argc, "lastIndexOf");
  if (s == 0) { restoreSp(sp0); return EXCEPTION; }
  const search = load<usize>(searchOut);
  const nv = ToNumber(arg(argv, argc, 1));
  restoreSp(sp0);
  if (nv == EXCEPTION) return EXCEPTION;
  const d = toF64(nv);
  const pos = d != d ? Infinity : ToIntegerOrInfinity(d); // NaN means "from the end"
  return fromI32(strLastIndexOf(s, search, clampIndex(pos, 0, strLength(s))));
}

/** String.prototype.includes(searchString, position) — §22.1.3.8. */
function String_prototype_includes(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  const sp0 = saveSp();
  const s = receiverAndSearch(thisv, argv, argc, "includes");
  if (s == 0) { restoreSp(sp0); return EXCEPTION; }
  const search = load<usize>(searchOut);
  const pos = integerArg(arg(argv, argc, 1));
  restoreSp(sp0);
  if (pos != pos) return EXCEPTION;
  return fromBool(stringIndexOf(s, search, clampIndex(pos, 0, strLength(s))) >= 0);
}

/** String.prototype.startsWith(searchString, position) — §22.1.3.23. */
function String_prototype_startsWith(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  const sp0 = saveSp();
  const s = receiverAndSearch(thisv, argv, argc, "startsWith");
  if (s == 0) { restoreSp(sp0); return EXCEPTION; }
  const search = load<usize>(searchOut);
  const pos = integerArg(arg(argv, argc, 1));
  restoreSp(sp0);
  if (pos != pos) return EXCEPTION;
  const start = clampIndex(pos, 0, strLength(s));
  const m = strLength(search);
  if (start + m > strLength(s)) return FALSE;
  return fromBool(matchesAt(s, search, start));
}

/** String.prototype.endsWith(searchString, endPosition) — §22.1.3.7. */
function String_prototype_endsWith(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  const sp0 = saveSp();
  const s = receiverAndSearch(thisv, argv, argc, "endsWith");
  if (s == 0) { restoreSp(sp0); return EXCEPTION; }
  const search = load<usize>(searchOut);
  const len = strLength(s);
  const ev = arg(argv, argc, 1);
  const pos = ev == UNDEFINED ? <f64>len : integerArg(ev);
  restoreSp(sp0);
  if (pos != pos) return EXCEPTION;
  const start = clampIndex(pos, 0, len) - strLength(search);
  if (start < 0) return FALSE;
  return fromBool(matchesAt(s, search, start));
}

/** String.prototype.split(separator, limit) — §22.1.3.22 for a string (or undefined) separator. */
function String_prototype_split(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  if (isRegExp(arg(argv, argc, 0))) return RegExpSplitFor(thisv, argv, argc);
  const s = thisString(thisv, "split");
  if (s == 0) return EXCEPTION;
  const sp0 = saveSp();
  pushRoot(boxString(s));
  const limit = splitLimit(arg(argv, argc, 1));
  if (limit < 0) { restoreSp(sp0); return EXCEPTION; }
  const lim = <u32>limit;
  const sepv = arg(argv, argc, 0);
  const sep = ToString(sepv);
  if (sep == 0) { restoreSp(sp0); return EXCEPTION; }
  pushRoot(boxString(sep));
  const len = strLength(s);
  let a: usize;
  if (lim == 0) {
    a = ArrayCreate(0, 0);
  } else if (sepv == UNDEFINED) {
    a = ArrayCreate(1, 1);
    arraySet(a, 0, boxString(s));
  } else if (strLength(sep) == 0) {
    // Every code unit of the first `lim`.
    const n = <u32>len < lim ? <u32>len : lim;
    a = ArrayCreate(n, n);
    pushRoot(boxObject(a));
    for (let i: u32 = 0; i < n; i++) arraySet(a, i, boxString(charString(strCharAt(s, <i32>i))));
  } else if (len == 0) {
    a = ArrayCreate(1, 1);
    arraySet(a, 0, boxString(s));
  } else {
    a = ArrayCreate(0, 4);
    pushRoot(boxObject(a));
    const sepLen = strLength(sep);
    let count: u32 = 0;
    let i = 0;
    let j = stringIndexOf(s, sep, 0);
    while (j >= 0) {
      arrayPush(a, boxString(j == i ? A_empty : strSubstring(s, i, j)));
      if (++count == lim) { restoreSp(sp0); return boxObject(a); }
      i = j + sepLen;
      j = stringIndexOf(s, sep, i);
    }
    arrayPush(a, boxString(i == len ? A_empty : strSubstring(s, i, len)));
  }
  restoreSp(sp0);
  return boxObject(a);
}

/** The replacement for the match at `position`: calls `fn` (searchString, position, string) when
 *  functional, else expands `template`. Appends to `sb`; false if an exception is pending.
 *  `argvBlock` is three rooted slots for the call's arguments, `slot` one for its result. */
function appendReplacement(sb: usize, s: usize, search: usize, position: i32, fn: i64,
                           template: usize, argvBlock: usize, slot: usize): bool {
  if (template != 0) {
    return GetSubstitution(sb, search, s, position, 0, UNDEFINED, template);
  }
  store<i64>(argvBlock, boxString(search));
  store<i64>(argvBlock + 8, fromI32(position));
  store<i64>(argvBlock + 16, boxString(s));
  const r = Call(fn, UNDEFINED, argvBlock, 3);
  if (r == EXCEPTION) return false;
  store<i64>(slot, r);
  const t = ToString(r);
  if (t == 0) return false;
  store<i64>(slot, boxString(t));
  sbAppendString(sb, t);
  return true;
}

/** The shared body of replace (all = false) and replaceAll — §22.1.3.19 and §22.1.3.20. */
function replaceString(thisv: i64, argv: usize, argc: i32, all: bool): i64 {
  if (isRegExp(arg(argv, argc, 0))) return RegExpReplaceFor(thisv, argv, argc, all);
  const sp0 = saveSp();
  const s = receiverAndSearch(thisv, argv, argc, all ? "replaceAll" : "replace");
  if (s == 0) { restoreSp(sp0); return EXCEPTION; }
  const search = load<usize>(searchOut);
  const fn = arg(argv, argc, 1);
  let template: usize = 0;
  if (!isCallable(fn)) {
    template = ToString(fn);
    if (template == 0) { restoreSp(sp0); return EXCEPTION; }
    pushRoot(boxString(template));
  }
  const searchLen = strLength(search);
  const len = strLength(s);
  let pos = stringIndexOf(s, search, 0);
  if (pos < 0) { restoreSp(sp0); return boxString(s); }
  // Three argument slots and a result slot for the replacer calls, below the builder.
  pushRoot(UNDEFINED); pushRoot(UNDEFINED);
  const argvBlock = pushRoot(UNDEFINED);
  const slot = pushRoot(UNDEFINED);
  const sb = sbOpen();
  const advance = searchLen > 0 ? searchLen : 1;
  let end = 0; // end of the last match
  // The match positions depend only on the (immutable) strings, so they are found as we go.
  while (pos >= 0) {
    sbAppendUtf16(sb, strData(s) + (<usize>end << 1), pos - end);
    if (!appendReplacement(sb, s, search, pos, fn, template, argvBlock, slot)) {
      sbDiscard(sb); restoreSp(sp0); return EXCEPTION;
    }
    end = pos + searchLen;
    if (!all) break;
    pos = stringIndexOf(s, search, pos + advance);
  }
  if (end < len) sbAppendUtf16(sb, strData(s) + (<usize>end << 1), len - end);
  const r = sbFinish(sb);
  restoreSp(sp0);
  return boxString(r);
}

/** String.prototype.replace(searchValue, replaceValue) — §22.1.3.19. */
function String_prototype_replace(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  return replaceString(thisv, argv, argc, false);
}

/** String.prototype.replaceAll(searchValue, replaceValue) — §22.1.3.20. */
function String_prototype_replaceAll(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  return replaceString(thisv, argv, argc, true);
}

export function initStringSearch(proto: usize): void {
  defineMethod(proto, "indexOf", 1, String_prototype_indexOf);
  defineMethod(proto, "lastIndexOf", 1, String_prototype_lastIndexOf);
  defineMethod(proto, "includes", 1, String_prototype_includes);
  defineMethod(proto, "startsWith", 1, String_prototype_startsWith);
  defineMethod(proto, "endsWith", 1, String_prototype_endsWith);
  defineMethod(proto, "split", 2, String_prototype_split);
  defineMethod(proto, "replace", 2, String_prototype_replace);
  defineMethod(proto, "replaceAll", 2, String_prototype_replaceAll);
}
