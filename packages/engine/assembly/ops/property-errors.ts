// TypeErrors of refused property operations, worded as V8 words them: DefinePropertyOrThrow,
// a refused Set(O, P, V, true), and values shown in messages ("#<Object>", "[object Array]").
import {
  CELL_ARRAY, CELL_FUNCTION, CELL_REGEXP, CELL_STRING, PROP_ACCESSOR, OBJ_FLAG_LENGTH_READONLY,
} from "../layout.generated";
import { FALSE, UNDEFINED, isObject, isString, isNumber, isSymbol, toF64, boxString, boxSymbol, ptr } from "../value";
import { vecGet } from "../object/vector";
import { cellKind } from "../heap/alloc";
import { pushRoot, saveSp, restoreSp } from "../heap/stack";
import { objProto, isExtensible, objFlags, findOwn, ownValue, propAttrs, NO_PROP } from "../object/object";
import { arrayLength } from "../object/array";
import { fnName, isCallable } from "../object/function";
import { internStatic } from "../string/atoms";
import { sbOpen, sbAppendStatic, sbAppendString, sbFinish } from "../string/builder";
import { A_length, A_empty, A_constructor } from "../names";
import { TYPE_ERROR, throwErrorWith } from "../errors";
import { indexKey } from "./property";
import { ToString } from "./conversion";
import {
  newDesc, descFlags, HAS_VALUE, D_VALUE, OrdinaryGetOwnProperty, DefineOwnProperty, keyToIndex,
} from "./define-property";
import { sbAppendSymbol } from "../builtins/inspect-primitive";
import { FunctionSourceText } from "../builtins/function";

/** Throw a TypeError `prefix + value + suffix`, the value shown as V8 shows it in messages. */
export function throwWithValue(prefix: string, v: i64, suffix: string): i64 {
  const sp0 = saveSp();
  pushRoot(v);
  const r = throwErrorWith(TYPE_ERROR, prefix, valueForMessage(v), suffix);
  restoreSp(sp0);
  return r;
}

/** A value as V8 prints it in error messages: primitives as strings, objects as "#<Ctor>". */
export function valueForMessage(v: i64): usize {
  if (isString(v)) return ptr(v);
  if (isSymbol(v)) {
    const sb = sbOpen();
    sbAppendSymbol(sb, ptr(v));
    return sbFinish(sb);
  }
  if (!isObject(v)) return ToString(v); // numbers, booleans, null, undefined: no side effects
  const o = ptr(v);
  if (cellKind(o) == CELL_ARRAY) return internStatic("[object Array]");
  if (cellKind(o) == CELL_REGEXP) return internStatic("[object RegExp]");
  if (cellKind(o) == CELL_FUNCTION) return FunctionSourceText(o);
  const sb = sbOpen();
  sbAppendStatic(sb, "#<");
  sbAppendString(sb, constructorName(o));
  sbAppendStatic(sb, ">");
  return sbFinish(sb);
}

/** The name of the function found as a data property `constructor` on `o`'s chain, or "Object". */
function constructorName(o: usize): usize {
  let p = objProto(o);
  while (isObject(p)) {
    const node = findOwn(ptr(p), A_constructor);
    if (node != NO_PROP) {
      const c = ownValue(ptr(p), node);
      if ((propAttrs(node) & PROP_ACCESSOR) == 0 && isCallable(c)) {
        const n = fnName(ptr(c));
        if (n != 0 && n != A_empty) return n;
      }
      break;
    }
    p = objProto(ptr(p));
  }
  return internStatic("Object");
}

/** DefinePropertyOrThrow(O, P, Desc) — §7.3.8, with V8's messages. */
export function DefinePropertyOrThrow(ov: i64, key: usize, d: usize): i64 {
  const r = DefineOwnProperty(ov, key, d);
  if (r != FALSE) return r;
  const o = ptr(ov);
  if (cellKind(o) == CELL_ARRAY && key == A_length && (objFlags(o) & OBJ_FLAG_LENGTH_READONLY) == 0 &&
      (descFlags(d) & HAS_VALUE) != 0 &&
      isNumber(load<i64>(d, D_VALUE)) && toF64(load<i64>(d, D_VALUE)) < <f64>arrayLength(o)) {
    // Truncation stopped at a non-configurable element.
    return throwErrorWith(TYPE_ERROR, "Cannot delete property '", indexKey(arrayLength(o) - 1), "' of [object Array]");
  }
  if (!isExtensible(o) && !hasOwn(o, key)) {
    return throwErrorWith(TYPE_ERROR, "Cannot define property ", keyForMessage(key), ", object is not extensible");
  }
  return throwErrorWith(TYPE_ERROR, "Cannot redefine property: ", keyForMessage(key), "");
}

