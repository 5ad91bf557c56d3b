// Entry points that exist only for generated code: allocation of literals and closures,
// environments, uncaught-exception reporting, and the initialization/start sequence.
import { CELL_ENV, ENV_PARENT, ENV_COUNT, ENV_SLOTS, CELL_ERROR } from "./layout.generated";
import { EXCEPTION, EMPTY, UNDEFINED, boxObject, boxString, isObject, isString, ptr } from "./value";
import { Call } from "./ops/call";
import { CELL_ARRAY, CELL_COLLECTION } from "./layout.generated";
import { collectionForOfNext } from "./builtins/collections-iterator";
import { isRegExpStringIterator, regexpStringIteratorStep } from "./builtins/regexp-iterator";
import { arrayLength } from "./object/array";
import { strLength, strCharAt, strSubstring } from "./string/string";
import { GetElement, charString } from "./ops/property";
import { allocCell, initHeap, cellKind, setOutOfMemoryHandler, setGcStress, unblockCollection } from "./heap/alloc";
import { initCollector, collect, markCell, markValue, gcCount, liveBytesAfterLastGC, gcNanos, setGcTiming } from "./heap/gc";
import { heapUsed, allocatedBytes } from "./heap/alloc";
import { newVector, vecGrow, vecSet } from "./object/vector";
import { initStack, pushRoot, saveSp, restoreSp } from "./heap/stack";
import { initAtoms, internUtf16 } from "./string/atoms";
import { initNames, A_empty, A_name } from "./names";
import { initShapes } from "./object/shape";
import { OrdinaryObjectCreate, putOwn, addOwnProperty } from "./object/object";
import { ArrayCreate, arraySet } from "./object/array";
import { newClosure, newFunctionInfo, FI_SOURCE } from "./object/function";
import { ObjectPrototype } from "./realm";
import { initRealm } from "./builtins/index";
import { inspectValue } from "./builtins/inspect";
import { takeException, throwValue, throwErrorWith, throwTypeError, REFERENCE_ERROR, TYPE_ERROR, throwRangeError } from "./errors";
import { ToString, NumberToStringCell } from "./ops/conversion";
import { setInitializing, flushDeferred, flushAll, writeString, writeStatic, exitProcess } from "./io/output";
import { sbOpen, sbAppendStatic, sbAppendString, sbFinish, sbDiscard } from "./string/builder";

const SHADOW_STACK_BYTES: usize = 1 << 20;

/** Engine initialization (build time, under Wizer). `heapStart` is the first free byte after the
 *  program's literal data; `icBase`/`icBytes` locate the program's inline-cache cells (cleared at
 *  each collection); `flags` bit 0 turns on the collector's stress mode. */
export function rt_init(heapStart: usize, icBase: usize, icBytes: usize, flags: u32): void {
  setInitializing(true);
  initHeap(heapStart);
  const stack = allocCell(20, SHADOW_STACK_BYTES);
  initStack(stack + 8, SHADOW_STACK_BYTES - 8);
  setOutOfMemoryHandler(outOfMemory);
  initCollector(icBase, icBytes);
  initAtoms();
  initNames();
  initShapes();
  initRealm();
  // The intrinsics are now held by the realm globals; drop the init-time roots.
  initStack(stack + 8, SHADOW_STACK_BYTES - 8);
  shadowStackCell = stack;
  programRoots = newVector(64);
  setGcStress((flags & 1) != 0);
  reportGcStats = (flags & 2) != 0;
  setGcTiming(reportGcStats);
  unblockCollection();
}

/** End of initialization: collect, so the snapshot holds only live data. */
export function rt_init_done(): void { collect(); }

/** Cells the program's constants need (function infos), and the shadow stack itself. */
let programRoots: usize = 0;
let programRootCount: u32 = 0;
let shadowStackCell: usize = 0;

export function markRuntimeRoots(): void {
  markCell(shadowStackCell);
  markCell(programRoots);
  markValue(mainFunction);
  markValue(initException);
}

function addProgramRoot(p: usize): void {
  const n = programRootCount;
  programRoots = vecGrow(programRoots, n, n + 1, UNDEFINED);
  vecSet(programRoots, n, boxObject(p));
  programRootCount = n + 1;
}

function outOfMemory(): void {
  writeStatic(2, "FATAL ERROR: JavaScript heap out of memory (RangeError: out of memory)\n");
  exitProcess(134);
}

/** First thing `_start` does: print what initialization printed. */
export function rt_start(): void {
  setInitializing(false);
  flushDeferred();
}

/** Last thing `_start` does: `result` is the top level's (or main's) completion. An uncaught
 *  exception prints like node's "Uncaught TypeError: message" on stderr and exits 1. */
let reportGcStats = false;

