// util.inspect as console.log uses it: a port of node 20's lib/internal/util/inspect.js
// (formatValue, formatRaw, getConstructorName, formatProperty, formatArray, formatSpecialArray)
// over the engine's values. The other parts live in inspect-primitive.ts (strings, numbers,
// keys), inspect-layout.ts (line breaking, array grouping), inspect-base.ts (functions, errors,
// boxed primitives), inspect-keys.ts (own keys and descriptors) and inspect-context.ts (ctx).
// Every function returns a new string cell, or 0 with an exception pending.
import { OBJ_FLAG_ARGUMENTS, PROP_ENUMERABLE } from "../layout.generated";
import { cellFlags } from "../heap/alloc";
import {
  CELL_ARRAY, CELL_FUNCTION, CELL_ERROR, CELL_PRIMITIVE_WRAPPER, CELL_STRING, CELL_COLLECTION, OBJ_AUX,
  CELL_PROMISE, CELL_REGEXP,
} from "../layout.generated";
import {
  UNDEFINED, NULL, EMPTY, EXCEPTION, isObject, isString, isBoolean, isSymbol, isBigInt, boxObject, boxString, ptr,
} from "../value";
import { cellKind } from "../heap/alloc";
import { pushRoot, saveSp, restoreSp, reserveSlots } from "../heap/stack";
import { strLength, strToArrayIndex } from "../string/string";
import { findOwn, propAttrs, NO_PROP } from "../object/object";
import { SymbolToStringTag } from "./symbol";
import { internStatic } from "../string/atoms";
import { sbOpen, sbAppendChar, sbAppendStatic, sbAppendString, sbFinish } from "../string/builder";
import { objProto } from "../object/object";
import { arrayGet, arrayLength } from "../object/array";
import { isCallable } from "../object/function";
import { ObjectPrototype, FunctionPrototype, ArrayPrototype, ErrorPrototype } from "../realm";
import { A_constructor, A_name, A_prototype, A_empty } from "../names";
import { takeException } from "../errors";
import { Get, EnumerableOwnKeys } from "../ops/property";
import { ToString } from "../ops/conversion";
import {
  indentationLvl, depthLimit, showHidden, indent, setCurrentDepth, beginInspect, endInspect,
  seenPush, seenPop, seenIncludes, circularIndex, circularAdd, listNew, listPush, listLen,
  kObjectType, kArrayType, kArrayExtrasType, kMaxArrayLength,
} from "./inspect-context";
import {
  formatPrimitive, sbAppendEscaped, sbAppendQuoted, sbAppendInt, sbAppendSlice, isIdentifierKey,
  strIsStatic, SYM_DESCRIPTION,
} from "./inspect-primitive";
import { reduceToSingleString } from "./inspect-layout";
import {
  getOwnDescriptor, inspectKeys, descValue, descGet, descSet, descEnumerable, DESC_NONE,
  DESC_DATA, DESC_ACCESSOR,
} from "./inspect-keys";
import { getPrefix, getCtxStyle, getFunctionBase, getBoxedBase, formatError } from "./inspect-base";
import { collectionBrace, collectionIsEmpty, formatCollection } from "./inspect-collections";
import { collectionTag } from "./collections-common";
import {
  CELL_TYPED_ARRAY, CELL_ARRAY_BUFFER, CELL_DATA_VIEW, CELL_DATE,
} from "../layout.generated";
import { taLength } from "../ops/typed-array-access";
import {
  typedArrayBrace, formatTypedArray, bufferBrace, bufferKeys, formatBufferContents, dateBase,
  binaryObjectTag,
} from "./inspect-binary";
import { formatPromise } from "./inspect-promise";
import { regexpToStringCell } from "../regexp/regexp-object";

/** util.inspect(v, { depth, showHidden }) with console.log's other defaults. */
export function inspect(v: i64, depth: i32, hidden: bool): usize {
  const sp0 = beginInspect(depth, hidden);
  pushRoot(v);
  const r = formatValue(v, 0);
  endInspect(sp0);
  return r;
}

/** Append the inspection of `v` to builder `sb`; top-level strings print raw, as console.log
 *  prints them. Returns false if an exception is pending. */
export function inspectValue(sb: usize, v: i64, topLevel: bool, depth: i32 = 2, hidden: bool = false): bool {
  if (topLevel && isString(v)) { sbAppendString(sb, ptr(v)); return true; }
  const s = inspect(v, depth, hidden);
  if (s == 0) return false;
  sbAppendString(sb, s);
  return true;
}

