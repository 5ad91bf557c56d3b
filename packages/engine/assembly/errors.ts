// Throwing without Wasm exception handling: a function that throws stores the thrown value in
// `pendingException` and returns the EXCEPTION sentinel; every caller checks the sentinel and
// propagates it (generated code branches to its catch block or returns). QuickJS works the same way.
import { CELL_ERROR, OBJ_AUX_BYTES } from "./layout.generated";
import { EXCEPTION, UNDEFINED, boxObject, boxString } from "./value";
import { allocObject, addOwnProperty } from "./object/object";
import { errorPrototype } from "./realm";
import { A_message } from "./names";
import { pushRoot, saveSp, restoreSp } from "./heap/stack";
import { newStringFromStatic } from "./string/string";
import { captureStack } from "./builtins/error-stack";
import { sbOpen, sbAppendStatic, sbAppendString, sbFinish } from "./string/builder";

export const ERROR: i32 = 0;
export const TYPE_ERROR: i32 = 1;
export const RANGE_ERROR: i32 = 2;
export const REFERENCE_ERROR: i32 = 3;
export const SYNTAX_ERROR: i32 = 4;
export const EVAL_ERROR: i32 = 5;
export const URI_ERROR: i32 = 6;

/** The value being thrown while a function returns EXCEPTION; UNDEFINED otherwise. */
export let pendingException: i64 = UNDEFINED;

export function throwValue(v: i64): i64 {
  pendingException = v;
  return EXCEPTION;
}

/** Take the pending exception (a catch block starts with this). */
export function takeException(): i64 {
  const v = pendingException;
  pendingException = UNDEFINED;
  return v;
}

/** A new error object of `kind` with message string `msg` (0: no message) and prototype `proto`
 *  (0: the kind's intrinsic prototype); `constructor` is the FunctionInfo of the JS constructor
 *  `new` ran (its frames are left out of the stack), or 0. */
export function newError(kind: i32, msg: usize, proto: usize = 0, constructor: usize = 0): usize {
  const sp0 = saveSp();
  if (msg != 0) pushRoot(boxString(msg));
  const e = allocObject(CELL_ERROR, OBJ_AUX_BYTES, boxObject(proto != 0 ? proto : errorPrototype(kind)));
  pushRoot(boxObject(e));
  captureStack(e, constructor);
  if (msg != 0) {
    addOwnProperty(e, A_message, boxString(msg), 5); // writable, configurable, not enumerable
  }
  restoreSp(sp0);
  return e;
}

export function throwError(kind: i32, msg: usize): i64 {
  return throwValue(boxObject(newError(kind, msg)));
}

export function throwTypeError(lit: string): i64 {
  return throwError(TYPE_ERROR, newStringFromStatic(lit));
}

export function throwRangeError(lit: string): i64 {
  return throwError(RANGE_ERROR, newStringFromStatic(lit));
}

/** Throw `kind` with the message `prefix + s + suffix` (s a string cell). */
export function throwErrorWith(kind: i32, prefix: string, s: usize, suffix: string): i64 {
  pushRoot(boxString(s)); // sbOpen allocates; sbFinish restores sp past this slot
  const sb = sbOpen();
  sbAppendStatic(sb, prefix);
  sbAppendString(sb, s);
  sbAppendStatic(sb, suffix);
  return throwError(kind, sbFinish(sb));
}
