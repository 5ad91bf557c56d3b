// The collector: precise, non-moving mark-sweep.
//
// Why this design: generated code keeps raw cell pointers in Wasm locals for short stretches
// (between a load and its use), and only values that must survive a call are on the shadow stack.
// A non-moving collector lets those locals stay valid across a collection as long as the value is
// also rooted, which is the rule generated code and engine code follow. Mark-sweep with segregated
// free lists keeps allocation a pointer pop or a bump; pauses are proportional to the heap, which
// the heap-growth policy (collect after allocating as much as was live) keeps to ~2x live data.
//
// Mark: an explicit mark stack (a raw cell) holds grey cells; on overflow the marker falls back to
// rescanning the heap for marked cells until nothing new is found. Sweep: one linear walk over the
// tiled heap clears marks, frees dead cells (zeroing them at build time, so snapshots hold no stale data),
// coalesces neighbours and rebuilds the free lists. Atoms made from program data and shape
// transitions are weak (string/atoms.ts, heap/transitions.ts). Inline-cache cells are cleared at every
// collection (they refill on the next miss), so they never hold a freed shape.
import {
  HDR_KIND, HDR_SIZE, CELL_FREE, CELL_STRING, CELL_BIGINT, CELL_SYMBOL, CELL_FUNCTION, CELL_SHAPE, CELL_VECTOR, CELL_DICTIONARY,
  DICT_USED, DICT_ENTRIES, DICT_ENTRY_BYTES, DICT_E_KEY, DICT_E_VALUE, SHAPE_DICT,
  CELL_ENV, CELL_FUNCTION_INFO, CELL_RAW, OBJ_SHAPE, OBJ_SLOTS, OBJ_ELEMENTS, OBJ_PROTO_ROOT,
  OBJ_AUX, OBJ_AUX_BYTES, FN_ENV, FN_INFO, FN_BOUND, SHAPE_PARENT, SHAPE_KEY, SHAPE_PROTO,
  SHAPE_CHILD, VEC_CAPACITY, VEC_DATA, ENV_PARENT, ENV_COUNT, ENV_SLOTS, TAG_SPECIAL,
  CELL_TYPED_ARRAY, CELL_DATA_VIEW, CELL_COLLECTION, VEC_FLAG_WEAK,
} from "../layout.generated";
import {
  heapBase, heapTop, scheduleNextCollection, setCollector, setSweeper, finishSweep,
  blockCollection, unblockCollection, cellFlags, closeWindow,
} from "./alloc";
import { sp, stackTop } from "./stack";
import { markRoots } from "./roots";
import { startSweep, sweepStep } from "./sweep";
import { resetEphemerons, noteWeakTable, markEphemerons, clearDeadEphemerons } from "./ephemerons";
import { weakTableOf } from "../builtins/collections-table";
import { clearDeadAtoms } from "../string/atoms";
import { clearShapeCaches } from "../object/shape";
import { pruneTransitions, pruneAllTransitions } from "./transitions";
import { ptr } from "../value";
import { monotonicNanos } from "../io/clock";
import { initializing } from "../io/output";

const MARK_BIT: u8 = 1;
const MARK_STACK_ENTRIES: usize = 16384;

/** Bytes of the mark stack, which its owner (rt_init) places in the shadow stack's cell. */
export const MARK_STACK_BYTES: usize = MARK_STACK_ENTRIES << 2;
let markStack: usize = 0;   // MARK_STACK_BYTES of u32 cell pointers
let markTop: usize = 0;     // entries in use
let markOverflow: bool = false;
/** Live shapes with transitions, listed from the mark stack's far end down (heap/transitions.ts):
 *  entries [parentsTop, MARK_STACK_ENTRIES). Marking and the list share the room; when they meet,
 *  marking overflows as usual and the list gives way to a walk of the heap. */
let parentsTop: usize = MARK_STACK_ENTRIES;
let parentsOverflow: bool = false;
/** Inline-cache region to clear at each collection. */
let icBase: usize = 0;
let icBytes: usize = 0;

/** Statistics of the last collection and totals (for tests and benchmarks). */
export let gcCount: u32 = 0;
export let liveBytesAfterLastGC: u64 = 0;
export let gcNanos: u64 = 0;
/** The longest collection pause (the mark; sweep steps are spread over allocations). */
export let gcMaxPauseNanos: u64 = 0;
/** Time collections (statistics mode only: reading the clock costs a host call). */
export let gcTiming: bool = false;
export function setGcTiming(on: bool): void { gcTiming = on; }
export function addGcTime(ns: u64): void { gcNanos += ns; }

