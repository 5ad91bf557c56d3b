// Entry points that exist only for generated code: allocation of literals and closures,
// environments, uncaught-exception reporting, and the initialization/start sequence.
import { symbolFunctionName } from "./builtins/symbol";
import { CELL_ENV, CELL_RAW, ENV_PARENT, ENV_COUNT, ENV_SLOTS, OBJ_SLOTS } from "./layout.generated";
import { EXCEPTION, EMPTY, UNDEFINED, NULL, boxObject, boxString, isObject, isString, ptr } from "./value";
import { Call } from "./ops/call";
import { CELL_ARRAY, CELL_COLLECTION, CELL_STRING } from "./layout.generated";
import { arrayLength } from "./object/array";
import { strLength, strCharAt, strSubstring } from "./string/string";
import { GetElement, charString } from "./ops/property";
import { allocCell, allocRaw, closeWindow, initHeap, cellKind, setOutOfMemoryHandler, setGcStress, unblockCollection } from "./heap/alloc";
import { initCollector, collect, clearMarkStack, MARK_STACK_BYTES, markCell, markValue, gcCount, liveBytesAfterLastGC, gcNanos, gcMaxPauseNanos, setGcTiming } from "./heap/gc";
import { heapUsed, allocatedBytes, engineAllocations } from "./heap/alloc";
import { newVector, vecGrow, vecSet } from "./object/vector";
import { startRecording } from "./ic/recorder";
import { IC_BYTES } from "./layout.generated";
import { initStack, pushRoot, saveSp, restoreSp, reserveSlots, callDepthLimit, setCallStack, clearBelowSp } from "./heap/stack";
import { initAtoms, internUtf16 } from "./string/atoms";
import { forgetStaticStrings } from "./string/static";
import { initNames, A_empty, A_name } from "./names";
import { initShapes } from "./object/shape";
import { OrdinaryObjectCreate, giveSlots, putOwn, addOwnProperty, setPrototypeRaw } from "./object/object";
import { ArrayCreate, arraySet, arrayPush } from "./object/array";
import { newClosure, newFunctionInfo, FI_SOURCE } from "./object/function";
import { ObjectPrototype } from "./realm";
import { initRealm } from "./builtins/index";
import { takeException, throwValue, throwErrorWith, throwTypeError, REFERENCE_ERROR, TYPE_ERROR, throwRangeError } from "./errors";
import { NumberToStringCell } from "./ops/conversion";
import { setInitializing, flushDeferred, flushAll, writeString, writeStatic, exitProcess } from "./io/output";
import { unsettledTopLevelAwait, entryModuleUnsettled, afterModuleEvaluation } from "./builtins/async-module";
import { runMicrotasks } from "./jobs/microtasks";
import { newPromise, ResolvePromise, RejectPromise } from "./builtins/promise-ops";
import { runEventLoop } from "./host/event-loop";
import { dieUncaught, loopStopped, noProcess } from "./host/uncaught";
import { startLoopClock } from "./host/loop-clock";
import { startProcess, naturalExitCode } from "./host/process";
import { sbOpen, sbAppendStatic, sbAppendString, sbFinish } from "./string/builder";

const SHADOW_STACK_BYTES: usize = 1 << 20;

/** Engine initialization (build time, under Wizer). `heapStart` is the first free byte after the
 *  program's literal data; `icBase`/`icBytes` locate the program's inline-cache cells (cleared at
 *  each collection); `flags`: bit 0 the collector's stress mode, bit 1 its statistics, bit 2 the
 *  recorder (the instrumented build of `pgo record`). */