/** formatValue(ctx, value, recurseTimes). */
export function formatValue(v: i64, recurseTimes: i32): usize {
  if (!isObject(v)) return formatPrimitive(v, indentationLvl);
  if (seenIncludes(v)) {
    const index = circularAdd(v);
    const sb = sbOpen();
    sbAppendStatic(sb, "[Circular *");
    sbAppendInt(sb, index);
    sbAppendChar(sb, 93);
    return sbFinish(sb);
  }
  return formatRaw(v, recurseTimes);
}

/** `a + b` of two static or cell parts, as a new string. */
function concat3(a: usize, lit: string, b: usize): usize {
  const sp0 = saveSp();
  if (a != 0) pushRoot(boxString(a));
  if (b != 0) pushRoot(boxString(b));
  const sb = sbOpen();
  if (a != 0) sbAppendString(sb, a);
  sbAppendStatic(sb, lit);
  if (b != 0) sbAppendString(sb, b);
  const r = sbFinish(sb);
  restoreSp(sp0);
  return r;
}

// formatRaw's frame slots.
const F_VALUE: usize = 0;
const F_CTOR: usize = 8;
const F_KEYS: usize = 16;
const F_BASE: usize = 24;
const F_BRACE: usize = 32;
const F_OUTPUT: usize = 40;
const F_SLOTS: i32 = 6;

