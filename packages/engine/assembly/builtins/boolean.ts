// The Boolean constructor and Boolean.prototype — ECMA-262 §20.3.
import { CELL_PRIMITIVE_WRAPPER, OBJ_AUX, OBJ_AUX_BYTES } from "../layout.generated";
import { UNDEFINED, EXCEPTION, TRUE, isBoolean, isObject, fromBool, boxObject, boxString, ptr } from "../value";
import { cellKind } from "../heap/alloc";
import { pushRoot, saveSp, restoreSp } from "../heap/stack";
import { allocObject } from "../object/object";
import { newTarget } from "../object/function";
import { BooleanPrototype } from "../realm";
import { A_prototype, A_true, A_false } from "../names";
import { TYPE_ERROR, throwError } from "../errors";
import { sbOpen, sbAppendStatic, sbFinish } from "../string/builder";
import { ToBoolean } from "../ops/conversion";
import { Get } from "../ops/property";
import { arg, defineConstructor, defineMethod } from "./native";

/** thisBooleanValue(value) — §20.3.3.3.1: TRUE/FALSE, or EXCEPTION (TypeError naming the method). */
function thisBooleanValue(v: i64, method: string): i64 {
  if (isBoolean(v)) return v;
  if (isObject(v) && cellKind(ptr(v)) == CELL_PRIMITIVE_WRAPPER) {
    const b = load<i64>(ptr(v), OBJ_AUX);
    if (isBoolean(b)) return b;
  }
  const sb = sbOpen(); // the message from static parts: nothing unrooted across allocation
  sbAppendStatic(sb, "Boolean.prototype.");
  sbAppendStatic(sb, method);
  sbAppendStatic(sb, " requires that 'this' be a Boolean");
  return throwError(TYPE_ERROR, sbFinish(sb));
}

/** Boolean(value) — §20.3.1.1: ToBoolean(value); with new, a wrapper whose [[BooleanData]] is it. */
function Boolean_ctor(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  const nt = newTarget; // only valid at entry
  const b = fromBool(ToBoolean(arg(argv, argc, 0)));
  if (nt == UNDEFINED) return b;
  // OrdinaryCreateFromConstructor(NewTarget, "%Boolean.prototype%", « [[BooleanData]] »)
  const sp0 = saveSp();
  pushRoot(nt);
  let proto = Get(nt, A_prototype, nt);
  if (proto == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
  if (!isObject(proto)) proto = boxObject(BooleanPrototype);
  pushRoot(proto);
  const o = allocObject(CELL_PRIMITIVE_WRAPPER, OBJ_AUX_BYTES, proto);
  store<i64>(o, b, OBJ_AUX);
  restoreSp(sp0);
  return boxObject(o);
}

/** Boolean.prototype.toString() — §20.3.3.2. */
function Boolean_prototype_toString(c: u32, thisv: i64, argv: usize, argc: i32): i64 {
  const b = thisBooleanValue(thisv, "toString");
  if (b == EXCEPTION) return EXCEPTION;
  return boxString(b == TRUE ? A_true : A_false);
}

/** Boolean.prototype.valueOf() — §20.3.3.3. */
function Boolean_prototype_valueOf(c: u32, thisv: i64, argv: usize, argc: i32): i64 {
  return thisBooleanValue(thisv, "valueOf");
}

export function initBoolean(global: usize): void {
  defineConstructor(global, "Boolean", 1, Boolean_ctor, BooleanPrototype, true);
  defineMethod(BooleanPrototype, "toString", 0, Boolean_prototype_toString);
  defineMethod(BooleanPrototype, "valueOf", 0, Boolean_prototype_valueOf);
}
