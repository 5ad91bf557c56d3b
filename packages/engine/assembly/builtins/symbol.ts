// Symbol — ECMA-262 §20.4: symbol values, the global symbol registry, the well-known symbols and
// Symbol.prototype. A symbol is a CELL_SYMBOL cell holding its [[Description]] (a string cell or
// 0 for undefined); as a property key it is stored in shapes as that cell's pointer, next to atoms
// (a key's cell kind tells a symbol from a string).
import { CELL_SYMBOL, CELL_STRING, CELL_PRIMITIVE_WRAPPER, OBJ_AUX, PROP_CONFIGURABLE } from "../layout.generated";
import { UNDEFINED, EXCEPTION, isSymbol, isObject, boxSymbol, boxString, boxObject, ptr } from "../value";
import { allocCell, cellKind } from "../heap/alloc";
import { pushRoot, saveSp, restoreSp } from "../heap/stack";
import { markCell } from "../heap/gc";
import { newStringFromStatic, strEquals } from "../string/string";
import { sbOpen, sbAppendString, sbAppendStatic, sbAppendChar, sbFinish } from "../string/builder";
import { newVector, vecGet, vecSet, vecGrow } from "../object/vector";
import { newTarget } from "../object/function";
import { SymbolPrototype } from "../realm";
import { throwTypeError, throwErrorWith, TYPE_ERROR } from "../errors";
import { ToString } from "../ops/conversion";
import { sbAppendSymbol, SYM_DESCRIPTION } from "./inspect-primitive";
import {
  arg, defineConstructor, defineMethod, defineGetter, defineKeyedMethod, defineKeyedValue,
} from "./native";
import { internUtf16 } from "../string/atoms";
import { defineKeyedGetter } from "./native";

// ---- The well-known symbols (§6.1.5.1), created before any builtin family ----

export const WK_ASYNC_ITERATOR = 0;
export const WK_HAS_INSTANCE = 1;
export const WK_IS_CONCAT_SPREADABLE = 2;
export const WK_ITERATOR = 3;
export const WK_MATCH = 4;
export const WK_MATCH_ALL = 5;
export const WK_REPLACE = 6;
export const WK_SEARCH = 7;
export const WK_SPECIES = 8;
export const WK_SPLIT = 9;
export const WK_TO_PRIMITIVE = 10;
export const WK_TO_STRING_TAG = 11;
export const WK_UNSCOPABLES = 12;
const WK_COUNT = 13;
/** Property names on the Symbol constructor, in WK_* order (descriptions are "Symbol." + name). */
const WK_NAMES = "asyncIterator hasInstance isConcatSpreadable iterator match matchAll replace search species split toPrimitive toStringTag unscopables";

const wellKnown = memory.data(WK_COUNT * 4);

/** The well-known symbol cell WK_*. */
// @ts-ignore: decorator
@inline export function wellKnownSymbol(i: i32): usize { return load<u32>(wellKnown + (<usize>i << 2)); }

/** get [Symbol.species]() { return this; } — the accessor of %Array%, %Map%, %Set%, %Promise%,
 *  %RegExp% (§23.1.2.5 and the like): subclasses inherit it, so their species is themselves. */
function get_species(callee: u32, thisv: i64, argv: usize, argc: i32): i64 { return thisv; }
export function defineSpeciesGetter(ctor: usize): void {
  defineKeyedGetter(ctor, wellKnownSymbol(WK_SPECIES), "get [Symbol.species]", get_species);
}

/** Shorthands for the symbols the engine consults most. */
export function SymbolIterator(): usize { return wellKnownSymbol(WK_ITERATOR); }
export function SymbolAsyncIterator(): usize { return wellKnownSymbol(WK_ASYNC_ITERATOR); }
export function SymbolToStringTag(): usize { return wellKnownSymbol(WK_TO_STRING_TAG); }
export function SymbolToPrimitive(): usize { return wellKnownSymbol(WK_TO_PRIMITIVE); }
export function SymbolHasInstance(): usize { return wellKnownSymbol(WK_HAS_INSTANCE); }

