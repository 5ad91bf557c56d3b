// Generators — ECMA-262 §27.3 %GeneratorFunction%, §27.5 %GeneratorPrototype% and §15.5 the
// evaluation of generator bodies, on the coroutines of ops/coroutine.ts. Also the intrinsic
// prototypes of async functions and async generator functions (their objects live in
// builtins/async-function.ts).
//
// A generator object is a CELL_GENERATOR cell whose OBJ_AUX holds its coroutine. [[GeneratorState]]
// is the coroutine's CO_STATE, with one more state here: suspended-start, where the body has bound
// its parameters and stopped before its first statement.
import { CELL_GENERATOR, OBJ_AUX, OBJ_AUX_BYTES, PROP_CONFIGURABLE } from "../layout.generated";
import { UNDEFINED, EMPTY, EXCEPTION, isObject, isNullish, boxObject, ptr } from "../value";
import { cellKind, setCellFlags } from "../heap/alloc";
import { pushRoot, saveSp, restoreSp } from "../heap/stack";
import { allocObject, OrdinaryObjectCreate, addOwnProperty } from "../object/object";
import { newNativeFunction, FF_CONSTRUCTOR } from "../object/function";
import { internStatic } from "../string/atoms";
import { FunctionPrototype, AsyncGeneratorPrototype, setGeneratorIntrinsics } from "../realm";
import { A_prototype, A_constructor, A_next, A_return, A_done, A_value, A_throw } from "../names";
import { throwTypeError, throwValue } from "../errors";
import { Get, GetV } from "../ops/property";
import { Call } from "../ops/call";
import { ToBoolean } from "../ops/conversion";
import { IteratorClose, CreateIterResultObject, throwResultNotObject } from "../ops/iteration";
import {
  newCoroutine, runCoroutine, coState, setCoState, yieldedResult, CO_VALUE, CO_OWNER, CO_FRAME, CO_SAVED,
  CO_DONE, CO_RUNNING, RESUME_NEXT, RESUME_THROW, RESUME_RETURN,
} from "../ops/coroutine";
import { vecGet, vecSet } from "../object/vector";
import { defineMethod } from "./native";
import { defineToStringTag } from "./symbol";
import { throwIncompatible } from "./collections-common";
import { IteratorPrototype } from "./iterator-prototypes";
import { AsyncIteratorPrototype } from "./async-iteration";
import { Function_ctor } from "./function";

/** [[GeneratorState]] suspended-start (the coroutine has run its parameter bindings only). */
const GEN_SUSPENDED_START: i64 = 4;

/** The outcome of rt_yield_star, read by generated code: yield the result object it returned,
 *  finish `yield*` with the value it returned, or return that value from the generator. */
export const DELEGATE_YIELD: i32 = 0;
export const DELEGATE_DONE: i32 = 1;
export const DELEGATE_RETURN: i32 = 2;
export let delegateOutcome: i32 = DELEGATE_YIELD;
export function setDelegateOutcome(o: i32): void { delegateOutcome = o; }

let GeneratorPrototypeCell: usize = 0;

/** Calling a generator function — §15.5.2 EvaluateGeneratorBody: FunctionDeclarationInstantiation
 *  runs now (the body stops at its initial suspension right after it), then the generator object
 *  is created from the function's `prototype`. `code` is the body's table index. */
export function rt_generator_call(callee: u32, thisv: i64, argv: usize, argc: i32, code: u32): i64 {
  return startGenerator(callee, thisv, argv, argc, code, false);
}

/** The generator object (isAsync: an async generator, §15.6.2) of a call, or EXCEPTION when binding
 *  the parameters threw. Its coroutine is left suspended before the first statement. */
