// AggregateError — ECMA-262 §20.5.7: an Error whose own `errors` array lists several reasons
// (Promise.any rejects with one when every promise rejected).
import { UNDEFINED, EXCEPTION, EMPTY, isObject, boxObject, boxString, ptr } from "../value";
import { pushRoot, saveSp, restoreSp, reserveSlots } from "../heap/stack";
import { internStatic } from "../string/atoms";
import { newStringFromStatic } from "../string/string";
import { OrdinaryObjectCreate, putHidden, addOwnProperty, setPrototypeRaw } from "../object/object";
import { ArrayCreate, arrayPush } from "../object/array";
import { newTarget } from "../object/function";
import { ErrorPrototype, AggregateErrorPrototype, setAggregateErrorPrototype } from "../realm";
import { A_name, A_message, A_prototype, A_empty } from "../names";
import { ERROR, newError } from "../errors";
import { ToString } from "../ops/conversion";
import { Get } from "../ops/property";
import { GetIterator, IteratorStepValue, ITER_MSG_BUILTIN } from "../ops/iteration";
import { arg, defineConstructor, ATTR_HIDDEN } from "./native";
import { InstallErrorCause, ErrorConstructor } from "./error";


/** An AggregateError with message `msg` (a string cell, or 0) and the array `errors` (rooted). */
export function newAggregateError(errors: i64, msg: usize, proto: usize = 0): usize {
  const sp0 = saveSp();
  const e = newError(ERROR, msg, proto != 0 ? proto : AggregateErrorPrototype);
  pushRoot(boxObject(e));
  addOwnProperty(e, internStatic("errors"), errors, ATTR_HIDDEN);
  restoreSp(sp0);
  return e;
}

/** The error Promise.any rejects with. `errors` must be rooted. */
export function allRejectedError(errors: i64): usize {
  const sp0 = saveSp();
  pushRoot(errors);
  const msg = newStringFromStatic("All promises were rejected");
  pushRoot(boxString(msg));
  const e = newAggregateError(errors, msg);
  restoreSp(sp0);
  return e;
}

/** IterableToList(iterable) — §7.4.16, as a new internal Array; EXCEPTION on failure. */
export function IterableToArray(iterable: i64): i64 {
  const sp0 = saveSp();
  const f = reserveSlots(3); // iterator record, list
  const list = boxObject(ArrayCreate(0, 0));
  store<i64>(f, list, 16);
  if (GetIterator(iterable, f, 0, ITER_MSG_BUILTIN) == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
  while (true) {
    const v = IteratorStepValue(f);
    if (v == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
    if (v == EMPTY) break;
    arrayPush(ptr(list), v);
  }
  restoreSp(sp0);
  return list;
}

/** AggregateError(errors, message) — §20.5.7.1.1. */
function AggregateError_ctor(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  const sp0 = saveSp();
  const nt = newTarget != UNDEFINED ? newTarget : boxObject(<usize>callee);
  pushRoot(nt);
  let proto = AggregateErrorPrototype;
  if (nt != boxObject(<usize>callee)) {
    const p = Get(nt, A_prototype, nt);
    if (p == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
    if (isObject(p)) proto = ptr(p);
  }
  pushRoot(boxObject(proto));
  let msg: usize = 0;
  const m = arg(argv, argc, 1);
  if (m != UNDEFINED) {
    msg = ToString(m);
    if (msg == 0) { restoreSp(sp0); return EXCEPTION; }
    pushRoot(boxString(msg));
  }
  const errors = IterableToArray(arg(argv, argc, 0));
  if (errors == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
  pushRoot(errors);
  const e = newAggregateError(errors, msg, proto);
  pushRoot(boxObject(e));
  const r = InstallErrorCause(e, arg(argv, argc, 2));
  restoreSp(sp0);
  return r == EXCEPTION ? EXCEPTION : boxObject(e);
}

export function initAggregateError(global: usize): void {
  const proto = OrdinaryObjectCreate(boxObject(ErrorPrototype));
  setAggregateErrorPrototype(proto);
  putHidden(proto, A_name, boxString(internStatic("AggregateError")));
  putHidden(proto, A_message, boxString(A_empty));
  const c = defineConstructor(global, "AggregateError", 2, AggregateError_ctor, proto, true);
  setPrototypeRaw(c, boxObject(ErrorConstructor));
}
