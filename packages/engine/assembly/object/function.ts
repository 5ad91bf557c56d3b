// Function objects and calls. Every function, generated or native, has the uniform signature
//   (callee: i32, this: i64, argv: i32, argc: i32) -> i64
// and is reached with call_indirect through the module's one table (FN_CODE is its index).
// FunctionInfo cells hold what all closures of one function literal share.
//
//   FunctionInfo:  0 header | 8 name atom | 12 length | 16 flags | 20 code index | 24 source text
import {
  CELL_FUNCTION, CELL_FUNCTION_INFO, FN_CODE, FN_ENV, FN_INFO, FN_BYTES, PROP_WRITABLE,
} from "../layout.generated";
import { allocCell, cellKind } from "../heap/alloc";
import { pushRoot, saveSp, restoreSp } from "../heap/stack";
import { boxObject, boxString, isObject, ptr, UNDEFINED, EXCEPTION } from "../value";
import { allocObject, OrdinaryObjectCreate, addOwnProperty } from "./object";
import {
  FunctionPrototype, ObjectPrototype, GeneratorFunctionPrototype, GeneratorPrototype, AsyncFunctionPrototype,
  AsyncGeneratorFunctionPrototype, AsyncGeneratorPrototype,
} from "../realm";
import { A_prototype, A_constructor } from "../names";

import { FI_NAME, FI_LENGTH, FI_FLAGS, FI_CODE, FI_SOURCE, FI_BYTES } from "../layout.generated";
export { FI_NAME, FI_LENGTH, FI_FLAGS, FI_CODE, FI_SOURCE, FI_BYTES };

export const FF_ARROW: u32 = 1;
export const FF_STRICT: u32 = 2;
export const FF_CONSTRUCTOR: u32 = 4;   // has [[Construct]]
export const FF_NATIVE: u32 = 8;        // engine builtin
export const FF_SELF_CONSTRUCT: u32 = 16; // native constructor that allocates its own object
export const FF_METHOD: u32 = 32;
export const FF_CLASS: u32 = 64;        // class constructor (util.inspect prints [class X])
export const FF_ASYNC: u32 = 128;       // async function or async arrow
export const FF_GENERATOR: u32 = 256;   // generator function
export const FF_DERIVED: u32 = 512;     // derived class constructor: `this` is bound by super()

/** new.target of the call being entered (read by a callee at entry only). */
export let newTarget: i64 = UNDEFINED;
export function setNewTarget(v: i64): void { newTarget = v; }

export function newFunctionInfo(name: usize, length: u32, flags: u32, code: u32): usize {
  const fi = allocCell(CELL_FUNCTION_INFO, FI_BYTES);
  store<u32>(fi, <u32>name, FI_NAME);
  store<u32>(fi, length, FI_LENGTH);
  store<u32>(fi, flags, FI_FLAGS);
  store<u32>(fi, code, FI_CODE);
  return fi;
}

// @ts-ignore: decorator
@inline export function fnInfo(f: usize): usize { return load<u32>(f, FN_INFO); }
// @ts-ignore: decorator
@inline export function fnFlags(f: usize): u32 { return load<u32>(fnInfo(f), FI_FLAGS); }
// @ts-ignore: decorator
@inline export function fnName(f: usize): usize { return load<u32>(fnInfo(f), FI_NAME); }
// @ts-ignore: decorator
@inline export function fnLength(f: usize): u32 { return load<u32>(fnInfo(f), FI_LENGTH); }
// @ts-ignore: decorator
@inline export function fnEnv(f: usize): usize { return load<u32>(f, FN_ENV); }

export function isCallable(v: i64): bool {
  return isObject(v) && cellKind(ptr(v)) == CELL_FUNCTION;
}
export function isConstructor(v: i64): bool {
  return isCallable(v) && (fnFlags(ptr(v)) & FF_CONSTRUCTOR) != 0;
}

/** The [[Prototype]] of a function with flags `flags`: %Function.prototype%, or that of its kind
 *  (generator, async, async generator). */
function functionPrototypeFor(flags: u32): usize {
  if ((flags & FF_NATIVE) != 0) return FunctionPrototype;
  if (flags & FF_GENERATOR) return (flags & FF_ASYNC) ? AsyncGeneratorFunctionPrototype : GeneratorFunctionPrototype;
  return (flags & FF_ASYNC) ? AsyncFunctionPrototype : FunctionPrototype;
}

/** A closure of function literal `info` over environment `env`. Ordinary (non-arrow, non-method)
 *  functions get their own `prototype` object, as OrdinaryFunctionCreate + MakeConstructor do;
 *  generator functions get one that inherits from %GeneratorPrototype% (§15.5.4), without
 *  `constructor`. */
export function newClosure(info: usize, env: usize): usize {
  const flags = load<u32>(info, FI_FLAGS);
  const f = allocObject(CELL_FUNCTION, FN_BYTES, boxObject(functionPrototypeFor(flags)));
  store<u32>(f, load<u32>(info, FI_CODE), FN_CODE);
  store<u32>(f, <u32>env, FN_ENV);
  store<u32>(f, <u32>info, FN_INFO);
  if ((flags & (FF_CONSTRUCTOR | FF_NATIVE | FF_CLASS)) == FF_CONSTRUCTOR) {
    const sp0 = saveSp();
    pushRoot(boxObject(f));
    const proto = OrdinaryObjectCreate(boxObject(ObjectPrototype));
    pushRoot(boxObject(proto));
    addOwnProperty(proto, A_constructor, boxObject(f), 5);
    addOwnProperty(f, A_prototype, boxObject(proto), PROP_WRITABLE);
    restoreSp(sp0);
  } else if ((flags & (FF_GENERATOR | FF_NATIVE)) == FF_GENERATOR) {
    const sp0 = saveSp();
    pushRoot(boxObject(f));
    const proto = OrdinaryObjectCreate(boxObject((flags & FF_ASYNC) ? AsyncGeneratorPrototype : GeneratorPrototype));
    pushRoot(boxObject(proto));
    addOwnProperty(f, A_prototype, boxObject(proto), PROP_WRITABLE);
    restoreSp(sp0);
  }
  return f;
}

/** A builtin function whose code is the engine function at table index `code`. */
export function newNativeFunction(name: usize, length: u32, code: u32, flags: u32): usize {
  const info = newFunctionInfo(name, length, flags | FF_NATIVE, code);
  const sp0 = saveSp();
  pushRoot(boxObject(info));
  const f = newClosure(info, 0);
  restoreSp(sp0);
  return f;
}

/** Call(F, V, argumentsList) for a known function cell; args are `argc` values at `argv`. */
// @ts-ignore: decorator
@inline export function callFunction(f: usize, thisv: i64, argv: usize, argc: i32): i64 {
  newTarget = UNDEFINED;
  return call_indirect<i64>(load<u32>(f, FN_CODE), <u32>f, thisv, <u32>argv, argc);
}

/** Invoke function cell `f` as a constructor with new.target `nt` and receiver `thisv`. */
export function constructFunction(f: usize, thisv: i64, argv: usize, argc: i32, nt: i64): i64 {
  newTarget = nt;
  return call_indirect<i64>(load<u32>(f, FN_CODE), <u32>f, thisv, <u32>argv, argc);
}