/** A new symbol with description `desc` (a string cell, or 0 for undefined). */
export function newSymbol(desc: usize): usize {
  const sp0 = saveSp();
  if (desc != 0) pushRoot(boxString(desc));
  const s = allocCell(CELL_SYMBOL, 16);
  store<u32>(s, <u32>desc, SYM_DESCRIPTION);
  store<u32>(s, 0, 12); // the brand message of a private name (runtime-class.ts)
  restoreSp(sp0);
  return s;
}

/** The well-known symbol whose description is `desc` ("Symbol.iterator"), or 0: how a
 *  profile-guided build names a symbol key of a shape it specializes on (ic/shape-table.ts). */
export function rt_well_known_symbol(desc: usize): usize {
  for (let i = 0; i < WK_COUNT; i++) {
    const s = wellKnownSymbol(i);
    if (strEquals(<usize>load<u32>(s, SYM_DESCRIPTION), desc)) return s;
  }
  return 0;
}

/** Creates the well-known symbols (descriptions "Symbol.iterator", ...). */
export function initWellKnownSymbols(): void {
  let start = 0, index = 0;
  for (let i = 0; i <= WK_NAMES.length; i++) {
    if (i < WK_NAMES.length && WK_NAMES.charCodeAt(i) != 32) continue;
    const sb = sbOpen();
    sbAppendStatic(sb, "Symbol.");
    for (let j = start; j < i; j++) sbAppendChar(sb, WK_NAMES.charCodeAt(j));
    const desc = sbFinish(sb);
    store<u32>(wellKnown + (<usize>index << 2), <u32>newSymbol(desc));
    index++;
    start = i + 1;
  }
}

/** The registry of Symbol.for: a vector of registered symbols (kept forever, as the spec's
 *  GlobalSymbolRegistry is) searched by description. */
let registry: usize = 0;
let registryCount: u32 = 0;

export function markSymbolRoots(): void {
  for (let i = 0; i < WK_COUNT; i++) markCell(wellKnownSymbol(i));
  markCell(registry);
}

// ---- The constructor and its statics ----

/** Symbol([description]) — §20.4.1.1: not a constructor. */
function Symbol_ctor(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  if (newTarget != UNDEFINED) return throwTypeError("Symbol is not a constructor");
  const d = arg(argv, argc, 0);
  let desc: usize = 0;
  if (d != UNDEFINED) { desc = ToString(d); if (desc == 0) return EXCEPTION; }
  return boxSymbol(newSymbol(desc));
}

/** Symbol.for(key) — §20.4.2.2. */
function Symbol_for(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  const key = ToString(arg(argv, argc, 0));
  if (key == 0) return EXCEPTION;
  for (let i: u32 = 0; i < registryCount; i++) {
    const s = ptr(vecGet(registry, i));
    if (strEquals(<usize>load<u32>(s, SYM_DESCRIPTION), key)) return boxSymbol(s);
  }
  const sp0 = saveSp();
  pushRoot(boxString(key));
  const s = newSymbol(key);
  pushRoot(boxSymbol(s));
  registry = vecGrow(registry, registryCount, registryCount + 1, UNDEFINED);
  vecSet(registry, registryCount++, boxSymbol(s));
  restoreSp(sp0);
  return boxSymbol(s);
}

/** Symbol.keyFor(sym) — §20.4.2.6. */
function Symbol_keyFor(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  const sym = arg(argv, argc, 0);
  if (!isSymbol(sym)) return throwNotSymbol(sym);
  for (let i: u32 = 0; i < registryCount; i++) {
    if (ptr(vecGet(registry, i)) == ptr(sym)) return boxString(<usize>load<u32>(ptr(sym), SYM_DESCRIPTION));
  }
  return UNDEFINED;
}

function throwNotSymbol(v: i64): i64 {
  const s = ToString(v);
  if (s == 0) return EXCEPTION;
  return throwErrorWith(TYPE_ERROR, "", s, " is not a symbol");
}

// ---- Symbol.prototype ----