/** Set up the collector (at initialization, after the heap and the shadow stack); `marks` is
 *  MARK_STACK_BYTES of memory that stays alive. */
export function initCollector(ics: usize, icLength: usize, marks: usize): void {
  markStack = marks;
  icBase = ics;
  icBytes = icLength;
  setCollector(collect);
  setSweeper(sweepStep);
}

/** Zero the mark stack. Its entries are dead once a collection ends; at the end of
 *  initialization they would be snapshot data that every instance writes for nothing. */
export function clearMarkStack(): void { memory.fill(markStack, 0, MARK_STACK_BYTES); }

// @ts-ignore: decorator
@inline export function isMarked(p: usize): bool { return (load<u8>(p, 1) & MARK_BIT) != 0; }
// @ts-ignore: decorator
@inline export function clearMark(p: usize): void { store<u8>(p, load<u8>(p, 1) & ~MARK_BIT, 1); }

/** Bytes of the cells marked in this collection: the live bytes. */
let markedBytes: u64 = 0;

/** Mark a cell pointer (0 and pointers outside the heap are ignored). */
export function markCell(p: usize): void { mark(p); }

// The tracer's own copy of markCell, inlined: most edges lead to cells already marked, so the
// range and mark-bit tests are most of the marking work and a call per edge would double it.
// @ts-ignore: decorator
@inline function mark(p: usize): void {
  if (p < heapBase || p >= heapTop) return;
  if (isMarked(p)) return;
  push(p);
}

function push(p: usize): void {
  store<u8>(p, load<u8>(p, 1) | MARK_BIT, 1);
  markedBytes += load<u32>(p, HDR_SIZE);
  if (markTop < parentsTop) {
    store<u32>(markStack + (markTop << 2), <u32>p);
    markTop++;
  } else {
    markOverflow = true; // found again by the rescan
  }
}

/** Mark the cell a value points to, if it is a pointer (string, object, symbol). */
// @ts-ignore: decorator
@inline export function markValue(v: i64): void {
  if (<u32>(<u64>v >> 32) > TAG_SPECIAL) markCell(<usize><u32>v);
}

// @ts-ignore: decorator
@inline function markInlineValue(v: i64): void {
  if (<u32>(<u64>v >> 32) > TAG_SPECIAL) mark(<usize><u32>v);
}

function markValues(p: usize, n: usize): void {
  const end = p + (n << 3);
  for (; p < end; p += 8) markInlineValue(load<i64>(p));
}

/** Push every cell `p` refers to. */
function trace(p: usize): void {
  const kind = <u32>load<u8>(p, HDR_KIND);
  switch (kind) {
    case CELL_FREE: case CELL_STRING: case CELL_RAW: case CELL_BIGINT: return;
    case CELL_SYMBOL: mark(load<u32>(p, 8)); mark(load<u32>(p, 12)); return; // description, brand message
    case CELL_SHAPE:
      mark(load<u32>(p, SHAPE_PARENT));
      mark(load<u32>(p, SHAPE_KEY));
      markInlineValue(load<i64>(p, SHAPE_PROTO));
      mark(load<u32>(p, SHAPE_DICT)); // not the transitions: they are weak (heap/transitions.ts)
      if (load<u32>(p, SHAPE_CHILD) != 0) noteParent(p);
      return;
    case CELL_DICTIONARY: {
      const n = load<u32>(p, DICT_USED);
      for (let i: u32 = 0; i < n; i++) {
        const e = p + DICT_ENTRIES + <usize>i * DICT_ENTRY_BYTES;
        mark(load<u32>(e, DICT_E_KEY)); // 0 for a deleted entry
        markInlineValue(load<i64>(e, DICT_E_VALUE));
      }
      return;
    }
    case CELL_VECTOR:
      if ((cellFlags(p) & VEC_FLAG_WEAK) != 0) return; // entries are ephemerons (markEphemerons)
      markValues(p + VEC_DATA, load<u32>(p, VEC_CAPACITY));
      return;
    case CELL_ENV:
      mark(load<u32>(p, ENV_PARENT));
      markValues(p + ENV_SLOTS, load<u32>(p, ENV_COUNT));
      return;
    case CELL_FUNCTION_INFO:
      mark(load<u32>(p, 8));  // name
      mark(load<u32>(p, 24)); // source text
      return;
  }
  // Object cells: every other kind below CELL_SHAPE.
  mark(load<u32>(p, OBJ_SHAPE));
  mark(load<u32>(p, OBJ_SLOTS));
  mark(load<u32>(p, OBJ_ELEMENTS));
  mark(load<u32>(p, OBJ_PROTO_ROOT));
  if (kind == CELL_FUNCTION) {
    mark(load<u32>(p, FN_ENV));
    mark(load<u32>(p, FN_INFO));
    mark(load<u32>(p, FN_BOUND));
  } else if (kind == CELL_TYPED_ARRAY || kind == CELL_DATA_VIEW) {
    // The buffer sits in OBJ_ELEMENTS' place (marked above); TA_OFFSET/TA_KIND are raw numbers.
  } else if (load<u32>(p, HDR_SIZE) >= OBJ_AUX_BYTES) {
    const aux = load<i64>(p, OBJ_AUX);
    if (kind == CELL_COLLECTION && weakTableOf(p) != 0) markWeakTable(ptr(aux));
    else markInlineValue(aux);
  }
}

