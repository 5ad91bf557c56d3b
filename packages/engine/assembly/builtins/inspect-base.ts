// The "base" part of node 20's util.inspect output for functions, classes, boxed primitives and
// errors (lib/internal/util/inspect.js: getPrefix, getCtxStyle, getFunctionBase, getClassBase,
// getBoxedBase, formatError, improveStack, removeDuplicateErrorKeys). Engine errors have no
// `stack`; node then uses Error.prototype.toString and wraps the result: "[TypeError: msg]".
// Functions return a new string cell, or 0 with an exception pending.
import { ErrorToString } from "./error";
import { CELL_ARRAY, OBJ_AUX, STR_DATA } from "../layout.generated";
import { UNDEFINED, EXCEPTION, isObject, isString, isNullish, boxObject, boxString, ptr } from "../value";
import { cellKind } from "../heap/alloc";
import { pushRoot, saveSp, restoreSp, reserveSlots } from "../heap/stack";
import { strLength, strCharAt, strIndexOf, strEquals } from "../string/string";
import { internStatic, internUtf16 } from "../string/atoms";
import { sbOpen, sbAppendChar, sbAppendStatic, sbAppendString, sbFinish } from "../string/builder";
import { objProto } from "../object/object";
import { fnFlags, FF_CLASS, FF_ASYNC, FF_GENERATOR } from "../object/function";
import { A_name, A_message, A_stack, A_cause, A_empty } from "../names";
import { Get, HasProperty } from "../ops/property";
import { ToString, ToBoolean } from "../ops/conversion";
import { arrayLength, arrayPush } from "../object/array";
import { indentationLvl, showHidden } from "./inspect-context";
import {
  sbAppendPrimitive, sbAppendInt, sbAppendSlice, sbAppendSpaces, strIsStatic,
} from "./inspect-primitive";
import { keyIndexOf, keyRemoveAt } from "./inspect-keys";
import { internalConstructorName, boxedTypeName } from "./inspect";

// ---- getPrefix / getCtxStyle ----

/** getPrefix(constructor, tag, fallback, size) with no tag: "Foo ", "Foo(2) ", or
 *  "[Array(2): null prototype] " when `ctor` is 0 (null). `size` < 0 means none. */
export function getPrefixCell(ctor: usize, fallback: usize, size: i64): usize {
  const sp0 = saveSp();
  if (ctor != 0) pushRoot(boxString(ctor));
  if (fallback != 0) pushRoot(boxString(fallback));
  const sb = sbOpen();
  if (ctor == 0) { sbAppendChar(sb, 91); sbAppendString(sb, fallback); } else sbAppendString(sb, ctor);
  if (size >= 0) { sbAppendChar(sb, 40); sbAppendInt(sb, size); sbAppendChar(sb, 41); }
  if (ctor == 0) sbAppendStatic(sb, ": null prototype]");
  sbAppendChar(sb, 32);
  const r = sbFinish(sb);
  restoreSp(sp0);
  return r;
}

export function getPrefix(ctor: usize, fallback: string, size: i64): usize {
  return getPrefixCell(ctor, internStatic(fallback), size);
}

/** getCtxStyle(value, constructor, tag). */
export function getCtxStyle(value: i64, ctor: usize): usize {
  return getPrefixCell(ctor, ctor == 0 ? internalConstructorName(value) : 0, -1);
}

// ---- Functions and classes ----

/** ToString of a property value for a template literal; 0 on exception. */
function getString(o: i64, key: usize): usize {
  const v = Get(o, key, o);
  if (v == EXCEPTION) return 0;
  return ToString(v);
}

/** getFunctionBase(value, constructor, tag): "[Function: f]", "[Function (anonymous)]",
 *  "[AsyncFunction: f]", "[Function: f] Foo" when the constructor is not the function type. */