export function startGenerator(callee: u32, thisv: i64, argv: usize, argc: i32, code: u32, isAsync: bool): i64 {
  const sp0 = saveSp();
  pushRoot(boxObject(callee));
  const co = newCoroutine(callee, thisv, code);
  pushRoot(boxObject(co));
  const r = runCoroutine(co, argv, argc, RESUME_NEXT, UNDEFINED);
  if (r != EMPTY) { restoreSp(sp0); return r; } // the parameters threw
  vecSet(co, CO_VALUE, UNDEFINED);
  // OrdinaryCreateFromConstructor(functionObject, "%GeneratorFunction.prototype.prototype%").
  let proto = Get(boxObject(callee), A_prototype, boxObject(callee));
  if (proto == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
  if (!isObject(proto)) proto = boxObject(isAsync ? AsyncGeneratorPrototype : GeneratorPrototypeCell);
  const gen = allocObject(CELL_GENERATOR, OBJ_AUX_BYTES, proto);
  if (isAsync) setCellFlags(gen, GEN_FLAG_ASYNC);
  store<i64>(gen, boxObject(co), OBJ_AUX);
  vecSet(co, CO_OWNER, boxObject(gen));
  setCoState(co, GEN_SUSPENDED_START);
  restoreSp(sp0);
  return boxObject(gen);
}

/** Header flag of an async generator object. */
export const GEN_FLAG_ASYNC: u32 = 0x100;

/** GeneratorValidate — §27.5.3.2: the coroutine of generator `thisv`, or 0 with the TypeError. */
function generatorCoroutine(thisv: i64, method: string): usize {
  if (isObject(thisv) && cellKind(ptr(thisv)) == CELL_GENERATOR) {
    const co = ptr(load<i64>(ptr(thisv), OBJ_AUX));
    if (coState(co) != CO_RUNNING) return co;
    throwTypeError("Generator is already running");
    return 0;
  }
  throwIncompatible(method, thisv);
  return 0;
}

/** GeneratorResume / GeneratorResumeAbrupt — §27.5.3.3-4, for completion `mode` with `value`. */
function generatorResume(thisv: i64, mode: i32, value: i64, method: string): i64 {
  const co = generatorCoroutine(thisv, method);
  if (co == 0) return EXCEPTION;
  let state = coState(co);
  if (state == GEN_SUSPENDED_START && mode != RESUME_NEXT) {
    closeBeforeStart(co);
    state = CO_DONE;
  }
  if (state == CO_DONE) {
    if (mode == RESUME_THROW) return throwValue(value);
    return CreateIterResultObject(mode == RESUME_RETURN ? value : UNDEFINED, true);
  }
  const sp0 = saveSp();
  pushRoot(thisv);
  const r = runCoroutine(co, 0, 0, mode, value);
  restoreSp(sp0);
  if (r == EXCEPTION) return EXCEPTION;
  if (r == EMPTY) {
    const v = vecGet(co, CO_VALUE);
    vecSet(co, CO_VALUE, UNDEFINED);
    // yield* hands on the inner iterator's result object as it is (§27.5.3.7 GeneratorYield).
    return yieldedResult() ? v : CreateIterResultObject(v, false);
  }
  return CreateIterResultObject(r, true);
}

/** A generator closed before it started: its frame is dropped and it never runs. */
function closeBeforeStart(co: usize): void {
  setCoState(co, CO_DONE);
  vecSet(co, CO_FRAME, UNDEFINED);
  vecSet(co, CO_SAVED, UNDEFINED);
}

function Generator_next(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  return generatorResume(thisv, RESUME_NEXT, argc > 0 ? load<i64>(argv) : UNDEFINED, "[Generator].prototype.next");
}
function Generator_return(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  return generatorResume(thisv, RESUME_RETURN, argc > 0 ? load<i64>(argv) : UNDEFINED, "[Generator].prototype.return");
}
function Generator_throw(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  return generatorResume(thisv, RESUME_THROW, argc > 0 ? load<i64>(argv) : UNDEFINED, "[Generator].prototype.throw");
}

/** One step of `yield*` — §15.5.5 steps 7.a-c for a sync generator, over the iterator record `rec`
 *  ([iterator, next], rooted), resumed in `mode` with `received`. Sets delegateOutcome: DELEGATE_YIELD
 *  with the inner result object to yield as is, DELEGATE_DONE or DELEGATE_RETURN with a value.
 *  Returns EXCEPTION when a step threw. */
export function rt_yield_star(rec: usize, mode: i32, received: i64): i64 {
  const it = load<i64>(rec);
  const sp0 = saveSp();
  pushRoot(received);
  let r: i64;
  if (mode == RESUME_NEXT) {
    r = callWith(load<i64>(rec, 8), it, received);
  } else {
    const method = GetV(it, mode == RESUME_THROW ? A_throw : A_return);
    if (method == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
    if (isNullish(method)) {
      restoreSp(sp0);
      if (mode == RESUME_RETURN) { delegateOutcome = DELEGATE_RETURN; return received; }
      // No `throw`: close the inner iterator, then it is a protocol violation.
      if (IteratorClose(rec) == EXCEPTION) return EXCEPTION;
      return throwTypeError("The iterator does not provide a 'throw' method.");
    }
    r = callWith(method, it, received);
  }
  restoreSp(sp0);
  if (r == EXCEPTION) return EXCEPTION;
  if (!isObject(r)) return throwResultNotObject(r);
  pushRoot(r);
  const done = Get(r, A_done, r);
  if (done == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
  // Set last: the inner iterator may be a generator running yield* itself.
  if (!ToBoolean(done)) { restoreSp(sp0); delegateOutcome = DELEGATE_YIELD; return r; }
  const v = Get(r, A_value, r);
  restoreSp(sp0);
  delegateOutcome = mode == RESUME_RETURN ? DELEGATE_RETURN : DELEGATE_DONE;
  return v;
}

/** Call(f, thisv, « arg »). */
function callWith(f: i64, thisv: i64, arg: i64): i64 {
  const sp0 = saveSp();
  pushRoot(thisv);
  pushRoot(f);
  const argv = pushRoot(arg);
  const r = Call(f, thisv, argv, 1);
  restoreSp(sp0);
  return r;
}

/** %GeneratorFunction.prototype% and %GeneratorPrototype% with their constructors, and the same
 *  pairs for async functions and async generators (§27.3-27.7). The async generator methods are
 *  added by async-generator.ts. */
export function initGenerators(global: usize): void {
  const sp0 = saveSp();
  const genFnProto = functionKind("GeneratorFunction");
  const genProto = OrdinaryObjectCreate(boxObject(IteratorPrototype));
  pushRoot(boxObject(genProto));
  GeneratorPrototypeCell = genProto;
  linkPrototype(genFnProto, genProto);
  defineMethod(genProto, "next", 1, Generator_next);
  defineMethod(genProto, "return", 1, Generator_return);
  defineMethod(genProto, "throw", 1, Generator_throw);
  defineToStringTag(genProto, "Generator");
  const asyncFnProto = functionKind("AsyncFunction");
  const asyncGenFnProto = functionKind("AsyncGeneratorFunction");
  const asyncGenProto = OrdinaryObjectCreate(boxObject(AsyncIteratorPrototype));
  pushRoot(boxObject(asyncGenProto));
  linkPrototype(asyncGenFnProto, asyncGenProto);
  defineToStringTag(asyncGenProto, "AsyncGenerator");
  setGeneratorIntrinsics(genFnProto, genProto, asyncFnProto, asyncGenFnProto, asyncGenProto);
  restoreSp(sp0);
}

/** The [[Prototype]] of functions of a kind, with its constructor named `name` (%GeneratorFunction%
 *  and the like: not globals; they compile source text, which an AOT build cannot). The caller
 *  restores the shadow stack. */
function functionKind(name: string): usize {
  const proto = OrdinaryObjectCreate(boxObject(FunctionPrototype));
  pushRoot(boxObject(proto));
  const ctor = newNativeFunction(internStatic(name), 1, Function_ctor.index, FF_CONSTRUCTOR);
  pushRoot(boxObject(ctor));
  addOwnProperty(ctor, A_prototype, boxObject(proto), 0);
  addOwnProperty(proto, A_constructor, boxObject(ctor), PROP_CONFIGURABLE);
  defineToStringTag(proto, name);
  return proto;
}

/** fnProto.prototype = objProto and objProto.constructor = fnProto (both configurable only). */
function linkPrototype(fnProto: usize, objProto: usize): void {
  addOwnProperty(fnProto, A_prototype, boxObject(objProto), PROP_CONFIGURABLE);
  addOwnProperty(objProto, A_constructor, boxObject(fnProto), PROP_CONFIGURABLE);
}