function noteParent(p: usize): void {
  if (parentsTop > markTop) {
    parentsTop--;
    store<u32>(markStack + (parentsTop << 2), <u32>p);
  } else {
    parentsOverflow = true;
  }
}

/** After marking: relink the live shapes' transitions over the dead ones. */
function clearDeadTransitions(): void {
  if (parentsOverflow) { pruneAllTransitions(); return; }
  for (let i = parentsTop; i < MARK_STACK_ENTRIES; i++) pruneTransitions(<usize>load<u32>(markStack + (i << 2)));
}

/** Keep a WeakMap/WeakSet table without tracing it; its entries wait for markEphemerons. */
function markWeakTable(t: usize): void {
  if (isMarked(t)) return;
  store<u8>(t, load<u8>(t, 1) | MARK_BIT, 1);
  markedBytes += load<u32>(t, HDR_SIZE);
  noteWeakTable(t);
}

/** Whether cell `p` survives this collection: outside the heap, or marked. */
export function isLiveCell(p: usize): bool { return p < heapBase || p >= heapTop || isMarked(p); }

/** Whether value `v` survives this collection: not a cell, outside the heap, or marked. */
export function isLiveValue(v: i64): bool {
  if (<u32>(<u64>v >> 32) <= TAG_SPECIAL) return true;
  const p = <usize><u32>v;
  return p < heapBase || p >= heapTop || isMarked(p);
}

/** Trace everything reachable from the cells marked so far. */
export function traceMarked(): void {
  drain();
  rescan();
}

function drain(): void {
  while (markTop > 0) {
    markTop--;
    trace(<usize>load<u32>(markStack + (markTop << 2)));
  }
}

/** After an overflow: trace every marked cell again until no new cell gets marked. */
function rescan(): void {
  while (markOverflow) {
    markOverflow = false;
    for (let p = heapBase; p < heapTop; p += <usize>load<u32>(p, HDR_SIZE)) {
      if (isMarked(p)) { trace(p); drain(); }
    }
  }
}

/** Run a collection: finish sweeping the last one's heap, mark, and leave the sweep to the
 *  allocations that follow (heap/sweep.ts) — except at build time, where the snapshot must hold
 *  a fully swept heap. */
export function collect(): void {
  // No clock at build time: WASI is not available under Wizer.
  const timed = gcTiming && !initializing;
  const t0 = timed ? monotonicNanos() : 0;
  blockCollection();
  closeWindow(); // the heap must be walkable and allocatedBytes exact
  finishSweep();
  markTop = 0;
  markOverflow = false;
  parentsTop = MARK_STACK_ENTRIES;
  parentsOverflow = false;
  markedBytes = 0;
  // The shadow stack: every slot from sp up is a value.
  markValues(sp, (stackTop - sp) >> 3);
  resetEphemerons();
  markRoots();
  traceMarked();
  markEphemerons();
  clearDeadEphemerons();
  clearDeadTransitions();
  clearDeadAtoms();
  clearShapeCaches();
  if (icBytes > 0) memory.fill(icBase, 0, icBytes);
  startSweep();
  if (initializing) finishSweep();
  liveBytesAfterLastGC = markedBytes;
  gcCount++;
  scheduleNextCollection(markedBytes);
  unblockCollection();
  if (timed) {
    const pause = monotonicNanos() - t0;
    gcNanos += pause;
    if (pause > gcMaxPauseNanos) gcMaxPauseNanos = pause;
  }
}
