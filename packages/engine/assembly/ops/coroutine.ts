// Coroutines: the suspendable function bodies of generators and async functions.
//
// A coroutine body is a generated function the compiler lists for binaryen's Asyncify pass
// (compiler link/asyncify.ts). At `yield`/`await` the body calls rt_yield, which starts an
// unwind: the body saves its live Wasm locals and returns at once. runCoroutine then stops the
// unwind and copies the saved locals into the coroutine. To resume, runCoroutine starts a rewind
// and calls the body again; it skips forward to the same rt_yield call, which stops the rewind
// and hands the body the value it resumes with.
//
// The body's frame slots (its bindings and temporaries) live in a heap Vector owned by the
// coroutine instead of on the shadow stack, so they survive suspension and the collector traces
// them. Wasm locals are saved as raw bytes: the compiler keeps every value live across a call in a
// frame slot, so none of them is the only reference to a cell.
//
// A coroutine record is a Vector (CO_* fields). Small integers are stored as raw i64: they read
// as tiny doubles, which the collector ignores.
import { EXCEPTION, UNDEFINED, EMPTY, boxObject, ptr } from "../value";
import { CELL_RAW, VEC_DATA, FN_INFO } from "../layout.generated";
import { allocCell, cellSize } from "../heap/alloc";
import { markCell } from "../heap/gc";
import { pushRoot, saveSp, restoreSp, sp, stackLimit, callDepth, setCallDepth, callStack } from "../heap/stack";
import { newVector, vecGet, vecSet } from "../object/vector";
import { setNewTarget } from "../object/function";
import { throwValue, throwRangeError } from "../errors";

// Asyncify's control functions: the pass turns these imports into calls to the functions it adds.
// @ts-ignore: decorator
@external("asyncify", "start_unwind") declare function asyncify_start_unwind(data: usize): void;
// @ts-ignore: decorator
@external("asyncify", "stop_unwind") declare function asyncify_stop_unwind(): void;
// @ts-ignore: decorator
@external("asyncify", "start_rewind") declare function asyncify_start_rewind(data: usize): void;
// @ts-ignore: decorator
@external("asyncify", "stop_rewind") declare function asyncify_stop_rewind(): void;

export const CO_STATE: u32 = 0;   // CO_START, CO_SUSPENDED, CO_RUNNING or CO_DONE
export const CO_CALLEE: u32 = 1;  // the function object (its closure environment)
export const CO_THIS: u32 = 2;    // the `this` value of the call
export const CO_FRAME: u32 = 3;   // boxed Vector: the body's frame slots
export const CO_SAVED: u32 = 4;   // boxed raw cell: Asyncify data of the suspended body, or 0
export const CO_CODE: u32 = 5;    // table index of the body
export const CO_VALUE: u32 = 6;   // the value yielded, then the value resumed with
export const CO_OWNER: u32 = 7;   // the generator object, or the async function's promise
export const CO_QUEUE: u32 = 8;   // async generators: the first request of their queue
export const CO_AG_STATE: u32 = 9; // async generators: [[AsyncGeneratorState]]
const CO_FIELDS: u32 = 10;

export const CO_START: i64 = 0;
export const CO_SUSPENDED: i64 = 1;
export const CO_RUNNING: i64 = 2;
export const CO_DONE: i64 = 3;

/** How the body is being resumed, read by generated code after a yield (GeneratorResume's
 *  completion type): normal, throw or return. */
export const RESUME_NEXT: i32 = 0;
export const RESUME_THROW: i32 = 1;
export const RESUME_RETURN: i32 = 2;
export let resumeMode: i32 = RESUME_NEXT;

/** The coroutine whose body is running (innermost), 0 outside any. */
let current: usize = 0;
/** Set by rt_yield when it starts an unwind; cleared by runCoroutine. */
let suspended = false;
/** Set by runCoroutine while the body rewinds to its rt_yield. */
let rewinding = false;
/** rt_yield flags: resume without throwing in throw mode (the caller handles the mode), and the
 *  yielded value is already an iterator result object (yield*). */
export const YIELD_RAW_RESUME: i32 = 1;
export const YIELD_RESULT: i32 = 2;
/** rt_yield flag: a `yield` of an async generator (without it, a suspension there is an await). */
export const YIELD_ASYNC_GENERATOR: i32 = 4;
let lastYieldFlags: i32 = 0;

/** The flags of the last suspension (YIELD_*). */
export function lastYield(): i32 { return lastYieldFlags; }

/** Whether the value the last suspension yielded is an iterator result object already. */
export function yieldedResult(): bool { return (lastYieldFlags & YIELD_RESULT) != 0; }

// Saved Asyncify data: a raw cell | 8 current position | 12 end | 16 the saved bytes.
const SAVED_POS: usize = 8;
const SAVED_END: usize = 12;
const SAVED_DATA: usize = 16;
/** Free shadow stack an unwind may need: the saved locals of one body, written below `sp`. */
const UNWIND_RESERVE: usize = 16384;

export function markCoroutineRoots(): void { markCell(current); }

