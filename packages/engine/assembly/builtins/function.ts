// Function.prototype — ECMA-262 §20.2.3: call, apply, bind and toString. %Function.prototype%
// itself is created in builtins/index.ts; bound functions are called through ops/call.ts.
import { CELL_FUNCTION, CELL_STRING, FN_BYTES, FN_CODE, FN_INFO, FN_BOUND } from "../layout.generated";
import {
  EXCEPTION, UNDEFINED, FALSE, isNumber, isObject, isString, isNullish, toF64, boxObject, boxString, ptr,
} from "../value";
import { OrdinaryHasInstance } from "../ops/operators";
import { wellKnownSymbol, WK_HAS_INSTANCE } from "./symbol";
import { cellKind } from "../heap/alloc";
import { pushRoot, saveSp, restoreSp } from "../heap/stack";
import { allocObject, objProto } from "../object/object";
import { newVector, vecSet } from "../object/vector";
import {
  newFunctionInfo, fnInfo, fnName, isCallable, isConstructor, FI_SOURCE, FF_NATIVE,
  FF_CONSTRUCTOR, FF_SELF_CONSTRUCT,
} from "../object/function";
import { FunctionPrototype } from "../realm";
import { A_length, A_name, A_empty } from "../names";
import { EVAL_ERROR, throwError, throwTypeError, throwRangeError } from "../errors";
import { newStringFromStatic } from "../string/string";
import { sbOpen, sbAppendStatic, sbAppendString, sbFinish } from "../string/builder";
import { ToIntegerOrInfinity } from "../ops/conversion";
import { Get } from "../ops/property";
import { Call, boundFunctionCall, reserveArguments } from "../ops/call";
import { lengthOf, getAt, throwNotCallable } from "./array-common";
import { arg, defineConstructor, defineMethod, defineKeyedMethod } from "./native";

/** Function.prototype.call(thisArg, ...args) — §20.2.3.3. */
function Function_prototype_call(c: u32, thisv: i64, argv: usize, argc: i32): i64 {
  if (!isCallable(thisv)) return throwNotCallable(thisv);
  const sp0 = saveSp();
  pushRoot(thisv);
  const r = Call(thisv, arg(argv, argc, 0), argv + 8, argc > 0 ? argc - 1 : 0);
  restoreSp(sp0);
  return r;
}

/** CreateListFromArrayLike(obj) — §7.3.20 (any element types). The list is pushed as the top
 *  slots of the shadow stack (rooted until the caller restores sp); returns its length, or -1
 *  with an exception pending. `o` must be rooted. */
export function CreateListFromArrayLike(o: i64): i32 {
  if (!isObject(o)) { throwTypeError("CreateListFromArrayLike called on non-object"); return -1; }
  const len = lengthOf(o);
  if (len < 0) return -1;
  // V8's list limit (FixedArray::kMaxLength); shorter lists that overflow the shadow stack, where
  // arguments live, fail in reserveArguments with "Maximum call stack size exceeded" as in V8.
  if (len > 134217725) { throwRangeError("Invalid array length"); return -1; }
  const n = <i32>len;
  const list = reserveArguments(n);
  if (list == 0) return -1;
  for (let i = 0; i < n; i++) {
    const v = getAt(o, <f64>i);
    if (v == EXCEPTION) return -1;
    store<i64>(list + (<usize>i << 3), v);
  }
  return n;
}

/** Function.prototype.apply(thisArg, argArray) — §20.2.3.1. */
function Function_prototype_apply(c: u32, thisv: i64, argv: usize, argc: i32): i64 {
  if (!isCallable(thisv)) return throwNotCallable(thisv);
  const thisArg = arg(argv, argc, 0), argArray = arg(argv, argc, 1);
  const sp0 = saveSp();
  pushRoot(thisv);
  let r: i64;
  if (isNullish(argArray)) {
    r = Call(thisv, thisArg, argv, 0);
  } else {
    const n = CreateListFromArrayLike(argArray);
    r = n < 0 ? EXCEPTION : Call(thisv, thisArg, saveSp(), n);
  }
  restoreSp(sp0);
  return r;
}

/** The `length` of a bound function — §20.2.3.2 steps 4-7: max(0, target length - bound args),
 *  or NaN with an exception pending. `target` must be rooted. */
function boundLength(target: i64, boundArgs: i32): f64 {
  const v = Get(target, A_length, target);
  if (v == EXCEPTION) return NaN;
  if (!isNumber(v)) return 0;
  const n = ToIntegerOrInfinity(toF64(v)) - <f64>boundArgs;
  return n > 0 ? n : 0;
}

