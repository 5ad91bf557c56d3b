// `stack` on error objects, as V8 shows it: the error's ToString, then one "    at name" line per
// JS call in progress, innermost first, at most STACK_TRACE_LIMIT (V8's Error.stackTraceLimit).
// The calls are captured when the error is created (the FunctionInfos generated prologues keep in
// `callStack`); the string is built at the first read, as V8 formats lazily, so a constructor that
// sets `this.name` after super() is named in its stack. Compiled code keeps no source positions,
// so a line names the function only.
//
// `stack` is an own accessor of every error sharing one getter/setter pair. The error's OBJ_AUX
// holds the captured calls (a raw cell: count, then FunctionInfo pointers) until the first read
// replaces them with the string, or an assignment with the value assigned.
import { CELL_ERROR, CELL_RAW, OBJ_AUX, PROP_ACCESSOR, PROP_CONFIGURABLE } from "../layout.generated";
import { UNDEFINED, EXCEPTION, isObject, boxObject, boxString, ptr } from "../value";
import { pushRoot, saveSp, restoreSp, callDepth, callStack } from "../heap/stack";
import { allocCell, cellKind } from "../heap/alloc";
import { markCell } from "../heap/gc";
import { internStatic } from "../string/atoms";
import { strLength } from "../string/string";
import { sbOpen, sbAppendString, sbAppendStatic, sbFinish } from "../string/builder";
import { addOwnProperty } from "../object/object";
import { newNativeFunction, FI_NAME } from "../object/function";
import { newVector, vecSet } from "../object/vector";
import { A_stack } from "../names";
import { ErrorToString } from "./error";

const STACK_TRACE_LIMIT: i32 = 10;

/** The [getter, setter] pair every error's `stack` shares. */
let stackAccessor: usize = 0;

/** Give error `e` (rooted, just allocated) its `stack`, capturing the calls in progress. As V8
 *  does for `new`, the calls up to and including the constructor `skipUntil` (a FunctionInfo, or 0)
 *  are left out, so a subclass of Error starts its stack where it was constructed. */
export function captureStack(e: usize, skipUntil: usize = 0): void {
  let top = callDepth;
  if (skipUntil != 0) {
    for (let d = callDepth - 1; d >= 0; d--) {
      if (<usize>load<u32>(callStack + (<usize>d << 2)) == skipUntil) { top = d; break; }
    }
  }
  const n = min(top, STACK_TRACE_LIMIT);
  const frames = allocCell(CELL_RAW, 12 + (<usize>n << 2));
  store<u32>(frames, n, 8);
  for (let i = 0; i < n; i++) {
    store<u32>(frames + 12 + (<usize>i << 2), load<u32>(callStack + (<usize>(top - 1 - i) << 2)));
  }
  store<i64>(e, boxObject(frames), OBJ_AUX);
  addOwnProperty(e, A_stack, boxObject(stackAccessor), PROP_ACCESSOR | PROP_CONFIGURABLE);
}

function isPendingStack(v: i64): bool {
  return isObject(v) && cellKind(ptr(v)) == CELL_RAW;
}

/** The stack string of error `e` (rooted) from its captured calls, or 0 with an exception. */
function formatStack(e: usize, frames: usize): usize {
  const sp0 = saveSp();
  pushRoot(boxObject(frames));
  const header = ErrorToString(boxObject(e));
  if (header == 0) { restoreSp(sp0); return 0; }
  pushRoot(boxString(header));
  const sb = sbOpen();
  sbAppendString(sb, header);
  const n = load<u32>(frames, 8);
  for (let i: u32 = 0; i < n; i++) {
    const info = <usize>load<u32>(frames + 12 + (<usize>i << 2));
    const name = info != 0 ? <usize>load<u32>(info, FI_NAME) : 0;
    sbAppendStatic(sb, "\n    at ");
    if (name != 0 && strLength(name) != 0) sbAppendString(sb, name);
    else sbAppendStatic(sb, "<anonymous>");
  }
  const s = sbFinish(sb);
  restoreSp(sp0);
  return s;
}

function Error_stack_get(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  if (!isObject(thisv) || cellKind(ptr(thisv)) != CELL_ERROR) return UNDEFINED;
  const e = ptr(thisv);
  const v = load<i64>(e, OBJ_AUX);
  if (!isPendingStack(v)) return v;
  const s = formatStack(e, ptr(v));
  if (s == 0) return EXCEPTION;
  store<i64>(e, boxString(s), OBJ_AUX);
  return boxString(s);
}

function Error_stack_set(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  if (isObject(thisv) && cellKind(ptr(thisv)) == CELL_ERROR) {
    store<i64>(ptr(thisv), argc > 0 ? load<i64>(argv) : UNDEFINED, OBJ_AUX);
  }
  return UNDEFINED;
}

export function initErrorStack(): void {
  const sp0 = saveSp();
  const g = pushRoot(boxObject(newNativeFunction(A_stack, 0, Error_stack_get.index, 0)));
  const s = pushRoot(boxObject(newNativeFunction(A_stack, 1, Error_stack_set.index, 0)));
  const pair = newVector(2);
  vecSet(pair, 0, load<i64>(g));
  vecSet(pair, 1, load<i64>(s));
  stackAccessor = pair;
  restoreSp(sp0);
}

export function markErrorStackRoots(): void { markCell(stackAccessor); }