/** The TypeError of a refused Set(O, P, V, true) — §7.3.4: a read-only property, or a new
 *  property on a non-extensible object. (Strict-mode assignments need the same.) */
export function throwSetFailure(ov: i64, key: usize): i64 {
  const o = ptr(ov);
  const sp0 = saveSp();
  pushRoot(ov);
  if (!isExtensible(o) && !hasOwn(o, key)) {
    const k = keyForMessage(key);
    restoreSp(sp0);
    return throwErrorWith(TYPE_ERROR, "Cannot add property ", k, ", object is not extensible");
  }
  // An index past a read-only array length is refused because of `length`.
  if (cellKind(o) == CELL_ARRAY && (objFlags(o) & OBJ_FLAG_LENGTH_READONLY) != 0 &&
      keyToIndex(key) >= <i64>arrayLength(o)) key = A_length;
  const k = keyForMessage(key);
  pushRoot(boxString(k));
  const what = valueForMessage(ov);
  pushRoot(boxString(what));
  const sb = sbOpen();
  if (isGetterOnly(o, key)) {
    sbAppendStatic(sb, "Cannot set property ");
    sbAppendString(sb, k);
    sbAppendStatic(sb, " of ");
    sbAppendString(sb, what);
    sbAppendStatic(sb, " which has only a getter");
    const m = sbFinish(sb);
    restoreSp(sp0);
    return throwErrorWith(TYPE_ERROR, "", m, "");
  }
  sbAppendStatic(sb, "Cannot assign to read only property '");
  sbAppendString(sb, k);
  sbAppendStatic(sb, "' of object '");
  sbAppendString(sb, what);
  sbAppendStatic(sb, "'");
  const msg = sbFinish(sb);
  restoreSp(sp0);
  return throwErrorWith(TYPE_ERROR, "", msg, "");
}

/** Throw a TypeError `prefix + a + middle + b` (a and b string cells; rooted here). */
function throwTypeError2(prefix: string, a: usize, middle: string, b: usize): i64 {
  const sp0 = saveSp();
  pushRoot(boxString(a));
  pushRoot(boxString(b));
  const sb = sbOpen();
  sbAppendStatic(sb, prefix);
  sbAppendString(sb, a);
  sbAppendStatic(sb, middle);
  sbAppendString(sb, b);
  const msg = sbFinish(sb);
  restoreSp(sp0);
  return throwErrorWith(TYPE_ERROR, "", msg, "");
}

/** The TypeError of `k in o` for a primitive `o`, worded as V8 words it. */
export function throwInNonObject(k: i64, o: i64): i64 {
  const sp0 = saveSp();
  pushRoot(o);
  const key = valueForMessage(k);
  pushRoot(boxString(key));
  const r = throwTypeError2("Cannot use 'in' operator to search for '", key, "' in ", valueForMessage(o));
  restoreSp(sp0);
  return r;
}

/** The TypeError of a refused `delete o[key]` in strict code. */
export function throwDeleteFailure(ov: i64, key: usize): i64 {
  const sp0 = saveSp();
  pushRoot(ov);
  const k = keyForMessage(key);
  pushRoot(boxString(k));
  const r = throwTypeError2("Cannot delete property '", k, "' of ", valueForMessage(ov));
  restoreSp(sp0);
  return r;
}

/** Whether the property `key` found along `o`'s prototype chain is an accessor without a setter. */
function isGetterOnly(o: usize, key: usize): bool {
  let p = o;
  while (true) {
    const node = findOwn(p, key);
    if (node != NO_PROP) {
      if ((propAttrs(node) & PROP_ACCESSOR) == 0) return false;
      return vecGet(ptr(ownValue(p, node)), 1) == UNDEFINED;
    }
    const proto = objProto(p);
    if (!isObject(proto)) return false;
    p = ptr(proto);
  }
}

/** Whether `o` has own property `key` (virtual ones included). */
function hasOwn(o: usize, key: usize): bool {
  const sp0 = saveSp();
  const d = newDesc();
  const r = OrdinaryGetOwnProperty(o, key, d);
  restoreSp(sp0);
  return r;
}

/** A property key for a message: the string, or "Symbol(desc)". */
export function keyForMessage(key: usize): usize {
  if (cellKind(key) == CELL_STRING) return key;
  return valueForMessage(boxSymbol(key));
}
