// The `ctx` of node's util.inspect (lib/internal/util/inspect.js) for one inspection: options
// (depth, showHidden; compact 3, breakLength 80 and maxArrayLength 100 are fixed as console.log
// uses them), the indentation level, the innermost depth reached, and the `seen` stack and
// `circular` map. The two collections are engine arrays kept in shadow-stack slots so the
// collector sees them; beginInspect/endInspect save and restore the whole context, so an
// inspection that runs JS (a getter, a toString) which itself logs leaves this one intact.
import { UNDEFINED, boxObject, boxString, ptr, isObject } from "../value";
import { reserveSlots, saveSp, restoreSp } from "../heap/stack";
import { ArrayCreate, arrayLength, arrayGet, arrayPush, arraySetLength } from "../object/array";

export const kObjectType: i32 = 0;
export const kArrayType: i32 = 1;
export const kArrayExtrasType: i32 = 2;
export const kCompact: i32 = 3;
export const kMaxArrayLength: i32 = 100;
/** depth: null (no limit) as a number. */
export const kNoDepthLimit: i32 = 0x7fffffff;

export let indentationLvl: i32 = 0;
export let currentDepth: i32 = 0;
export let depthLimit: i32 = 2;
export let showHidden: bool = false;
let frame: usize = 0; // the slots reserved by beginInspect

export function indent(by: i32): void { indentationLvl += by; }
export function setCurrentDepth(d: i32): void { currentDepth = d; }

// beginInspect's slots: 0-4 the enclosing context, 5 `seen` (array), 6 `circular` (array or
// undefined until a circular reference is found).
const FRAME_SLOTS: i32 = 7;
const SEEN: usize = 40;
const CIRCULAR: usize = 48;

/** Start an inspection with fresh state, saving the enclosing context in new shadow-stack slots.
 *  Returns the sp to pass to endInspect. */
export function beginInspect(depth: i32, hidden: bool): usize {
  const sp0 = saveSp();
  const f = reserveSlots(FRAME_SLOTS);
  store<i64>(f, <i64>indentationLvl);
  store<i64>(f, <i64>currentDepth, 8);
  store<i64>(f, <i64>depthLimit, 16);
  store<i64>(f, <i64>(showHidden ? 1 : 0), 24);
  store<i64>(f, <i64>frame, 32);
  store<i64>(f, UNDEFINED, CIRCULAR);
  store<i64>(f, boxObject(ArrayCreate(0, 0)), SEEN);
  indentationLvl = 0;
  currentDepth = 0;
  depthLimit = depth;
  showHidden = hidden;
  frame = f;
  return sp0;
}

export function endInspect(sp0: usize): void {
  const f = frame;
  indentationLvl = <i32>load<i64>(f);
  currentDepth = <i32>load<i64>(f, 8);
  depthLimit = <i32>load<i64>(f, 16);
  showHidden = load<i64>(f, 24) != 0;
  frame = <usize>load<i64>(f, 32);
  restoreSp(sp0);
}

// @ts-ignore: decorator
@inline function seenList(): usize { return ptr(load<i64>(frame + SEEN)); }

export function seenPush(v: i64): void { arrayPush(seenList(), v); }
export function seenPop(): void { const s = seenList(); arraySetLength(s, arrayLength(s) - 1); }
export function seenIncludes(v: i64): bool {
  const s = seenList();
  const n = arrayLength(s);
  for (let i: u32 = 0; i < n; i++) if (arrayGet(s, i) == v) return true;
  return false;
}

/** ctx.circular.get(value): the reference index of `v`, or 0. */
export function circularIndex(v: i64): i32 {
  const c = load<i64>(frame + CIRCULAR);
  if (!isObject(c)) return 0;
  const n = arrayLength(ptr(c));
  for (let i: u32 = 0; i < n; i++) if (arrayGet(ptr(c), i) == v) return <i32>i + 1;
  return 0;
}

/** The reference index of `v`, assigning the next one if it has none. */
export function circularAdd(v: i64): i32 {
  const i = circularIndex(v);
  if (i != 0) return i;
  if (!isObject(load<i64>(frame + CIRCULAR))) store<i64>(frame + CIRCULAR, boxObject(ArrayCreate(0, 0)));
  const c = ptr(load<i64>(frame + CIRCULAR));
  arrayPush(c, v);
  return <i32>arrayLength(c);
}

// ---- Output lists: engine arrays of string cells (node's `output` arrays) ----

export function listNew(): usize { return ArrayCreate(0, 0); }
export function listPush(list: usize, s: usize): void { arrayPush(list, boxString(s)); }
// @ts-ignore: decorator
@inline export function listLen(list: usize): i32 { return <i32>arrayLength(list); }
// @ts-ignore: decorator
@inline export function listGet(list: usize, i: i32): usize { return ptr(arrayGet(list, <u32>i)); }