export function getFunctionBase(value: i64, ctor: usize): usize {
  const flags = fnFlags(ptr(value));
  if (flags & FF_CLASS) return getClassBase(value, ctor);
  const sp0 = saveSp();
  pushRoot(value);
  const nameV = Get(value, A_name, value);
  if (nameV == EXCEPTION) { restoreSp(sp0); return 0; }
  pushRoot(nameV);
  let name: usize = 0;
  if (!(isString(nameV) && strLength(ptr(nameV)) == 0)) {
    name = ToString(nameV);
    if (name == 0) { restoreSp(sp0); return 0; }
    pushRoot(boxString(name));
  }
  const type = (flags & FF_ASYNC) != 0
    ? ((flags & FF_GENERATOR) != 0 ? "AsyncGeneratorFunction" : "AsyncFunction")
    : ((flags & FF_GENERATOR) != 0 ? "GeneratorFunction" : "Function");
  const sb = sbOpen();
  sbAppendChar(sb, 91);
  sbAppendStatic(sb, type);
  if (ctor == 0) sbAppendStatic(sb, " (null prototype)");
  if (name == 0) sbAppendStatic(sb, " (anonymous)");
  else { sbAppendStatic(sb, ": "); sbAppendString(sb, name); }
  sbAppendChar(sb, 93);
  if (ctor != 0 && !strIsStatic(ctor, type)) { sbAppendChar(sb, 32); sbAppendString(sb, ctor); }
  const r = sbFinish(sb);
  restoreSp(sp0);
  return r;
}

/** getClassBase(value, constructor, tag): "[class A]", "[class B extends A]",
 *  "[class (anonymous)]", "[class A [Foo]]". */
function getClassBase(value: i64, ctor: usize): usize {
  const sp0 = saveSp();
  pushRoot(value);
  const nameV = Get(value, A_name, value);
  if (nameV == EXCEPTION) { restoreSp(sp0); return 0; }
  pushRoot(nameV);
  let name: usize = 0;
  if (ToBoolean(nameV)) {
    name = ToString(nameV);
    if (name == 0) { restoreSp(sp0); return 0; }
    pushRoot(boxString(name));
  }
  let superName: usize = 0;
  if (ctor != 0) {
    const proto = objProto(ptr(value));
    if (isObject(proto)) {
      const sv = Get(proto, A_name, proto);
      if (sv == EXCEPTION) { restoreSp(sp0); return 0; }
      pushRoot(sv);
      if (ToBoolean(sv)) {
        superName = ToString(sv);
        if (superName == 0) { restoreSp(sp0); return 0; }
        pushRoot(boxString(superName));
      }
    }
  }
  const sb = sbOpen();
  sbAppendStatic(sb, "[class ");
  if (name != 0) sbAppendString(sb, name); else sbAppendStatic(sb, "(anonymous)");
  if (ctor != 0 && !strIsStatic(ctor, "Function")) {
    sbAppendStatic(sb, " [");
    sbAppendString(sb, ctor);
    sbAppendChar(sb, 93);
  }
  if (ctor == 0) sbAppendStatic(sb, " extends [null prototype]");
  else if (superName != 0) { sbAppendStatic(sb, " extends "); sbAppendString(sb, superName); }
  sbAppendChar(sb, 93);
  const r = sbFinish(sb);
  restoreSp(sp0);
  return r;
}

// ---- Boxed primitives ----

/** getBoxedBase(value, ctx, keys, constructor, tag): "[Number: 3]", "[String: 'ab']",
 *  "[Number (Foo): 3]", "[Boolean (null prototype): true]". */
export function getBoxedBase(value: i64, ctor: usize): usize {
  const sp0 = saveSp();
  pushRoot(value);
  const type = boxedTypeName(ptr(value));
  pushRoot(boxString(type));
  const sb = sbOpen();
  sbAppendChar(sb, 91);
  sbAppendString(sb, type);
  if (ctor == 0) sbAppendStatic(sb, " (null prototype)");
  else if (!strEquals(ctor, type)) { sbAppendStatic(sb, " ("); sbAppendString(sb, ctor); sbAppendChar(sb, 41); }
  sbAppendStatic(sb, ": ");
  sbAppendPrimitive(sb, load<i64>(ptr(value), OBJ_AUX), indentationLvl);
  sbAppendChar(sb, 93);
  const r = sbFinish(sb);
  restoreSp(sp0);
  return r;
}

// ---- Errors ----

/** getStackString(error): `error.stack` if truthy, else Error.prototype.toString(error). */
function getStackString(err: i64): usize {
  const sp0 = saveSp();
  pushRoot(err);
  const sv = Get(err, A_stack, err);
  if (sv == EXCEPTION) { restoreSp(sp0); return 0; }
  const r = ToBoolean(sv) ? ToString(sv) : ErrorToString(err);
  restoreSp(sp0);
  return r;
}

