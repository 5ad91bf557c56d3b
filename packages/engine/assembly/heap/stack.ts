// The shadow stack: every JS value live across a call sits here, so the collector finds all roots
// precisely. It grows down from `stackTop`. Generated functions reserve a frame of 8-byte slots on
// entry (sp -= size) and release it on every exit. Engine code that holds a value across an
// allocation pushes it with `pushRoot` and restores `sp` when done.

export let sp: usize = 0;
/** Depth of JS calls in progress. Generated functions count themselves in and out, and throw
 *  RangeError past callDepthLimit: the Wasm native stack, which we cannot observe, must never
 *  overflow first (node allows ~11k frames; V8's Wasm frames here allow somewhat more than 10k). */
export let callDepth: i32 = 0;
export let callDepthLimit: i32 = 9000;
export let stackTop: usize = 0;
/** The FunctionInfo of each JS call in progress, one u32 per depth: generated prologues store
 *  theirs at callStack[callDepth], so an Error can name the functions it was created in. */
export let callStack: usize = 0;
export function setCallStack(p: usize): void { callStack = p; }
export let stackLimit: usize = 0;

export function initStack(base: usize, size: usize): void {
  stackLimit = base;
  stackTop = base + size;
  sp = stackTop;
}

// @ts-ignore: decorator
@inline export function pushRoot(v: i64): usize {
  sp -= 8;
  store<i64>(sp, v);
  return sp;
}
// @ts-ignore: decorator
@inline export function saveSp(): usize { return sp; }
// @ts-ignore: decorator
@inline export function restoreSp(s: usize): void { sp = s; }
/** Reserve `n` zeroed slots (zero is the double +0, harmless to the collector). */
export function reserveSlots(n: i32): usize {
  sp -= <usize>n << 3;
  memory.fill(sp, 0, <usize>n << 3);
  return sp;
}
export function setSp(v: usize): void { sp = v; }
/** Zero the free part of the stack (below sp): old frames of initialization, which would
 *  otherwise be snapshot data. */
export function clearBelowSp(): void { memory.fill(stackLimit, 0, sp - stackLimit); }
export function setCallDepth(d: i32): void { callDepth = d; }
