// setTimeout, setInterval, clearTimeout, clearInterval and node's Timeout objects
// (lib/timers.js, lib/internal/timers.js). Active timers are kept in one list ordered by due time
// then creation, which is the order node's per-duration lists fire in when the loop is on time.
// Due times are milliseconds on the loop clock (host/loop-clock.ts), which reads 0 during
// initialization: a timer created at build time is due `delay` ms after the run starts.
import { UNDEFINED, EXCEPTION, TRUE, FALSE, boxObject, fromF64, toF64, ptr } from "../value";
import { pushRoot, saveSp, restoreSp } from "../heap/stack";
import { markCell } from "../heap/gc";
import { vecGet, vecSet } from "../object/vector";
import { ArrayCreate, arrayLength, arraySet, arraySetLength, arrayElements } from "../object/array";
import { vecAddr } from "../object/vector";
import { ToNumber } from "../ops/conversion";
import { Call, reserveArguments } from "../ops/call";
import { arg, defineMethod } from "../builtins/native";
import {
  asHostObject, hostData, hostPrototype, setHostRef, hostHasRef, newCallbackObject, HOST_TIMEOUT,
  H_REF, H_CALLBACK, H_ARGS,
} from "./host-object";
import { validateFunction } from "./node-errors";
import { nowMs } from "./loop-clock";

// A timer's data: the Vector [ref, callback, args, due, delay, repeat, seq, index, cleared].
const T_REF: u32 = H_REF;
const T_CALLBACK: u32 = H_CALLBACK;
const T_ARGS: u32 = H_ARGS;
const T_DUE: u32 = 3;       // ms on the loop clock
const T_DELAY: u32 = 4;     // ms
const T_REPEAT: u32 = 5;    // true for an interval
const T_SEQ: u32 = 6;       // creation order, breaks ties between equal due times
const T_INDEX: u32 = 7;     // position in the heap, -1 when not scheduled
const T_CLEARED: u32 = 8;   // clearTimeout was called: refresh() does nothing any more
const T_SIZE: u32 = 9;

/** TIMEOUT_MAX: delays above it (or below 1, or NaN) become 1, as node does. */
const TIMEOUT_MAX: f64 = 2147483647;

let TimeoutPrototype: usize = 0;
/** Scheduled timers: a binary min-heap by (due, seq) in an internal Array of Timeout objects. */
let timerList: usize = 0;
let nextSeq: f64 = 0;
/** Scheduled timers that keep the loop alive (not unref'd). */
let refCount: i32 = 0;

function data(t: usize): usize { return ptr(hostData(t)); }
function num(t: usize, field: u32): f64 { return toF64(vecGet(data(t), field)); }
function before(a: usize, b: usize): bool {
  const da = num(a, T_DUE), db = num(b, T_DUE);
  return da < db || (da == db && num(a, T_SEQ) < num(b, T_SEQ));
}
function heapAt(i: u32): usize { return ptr(vecGet(arrayElements(timerList), i)); }
function heapPut(i: u32, t: usize): void {
  vecSet(arrayElements(timerList), i, boxObject(t));
  vecSet(data(t), T_INDEX, fromF64(<f64>i));
}
function siftUp(i: u32): void {
  const t = heapAt(i);
  while (i > 0) {
    const parent = (i - 1) >> 1;
    const p = heapAt(parent);
    if (!before(t, p)) break;
    heapPut(i, p);
    i = parent;
  }
  heapPut(i, t);
}
function siftDown(i: u32): void {
  const n = arrayLength(timerList);
  const t = heapAt(i);
  while (true) {
    const l: u32 = 2 * i + 1;
    if (l >= n) break;
    const c = l + 1 < n && before(heapAt(l + 1), heapAt(l)) ? l + 1 : l;
    if (!before(heapAt(c), t)) break;
    heapPut(i, heapAt(c));
    i = c;
  }
  heapPut(i, t);
}

function isScheduled(t: usize): bool { return num(t, T_INDEX) >= 0; }

/** Unschedule `t` (if scheduled). */
function removeTimer(t: usize): void {
  if (!isScheduled(t)) return;
  const i = <u32>num(t, T_INDEX);
  const last = arrayLength(timerList) - 1;
  vecSet(data(t), T_INDEX, fromF64(-1));
  if (vecGet(data(t), T_REF) == TRUE) refCount--;
  if (i == last) { arraySetLength(timerList, last); return; }
  const moved = heapAt(last);
  arraySetLength(timerList, last);
  heapPut(i, moved);
  siftDown(i);
  siftUp(<u32>num(moved, T_INDEX));
}

/** Schedule `t` (rooted, not scheduled) its delay from now. */
function schedule(t: usize): void {
  const d = data(t);
  vecSet(d, T_DUE, fromF64(nowMs() + toF64(vecGet(d, T_DELAY))));
  vecSet(d, T_SEQ, fromF64(nextSeq++));
  if (timerList == 0) timerList = ArrayCreate(0, 8);
  const n = arrayLength(timerList);
  arraySet(timerList, n, boxObject(t)); // may allocate
  if (vecGet(data(t), T_REF) == TRUE) refCount++;
  siftUp(n);
}