function startsWith(s: usize, prefix: usize): bool {
  const n = strLength(prefix);
  if (strLength(s) < n) return false;
  for (let i = 0; i < n; i++) if (strCharAt(s, i) != strCharAt(prefix, i)) return false;
  return true;
}

function endsWithError(s: usize): bool {
  const n = strLength(s);
  if (n < 5) return false;
  const e = internStatic("Error");
  for (let i = 0; i < 5; i++) if (strCharAt(s, n - 5 + i) != strCharAt(e, i)) return false;
  return true;
}

/** The name at the start of a stack of an error without constructor, as improveStack finds it
 *  with /^([A-Z][a-z_ A-Z0-9[\]()-]+)(?::|\n {4}at)/ or /^([a-z_A-Z0-9-]*Error)$/: its length,
 *  or 0 if neither matches. */
function stackNameLength(stack: usize): i32 {
  const n = strLength(stack);
  let i = 0;
  if (n > 0 && strCharAt(stack, 0) >= 65 && strCharAt(stack, 0) <= 90) {
    i = 1;
    while (i < n) {
      const c = strCharAt(stack, i);
      const ok = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c == 95 ||
        c == 32 || c == 91 || c == 93 || c == 40 || c == 41 || c == 45;
      if (!ok) break;
      i++;
    }
    if (i >= 2 && i < n) {
      if (strCharAt(stack, i) == 58) return i;
      if (i + 7 <= n && strCharAt(stack, i) == 10 && strCharAt(stack, i + 1) == 32 &&
          strCharAt(stack, i + 2) == 32 && strCharAt(stack, i + 3) == 32 && strCharAt(stack, i + 4) == 32 &&
          strCharAt(stack, i + 5) == 97 && strCharAt(stack, i + 6) == 116) return i;
    }
  }
  for (i = 0; i < n; i++) {
    const c = strCharAt(stack, i);
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c == 95 || c == 45)) return 0;
  }
  return endsWithError(stack) ? n : 0;
}

/** improveStack(stack, constructor, name, tag): make the first line name the constructor when
 *  it differs from the error's name ("MyErr [Error]: m", "[Error: null prototype]: m"). */
function improveStack(stack: usize, ctor: usize, name: usize): usize {
  let len = strLength(name);
  if (!(ctor == 0 || (endsWithError(name) && startsWith(stack, name) &&
      (strLength(stack) == len || strCharAt(stack, len) == 58 || strCharAt(stack, len) == 10)))) {
    return stack;
  }
  const sp0 = saveSp();
  pushRoot(boxString(stack));
  pushRoot(boxString(name));
  let fallback = internStatic("Error");
  if (ctor == 0) {
    len = stackNameLength(stack);
    if (len > 0) fallback = internFromSlice(stack, len);
  }
  pushRoot(boxString(fallback));
  const prefixSp = getPrefixCell(ctor, fallback, -1); // "Foo " — used without its last space
  pushRoot(boxString(prefixSp));
  const plen = strLength(prefixSp) - 1;
  let same = plen == strLength(name);
  for (let i = 0; same && i < plen; i++) same = strCharAt(prefixSp, i) == strCharAt(name, i);
  if (same) { restoreSp(sp0); return stack; }
  const sb = sbOpen();
  sbAppendSlice(sb, prefixSp, 0, plen);
  if (sliceIncludes(prefixSp, plen, name)) {
    if (len == 0) { sbAppendStatic(sb, ": "); sbAppendString(sb, stack); }
    else sbAppendSlice(sb, stack, len, strLength(stack));
  } else {
    sbAppendStatic(sb, " [");
    sbAppendString(sb, name);
    sbAppendChar(sb, 93);
    sbAppendSlice(sb, stack, len, strLength(stack));
  }
  const r = sbFinish(sb);
  restoreSp(sp0);
  return r;
}

function internFromSlice(s: usize, len: i32): usize { return internUtf16(s + STR_DATA, len); }