/** thisSymbolValue(value) — §20.4.3.4.1: the symbol cell, or 0 after a TypeError. */
function thisSymbolValue(v: i64, method: string): usize {
  if (isSymbol(v)) return ptr(v);
  if (isObject(v) && cellKind(ptr(v)) == CELL_PRIMITIVE_WRAPPER && isSymbol(load<i64>(ptr(v), OBJ_AUX))) {
    return ptr(load<i64>(ptr(v), OBJ_AUX));
  }
  const sb = sbOpen();
  sbAppendStatic(sb, "Symbol.prototype.");
  sbAppendStatic(sb, method);
  sbAppendStatic(sb, " requires that 'this' be a Symbol");
  throwErrorWith(TYPE_ERROR, "", sbFinish(sb), "");
  return 0;
}

/** SymbolDescriptiveString(sym) — §20.4.3.3.1: "Symbol(desc)" as a new string. */
export function SymbolDescriptiveString(sym: usize): usize {
  const sb = sbOpen();
  sbAppendSymbol(sb, sym);
  return sbFinish(sb);
}

function Symbol_prototype_toString(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  const s = thisSymbolValue(thisv, "toString");
  return s == 0 ? EXCEPTION : boxString(SymbolDescriptiveString(s));
}

function Symbol_prototype_valueOf(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  const s = thisSymbolValue(thisv, "valueOf");
  return s == 0 ? EXCEPTION : boxSymbol(s);
}

function Symbol_prototype_toPrimitive(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  const s = thisSymbolValue(thisv, "[Symbol.toPrimitive]");
  return s == 0 ? EXCEPTION : boxSymbol(s);
}

/** get Symbol.prototype.description — §20.4.3.2. */
function Symbol_prototype_description(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  const s = thisSymbolValue(thisv, "description");
  if (s == 0) return EXCEPTION;
  const d = <usize>load<u32>(s, SYM_DESCRIPTION);
  return d == 0 ? UNDEFINED : boxString(d);
}

/** The function name SetFunctionName gives for symbol key `sym`: "[desc]", or "" (§10.2.9). */
export function symbolFunctionName(sym: usize): usize {
  const d = <usize>load<u32>(sym, SYM_DESCRIPTION);
  if (d == 0 || cellKind(d) != CELL_STRING) return newStringFromStatic("");
  const sp0 = saveSp();
  pushRoot(boxString(d));
  const sb = sbOpen();
  sbAppendChar(sb, 91);
  sbAppendString(sb, d);
  sbAppendChar(sb, 93);
  const r = sbFinish(sb);
  restoreSp(sp0);
  return r;
}

export function initSymbol(global: usize): void {
  registry = newVector(4);
  registryCount = 0;
  const ctor = defineConstructor(global, "Symbol", 0, Symbol_ctor, SymbolPrototype, true); // rooted by global
  let start = 0, index = 0;
  for (let i = 0; i <= WK_NAMES.length; i++) {
    if (i < WK_NAMES.length && WK_NAMES.charCodeAt(i) != 32) continue;
    const name = internUtf16(changetype<usize>(WK_NAMES) + (<usize>start << 1), i - start);
    defineKeyedValue(ctor, name, boxSymbol(wellKnownSymbol(index)), 0);
    index++;
    start = i + 1;
  }
  defineMethod(ctor, "for", 1, Symbol_for);
  defineMethod(ctor, "keyFor", 1, Symbol_keyFor);
  const p = SymbolPrototype;
  defineMethod(p, "toString", 0, Symbol_prototype_toString);
  defineMethod(p, "valueOf", 0, Symbol_prototype_valueOf);
  defineGetter(p, "description", "get description", Symbol_prototype_description);
  defineKeyedMethod(p, wellKnownSymbol(WK_TO_PRIMITIVE), "[Symbol.toPrimitive]", 1, Symbol_prototype_toPrimitive, PROP_CONFIGURABLE);
  defineToStringTag(p, "Symbol");
}

/** obj[Symbol.toStringTag] = tag (not writable, not enumerable, configurable), as the iterator
 *  prototypes, Map, Set, JSON and Math have. */
export function defineToStringTag(target: usize, tag: string): void {
  defineKeyedValue(target, wellKnownSymbol(WK_TO_STRING_TAG), boxString(newStringFromStatic(tag)), PROP_CONFIGURABLE);
}
