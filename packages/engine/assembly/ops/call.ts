// Call and Construct — ECMA-262 §7.3.14 and §7.3.15, with the engine's calling convention
// (object/function.ts). Errors name the callee as node does when the compiler passes its text.
import { CELL_FUNCTION } from "../layout.generated";
import { EXCEPTION, UNDEFINED, isObject, ptr, boxObject } from "../value";
import { cellKind } from "../heap/alloc";
import { pushRoot, saveSp, restoreSp } from "../heap/stack";
import { callFunction, constructFunction, fnFlags, FF_CONSTRUCTOR, FF_SELF_CONSTRUCT } from "../object/function";
import { OrdinaryObjectCreate } from "../object/object";
import { ObjectPrototype } from "../realm";
import { A_prototype } from "../names";
import { TYPE_ERROR, throwErrorWith, throwTypeError } from "../errors";
import { Get } from "./property";

/** Call(F, V, args): `callee` must be callable. `text` (a string cell or 0) names the callee in
 *  the error message, e.g. "obj.run is not a function". */
export function CallNamed(callee: i64, thisv: i64, argv: usize, argc: i32, text: usize): i64 {
  if (!isObject(callee) || cellKind(ptr(callee)) != CELL_FUNCTION) {
    if (text != 0) return throwErrorWith(TYPE_ERROR, "", text, " is not a function");
    return throwTypeError("value is not a function");
  }
  return callFunction(ptr(callee), thisv, argv, argc);
}

export function Call(callee: i64, thisv: i64, argv: usize, argc: i32): i64 {
  return CallNamed(callee, thisv, argv, argc, 0);
}

/** Construct(F, args, newTarget = F) — §7.3.15 with OrdinaryCreateFromConstructor for ordinary
 *  functions; native constructors that need a special object allocate it themselves. */
export function ConstructNamed(callee: i64, argv: usize, argc: i32, text: usize): i64 {
  if (!isObject(callee) || cellKind(ptr(callee)) != CELL_FUNCTION ||
      (fnFlags(ptr(callee)) & FF_CONSTRUCTOR) == 0) {
    if (text != 0) return throwErrorWith(TYPE_ERROR, "", text, " is not a constructor");
    return throwTypeError("value is not a constructor");
  }
  const f = ptr(callee);
  if (fnFlags(f) & FF_SELF_CONSTRUCT) return constructFunction(f, UNDEFINED, argv, argc, callee);
  const sp0 = saveSp();
  let proto = Get(callee, A_prototype, callee);
  if (proto == EXCEPTION) return EXCEPTION;
  if (!isObject(proto)) proto = boxObject(ObjectPrototype);
  const obj = boxObject(OrdinaryObjectCreate(proto));
  pushRoot(obj);
  const r = constructFunction(f, obj, argv, argc, callee);
  restoreSp(sp0);
  if (r == EXCEPTION || isObject(r)) return r;
  return obj;
}

