// node's `process` object, the parts a program without I/O modules uses: argv, env, exit,
// exitCode, nextTick, stdout.write, stderr.write.
//
// argv and env are filled at the start of the run from WASI (host/wasi-args.ts), in place, so a
// reference taken at build time sees them too: argv is ["pgo", <WASI argv[0]: the module as the
// host names it>, ...arguments], so process.argv.slice(2) are the arguments as in node.
import { UNDEFINED, NULL, EXCEPTION, TRUE, isNumber, isString, isObject, boxObject, boxString, fromF64, toF64, ptr } from "../value";
import { pushRoot, saveSp, restoreSp } from "../heap/stack";
import { markCell } from "../heap/gc";
import { internStatic } from "../string/atoms";
import { A_exitCode } from "../names";
import { strLength } from "../string/string";
import { OrdinaryObjectCreate, putOwn, addOwnProperty } from "../object/object";
import { newVector, vecSet } from "../object/vector";
import { newNativeFunction } from "../object/function";
import { PROP_ACCESSOR, PROP_ENUMERABLE, PROP_CONFIGURABLE } from "../layout.generated";
import { ArrayCreate, arrayPush, arrayFromValues } from "../object/array";
import { ObjectPrototype } from "../realm";
import { RANGE_ERROR, takeException } from "../errors";
import { Get } from "../ops/property";
import { ToNumber } from "../ops/conversion";
import { writeString, flushAll, exitProcess, initializing, muteOutput } from "../io/output";
import { arg, defineMethod, defineValue, ATTR_HIDDEN, NativeFn } from "../builtins/native";
import { enqueueTick } from "../jobs/ticks";
import { isCallable } from "../object/function";
import { appendWasiArgs, defineWasiEnvironment } from "./wasi-args";
import { throwInvalidArgType, throwNodeError, validateFunction } from "./node-errors";
import { sbOpen, sbAppendStatic, sbAppendString, sbFinish } from "../string/builder";
import { NumberToStringCell } from "../ops/conversion";

let processObject: usize = 0;
let argvArray: usize = 0;
/** argv[0], "pgo": an atom made at initialization (atoms are roots), so a run writes no literal. */
let argv0: usize = 0;
let envObject: usize = 0;
/** process.exit called during initialization, where the process cannot end: the run ends with
 *  this code as soon as it starts (after replaying the output). -1: not requested. */
let exitAtStart: i32 = -1;

/** The exit code a value stands for (process.exit(code), process.exitCode): an integer or an
 *  integer string, as node 20 validates them; -1 (with a TypeError/RangeError pending) otherwise,
 *  and `fallback` for undefined/null. */
function exitCodeOf(v: i64, fallback: i32): i32 {
  if (v == UNDEFINED || v == NULL) return fallback;
  if (isString(v) && strLength(ptr(v)) > 0) {
    const n = ToNumber(v);
    if (n != EXCEPTION && toF64(n) == Math.trunc(toF64(n))) return <i32>(<i64>toF64(n)) & 255;
  }
  if (isNumber(v)) {
    const d = toF64(v);
    if (d == Math.trunc(d) && isFinite(d)) return <i32>(<i64>d) & 255;
    throwOutOfRange(d);
    return -1;
  }
  throwInvalidArgType("code", "of type number", v);
  return -1;
}

function throwOutOfRange(d: f64): void {
  const sb = sbOpen();
  sbAppendStatic(sb, "The value of \"code\" is out of range. It must be an integer. Received ");
  sbAppendString(sb, NumberToStringCell(d));
  throwNodeError(RANGE_ERROR, sbFinish(sb), "ERR_OUT_OF_RANGE");
}

/** The code the process ends with when the loop runs dry: process.exitCode, or 0. */
export function naturalExitCode(): i32 {
  const v = Get(boxObject(processObject), A_exitCode, boxObject(processObject));
  if (v == EXCEPTION) { takeException(); return 0; }
  const code = exitCodeOf(v, 0);
  if (code < 0) { takeException(); return 0; }
  return code;
}

/** process.exit([code]): flush and end the process now. */
function process_exit(c: u32, thisv: i64, argv: usize, argc: i32): i64 {
  let code = exitCodeOf(arg(argv, argc, 0), -2);
  if (code == -1) return EXCEPTION;
  if (code == -2) code = naturalExitCode();
  if (initializing) {
    exitAtStart = code;
    flushAll();
    muteOutput();
    return UNDEFINED;
  }
  exitProcess(<u32>code);
  return UNDEFINED;
}

/** process.nextTick(callback, ...args). */
function process_nextTick(c: u32, thisv: i64, argv: usize, argc: i32): i64 {
  const callback = arg(argv, argc, 0);
  if (!validateFunction(callback, "callback")) return EXCEPTION;
  const sp0 = saveSp();
  const args = argc > 1 ? boxObject(arrayFromValues(argv + 8, <u32>(argc - 1))) : UNDEFINED;
  pushRoot(args);
  enqueueTick(callback, args);
  restoreSp(sp0);
  return UNDEFINED;
}

