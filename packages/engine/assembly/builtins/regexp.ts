// The RegExp constructor and RegExp.prototype — ECMA-262 §22.2.4-6. The compiler and matcher are
// in ../regexp/; the String methods that take a RegExp (match, matchAll, replace, search, split)
// are in regexp-string.ts.
import { capturePristineRegExp } from "../regexp/pristine";
import {
  UNDEFINED, EXCEPTION, TRUE, FALSE, NULL, isObject, boxObject, boxString, fromBool, ptr,
} from "../value";
import { pushRoot, saveSp, restoreSp } from "../heap/stack";
import { sbOpen, sbAppendChar, sbAppendString, sbAppendStatic, sbFinish } from "../string/builder";
import { OrdinaryObjectCreate } from "../object/object";
import { newTarget } from "../object/function";
import { ObjectPrototype, StringPrototype } from "../realm";
import { A_prototype, A_constructor } from "../names";
import { TYPE_ERROR, throwErrorWith, throwTypeError } from "../errors";
import { ToString, ToBoolean } from "../ops/conversion";
import { Get, GetV } from "../ops/property";
import { internStatic } from "../string/atoms";
import {
  F_HAS_INDICES, F_GLOBAL, F_IGNORE_CASE, F_MULTILINE, F_DOT_ALL, F_UNICODE, F_UNICODE_SETS, F_STICKY,
} from "../regexp/bytecode";
import {
  RegExpPrototype, setRegExpPrototype, setRegExpExecFunction, initRegExpNames, isRegExp,
  RegExpAlloc, RegExpInitialize, regexpSource, regexpFlagsString, regexpFlags,
  EscapeRegExpPattern,
} from "../regexp/regexp-object";
import {
  RegExpBuiltinExec, RegExpExec, RegExpBuiltinMatch, MATCH_THREW, hasBuiltinExec, setLastIndex,
} from "../regexp/regexp-exec";
import { arg, defineConstructor, defineMethod, defineGetter } from "./native";
import { throwIncompatible } from "./collections-common";
import { initRegExpString } from "./regexp-string";
import { defineSpeciesGetter } from "./symbol";