/** formatRaw(ctx, value, recurseTimes) for an object. */
function formatRaw(value: i64, recurseTimes: i32): usize {
  const sp0 = saveSp();
  const f = reserveSlots(F_SLOTS);
  store<i64>(f, value, F_VALUE);
  const o = ptr(value);
  const kind = cellKind(o);
  const ctor = getConstructorName(value, recurseTimes);
  if (ctor == EXCEPTION) { restoreSp(sp0); return 0; }
  store<i64>(f, ctor, F_CTOR);
  const ctorCell: usize = ctor == NULL ? 0 : ptr(ctor);
  store<i64>(f, boxString(A_empty), F_BASE);
  let brace1: u32 = 125; // }
  let extrasType = kObjectType;
  let keys: usize;
  let r: usize = 0;
  // Arrays format as arrays when they are iterable (Symbol.iterator comes from %Array.prototype%)
  // or have no constructor; otherwise like any object, indices as keys.
  const asArray = kind == CELL_ARRAY &&
    (ctorCell == 0 || o == ArrayPrototype || inheritsFrom(value, ArrayPrototype));
  if (asArray) {
    // Only ordinary arrays print without a prefix: "Foo(2) [", "[Array(2): null prototype] [".
    let brace0: usize;
    if (ctorCell == 0 || !strIsStatic(ctorCell, "Array")) {
      const prefix = getPrefix(ctorCell, "Array", <i64>arrayLength(o));
      brace0 = concat3(prefix, "[", 0);
    } else {
      brace0 = internStatic("[");
    }
    store<i64>(f, boxString(brace0), F_BRACE);
    keys = inspectKeys(o, showHidden, true);
    store<i64>(f, boxObject(keys), F_KEYS);
    brace1 = 93; // ]
    if (arrayLength(o) == 0 && arrayLength(keys) == 0) {
      r = concat3(ptr(load<i64>(f, F_BRACE)), "]", 0);
      restoreSp(sp0);
      return r;
    }
    extrasType = kArrayExtrasType;
  } else if (kind == CELL_TYPED_ARRAY) {
    keys = inspectKeys(o, showHidden, true);
    store<i64>(f, boxObject(keys), F_KEYS);
    store<i64>(f, boxString(typedArrayBrace(value, ctorCell)), F_BRACE);
    brace1 = 93; // ]
    if (taLength(o) == 0 && arrayLength(keys) == 0 && !showHidden) {
      r = concat3(ptr(load<i64>(f, F_BRACE)), "]", 0);
      restoreSp(sp0);
      return r;
    }
    extrasType = kArrayExtrasType;
  } else {
    keys = inspectKeys(o, showHidden, false);
    store<i64>(f, boxObject(keys), F_KEYS);
    store<i64>(f, boxString(internStatic("{")), F_BRACE);
    const noKeys = arrayLength(keys) == 0;
    if (kind == CELL_COLLECTION) { // formatRaw's Set/Map/iterator/weak branches
      const brace = collectionBrace(value, ctorCell);
      if (noKeys && collectionIsEmpty(value)) { restoreSp(sp0); return concat3(brace, "}", 0); }
      store<i64>(f, boxString(brace), F_BRACE);
    } else if (kind == CELL_PROMISE) { // "Promise {": the state is the first entry
      store<i64>(f, boxString(concat3(getPrefix(ctorCell, "Promise", -1), "{", 0)), F_BRACE);
    } else if (kind == CELL_FUNCTION) {
      const base = getFunctionBase(value, ctorCell);
      if (base == 0 || noKeys) { restoreSp(sp0); return base; }
      store<i64>(f, boxString(base), F_BASE);
    } else if (kind == CELL_ARRAY_BUFFER || kind == CELL_DATA_VIEW) {
      store<i64>(f, boxString(bufferBrace(value, ctorCell)), F_BRACE);
      keys = bufferKeys(value, keys);
      store<i64>(f, boxObject(keys), F_KEYS);
    } else if (kind == CELL_REGEXP) { // "/ab+c/gi", even past the depth limit
      const base = regexpToStringCell(o);
      if (noKeys || recurseTimes > depthLimit) { restoreSp(sp0); return base; }
      store<i64>(f, boxString(base), F_BASE);
    } else if (cellFlags(o) & OBJ_FLAG_ARGUMENTS) { // formatRaw's isArguments branch
      if (noKeys) { restoreSp(sp0); return internStatic("[Arguments] {}"); }
      store<i64>(f, boxString(internStatic("[Arguments] {")), F_BRACE);
    } else if (ctorCell != 0 && strIsStatic(ctorCell, "Object")) {
      let tag = collectionTag(value); // "Object [Map] {}" for Map.prototype
      if (tag.length == 0) tag = binaryObjectTag(value); // "Object [Array Iterator] {}"
      let tagged = tag.length != 0;
      if (tagged) store<i64>(f, boxString(tagBrace(tag)), F_BRACE);
      else {
        const t = inheritedTag(value); // "Object [Generator] {}"
        if (t == EXCEPTION) { restoreSp(sp0); return 0; }
        tagged = t != UNDEFINED;
        if (tagged) store<i64>(f, boxString(dynamicTagBrace(ptr(t))), F_BRACE);
      }
      if (noKeys) { restoreSp(sp0); return tagged ? concat3(ptr(load<i64>(f, F_BRACE)), "}", 0) : internStatic("{}"); }
    } else if (isError(value)) {
      const base = formatError(value, ctorCell, keys);
      if (base == 0 || arrayLength(keys) == 0) { restoreSp(sp0); return base; }
      store<i64>(f, boxString(base), F_BASE);
    } else if (kind == CELL_DATE) {
      const base = dateBase(value, ctorCell);
      if (noKeys) { restoreSp(sp0); return base; }
      store<i64>(f, boxString(base), F_BASE);
    } else if (kind == CELL_PRIMITIVE_WRAPPER) {
      const base = getBoxedBase(value, ctorCell);
      if (noKeys) { restoreSp(sp0); return base; }
      store<i64>(f, boxString(base), F_BASE);
    } else {
      const style = getCtxStyle(value, ctorCell);
      r = concat3(style, noKeys ? "{}" : "{", 0);
      if (noKeys) { restoreSp(sp0); return r; }
      store<i64>(f, boxString(r), F_BRACE);
    }
  }
  if (recurseTimes > depthLimit) {
    // "[Foo]", "[Object: null prototype]": the style without its trailing space.
    const style = getCtxStyle(value, ctorCell);
    pushRoot(boxString(style));
    const sb = sbOpen();
    if (ctorCell != 0) sbAppendChar(sb, 91);
    sbAppendSlice(sb, style, 0, strLength(style) - 1);
    if (ctorCell != 0) sbAppendChar(sb, 93);
    r = sbFinish(sb);
    restoreSp(sp0);
    return r;
  }
  recurseTimes++;
  seenPush(value);
  setCurrentDepth(recurseTimes);
  const output = asArray ? formatArray(value, recurseTimes)
    : kind == CELL_COLLECTION ? formatCollection(value, recurseTimes)
    : kind == CELL_TYPED_ARRAY ? formatTypedArray(value)
    : kind == CELL_ARRAY_BUFFER ? formatBufferContents(value)
    : kind == CELL_PROMISE ? formatPromise(value, recurseTimes) : listNew();
  if (output == 0) { restoreSp(sp0); return 0; }
  store<i64>(f, boxObject(output), F_OUTPUT);
  const nkeys = arrayLength(keys);
  for (let i: u32 = 0; i < nkeys; i++) {
    const k = ptr(arrayGet(ptr(load<i64>(f, F_KEYS)), i));
    const s = formatProperty(value, recurseTimes, k, extrasType);
    if (s == 0) { restoreSp(sp0); return 0; }
    listPush(output, s);
  }
  const index = circularIndex(value);
  if (index != 0) {
    // The reference marker goes at the very beginning of the output.
    const base = ptr(load<i64>(f, F_BASE));
    const sb = sbOpen();
    sbAppendStatic(sb, "<ref *");
    sbAppendInt(sb, index);
    sbAppendChar(sb, 62);
    if (strLength(base) != 0) { sbAppendChar(sb, 32); sbAppendString(sb, base); }
    store<i64>(f, boxString(sbFinish(sb)), F_BASE);
  }
  seenPop();
  r = reduceToSingleString(output, ptr(load<i64>(f, F_BASE)), ptr(load<i64>(f, F_BRACE)), brace1,
    extrasType, recurseTimes, value);
  restoreSp(sp0);
  return r;
}

