// Call and Construct — ECMA-262 §7.3.14 and §7.3.15, with the engine's calling convention
// (object/function.ts), and the [[Call]]/[[Construct]] of bound function exotic objects (§10.4.1).
// Errors name the callee as node does when the compiler passes its text.
import { CELL_FUNCTION, FN_BOUND } from "../layout.generated";
import { EXCEPTION, UNDEFINED, EMPTY, isObject, ptr, boxObject } from "../value";
import { cellKind } from "../heap/alloc";
import { pushRoot, saveSp, restoreSp, reserveSlots, sp, stackLimit } from "../heap/stack";
import {
  callFunction, constructFunction, fnFlags, newTarget, FF_CONSTRUCTOR, FF_SELF_CONSTRUCT, FF_DERIVED,
} from "../object/function";
import { OrdinaryObjectCreate } from "../object/object";
import { vecCapacity, vecGet } from "../object/vector";
import { ObjectPrototype } from "../realm";
import { A_prototype } from "../names";
import { TYPE_ERROR, throwErrorWith, throwTypeError, throwRangeError } from "../errors";
import { Get } from "./property";

/** Call(F, V, args): `callee` must be callable. `text` (a string cell or 0) names the callee in
 *  the error message, e.g. "obj.run is not a function". Bound functions need nothing here: their
 *  code is `boundFunctionCall`. */
export function CallNamed(callee: i64, thisv: i64, argv: usize, argc: i32, text: usize): i64 {
  if (!isObject(callee) || cellKind(ptr(callee)) != CELL_FUNCTION) {
    if (text != 0) return throwErrorWith(TYPE_ERROR, "", text, " is not a function");
    return throwTypeError("value is not a function");
  }
  // Generated code roots its callee and receiver in its own frame before calling; the engine's
  // callers (a getter on a temporary, ToPrimitive's valueOf) often hold them in no slot, and the
  // callee trusts its caller to keep `this` alive.
  const sp0 = saveSp();
  pushRoot(callee);
  pushRoot(thisv);
  const r = callFunction(ptr(callee), thisv, argv, argc);
  restoreSp(sp0);
  return r;
}

export function Call(callee: i64, thisv: i64, argv: usize, argc: i32): i64 {
  return CallNamed(callee, thisv, argv, argc, 0);
}

/** `new callee(...args)`: Construct(F, args) after the IsConstructor check that names the callee. */
export function ConstructNamed(callee: i64, argv: usize, argc: i32, text: usize): i64 {
  if (!isObject(callee) || cellKind(ptr(callee)) != CELL_FUNCTION ||
      (fnFlags(ptr(callee)) & FF_CONSTRUCTOR) == 0) {
    if (text != 0) return throwErrorWith(TYPE_ERROR, "", text, " is not a constructor");
    return throwTypeError("value is not a constructor");
  }
  return Construct(callee, argv, argc, callee);
}

/** Construct(F, args, newTarget) — §7.3.15; F is a constructor. Ordinary functions get
 *  OrdinaryCreateFromConstructor(newTarget) as `this`; native constructors that need a special
 *  object, and bound functions (§10.4.1.2), build the result themselves. */
export function Construct(callee: i64, argv: usize, argc: i32, nt: i64): i64 {
  const f = ptr(callee);
  if (fnFlags(f) & FF_SELF_CONSTRUCT) return constructFunction(f, UNDEFINED, argv, argc, nt);
  // A derived class constructor starts with `this` unbound and returns the object super() made.
  if (fnFlags(f) & FF_DERIVED) return constructFunction(f, EMPTY, argv, argc, nt);
  const sp0 = saveSp();
  pushRoot(callee);
  pushRoot(nt);
  let proto = Get(nt, A_prototype, nt);
  if (proto == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
  if (!isObject(proto)) proto = boxObject(ObjectPrototype);
  const obj = boxObject(OrdinaryObjectCreate(proto));
  pushRoot(obj);
  const r = constructFunction(f, obj, argv, argc, nt);
  restoreSp(sp0);
  if (r == EXCEPTION || isObject(r)) return r;
  return obj;
}

/** Bytes of shadow stack kept free below pushed arguments, for the callee's own frames. */
const STACK_RESERVE: usize = 4096;

/** Reserve `n` argument slots on the shadow stack (zeroed, so rooted-safe while being filled):
 *  their address, or 0 after throwing node's RangeError when they do not fit. */
export function reserveArguments(n: i32): usize {
  if (<u64>n * 8 + STACK_RESERVE > <u64>(sp - stackLimit)) {
    throwRangeError("Maximum call stack size exceeded");
    return 0;
  }
  return reserveSlots(n);
}

/** The code of every bound function (FN_BOUND: vector [target, boundThis, boundArgs...]). Generated
 *  code calls function cells straight through the table, so the bound call lives in the code:
 *  [[Call]] — §10.4.1.1: Call(target, boundThis, boundArgs ++ args);
 *  [[Construct]] — §10.4.1.2 (entered with new.target set): Construct(target, boundArgs ++ args,
 *  newTarget, or target when newTarget is the bound function itself). */
export function boundFunctionCall(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  const nt = newTarget; // only valid at entry
  const sp0 = saveSp();
  const self = boxObject(callee);
  pushRoot(self); // roots the bound data and, through it, target and boundThis
  const data = <usize>load<u32>(callee, FN_BOUND);
  const nb = <i32>vecCapacity(data) - 2;
  const args = reserveArguments(nb + argc);
  if (args == 0) { restoreSp(sp0); return EXCEPTION; }
  for (let i = 0; i < nb; i++) store<i64>(args + (<usize>i << 3), vecGet(data, 2 + i));
  if (argc > 0) memory.copy(args + (<usize>nb << 3), argv, <usize>argc << 3);
  const target = vecGet(data, 0);
  const r = nt == UNDEFINED
    ? Call(target, vecGet(data, 1), args, nb + argc)
    : Construct(target, args, nb + argc, nt == self ? target : nt);
  restoreSp(sp0);
  return r;
}

/** [[BoundTargetFunction]] of a bound function `f`, followed to the first unbound one (for
 *  OrdinaryHasInstance — §7.3.21 step 2). */
export function boundTargetFunction(f: usize): usize {
  while (load<u32>(f, FN_BOUND) != 0) f = ptr(vecGet(<usize>load<u32>(f, FN_BOUND), 0));
  return f;
}