export function rt_init(heapStart: usize, icBase: usize, icBytes: usize, flags: u32): void {
  setInitializing(true);
  initHeap(heapStart);
  // Each instance pays a page fault per page of snapshot data, so the big zero cells made here
  // keep their headers on pages used anyway: the collector's mark stack lies below the shadow
  // stack's limit in the same cell, and the call stack's header and first entries next to the
  // shadow stack's top, where every run writes.
  const stack = allocCell(CELL_RAW, MARK_STACK_BYTES + SHADOW_STACK_BYTES);
  const stackBase = stack + 8 + MARK_STACK_BYTES;
  initStack(stackBase, SHADOW_STACK_BYTES - 8);
  callStackCell = allocCell(CELL_RAW, 8 + ((<usize>callDepthLimit + 1) << 2));
  setCallStack(callStackCell + 8);
  setOutOfMemoryHandler(outOfMemory);
  initCollector(icBase, icBytes, stack + 8);
  initAtoms();
  initNames();
  initShapes();
  initRealm();
  // The intrinsics are now held by the realm globals; drop the init-time roots.
  initStack(stackBase, SHADOW_STACK_BYTES - 8);
  shadowStackCell = stack;
  programRoots = newVector(64);
  if ((flags & 1) != 0) setGcStress(1); // or set by the host before _start (rt_gc_stress)
  if ((flags & 4) != 0) startRecording(<u32>(icBytes / IC_BYTES));
  reportGcStats = (flags & 2) != 0;
  setGcTiming(reportGcStats);
  unblockCollection();
}

/** The host's switch for the collector's stress mode (exported as `pgo_gc_stress`, called before
 *  `_start`): a collection at every `every`-th allocation (1: every one). The test suite runs the
 *  module it already built again this way, without a rebuild. */
export function rt_gc_stress(every: u32): void { setGcStress(every < 1 ? 1 : every); }

/** End of initialization: collect, so the snapshot holds only live data; when it is snapshotted
 *  (`snapshot`), zero the scratch it would otherwise keep too: V8 writes every page of snapshot
 *  data into each instance's fresh memory (a page fault each), so dead bytes cost startup. At
 *  run time (a build without snapshot) the zeroing would itself touch those pages. */
export function rt_init_done(snapshot: bool): void {
  collect();
  if (!snapshot) return;
  clearMarkStack();
  clearBelowSp();
  forgetStaticStrings();
}

/** Cells the program's constants need (function infos), and the shadow stack itself. */
let programRoots: usize = 0;
let programRootCount: u32 = 0;
let shadowStackCell: usize = 0;
let callStackCell: usize = 0;

export function markRuntimeRoots(): void {
  markCell(shadowStackCell);
  markCell(callStackCell);
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
  startLoopClock();
  flushDeferred();
  startProcess();
}

let reportGcStats = false;

/** With the statistics flag: one line on stderr about the collector, for benchmarks. */
function printGcStats(): void {
  closeWindow(); // count what was allocated inline, give the window's rest back
  const sb = sbOpen();
  sbAppendStatic(sb, "pgo-gc: collections=");
  appendNumber(sb, <f64>gcCount);
  sbAppendStatic(sb, " live-bytes="); appendNumber(sb, <f64>liveBytesAfterLastGC);
  sbAppendStatic(sb, " heap-bytes="); appendNumber(sb, <f64>heapUsed());
  sbAppendStatic(sb, " allocated-bytes="); appendNumber(sb, <f64>allocatedBytes);
  sbAppendStatic(sb, " gc-ms="); appendNumber(sb, Math.round(<f64>gcNanos / 1e4) / 100);
  sbAppendStatic(sb, " max-pause-ms="); appendNumber(sb, Math.round(<f64>gcMaxPauseNanos / 1e4) / 100);
  sbAppendStatic(sb, " engine-allocations="); appendNumber(sb, <f64>engineAllocations);
  sbAppendStatic(sb, "\n");
  writeString(2, sbFinish(sb));
}
function appendNumber(sb: usize, d: f64): void { sbAppendString(sb, NumberToStringCell(d)); }

/** Last thing `_start` does: `result` is the top level's (or rt_run_main's) completion. Then the
 *  event loop runs (host/event-loop.ts) until nothing is left, and the process ends with
 *  process.exitCode. An uncaught exception prints "Uncaught TypeError: message" on stderr and
 *  exits 1. */
export function rt_finish(result: i64): void {
  if (result == EXCEPTION) {
    // An ES module whose evaluation threw: node still runs the microtasks queued before the
    // throw (the evaluation promise rejects), but no ticks or timers.
    const v = takeException();
    pushRoot(v);
    if (runMicrotasks() == EXCEPTION) takeException();
    if (reportGcStats) printGcStats();
    dieUncaught(v);
    return; // a wasi:http build: the error is reported, the request ends (rt_http_end)
  }
  runEventLoop();
  if (reportGcStats) printGcStats();
  flushAll();
  if (loopStopped) return;
  if (entryModuleUnsettled()) {
    writeStatic(2, "Warning: Detected unsettled top-level await\n");
    exitProcess(13);
  }
  const code = naturalExitCode();
  if (code == 0) return;
  // A wasi:http handler has no process whose exit code a host would read: said on stderr.
  if (!noProcess) exitProcess(<u32>code);
  writeStatic(2, "pgo: process.exitCode is not 0 at the end of the request (a wasi:http handler has no exit code)\n");
  flushAll();
}