/** getPrefix("Object", tag, "Object") + "{": "Object [Map] {". */
/** formatRaw's tag for a plain object: value[@@toStringTag] when it is a non-empty string that is
 *  not an own enumerable property (that one is printed as a key). UNDEFINED for none, or EXCEPTION. */
function inheritedTag(value: i64): i64 {
  const key = SymbolToStringTag();
  const own = findOwn(ptr(value), key);
  if (own != NO_PROP && (propAttrs(own) & PROP_ENUMERABLE) != 0) return UNDEFINED;
  const t = Get(value, key, value);
  if (t == EXCEPTION) return EXCEPTION;
  return isString(t) && strLength(ptr(t)) != 0 ? t : UNDEFINED;
}

function dynamicTagBrace(tag: usize): usize {
  const sp0 = saveSp();
  pushRoot(boxString(tag));
  const sb = sbOpen();
  sbAppendStatic(sb, "Object [");
  sbAppendString(sb, tag);
  sbAppendStatic(sb, "] {");
  const r = sbFinish(sb);
  restoreSp(sp0);
  return r;
}

function tagBrace(tag: string): usize {
  const sb = sbOpen();
  sbAppendStatic(sb, "Object [");
  sbAppendStatic(sb, tag);
  sbAppendStatic(sb, "] {");
  return sbFinish(sb);
}

/** Whether `proto` is on the prototype chain of object `v`. */
function inheritsFrom(v: i64, proto: usize): bool {
  let p = objProto(ptr(v));
  while (isObject(p)) {
    if (ptr(p) == proto) return true;
    p = objProto(ptr(p));
  }
  return false;
}

/** isError(value): a native error, or an object that inherits from %Error.prototype%. */
function isError(v: i64): bool {
  return cellKind(ptr(v)) == CELL_ERROR || inheritsFrom(v, ErrorPrototype);
}

/** OrdinaryHasInstance(C, O) — §7.3.21, as `O instanceof C` inside node's try/catch: a throwing
 *  or non-object `prototype` gives false. */
function isInstanceof(o: i64, c: i64): bool {
  const sp0 = saveSp();
  pushRoot(o);
  const proto = Get(c, A_prototype, c);
  restoreSp(sp0);
  if (proto == EXCEPTION) { takeException(); return false; }
  if (!isObject(proto)) return false;
  let p = objProto(ptr(o));
  while (isObject(p)) {
    if (p == proto) return true;
    p = objProto(ptr(p));
  }
  return false;
}

/** V8's internal constructor name (internalGetConstructorName) by object kind. */
export function internalConstructorName(v: i64): usize {
  const o = ptr(v);
  switch (cellKind(o)) {
    case CELL_ARRAY: return internStatic("Array");
    case CELL_FUNCTION: return internStatic("Function");
    case CELL_ERROR: return internStatic("Error");
    case CELL_PRIMITIVE_WRAPPER: return boxedTypeName(o);
  }
  return internStatic("Object");
}

