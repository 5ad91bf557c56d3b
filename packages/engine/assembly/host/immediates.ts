// setImmediate and clearImmediate (lib/timers.js): callbacks for the event loop's check phase,
// in the order they were queued; an immediate queued while the phase runs waits for the next one.
import { UNDEFINED, EXCEPTION, TRUE, FALSE, boxObject, ptr } from "../value";
import { pushRoot, saveSp, restoreSp, reserveSlots } from "../heap/stack";
import { markCell } from "../heap/gc";
import { vecGet, vecSet } from "../object/vector";
import { arg, defineMethod } from "../builtins/native";
import { ringInit, ringPush, ringShift, ringCount, markRing, RING_BYTES } from "../jobs/ring";
import {
  asHostObject, hostData, hostPrototype, setHostRef, hostHasRef, newCallbackObject, HOST_IMMEDIATE,
  H_REF, H_CALLBACK, H_ARGS,
} from "./host-object";
import { validateFunction } from "./node-errors";
import { callWithArgs } from "./timers";

// An immediate's data: the Vector [ref, callback, args, active].
const I_REF: u32 = H_REF;
const I_CALLBACK: u32 = H_CALLBACK;
const I_ARGS: u32 = H_ARGS;
const I_ACTIVE: u32 = 3;

let ImmediatePrototype: usize = 0;
const queue = memory.data(RING_BYTES);
let queueReady = false;
/** Active immediates that keep the loop alive. */
let refCount: i32 = 0;

function data(o: usize): usize { return ptr(hostData(o)); }

function setImmediate_(c: u32, thisv: i64, argv: usize, argc: i32): i64 {
  const callback = arg(argv, argc, 0);
  if (!validateFunction(callback, "callback")) return EXCEPTION;
  if (!queueReady) { ringInit(queue, 1); queueReady = true; }
  const sp0 = saveSp();
  const o = newCallbackObject(HOST_IMMEDIATE, ImmediatePrototype, 4, callback, argv, argc, 1);
  vecSet(data(o), I_ACTIVE, TRUE);
  const v = pushRoot(boxObject(o));
  store<i64>(ringPush(queue), load<i64>(v));
  refCount++;
  restoreSp(sp0);
  return boxObject(o);
}

/** Deactivate an immediate (run or cleared). */
function deactivate(o: usize): void {
  const d = data(o);
  if (vecGet(d, I_ACTIVE) == FALSE) return;
  vecSet(d, I_ACTIVE, FALSE);
  if (vecGet(d, I_REF) == TRUE) refCount--;
}

function clearImmediate_(c: u32, thisv: i64, argv: usize, argc: i32): i64 {
  const o = asHostObject(arg(argv, argc, 0), HOST_IMMEDIATE);
  if (o != 0) deactivate(o);
  return UNDEFINED;
}

function isActive(o: usize): bool { return vecGet(data(o), I_ACTIVE) == TRUE; }
function Immediate_ref(c: u32, thisv: i64, argv: usize, argc: i32): i64 {
  refCount += setHostRef(thisv, HOST_IMMEDIATE, true, isActive);
  return thisv;
}
function Immediate_unref(c: u32, thisv: i64, argv: usize, argc: i32): i64 {
  refCount += setHostRef(thisv, HOST_IMMEDIATE, false, isActive);
  return thisv;
}
function Immediate_hasRef(c: u32, thisv: i64, argv: usize, argc: i32): i64 { return hostHasRef(thisv, HOST_IMMEDIATE); }

/** Whether a referenced immediate is waiting. */
export function hasRefedImmediates(): bool { return refCount > 0; }
/** How many immediates are queued (the check phase runs this many). */
export function queuedImmediates(): u32 { return queueReady ? ringCount(queue) : 0; }

/** Run the next queued immediate: TRUE, FALSE when none, or EXCEPTION (pending) if it threw. */
export function runNextImmediate(): i64 {
  if (!queueReady) return FALSE;
  const sp0 = saveSp();
  const slot = reserveSlots(1);
  if (!ringShift(queue, slot)) { restoreSp(sp0); return FALSE; }
  const o = ptr(load<i64>(slot));
  const d = data(o);
  let r: i64 = TRUE;
  if (vecGet(d, I_ACTIVE) == TRUE) {
    deactivate(o);
    r = callWithArgs(vecGet(d, I_CALLBACK), load<i64>(slot), vecGet(d, I_ARGS));
    if (r != EXCEPTION) r = TRUE;
  }
  restoreSp(sp0);
  return r;
}

export function markImmediates(): void {
  markCell(ImmediatePrototype);
  if (queueReady) markRing(queue);
}

export function initImmediates(global: usize): void {
  ImmediatePrototype = hostPrototype("Immediate");
  defineMethod(global, "setImmediate", 1, setImmediate_);
  defineMethod(global, "clearImmediate", 1, clearImmediate_);
  defineMethod(ImmediatePrototype, "ref", 0, Immediate_ref);
  defineMethod(ImmediatePrototype, "unref", 0, Immediate_unref);
  defineMethod(ImmediatePrototype, "hasRef", 0, Immediate_hasRef);
}