/** Function.prototype.bind(thisArg, ...args) — §20.2.3.2 with BoundFunctionCreate (§10.4.1.3):
 *  a function cell whose FN_BOUND is the vector [target, boundThis, boundArgs...] and whose code is
 *  boundFunctionCall. Its name is "bound " + the target's name; it constructs when the target does. */
function Function_prototype_bind(c: u32, thisv: i64, argv: usize, argc: i32): i64 {
  if (!isCallable(thisv)) return throwTypeError("Bind must be called on a function");
  const nb = argc > 1 ? argc - 1 : 0;
  const sp0 = saveSp();
  pushRoot(thisv);
  const data = newVector(2 + nb);
  vecSet(data, 0, thisv);
  vecSet(data, 1, arg(argv, argc, 0));
  for (let i = 0; i < nb; i++) vecSet(data, 2 + i, load<i64>(argv + (<usize>(i + 1) << 3)));
  pushRoot(boxObject(data));

  const len = boundLength(thisv, nb);
  if (isNaN(len)) { restoreSp(sp0); return EXCEPTION; }
  const nameV = Get(thisv, A_name, thisv);
  if (nameV == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
  pushRoot(nameV);
  const sb = sbOpen();
  sbAppendStatic(sb, "bound ");
  sbAppendString(sb, isString(nameV) ? ptr(nameV) : A_empty);
  const name = sbFinish(sb);
  pushRoot(boxString(name));

  const flags = FF_NATIVE | (isConstructor(thisv) ? FF_CONSTRUCTOR | FF_SELF_CONSTRUCT : 0);
  const info = newFunctionInfo(name, len < 4294967295 ? <u32>len : 4294967295, flags,
                               boundFunctionCall.index);
  pushRoot(boxObject(info));
  const f = allocObject(CELL_FUNCTION, FN_BYTES, objProto(ptr(thisv)));
  store<u32>(f, boundFunctionCall.index, FN_CODE);
  store<u32>(f, <u32>info, FN_INFO);
  store<u32>(f, <u32>data, FN_BOUND);
  restoreSp(sp0);
  return boxObject(f);
}

/** Function.prototype.toString() — §20.2.3.5: the source text the function was written as, or
 *  NativeFunction syntax for builtins and bound functions. */
function Function_prototype_toString(c: u32, thisv: i64, argv: usize, argc: i32): i64 {
  if (!isCallable(thisv)) {
    return throwTypeError("Function.prototype.toString requires that 'this' be a Function");
  }
  return boxString(FunctionSourceText(ptr(thisv)));
}

/** The text Function.prototype.toString gives for function `f` (also how messages show it). */
export function FunctionSourceText(f: usize): usize {
  const src = <usize>load<u32>(fnInfo(f), FI_SOURCE);
  if (src != 0) return src;
  // V8 prints the initial name of builtins, and none for bound functions.
  let name = fnName(f);
  if (name == 0 || cellKind(name) != CELL_STRING || load<u32>(f, FN_BOUND) != 0) name = A_empty;
  const sb = sbOpen();
  sbAppendStatic(sb, "function ");
  sbAppendString(sb, name);
  sbAppendStatic(sb, "() { [native code] }");
  return sbFinish(sb);
}

/** Function(...params, body) — §20.2.1.1. Compiling source text at run time is what an
 *  ahead-of-time build cannot do: it fails as node does when code generation is disallowed. */
export function Function_ctor(c: u32, thisv: i64, argv: usize, argc: i32): i64 {
  return throwError(EVAL_ERROR, newStringFromStatic("Code generation from strings disallowed for this context"));
}

/** Function.prototype[@@hasInstance](V) — §20.2.3.6: OrdinaryHasInstance(this, V). */
let hasInstance: usize = 0;
export function functionHasInstance(): usize { return hasInstance; }
function Function_prototype_hasInstance(c: u32, thisv: i64, argv: usize, argc: i32): i64 {
  if (!isCallable(thisv)) return FALSE;
  return OrdinaryHasInstance(thisv, argc > 0 ? load<i64>(argv) : UNDEFINED);
}

export function initFunction(global: usize): void {
  const proto = FunctionPrototype;
  defineConstructor(global, "Function", 1, Function_ctor, proto, true);
  defineMethod(proto, "apply", 2, Function_prototype_apply);
  defineMethod(proto, "bind", 1, Function_prototype_bind);
  defineMethod(proto, "call", 1, Function_prototype_call);
  defineMethod(proto, "toString", 0, Function_prototype_toString);
  hasInstance = defineKeyedMethod(proto, wellKnownSymbol(WK_HAS_INSTANCE), "[Symbol.hasInstance]", 1,
    Function_prototype_hasInstance, 0);
}