/** Whether the first `n` code units of `s` contain `needle`. */
function sliceIncludes(s: usize, n: i32, needle: usize): bool {
  const m = strLength(needle);
  for (let i = 0; i + m <= n; i++) {
    let j = 0;
    while (j < m && strCharAt(s, i + j) == strCharAt(needle, j)) j++;
    if (j == m) return true;
  }
  return false;
}

// formatError's frame slots.
const E_ERR: usize = 0;
const E_STACK: usize = 8;
const E_NAME: usize = 16;
const E_KEYS: usize = 24;
const E_TMP: usize = 32;

/** formatError(err, constructor, tag, ctx, keys): the error's stack (here: its toString) with
 *  the constructor name improved, in brackets when there are no stack frames, indented to the
 *  current level. Updates `keys`: name/message/stack shown in the stack are dropped, a `cause`
 *  and an `errors` array are added. */
export function formatError(err: i64, ctor: usize, keys: usize): usize {
  const sp0 = saveSp();
  const f = reserveSlots(5);
  store<i64>(f, err, E_ERR);
  store<i64>(f, boxObject(keys), E_KEYS);
  const nv = Get(err, A_name, err);
  if (nv == EXCEPTION) { restoreSp(sp0); return 0; }
  const name = isNullish(nv) ? internStatic("Error") : ToString(nv);
  if (name == 0) { restoreSp(sp0); return 0; }
  store<i64>(f, boxString(name), E_NAME);
  let stack = getStackString(err);
  if (stack == 0) { restoreSp(sp0); return 0; }
  store<i64>(f, boxString(stack), E_STACK);
  // removeDuplicateErrorKeys: hide name, message and stack when the stack shows them.
  if (!showHidden && arrayLength(keys) != 0) {
    for (let k = 0; k < 3; k++) {
      const key = k == 0 ? A_name : k == 1 ? A_message : A_stack;
      const index = keyIndexOf(keys, key);
      if (index < 0) continue;
      const s = getString(err, key);
      if (s == 0) { restoreSp(sp0); return 0; }
      if (strIndexOf(stack, s, 0) >= 0) keyRemoveAt(keys, index);
    }
  }
  if (HasProperty(err, A_cause) && keyIndexOf(keys, A_cause) < 0) arrayPush(keys, boxString(A_cause));
  const errorsKey = internStatic("errors");
  pushRoot(boxString(errorsKey));
  const ev = Get(err, errorsKey, err);
  if (ev == EXCEPTION) { restoreSp(sp0); return 0; }
  if (isObject(ev) && cellKind(ptr(ev)) == CELL_ARRAY && keyIndexOf(keys, errorsKey) < 0) {
    arrayPush(keys, boxString(errorsKey));
  }
  stack = improveStack(stack, ctor, name);
  store<i64>(f, boxString(stack), E_STACK);
  // Ignore the error message if it's contained in the stack.
  const mv = Get(err, A_message, err);
  if (mv == EXCEPTION) { restoreSp(sp0); return 0; }
  store<i64>(f, mv, E_TMP);
  let pos = -1;
  if (ToBoolean(mv)) {
    const m = ToString(mv);
    if (m == 0) { restoreSp(sp0); return 0; }
    const i = strIndexOf(stack, m, 0);
    if (i > 0) pos = isString(mv) ? i + strLength(m) : 0; // `(msg && indexOf) || -1`; NaN + length
  }
  // Wrap the error in brackets in case it has no stack trace.
  const stackStart = strIndexOf(stack, internStatic("\n    at"), pos < 0 ? 0 : pos);
  let r: usize;
  if (stackStart < 0) {
    const sb = sbOpen();
    sbAppendChar(sb, 91);
    sbAppendString(sb, stack);
    sbAppendChar(sb, 93);
    r = sbFinish(sb);
  } else {
    r = stack;
  }
  // The message and the stack have to be indented as well.
  if (indentationLvl != 0) {
    store<i64>(f, boxString(r), E_TMP);
    const sb = sbOpen();
    const n = strLength(r);
    for (let i = 0; i < n; i++) {
      const c = strCharAt(r, i);
      sbAppendChar(sb, c);
      if (c == 10) sbAppendSpaces(sb, indentationLvl);
    }
    r = sbFinish(sb);
  }
  restoreSp(sp0);
  return r;
}