/** "Number", "String", "Boolean", "Symbol" or "BigInt" for a primitive wrapper. */
export function boxedTypeName(o: usize): usize {
  const pv = load<i64>(o, OBJ_AUX);
  if (isString(pv)) return internStatic("String");
  if (isBoolean(pv)) return internStatic("Boolean");
  if (isSymbol(pv)) return internStatic("Symbol");
  if (isBigInt(pv)) return internStatic("BigInt");
  return internStatic("Number");
}

/** getConstructorName(obj, ctx, recurseTimes): the name of the first `constructor` along the
 *  prototype chain that `value` is an instance of; NULL for a null prototype; "Foo <Bar>" forms
 *  when the chain ends without one. Returns a boxed string, NULL or EXCEPTION. */
function getConstructorName(value: i64, recurseTimes: i32): i64 {
  const sp0 = saveSp();
  pushRoot(value);
  let obj = value;
  let firstProto: i64 = EMPTY;
  while (isObject(obj)) {
    const p = ptr(obj);
    // Object.prototype and Function.prototype are recognized even if `constructor` was changed.
    if ((p == ObjectPrototype || p == FunctionPrototype) && obj != value) {
      restoreSp(sp0);
      return boxString(internStatic(p == ObjectPrototype ? "Object" : "Function"));
    }
    if (getOwnDescriptor(p, A_constructor) == DESC_DATA && isCallable(descValue)) {
      const c = descValue;
      pushRoot(c);
      pushRoot(obj);
      const name = Get(c, A_name, c);
      if (name == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
      if (!(isString(name) && strLength(ptr(name)) == 0) && isInstanceof(value, c)) {
        const s = ToString(name);
        restoreSp(sp0);
        return s == 0 ? EXCEPTION : boxString(s);
      }
    }
    obj = objProto(p);
    if (firstProto == EMPTY) firstProto = obj;
  }
  if (firstProto == NULL) { restoreSp(sp0); return NULL; }
  pushRoot(firstProto);
  const res = internalConstructorName(value);
  pushRoot(boxString(res));
  let r: usize;
  if (recurseTimes > depthLimit) {
    r = concat3(res, " <Complex prototype>", 0);
  } else {
    const protoConstr = getConstructorName(firstProto, recurseTimes + 1);
    if (protoConstr == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
    let inner: usize;
    if (protoConstr == NULL) {
      inner = inspect(firstProto, -1, showHidden);
      if (inner == 0) { restoreSp(sp0); return EXCEPTION; }
    } else {
      inner = ptr(protoConstr);
    }
    pushRoot(boxString(inner)); // a fresh string from inspect: the builder allocates
    const sb = sbOpen();
    sbAppendString(sb, res);
    sbAppendStatic(sb, " <");
    sbAppendString(sb, inner);
    sbAppendChar(sb, 62);
    r = sbFinish(sb);
  }
  restoreSp(sp0);
  return boxString(r);
}

/** formatProperty(ctx, value, recurseTimes, key, type): "key: value", or the value alone for
 *  array elements (kArrayType). */
function formatProperty(value: i64, recurseTimes: i32, key: usize, type: i32): usize {
  const sp0 = saveSp();
  pushRoot(value);
  const o = ptr(value);
  let kind = getOwnDescriptor(o, key);
  let v = descValue;
  const getter = descGet, setter = descSet;
  let enumerable = descEnumerable;
  if (kind == DESC_NONE) {
    // Not an own property (an inherited `cause`): node reads it and calls it enumerable.
    v = Get(value, key, value);
    if (v == EXCEPTION) { restoreSp(sp0); return 0; }
    kind = DESC_DATA;
    enumerable = true;
  }
  let str: usize;
  if (kind == DESC_DATA && v != UNDEFINED) {
    pushRoot(v);
    indent(2);
    str = formatValue(v, recurseTimes);
    indent(-2);
    if (str == 0) { restoreSp(sp0); return 0; }
  } else if (kind == DESC_ACCESSOR && getter != UNDEFINED) {
    str = internStatic(setter != UNDEFINED ? "[Getter/Setter]" : "[Getter]");
  } else if (kind == DESC_ACCESSOR && setter != UNDEFINED) {
    str = internStatic("[Setter]");
  } else {
    str = internStatic("undefined");
  }
  if (type == kArrayType) { restoreSp(sp0); return str; }
  pushRoot(boxString(str));
  const sb = sbOpen();
  if (cellKind(key) != CELL_STRING) { // a Symbol key: [Symbol(desc)] with escapes
    sbAppendStatic(sb, "[Symbol(");
    const d = <usize>load<u32>(key, SYM_DESCRIPTION);
    if (d != 0) sbAppendEscaped(sb, d, 39);
    sbAppendStatic(sb, ")]");
  } else if (strIsStatic(key, "__proto__")) {
    sbAppendStatic(sb, "['__proto__']");
  } else if (!enumerable) {
    sbAppendChar(sb, 91);
    sbAppendEscaped(sb, key, 39);
    sbAppendChar(sb, 93);
  } else if (isIdentifierKey(key)) {
    sbAppendString(sb, key);
  } else {
    sbAppendQuoted(sb, key);
  }
  sbAppendStatic(sb, ": ");
  sbAppendString(sb, str);
  const r = sbFinish(sb);
  restoreSp(sp0);
  return r;
}

/** An array element's inspection (formatProperty with kArrayType for a data property). */
function formatElement(e: i64, recurseTimes: i32): usize {
  if (e == UNDEFINED) return internStatic("undefined");
  indent(2);
  const s = formatValue(e, recurseTimes);
  indent(-2);
  return s;
}

/** "... n more item(s)". */
function remainingText(sb: usize, remaining: i64): void {
  sbAppendStatic(sb, "... ");
  sbAppendInt(sb, remaining);
  sbAppendStatic(sb, remaining > 1 ? " more items" : " more item");
}

function pushEmptyItems(output: usize, n: i64): void {
  const sb = sbOpen();
  sbAppendChar(sb, 60);
  sbAppendInt(sb, n);
  sbAppendStatic(sb, n > 1 ? " empty items>" : " empty item>");
  listPush(output, sbFinish(sb));
}

/** formatArray(ctx, value, recurseTimes): the first 100 elements; holes switch to
 *  formatSpecialArray. Returns the output list or 0. */
function formatArray(value: i64, recurseTimes: i32): usize {
  const sp0 = saveSp();
  pushRoot(value);
  const o = ptr(value);
  const valLen = <i64>arrayLength(o);
  const len = valLen < kMaxArrayLength ? <i32>valLen : kMaxArrayLength;
  const output = listNew();
  pushRoot(boxObject(output));
  for (let i = 0; i < len; i++) {
    const e = arrayGet(o, <u32>i);
    if (e == EMPTY) {
      const r = formatSpecialArray(value, recurseTimes, len, output, i);
      restoreSp(sp0);
      return r;
    }
    const s = formatElement(e, recurseTimes);
    if (s == 0) { restoreSp(sp0); return 0; }
    listPush(output, s);
  }
  if (valLen > <i64>len) {
    const sb = sbOpen();
    remainingText(sb, valLen - <i64>len);
    listPush(output, sbFinish(sb));
  }
  restoreSp(sp0);
  return output;
}

/** formatSpecialArray(ctx, value, recurseTimes, maxLength, output, i): a sparse array, walking
 *  Object.keys from the first hole; runs of holes print as "<n empty items>". */
function formatSpecialArray(value: i64, recurseTimes: i32, maxLength: i32, output: usize, i: i32): usize {
  const sp0 = saveSp();
  const keys = EnumerableOwnKeys(value);
  pushRoot(boxObject(keys));
  const nkeys = <i32>arrayLength(keys);
  let index: i64 = i;
  for (; i < nkeys && listLen(output) < maxLength; i++) {
    const key = ptr(arrayGet(keys, <u32>i));
    const tmp = strToArrayIndex(key);
    if (tmp < 0) break; // not an array index: the named keys follow
    if (tmp != index) {
      pushEmptyItems(output, tmp - index);
      index = tmp;
      if (listLen(output) == maxLength) break;
    }
    const s = formatProperty(value, recurseTimes, ptr(arrayGet(keys, <u32>i)), kArrayType);
    if (s == 0) { restoreSp(sp0); return 0; }
    listPush(output, s);
    index++;
  }
  const remaining = <i64>arrayLength(ptr(value)) - index;
  if (listLen(output) != maxLength) {
    if (remaining > 0) pushEmptyItems(output, remaining);
  } else if (remaining > 0) {
    const sb = sbOpen();
    remainingText(sb, remaining);
    listPush(output, sbFinish(sb));
  }
  restoreSp(sp0);
  return output;
}