/** RegExp(pattern, flags) — §22.2.4.1. */
function RegExp_ctor(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  let nt = newTarget; // valid at entry only
  const pattern = arg(argv, argc, 0), flags = arg(argv, argc, 1);
  const patternIsRegExp = isRegExp(pattern);
  const sp0 = saveSp();
  if (nt == UNDEFINED) {
    nt = boxObject(<usize>callee);
    if (patternIsRegExp && flags == UNDEFINED) {
      const c = Get(pattern, A_constructor, pattern);
      if (c == EXCEPTION) return EXCEPTION;
      if (c == nt) return pattern;
    }
  }
  pushRoot(nt);
  let p = pattern, f = flags;
  if (patternIsRegExp) {
    p = boxString(regexpSource(ptr(pattern)));
    if (flags == UNDEFINED) f = boxString(regexpFlagsString(ptr(pattern)));
  }
  pushRoot(p);
  pushRoot(f);
  // GetPrototypeFromConstructor(newTarget, %RegExp.prototype%)
  let proto = boxObject(RegExpPrototype);
  if (nt != boxObject(<usize>callee)) {
    const pr = Get(nt, A_prototype, nt);
    if (pr == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
    if (isObject(pr)) proto = pr;
  }
  const o = RegExpAlloc(proto);
  const r = RegExpInitialize(o, p, f);
  restoreSp(sp0);
  return r;
}

/** The RegExp receiver of a RegExp.prototype method, or 0 with V8's TypeError pending. */
function thisRegExp(thisv: i64, method: string): usize {
  if (isRegExp(thisv)) return ptr(thisv);
  throwIncompatible(method, thisv);
  return 0;
}

/** RegExp.prototype.exec(string) — §22.2.6.2. */
function RegExp_prototype_exec(c: u32, thisv: i64, argv: usize, argc: i32): i64 {
  if (thisRegExp(thisv, "RegExp.prototype.exec") == 0) return EXCEPTION;
  const s = ToString(arg(argv, argc, 0));
  if (s == 0) return EXCEPTION;
  return RegExpBuiltinExec(thisv, s);
}

/** RegExp.prototype.test(S) — §22.2.6.16. */
function RegExp_prototype_test(c: u32, thisv: i64, argv: usize, argc: i32): i64 {
  if (!isObject(thisv)) return throwIncompatible("RegExp.prototype.test", thisv);
  const sp0 = saveSp();
  pushRoot(thisv);
  const s = ToString(arg(argv, argc, 0));
  if (s == 0) { restoreSp(sp0); return EXCEPTION; }
  if (hasBuiltinExec(thisv)) { // no result array
    const at = RegExpBuiltinMatch(thisv, s);
    restoreSp(sp0);
    return at == MATCH_THREW ? EXCEPTION : fromBool(at >= 0);
  }
  const r = RegExpExec(thisv, s);
  restoreSp(sp0);
  if (r == EXCEPTION) return EXCEPTION;
  return r == NULL ? FALSE : TRUE;
}

/** RegExp.prototype.toString() — §22.2.6.17: "/" + source + "/" + flags, read as properties. */
function RegExp_prototype_toString(c: u32, thisv: i64, argv: usize, argc: i32): i64 {
  if (!isObject(thisv)) return throwIncompatible("RegExp.prototype.toString", thisv);
  const sp0 = saveSp();
  pushRoot(thisv);
  const src = GetV(thisv, internStatic("source"));
  if (src == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
  const ps = ToString(src);
  if (ps == 0) { restoreSp(sp0); return EXCEPTION; }
  pushRoot(boxString(ps));
  const fl = GetV(thisv, internStatic("flags"));
  if (fl == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
  const fs = ToString(fl);
  if (fs == 0) { restoreSp(sp0); return EXCEPTION; }
  pushRoot(boxString(fs));
  const sb = sbOpen();
  sbAppendChar(sb, 0x2f);
  sbAppendString(sb, ps);
  sbAppendChar(sb, 0x2f);
  sbAppendString(sb, fs);
  const r = sbFinish(sb);
  restoreSp(sp0);
  return boxString(r);
}

/** TypeError "RegExp.prototype.<name> getter called on non-RegExp object". */
function throwNonRegExpGetter(name: string): i64 {
  const sb = sbOpen();
  sbAppendStatic(sb, "RegExp.prototype.");
  sbAppendStatic(sb, name);
  sbAppendStatic(sb, " getter called on non-RegExp object");
  return throwErrorWith(TYPE_ERROR, "", sbFinish(sb), "");
}

/** RegExpHasFlag(R, codeUnit) — §22.2.6.4.1: undefined on %RegExp.prototype% itself. */
function RegExpHasFlag(thisv: i64, bit: u32, name: string): i64 {
  if (isRegExp(thisv)) return fromBool((regexpFlags(ptr(thisv)) & bit) != 0);
  if (isObject(thisv) && ptr(thisv) == RegExpPrototype) return UNDEFINED;
  return throwNonRegExpGetter(name);
}

function RegExp_hasIndices(c: u32, thisv: i64, argv: usize, argc: i32): i64 { return RegExpHasFlag(thisv, F_HAS_INDICES, "hasIndices"); }
function RegExp_global(c: u32, thisv: i64, argv: usize, argc: i32): i64 { return RegExpHasFlag(thisv, F_GLOBAL, "global"); }
function RegExp_ignoreCase(c: u32, thisv: i64, argv: usize, argc: i32): i64 { return RegExpHasFlag(thisv, F_IGNORE_CASE, "ignoreCase"); }
function RegExp_multiline(c: u32, thisv: i64, argv: usize, argc: i32): i64 { return RegExpHasFlag(thisv, F_MULTILINE, "multiline"); }
function RegExp_dotAll(c: u32, thisv: i64, argv: usize, argc: i32): i64 { return RegExpHasFlag(thisv, F_DOT_ALL, "dotAll"); }
function RegExp_unicode(c: u32, thisv: i64, argv: usize, argc: i32): i64 { return RegExpHasFlag(thisv, F_UNICODE, "unicode"); }
function RegExp_unicodeSets(c: u32, thisv: i64, argv: usize, argc: i32): i64 { return RegExpHasFlag(thisv, F_UNICODE_SETS, "unicodeSets"); }
function RegExp_sticky(c: u32, thisv: i64, argv: usize, argc: i32): i64 { return RegExpHasFlag(thisv, F_STICKY, "sticky"); }

/** get RegExp.prototype.source — §22.2.6.13. */
function RegExp_source(c: u32, thisv: i64, argv: usize, argc: i32): i64 {
  if (isRegExp(thisv)) return boxString(EscapeRegExpPattern(regexpSource(ptr(thisv))));
  if (isObject(thisv) && ptr(thisv) == RegExpPrototype) return boxString(internStatic("(?:)"));
  return throwNonRegExpGetter("source");
}

/** get RegExp.prototype.flags — §22.2.6.4: the flag properties read in order "dgimsuvy". */
function RegExp_flags(c: u32, thisv: i64, argv: usize, argc: i32): i64 {
  if (!isObject(thisv)) {
    const sp0 = saveSp();
    const s = ToString(thisv);
    restoreSp(sp0);
    if (s == 0) return EXCEPTION;
    return throwErrorWith(TYPE_ERROR, "RegExp.prototype.flags getter called on non-object ", s, "");
  }
  const sp0 = saveSp();
  pushRoot(thisv);
  const sb = sbOpen();
  const order = "dgimsuvy";
  const names = flagAtoms;
  for (let i = 0; i < order.length; i++) {
    const ch = <u32>load<u16>(changetype<usize>(order) + (<usize>i << 1));
    const v = GetV(thisv, flagAtom(names, i));
    if (v == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
    if (ToBoolean(v)) sbAppendChar(sb, ch);
  }
  const r = sbFinish(sb);
  restoreSp(sp0);
  return boxString(r);
}

/** The property names of the flags, made on first use. */
const flagAtoms = memory.data(8 * 4);

/** The property name of flag `i` of "dgimsuvy", cached in `names`. */
function flagAtom(names: usize, i: i32): usize {
  let a = load<u32>(names + (<usize>i << 2));
  if (a != 0) return a;
  switch (i) {
    case 0: a = internStatic("hasIndices"); break;
    case 1: a = internStatic("global"); break;
    case 2: a = internStatic("ignoreCase"); break;
    case 3: a = internStatic("multiline"); break;
    case 4: a = internStatic("dotAll"); break;
    case 5: a = internStatic("unicode"); break;
    case 6: a = internStatic("unicodeSets"); break;
    default: a = internStatic("sticky");
  }
  store<u32>(names + (<usize>i << 2), <u32>a);
  return a;
}

/** RegExp.prototype.compile(pattern, flags) — Annex B §B.2.4.1. */
function RegExp_prototype_compile(c: u32, thisv: i64, argv: usize, argc: i32): i64 {
  const o = thisRegExp(thisv, "RegExp.prototype.compile");
  if (o == 0) return EXCEPTION;
  let p = arg(argv, argc, 0), f = arg(argv, argc, 1);
  if (isRegExp(p)) {
    if (f != UNDEFINED) return throwTypeError("Cannot supply flags when constructing one RegExp from another");
    f = boxString(regexpFlagsString(ptr(p)));
    p = boxString(regexpSource(ptr(p)));
  }
  const sp0 = saveSp();
  pushRoot(p); pushRoot(f);
  const r = RegExpInitialize(o, p, f);
  restoreSp(sp0);
  if (r == EXCEPTION) return EXCEPTION;
  return setLastIndex(r, 0) ? r : EXCEPTION;
}

/** RegExp and its prototype; created lazily (lazy.ts), after initRegExpEager. */
export function initRegExp(global: usize): void {
  const proto = OrdinaryObjectCreate(boxObject(ObjectPrototype));
  setRegExpPrototype(proto);
  defineSpeciesGetter(defineConstructor(global, "RegExp", 2, RegExp_ctor, proto, true));
  // In V8's property order.
  setRegExpExecFunction(defineMethod(proto, "exec", 1, RegExp_prototype_exec));
  defineGetter(proto, "dotAll", "get dotAll", RegExp_dotAll);
  defineGetter(proto, "flags", "get flags", RegExp_flags);
  defineGetter(proto, "global", "get global", RegExp_global);
  defineGetter(proto, "hasIndices", "get hasIndices", RegExp_hasIndices);
  defineGetter(proto, "ignoreCase", "get ignoreCase", RegExp_ignoreCase);
  defineGetter(proto, "multiline", "get multiline", RegExp_multiline);
  defineGetter(proto, "source", "get source", RegExp_source);
  defineGetter(proto, "sticky", "get sticky", RegExp_sticky);
  defineGetter(proto, "unicode", "get unicode", RegExp_unicode);
  defineMethod(proto, "compile", 2, RegExp_prototype_compile);
  defineMethod(proto, "toString", 0, RegExp_prototype_toString);
  defineMethod(proto, "test", 1, RegExp_prototype_test);
  defineGetter(proto, "unicodeSets", "get unicodeSets", RegExp_unicodeSets);
  capturePristineRegExp();
}

/** What RegExp adds to other objects (String.prototype.match, ...): made eagerly, so String.prototype
 *  has its methods, in their order, before RegExp exists. */
export function initRegExpEager(): void {
  initRegExpNames();
  initRegExpString(StringPrototype);
}
