// node's argument-validation errors (lib/internal/errors.js): TypeError [ERR_INVALID_ARG_TYPE]
// with the received value described as determineSpecificType does, and the `code` property.
import { UNDEFINED, NULL, EXCEPTION, isObject, isString, boxObject, boxString, ptr } from "../value";
import { pushRoot, saveSp, restoreSp } from "../heap/stack";
import { internStatic } from "../string/atoms";
import { strLength } from "../string/string";
import { sbOpen, sbAppendStatic, sbAppendString, sbFinish } from "../string/builder";
import { putOwn } from "../object/object";
import { isCallable } from "../object/function";
import { A_constructor, A_name } from "../names";
import { TYPE_ERROR, newError, throwValue, takeException } from "../errors";
import { Get } from "../ops/property";
import { TypeOf } from "../ops/operators";
import { inspect } from "../builtins/inspect";
import { sbAppendSlice } from "../builtins/inspect-primitive";

/** Throw a node error of `kind` (errors.ts) with message `msg` and code `code`. */
export function throwNodeError(kind: i32, msg: usize, code: string): i64 {
  const sp0 = saveSp();
  pushRoot(boxString(msg));
  const e = newError(kind, msg);
  pushRoot(boxObject(e));
  putOwn(e, internStatic("code"), boxString(internStatic(code)));
  restoreSp(sp0);
  return throwValue(boxObject(e));
}

/** determineSpecificType(value): "null", "function f", "an instance of Foo", "type number (5)". */
function appendSpecificType(sb: usize, v: i64): bool {
  if (v == UNDEFINED || v == NULL) { sbAppendStatic(sb, v == NULL ? "null" : "undefined"); return true; }
  if (isCallable(v)) {
    const name = Get(v, A_name, v);
    if (name == EXCEPTION) return false;
    if (isString(name) && strLength(ptr(name)) > 0) {
      sbAppendStatic(sb, "function ");
      sbAppendString(sb, ptr(name));
      return true;
    }
  }
  if (isObject(v)) {
    const c = Get(v, A_constructor, v);
    if (c == EXCEPTION) { takeException(); }
    else if (isObject(c)) {
      pushRoot(c);
      const name = Get(c, A_name, c);
      if (name == EXCEPTION) return false;
      if (isString(name) && strLength(ptr(name)) > 0) {
        sbAppendStatic(sb, "an instance of ");
        sbAppendString(sb, ptr(name));
        return true;
      }
    }
  }
  const s = inspect(v, isObject(v) ? -1 : 2, false);
  if (s == 0) return false;
  pushRoot(boxString(s)); // the builder's caller restores sp
  if (isObject(v)) { sbAppendString(sb, s); return true; }
  sbAppendStatic(sb, "type ");
  sbAppendString(sb, ptr(TypeOf(v)));
  sbAppendStatic(sb, " (");
  if (strLength(s) > 28) { sbAppendSlice(sb, s, 0, 25); sbAppendStatic(sb, "..."); }
  else sbAppendString(sb, s);
  sbAppendStatic(sb, ")");
  return true;
}

/** TypeError [ERR_INVALID_ARG_TYPE]: The "<name>" argument must be <expected>. Received ... */
export function throwInvalidArgType(name: string, expected: string, v: i64): i64 {
  const sp0 = saveSp();
  pushRoot(v);
  const sb = sbOpen();
  sbAppendStatic(sb, "The \"");
  sbAppendStatic(sb, name);
  sbAppendStatic(sb, "\" argument must be ");
  sbAppendStatic(sb, expected);
  sbAppendStatic(sb, ". Received ");
  if (!appendSpecificType(sb, v)) { restoreSp(sp0); return EXCEPTION; }
  const msg = sbFinish(sb);
  const r = throwNodeError(TYPE_ERROR, msg, "ERR_INVALID_ARG_TYPE");
  restoreSp(sp0);
  return r;
}

/** validateFunction(value, name): true, or false with the TypeError pending. */
export function validateFunction(v: i64, name: string): bool {
  if (isCallable(v)) return true;
  throwInvalidArgType(name, "of type function", v);
  return false;
}