/** stream.write(chunk[, encoding][, callback]) for stdout (fd 1) and stderr (fd 2): strings
 *  only until typed arrays exist; the callback runs as a tick, after the write. */
function writeTo(fd: u32, argv: usize, argc: i32): i64 {
  const chunk = arg(argv, argc, 0);
  if (!isString(chunk)) {
    return throwInvalidArgType("chunk", "of type string or an instance of Buffer, TypedArray, or DataView", chunk);
  }
  writeString(fd, ptr(chunk));
  const last = argc > 1 ? load<i64>(argv + (<usize>(argc - 1) << 3)) : UNDEFINED;
  if (isCallable(last)) enqueueTick(last, UNDEFINED);
  return TRUE;
}
function stdout_write(c: u32, thisv: i64, argv: usize, argc: i32): i64 { return writeTo(1, argv, argc); }
function stderr_write(c: u32, thisv: i64, argv: usize, argc: i32): i64 { return writeTo(2, argv, argc); }

function newStream(fd: i32, write: NativeFn): usize {
  const s = OrdinaryObjectCreate(boxObject(ObjectPrototype));
  const sp0 = saveSp();
  pushRoot(boxObject(s));
  putOwn(s, internStatic("fd"), fromF64(<f64>fd));
  defineMethod(s, "write", 1, write);
  restoreSp(sp0);
  return s;
}

export function initProcess(global: usize): void {
  const p = OrdinaryObjectCreate(boxObject(ObjectPrototype));
  processObject = p;
  putOwn(p, A_exitCode, UNDEFINED);
  defineMethod(p, "exit", 1, process_exit);
  defineMethod(p, "nextTick", 1, process_nextTick);
  putOwn(p, internStatic("stdout"), boxObject(newStream(1, stdout_write)));
  putOwn(p, internStatic("stderr"), boxObject(newStream(2, stderr_write)));
  envObject = OrdinaryObjectCreate(boxObject(ObjectPrototype));
  defineEnvAccessor(p);
  argvArray = ArrayCreate(0, 0);
  argv0 = internStatic("pgo");
  putOwn(p, internStatic("argv"), boxObject(argvArray));
  defineValue(global, "process", boxObject(p), ATTR_HIDDEN);
}

/** Start of the run: argv from WASI (env when build-time code holds it); a build-time
 *  process.exit takes effect now. */
export function startProcess(): void {
  if (exitAtStart >= 0) exitProcess(<u32>exitAtStart);
  arrayPush(argvArray, boxString(argv0));
  appendWasiArgs(argvArray);
  if (envState == ENV_HANDED_OUT) fillEnv();
}

// process.env is filled on first use: copying the environment costs more than the rest of a
// small program's startup. It is an accessor (node's is a data property) whose getter fills the
// object at run time; an object handed out at build time is filled when the run starts.
const ENV_UNTOUCHED: i32 = 0;
const ENV_HANDED_OUT: i32 = 1;
const ENV_FILLED: i32 = 2;
let envState: i32 = ENV_UNTOUCHED;

function fillEnv(): void {
  envState = ENV_FILLED;
  const sp0 = saveSp();
  pushRoot(boxObject(envObject));
  defineWasiEnvironment(envObject);
  restoreSp(sp0);
}

function process_env_get(c: u32, thisv: i64, argv: usize, argc: i32): i64 {
  if (initializing) { if (envState == ENV_UNTOUCHED) envState = ENV_HANDED_OUT; }
  else if (envState != ENV_FILLED) fillEnv();
  return boxObject(envObject);
}

/** Assigning process.env replaces the object (no longer filled from WASI). */
function process_env_set(c: u32, thisv: i64, argv: usize, argc: i32): i64 {
  const v = arg(argv, argc, 0);
  if (isObject(v)) { envObject = ptr(v); envState = ENV_FILLED; }
  return UNDEFINED;
}

function defineEnvAccessor(p: usize): void {
  const sp0 = saveSp();
  const pair = newVector(2);
  pushRoot(boxObject(pair));
  vecSet(pair, 0, boxObject(newNativeFunction(internStatic("get env"), 0, process_env_get.index, 0)));
  vecSet(pair, 1, boxObject(newNativeFunction(internStatic("set env"), 1, process_env_set.index, 0)));
  addOwnProperty(p, internStatic("env"), boxObject(pair), PROP_ACCESSOR | PROP_ENUMERABLE | PROP_CONFIGURABLE);
  restoreSp(sp0);
}

export function markProcess(): void { markCell(processObject); markCell(argvArray); markCell(envObject); }