/** setTimeout / setInterval: a new Timeout calling callback(...args) after `delay`. */
function createTimer(argv: usize, argc: i32, repeat: bool): i64 {
  const callback = arg(argv, argc, 0);
  if (!validateFunction(callback, "callback")) return EXCEPTION;
  // after *= 1; if (!(after >= 1 && after <= TIMEOUT_MAX)) after = 1;
  const n = ToNumber(arg(argv, argc, 1));
  if (n == EXCEPTION) return EXCEPTION;
  let delay = toF64(n);
  if (!(delay >= 1 && delay <= TIMEOUT_MAX)) delay = 1;
  const sp0 = saveSp();
  const t = newCallbackObject(HOST_TIMEOUT, TimeoutPrototype, T_SIZE, callback, argv, argc, 2);
  pushRoot(boxObject(t));
  const d = data(t);
  vecSet(d, T_DELAY, fromF64(delay));
  vecSet(d, T_REPEAT, repeat ? TRUE : FALSE);
  vecSet(d, T_INDEX, fromF64(-1));
  vecSet(d, T_CLEARED, FALSE);
  schedule(t);
  restoreSp(sp0);
  return boxObject(t);
}

function setTimeout_(c: u32, thisv: i64, argv: usize, argc: i32): i64 { return createTimer(argv, argc, false); }
function setInterval_(c: u32, thisv: i64, argv: usize, argc: i32): i64 { return createTimer(argv, argc, true); }

/** clearTimeout(timer) / clearInterval(timer): anything but an active Timeout is ignored. */
function clearTimer(c: u32, thisv: i64, argv: usize, argc: i32): i64 {
  const t = asHostObject(arg(argv, argc, 0), HOST_TIMEOUT);
  if (t != 0) cancel(t);
  return UNDEFINED;
}

function cancel(t: usize): void {
  vecSet(data(t), T_CLEARED, TRUE);
  removeTimer(t);
}

// ---- Timeout.prototype ----

function Timeout_ref(c: u32, thisv: i64, argv: usize, argc: i32): i64 {
  refCount += setHostRef(thisv, HOST_TIMEOUT, true, isScheduled);
  return thisv;
}
function Timeout_unref(c: u32, thisv: i64, argv: usize, argc: i32): i64 {
  refCount += setHostRef(thisv, HOST_TIMEOUT, false, isScheduled);
  return thisv;
}
function Timeout_hasRef(c: u32, thisv: i64, argv: usize, argc: i32): i64 { return hostHasRef(thisv, HOST_TIMEOUT); }
/** refresh(): restart the countdown with the same delay; a timer that fired goes again, a
 *  cleared one stays cleared. */
function Timeout_refresh(c: u32, thisv: i64, argv: usize, argc: i32): i64 {
  const t = asHostObject(thisv, HOST_TIMEOUT);
  if (t == 0 || vecGet(data(t), T_CLEARED) == TRUE) return thisv;
  removeTimer(t);
  schedule(t);
  return thisv;
}
function Timeout_close(c: u32, thisv: i64, argv: usize, argc: i32): i64 {
  const t = asHostObject(thisv, HOST_TIMEOUT);
  if (t != 0) cancel(t);
  return thisv;
}

// ---- The event loop's timers phase ----

/** Whether a referenced timer is scheduled (it keeps the process alive). */
export function hasRefedTimers(): bool { return refCount > 0; }

/** Whether any timer is scheduled, referenced or not. */
export function hasTimers(): bool { return timerList != 0 && arrayLength(timerList) != 0; }

/** The due time of the earliest timer (only when some timer is scheduled). */
export function nextTimerDue(): f64 { return num(heapAt(0), T_DUE); }

/** Run the earliest timer if it is due at `now`: TRUE if one ran, FALSE if none is due, or
 *  EXCEPTION (pending) if its callback threw. An interval is rescheduled after its callback
 *  unless the callback cleared (or refreshed) it. */
export function runDueTimer(now: f64): i64 {
  if (!hasTimers()) return FALSE;
  const t = heapAt(0);
  if (num(t, T_DUE) > now) return FALSE;
  removeTimer(t);
  const sp0 = saveSp();
  pushRoot(boxObject(t));
  const d = data(t);
  const r = callWithArgs(vecGet(d, T_CALLBACK), boxObject(t), vecGet(d, T_ARGS));
  if (r == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
  if (vecGet(d, T_REPEAT) == TRUE && vecGet(d, T_CLEARED) == FALSE && !isScheduled(t)) schedule(t);
  restoreSp(sp0);
  return TRUE;
}

/** Call fn with `this` and the elements of internal Array `args` (or none) as arguments. */
export function callWithArgs(fn: i64, thisv: i64, args: i64): i64 {
  if (args == UNDEFINED) return Call(fn, thisv, 0, 0);
  const sp0 = saveSp();
  pushRoot(args);
  const a = ptr(args);
  const n = <i32>arrayLength(a);
  const argv = reserveArguments(n);
  if (argv == 0) { restoreSp(sp0); return EXCEPTION; }
  memory.copy(argv, vecAddr(arrayElements(a), 0), <usize>n << 3);
  const r = Call(fn, thisv, argv, n);
  restoreSp(sp0);
  return r;
}

export function markTimers(): void { markCell(TimeoutPrototype); markCell(timerList); }

export function initTimers(global: usize): void {
  TimeoutPrototype = hostPrototype("Timeout");
  defineMethod(global, "setTimeout", 2, setTimeout_);
  defineMethod(global, "clearTimeout", 1, clearTimer);
  defineMethod(global, "setInterval", 2, setInterval_);
  defineMethod(global, "clearInterval", 1, clearTimer);
  defineMethod(TimeoutPrototype, "refresh", 0, Timeout_refresh);
  defineMethod(TimeoutPrototype, "unref", 0, Timeout_unref);
  defineMethod(TimeoutPrototype, "ref", 0, Timeout_ref);
  defineMethod(TimeoutPrototype, "hasRef", 0, Timeout_hasRef);
  defineMethod(TimeoutPrototype, "close", 0, Timeout_close);
}