/** With the statistics flag: one line on stderr about the collector, for benchmarks. */
function printGcStats(): void {
  const sb = sbOpen();
  sbAppendStatic(sb, "pgo-gc: collections=");
  appendNumber(sb, <f64>gcCount);
  sbAppendStatic(sb, " live-bytes="); appendNumber(sb, <f64>liveBytesAfterLastGC);
  sbAppendStatic(sb, " heap-bytes="); appendNumber(sb, <f64>heapUsed());
  sbAppendStatic(sb, " allocated-bytes="); appendNumber(sb, <f64>allocatedBytes);
  sbAppendStatic(sb, " gc-ms="); appendNumber(sb, Math.round(<f64>gcNanos / 1e4) / 100);
  sbAppendStatic(sb, "\n");
  writeString(2, sbFinish(sb));
}
function appendNumber(sb: usize, d: f64): void { sbAppendString(sb, NumberToStringCell(d)); }

export function rt_finish(result: i64): void {
  if (reportGcStats) printGcStats();
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

import { defineLiteralAccessor } from "./ops/define-property";

// ---- Literals and closures ----

/** The atom for literal text the compiler placed in memory (UTF-16). */
export function rt_atom(p: usize, len: i32): i64 { return boxString(internUtf16(p, len)); }

export function rt_new_object(): i64 { return boxObject(OrdinaryObjectCreate(boxObject(ObjectPrototype))); }

/** Object literal `{ key: v }` entries: CreateDataPropertyOrThrow. */
export function rt_define_field(o: i64, key: usize, v: i64): void { putOwn(ptr(o), key, v); }

/** Object literal `get key() {}` / `set key(v) {}`: define an enumerable, configurable accessor;
 *  the absent half is UNDEFINED and keeps what an earlier half defined (a get/set pair merges). */
export function rt_define_accessor(o: i64, key: usize, getter: i64, setter: i64): void {
  defineLiteralAccessor(o, key, getter, setter);
}

/** Array literal of `n` elements; the compiler stores each with rt_array_init. */
export function rt_new_array(n: u32): i64 { return boxObject(ArrayCreate(n, n)); }
export function rt_array_init(a: i64, i: u32, v: i64): void { arraySet(ptr(a), i, v); }

/** SetFunctionName(F, key) for a closure named at run time (computed keys): an own `name`. */
export function rt_name_function(f: i64, key: usize): void {
  addOwnProperty(ptr(f), A_name, boxString(key), 4); // configurable only
}

/** The FunctionInfo of a function literal; `source` is its source text (a string cell, or 0),
 *  returned by Function.prototype.toString. */
export function rt_new_function_info(name: usize, length: u32, flags: u32, code: u32, source: usize): usize {
  const info = newFunctionInfo(name, length, flags, code);
  store<u32>(info, <u32>source, FI_SOURCE);
  const sp0 = saveSp();
  pushRoot(boxObject(info));
  addProgramRoot(info);
  restoreSp(sp0);
  return info;
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

// ---- Modules that export main ----

/** The exported `main` function (a root) and an exception its top level threw at build time. */
export let mainFunction: i64 = UNDEFINED;
export let initException: i64 = UNDEFINED;
let initThrew: bool = false;

/** Called at the end of a module's top level (at build time) with the value of `main`. */
export function rt_set_main(f: i64): void { mainFunction = f; }

/** Record the completion of the top level run at build time. */
export function rt_init_completion(result: i64): void {
  if (result == EXCEPTION) { initException = takeException(); initThrew = true; }
}

/** Run time: call main(), or rethrow what the top level threw at build time. */
export function rt_run_main(): i64 {
  if (initThrew) return throwValue(initException);
  if (mainFunction == UNDEFINED) return UNDEFINED;
  return Call(mainFunction, UNDEFINED, 0, 0);
}

// ---- Iteration ----

/** One step of for-of over `iterable`, whose position is the number in the frame slot at `state`:
 *  the next value, or EMPTY when done. Arrays (by index, length read each step, as
 *  %ArrayIteratorPrototype%.next does), strings (by code point), and Maps, Sets and their
 *  iterators (collections-iterator.ts: the slot then holds the iterator). The Symbol.iterator protocol
 *  replaces this when iterators arrive. */
export function rt_for_of_next(iterable: i64, state: usize): i64 {
  const i = <u32>reinterpret<f64>(load<i64>(state));
  if (isObject(iterable) && cellKind(ptr(iterable)) == CELL_ARRAY) {
    if (i >= arrayLength(ptr(iterable))) return EMPTY;
    store<i64>(state, reinterpret<i64>(<f64>(i + 1)));
    return GetElement(iterable, reinterpret<i64>(<f64>i));
  }
  if (isString(iterable)) {
    const s = ptr(iterable);
    const n = <u32>strLength(s);
    if (i >= n) return EMPTY;
    const c = strCharAt(s, <i32>i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const d = strCharAt(s, <i32>i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        store<i64>(state, reinterpret<i64>(<f64>(i + 2)));
        return boxString(strSubstring(s, <i32>i, <i32>i + 2));
      }
    }
    store<i64>(state, reinterpret<i64>(<f64>(i + 1)));
    return boxString(charString(c));
  }
  if (isObject(iterable) && cellKind(ptr(iterable)) == CELL_COLLECTION) return collectionForOfNext(iterable, state);
  if (isRegExpStringIterator(iterable)) return regexpStringIteratorStep(ptr(iterable)); // HOOK(Symbol): via @@iterator
  return throwTypeError("object is not iterable (cannot read property Symbol(Symbol.iterator))");
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