import { defineLiteralAccessor } from "./ops/define-property";

// ---- Literals and closures ----

/** The atom for literal text the compiler placed in memory (UTF-16). */
export function rt_atom(p: usize, len: i32): i64 { return boxString(internUtf16(p, len)); }

/** The `this` of `new F` for an ordinary constructor whose `prototype` is `proto`
 *  (OrdinaryCreateFromConstructor, §10.1.13: %Object.prototype% unless proto is an object),
 *  with room for `slots` named properties: the count a profile saw F's instances reach, so the
 *  constructor's property-adding stores all take their inline path. */
export function rt_construct_this(proto: i64, slots: u32): i64 {
  const o = OrdinaryObjectCreate(isObject(proto) ? proto : boxObject(ObjectPrototype));
  giveSlots(o, slots);
  return boxObject(o);
}

/** The slow path of an inline allocation (compiler lower/alloc.ts): `size` bytes (a multiple of
 *  8) the generated code fills itself, headers included. May collect. */
export function rt_alloc(size: u32): usize { return allocRaw(<usize>size); }
export function rt_new_object(): i64 { return boxObject(OrdinaryObjectCreate(boxObject(ObjectPrototype))); }

/** Object literal `{ key: v }` entries: CreateDataPropertyOrThrow. */
export function rt_define_field(o: i64, key: usize, v: i64): void { putOwn(ptr(o), key, v); }
/** `__proto__: v` in an object literal: [[Prototype]] becomes v if it is an object or null. */
export function rt_literal_set_prototype(o: i64, v: i64): void {
  if (isObject(v) || v == NULL) setPrototypeRaw(ptr(o), v);
}

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
  // SetFunctionName — §10.2.9: a symbol key names the function "[description]".
  if (cellKind(key) != CELL_STRING) {
    const sp0 = saveSp();
    pushRoot(f);
    addOwnProperty(ptr(f), A_name, boxString(symbolFunctionName(key)), 4);
    restoreSp(sp0);
    return;
  }
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

/** Record the completion of the top level run at build time, then run the microtasks it queued
 *  (node drains them when a module's evaluation ends; ticks and timers wait for the run). */
export function rt_init_completion(result: i64): void {
  if (result == EXCEPTION) { initException = takeException(); initThrew = true; }
  if (runMicrotasks() == EXCEPTION) {
    const e = takeException();
    if (!initThrew) { initException = e; initThrew = true; }
  }
}

/** Run time: call main() as node's harness `import(m).then((m) => m.main())` does: main's
 *  result resolves a promise nobody handles, so a throw or a rejected returned promise is an
 *  unhandled rejection (reported after the ticks queued so far), and a returned promise is
 *  waited for. What the top level threw at build time is treated the same way. */
export function rt_run_main(): i64 {
  // A top level still awaiting (a timer, I/O) when the snapshot was taken: main waits for it.
  if (unsettledTopLevelAwait()) { afterModuleEvaluation(runMainAfterEvaluation); return UNDEFINED; }
  let r: i64 = UNDEFINED;
  if (initThrew) r = throwValue(initException);
  else if (mainFunction != UNDEFINED) r = Call(mainFunction, UNDEFINED, 0, 0);
  if (r != EXCEPTION && !isObject(r)) return UNDEFINED;
  const sp0 = saveSp();
  const v = pushRoot(r == EXCEPTION ? takeException() : r);
  const p = newPromise();
  pushRoot(boxObject(p));
  if (r == EXCEPTION) RejectPromise(p, load<i64>(v)); else ResolvePromise(p, load<i64>(v));
  restoreSp(sp0);
  return UNDEFINED;
}

function runMainAfterEvaluation(callee: u32, thisv: i64, argv: usize, argc: i32): i64 { return rt_run_main(); }

// ---- Iteration ----

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
