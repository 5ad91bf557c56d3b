// node's nextTick queue (lib/internal/process/task_queues.js): callbacks that run before promise
// jobs whenever node processes ticks (processTicksAndRejections, host/event-loop.ts).
import { UNDEFINED, EXCEPTION, isObject, ptr } from "../value";
import { saveSp, restoreSp, reserveSlots, pushRoot } from "../heap/stack";
import { arrayLength, arrayElements } from "../object/array";
import { vecAddr } from "../object/vector";
import { Call, reserveArguments } from "../ops/call";
import { ringInit, ringPush, ringShift, ringCount, markRing, RING_BYTES } from "./ring";

// A tick record: [callback, arguments (an internal Array) or undefined].
const TICK_WIDTH: u32 = 2;
const queue = memory.data(RING_BYTES);
let queueReady = false;

/** process.nextTick(callback, ...args): `args` is an internal Array or undefined. */
export function enqueueTick(callback: i64, args: i64): void {
  if (!queueReady) { ringInit(queue, TICK_WIDTH); queueReady = true; }
  const sp0 = saveSp();
  pushRoot(callback);
  pushRoot(args);
  const r = ringPush(queue);
  store<i64>(r, callback);
  store<i64>(r, args, 8);
  restoreSp(sp0);
}

export function hasTicks(): bool { return queueReady && ringCount(queue) > 0; }

/** Run the oldest tick (if any): EXCEPTION if it threw, else UNDEFINED. */
export function runOneTick(): i64 {
  const sp0 = saveSp();
  const t = reserveSlots(<i32>TICK_WIDTH);
  if (!queueReady || !ringShift(queue, t)) { restoreSp(sp0); return UNDEFINED; }
  const args = load<i64>(t, 8);
  let r: i64;
  if (isObject(args)) {
    // The arguments are the array's elements (dense: built from the call's own arguments).
    const a = ptr(args);
    const n = <i32>arrayLength(a);
    const argv = reserveArguments(n);
    if (argv == 0) { restoreSp(sp0); return EXCEPTION; }
    memory.copy(argv, vecAddr(arrayElements(a), 0), <usize>n << 3);
    r = Call(load<i64>(t), UNDEFINED, argv, n);
  } else {
    r = Call(load<i64>(t), UNDEFINED, 0, 0);
  }
  restoreSp(sp0);
  return r == EXCEPTION ? EXCEPTION : UNDEFINED;
}

export function markTicks(): void { if (queueReady) markRing(queue); }
