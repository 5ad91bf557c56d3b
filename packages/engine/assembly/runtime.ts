// Entry points that exist only for generated code: allocation of literals and closures,
// environments, uncaught-exception reporting, and the initialization/start sequence.
import { CELL_ENV, ENV_PARENT, ENV_COUNT, ENV_SLOTS, CELL_ERROR } from "./layout.generated";
import { EXCEPTION, EMPTY, boxObject, boxString, isObject, ptr } from "./value";
import { allocCell, initHeap, cellKind, setOutOfMemoryHandler } from "./heap/alloc";
import { initStack, pushRoot, saveSp, restoreSp } from "./heap/stack";
import { initAtoms, internUtf16 } from "./string/atoms";
import { initNames, A_empty } from "./names";
import { initShapes } from "./object/shape";
import { OrdinaryObjectCreate, putOwn } from "./object/object";
import { ArrayCreate, arraySet } from "./object/array";
import { newClosure, newFunctionInfo } from "./object/function";
import { ObjectPrototype } from "./realm";
import { initRealm } from "./builtins/index";
import { inspectValue } from "./builtins/inspect";
import { takeException, throwErrorWith, REFERENCE_ERROR, TYPE_ERROR, throwRangeError } from "./errors";
import { ToString } from "./ops/conversion";
import { setInitializing, flushDeferred, flushAll, writeString, writeStatic, exitProcess } from "./io/output";
import { sbOpen, sbAppendStatic, sbAppendString, sbFinish, sbDiscard } from "./string/builder";

const SHADOW_STACK_BYTES: usize = 1 << 20;

/** Engine initialization (build time, under Wizer). `heapStart` is the first free byte after the
 *  program's literal data. */
export function rt_init(heapStart: usize): void {
  setInitializing(true);
  initHeap(heapStart);
  const stack = allocCell(20, SHADOW_STACK_BYTES);
  initStack(stack + 8, SHADOW_STACK_BYTES - 8);
  setOutOfMemoryHandler(outOfMemory);
  initAtoms();
  initNames();
  initShapes();
  initRealm();
  // The intrinsics are now held by the realm globals; drop the init-time roots.
  initStack(stack + 8, SHADOW_STACK_BYTES - 8);
}

function outOfMemory(): void {
  writeStatic(2, "FATAL ERROR: JavaScript heap out of memory (RangeError: out of memory)\n");
  exitProcess(134);
}

/** Initialization is over (end of the build-time phase). */
export function rt_end_init(): void { setInitializing(false); }

/** First thing `_start` does: print what initialization printed. */
export function rt_start(): void {
  setInitializing(false);
  flushDeferred();
}

/** Last thing `_start` does: `result` is the top level's (or main's) completion. An uncaught
 *  exception prints like node's "Uncaught TypeError: message" on stderr and exits 1. */
export function rt_finish(result: i64): void {
  if (result == EXCEPTION) {
    const v = takeException();
    flushAll();
    reportUncaught(v);
    exitProcess(1);
  }
  flushAll();
}

function reportUncaught(v: i64): void {
  pushRoot(v);
  const sb = sbOpen();
  sbAppendStatic(sb, "Uncaught ");
  let ok = true;
  if (isObject(v) && cellKind(ptr(v)) == CELL_ERROR) {
    const s = ToString(v);
    if (s != 0) sbAppendString(sb, s); else ok = false;
  } else {
    ok = inspectValue(sb, v, false);
  }
  if (!ok) { sbDiscard(sb); takeException(); writeStatic(2, "Uncaught exception\n"); return; }
  sbAppendStatic(sb, "\n");
  writeString(2, sbFinish(sb));
}

// ---- Literals and closures ----

/** The atom for literal text the compiler placed in memory (UTF-16). */
export function rt_atom(p: usize, len: i32): i64 { return boxString(internUtf16(p, len)); }

export function rt_new_object(): i64 { return boxObject(OrdinaryObjectCreate(boxObject(ObjectPrototype))); }

/** Object literal `{ key: v }` entries: CreateDataPropertyOrThrow. */
export function rt_define_field(o: i64, key: usize, v: i64): void { putOwn(ptr(o), key, v); }

/** Array literal of `n` elements; the compiler stores each with rt_array_init. */
export function rt_new_array(n: u32): i64 { return boxObject(ArrayCreate(n, n)); }
export function rt_array_init(a: i64, i: u32, v: i64): void { arraySet(ptr(a), i, v); }

export function rt_new_function_info(name: usize, length: u32, flags: u32, code: u32): usize {
  return newFunctionInfo(name, length, flags, code);
}
export function rt_new_closure(info: usize, env: usize): i64 { return boxObject(newClosure(info, env)); }

/** A closure environment with `count` slots, all in their temporal dead zone (EMPTY). */
export function rt_new_env(parent: usize, count: u32): usize {
  const e = allocCell(CELL_ENV, ENV_SLOTS + (<usize>count << 3));
  store<u32>(e, <u32>parent, ENV_PARENT);
  store<u32>(e, count, ENV_COUNT);
  for (let i: u32 = 0; i < count; i++) store<i64>(e + ENV_SLOTS + (<usize>i << 3), EMPTY);
  return e;
}

// ---- Errors the compiler raises ----

export function rt_throw_tdz(name: usize): i64 {
  return throwErrorWith(REFERENCE_ERROR, "Cannot access '", name, "' before initialization");
}
export function rt_throw_const_assign(): i64 {
  return throwErrorWith(TYPE_ERROR, "Assignment to constant variable.", A_empty, "");
}
export function rt_throw_not_defined(name: usize): i64 {
  return throwErrorWith(REFERENCE_ERROR, "", name, " is not defined");
}
export function rt_stack_overflow(): i64 {
  return throwRangeError("Maximum call stack size exceeded");
}
