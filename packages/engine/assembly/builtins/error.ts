// Error, TypeError, RangeError, ReferenceError, SyntaxError, EvalError, URIError — ECMA-262 §20.5.

import { UNDEFINED, EXCEPTION, boxObject, boxString, isObject, ptr } from "../value";

import { pushRoot, saveSp, restoreSp } from "../heap/stack";
import { internStatic } from "../string/atoms";
import { OrdinaryObjectCreate, putHidden, addOwnProperty, setPrototypeRaw } from "../object/object";

import { ObjectPrototype, setErrorPrototype, errorPrototype } from "../realm";
import { A_name, A_message, A_prototype, A_empty, A_cause } from "../names";
import { newError, throwTypeError } from "../errors";
import { ToString } from "../ops/conversion";
import { Get, GetV, HasProperty } from "../ops/property";
import { sbOpen, sbAppendString, sbAppendStatic, sbFinish } from "../string/builder";
import { strLength } from "../string/string";
import { initErrorStack } from "./error-stack";
import { arg, defineConstructor, defineMethod, NativeFn, ATTR_HIDDEN } from "./native";

/** The constructor behaviour shared by all error kinds: §20.5.1.1 Error(message). The kind is
 *  found from the callee's prototype chain: new.target's "prototype" gives the new object's
 *  prototype, so subclasses (issue: classes) work too. */
function constructError(kind: i32, callee: u32, argv: usize, argc: i32): i64 {
  const sp0 = saveSp();
  const nt = newTargetOr(callee);
  let proto = Get(nt, A_prototype, nt);
  if (proto == EXCEPTION) return EXCEPTION;
  const protoPtr = isObject(proto) ? ptr(proto) : errorPrototype(kind);
  let msg: usize = 0;
  const m = arg(argv, argc, 0);
  if (m != UNDEFINED) {
    msg = ToString(m);
    if (msg == 0) { restoreSp(sp0); return EXCEPTION; }
  }
  const e = newError(kind, msg, protoPtr, isCallable(nt) ? fnInfo(ptr(nt)) : 0);
  pushRoot(boxObject(e));
  const r = InstallErrorCause(e, arg(argv, argc, 1));
  restoreSp(sp0);
  return r == EXCEPTION ? EXCEPTION : boxObject(e);
}

/** InstallErrorCause(O, options) — §20.5.8.1: an own, non-enumerable `cause` when the options
 *  object has one (even undefined). `e` must be rooted. UNDEFINED, or EXCEPTION. */
export function InstallErrorCause(e: usize, options: i64): i64 {
  if (!isObject(options) || !HasProperty(options, A_cause)) return UNDEFINED;
  const sp0 = saveSp();
  pushRoot(options);
  const cause = Get(options, A_cause, options);
  if (cause != EXCEPTION) addOwnProperty(e, A_cause, cause, ATTR_HIDDEN);
  restoreSp(sp0);
  return cause == EXCEPTION ? EXCEPTION : UNDEFINED;
}

import { newTarget, isCallable, fnInfo } from "../object/function";
function newTargetOr(callee: u32): i64 {
  return newTarget != UNDEFINED ? newTarget : boxObject(<usize>callee);
}

function Error_ctor(callee: u32, thisv: i64, argv: usize, argc: i32): i64 { return constructError(0, callee, argv, argc); }
function TypeError_ctor(callee: u32, thisv: i64, argv: usize, argc: i32): i64 { return constructError(1, callee, argv, argc); }
function RangeError_ctor(callee: u32, thisv: i64, argv: usize, argc: i32): i64 { return constructError(2, callee, argv, argc); }
function ReferenceError_ctor(callee: u32, thisv: i64, argv: usize, argc: i32): i64 { return constructError(3, callee, argv, argc); }
function SyntaxError_ctor(callee: u32, thisv: i64, argv: usize, argc: i32): i64 { return constructError(4, callee, argv, argc); }
function EvalError_ctor(callee: u32, thisv: i64, argv: usize, argc: i32): i64 { return constructError(5, callee, argv, argc); }
function URIError_ctor(callee: u32, thisv: i64, argv: usize, argc: i32): i64 { return constructError(6, callee, argv, argc); }

/** Error.prototype.toString — §20.5.3.4 — applied to object `err`: a string cell, or 0 with an
 *  exception pending. Shared with console.log's error formatting. */
export function ErrorToString(err: i64): usize {
  const sp0 = saveSp();
  pushRoot(err);
  const nv = GetV(err, A_name);
  if (nv == EXCEPTION) { restoreSp(sp0); return 0; }
  const name = nv == UNDEFINED ? internStatic("Error") : ToString(nv);
  if (name == 0) { restoreSp(sp0); return 0; }
  pushRoot(boxString(name));
  const mv = GetV(err, A_message);
  if (mv == EXCEPTION) { restoreSp(sp0); return 0; }
  const msg = mv == UNDEFINED ? A_empty : ToString(mv);
  if (msg == 0) { restoreSp(sp0); return 0; }
  pushRoot(boxString(msg));
  let r: usize;
  if (strLength(name) == 0) r = msg;
  else if (strLength(msg) == 0) r = name;
  else {
    const sb = sbOpen();
    sbAppendString(sb, name);
    sbAppendStatic(sb, ": ");
    sbAppendString(sb, msg);
    r = sbFinish(sb);
  }
  restoreSp(sp0);
  return r;
}

function Error_prototype_toString(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  if (!isObject(thisv)) return throwTypeError("Error.prototype.toString requires that 'this' be an Object");
  const s = ErrorToString(thisv);
  return s == 0 ? EXCEPTION : boxString(s);
}

/** %Error%, the [[Prototype]] of the other error constructors (reachable from the global object). */
export let ErrorConstructor: usize = 0;

function defineErrorKind(global: usize, kind: i32, name: string, ctor: NativeFn, base: usize): usize {
  const proto = OrdinaryObjectCreate(boxObject(base));
  const sp0 = saveSp();
  pushRoot(boxObject(proto));
  setErrorPrototype(kind, proto);
  putHidden(proto, A_name, boxString(internStatic(name)));
  putHidden(proto, A_message, boxString(A_empty));
  const c = defineConstructor(global, name, 1, ctor, proto, true);
  // §20.5.6.2: each NativeError constructor's [[Prototype]] is %Error%.
  if (kind != 0) setPrototypeRaw(c, boxObject(ErrorConstructor));
  else ErrorConstructor = c;
  restoreSp(sp0);
  return proto;
}

export function initErrors(global: usize): void {
  initErrorStack();
  const errorProto = defineErrorKind(global, 0, "Error", Error_ctor, ObjectPrototype);
  defineMethod(errorProto, "toString", 0, Error_prototype_toString);
  defineErrorKind(global, 1, "TypeError", TypeError_ctor, errorProto);
  defineErrorKind(global, 2, "RangeError", RangeError_ctor, errorProto);
  defineErrorKind(global, 3, "ReferenceError", ReferenceError_ctor, errorProto);
  defineErrorKind(global, 4, "SyntaxError", SyntaxError_ctor, errorProto);
  defineErrorKind(global, 5, "EvalError", EvalError_ctor, errorProto);
  defineErrorKind(global, 6, "URIError", URIError_ctor, errorProto);
}