/** A new coroutine record for a call of `callee` whose body is at table index `code`. */
export function newCoroutine(callee: usize, thisv: i64, code: u32): usize {
  const sp0 = saveSp();
  pushRoot(thisv);
  const co = newVector(CO_FIELDS);
  vecSet(co, CO_STATE, CO_START);
  vecSet(co, CO_CALLEE, boxObject(callee));
  vecSet(co, CO_THIS, thisv);
  vecSet(co, CO_CODE, <i64>code);
  vecSet(co, CO_VALUE, UNDEFINED);
  vecSet(co, CO_OWNER, UNDEFINED);
  vecSet(co, CO_QUEUE, UNDEFINED);
  restoreSp(sp0);
  return co;
}

// @ts-ignore: decorator
@inline export function coState(co: usize): i64 { return vecGet(co, CO_STATE); }
// @ts-ignore: decorator
@inline export function setCoState(co: usize, s: i64): void { vecSet(co, CO_STATE, s); }

/** Run coroutine `co`'s body: its first entry (with the call's arguments) when it has not
 *  started, else a resume with `value` in mode `mode`. Returns EMPTY when the body suspended (the
 *  value it yielded is in CO_VALUE), else the body's completion: its return value, or EXCEPTION. */
export function runCoroutine(co: usize, argv: usize, argc: i32, mode: i32, value: i64): i64 {
  const sp0 = saveSp();
  pushRoot(boxObject(co));
  const outer = current;
  const depth = callDepth;
  const started = coState(co) != CO_START;
  setCoState(co, CO_RUNNING);
  current = co;
  if (started) {
    vecSet(co, CO_VALUE, value);
    resumeMode = mode;
    const saved = ptr(vecGet(co, CO_SAVED));
    store<u32>(saved, load<u32>(saved, SAVED_END), SAVED_POS);
    rewinding = true;
    asyncify_start_rewind(saved + SAVED_POS);
  }
  setNewTarget(UNDEFINED);
  const callee = ptr(vecGet(co, CO_CALLEE));
  // A resumed body skips its prologue: count it in here (its epilogue counts it out).
  if (started) {
    store<u32>(callStack + (<usize>depth << 2), load<u32>(callee, FN_INFO));
    setCallDepth(depth + 1);
  }
  const r = call_indirect<i64>(<u32>vecGet(co, CO_CODE), <u32>callee, vecGet(co, CO_THIS), <u32>argv, argc);
  current = outer;
  if (suspended) {
    suspended = false;
    asyncify_stop_unwind();
    // The body left without its epilogue: its call depth is still counted.
    setCallDepth(depth);
    saveUnwound(co);
    setCoState(co, CO_SUSPENDED);
    restoreSp(sp0);
    return EMPTY;
  }
  setCoState(co, CO_DONE);
  vecSet(co, CO_FRAME, UNDEFINED);
  vecSet(co, CO_SAVED, UNDEFINED);
  restoreSp(sp0);
  return r;
}

/** Copy the locals the body just saved (below the shadow stack pointer) into `co`. */
function saveUnwound(co: usize): void {
  const start = stackLimit;
  const used = <usize>load<u32>(start) - (start + 8);
  let saved: usize = 0;
  const old = vecGet(co, CO_SAVED);
  if (old != UNDEFINED && cellSize(ptr(old)) >= SAVED_DATA + used) saved = ptr(old);
  else {
    // The bytes stay below sp, which no allocation touches.
    saved = allocCell(CELL_RAW, SAVED_DATA + used);
    vecSet(co, CO_SAVED, boxObject(saved));
  }
  memory.copy(saved + SAVED_DATA, start + 8, used);
  store<u32>(saved, <u32>(saved + SAVED_DATA + used), SAVED_END);
}

/** Body entry: the frame of `slots` slots of the coroutine being started (zeroed), in the heap. */
export function rt_coroutine_frame(slots: i32): usize {
  const frame = newVector(<u32>slots);
  vecSet(current, CO_FRAME, boxObject(frame));
  return frame + VEC_DATA;
}

/** `yield v` / `await v` in a coroutine body. Suspends the body with `v` (the generated code returns
 *  at once, unwinding). When the body is resumed, this call returns the resume value; in throw
 *  mode it throws that value unless YIELD_RAW_RESUME (yield* passes the mode on to the inner
 *  iterator, reading resumeMode). */
export function rt_yield(v: i64, flags: i32): i64 {
  if (rewinding) {
    rewinding = false;
    asyncify_stop_rewind();
    const x = vecGet(current, CO_VALUE);
    vecSet(current, CO_VALUE, UNDEFINED);
    if ((flags & YIELD_RAW_RESUME) == 0 && resumeMode == RESUME_THROW) return throwValue(x);
    return x;
  }
  if (sp - stackLimit < UNWIND_RESERVE) return throwRangeError("Maximum call stack size exceeded");
  vecSet(current, CO_VALUE, v);
  lastYieldFlags = flags;
  suspended = true;
  const start = stackLimit;
  store<u32>(start, <u32>(start + 8));
  store<u32>(start, <u32>(sp - 64), 4);
  asyncify_start_unwind(start);
  return UNDEFINED;
}

/** The coroutine whose body is running (0 outside any). */
export function currentCoroutine(): usize { return current; }
