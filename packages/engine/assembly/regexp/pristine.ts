// The fast path of the RegExp protocol (V8's "fast regexp" check). String.prototype.replace,
// match, split and the rest read `rx.flags`, a getter that reads eight more getters, `rx.exec` and
// `rx.lastIndex`, all through [[Get]] as the spec says. A *pristine* regexp is one whose answers
// are known without running them:
//   - its shape is the one RegExpAlloc gives a regexp of %RegExp.prototype%: its only own
//     property is the writable data property lastIndex, in slot 0;
//   - %RegExp.prototype% has the shape it had when RegExp was made, and its `exec` and the
//     getters of `flags` and of the eight flags are still the engine's own functions.
// Then Get(rx, "flags") is [[OriginalFlags]] in "dgimsuvy" order and Get(rx, "exec") is
// %RegExp.prototype.exec%. Any change a program makes (an own `exec` or `flags`, a replaced
// getter, a new prototype property, a frozen regexp) fails one of the checks, and the caller
// takes the spec's path.
import { PROP_ACCESSOR } from "../layout.generated";
import { isObject, ptr } from "../value";
import { markCell } from "../heap/gc";
import { objShape, getSlot } from "../object/object";
import { shapeLookup, shapeSlot, shapeAttrs, isDictionaryShape } from "../object/shape";
import { vecGet } from "../object/vector";
import { internStatic } from "../string/atoms";
import { sbOpen, sbAppendChar, sbFinish } from "../string/builder";
import {
  F_HAS_INDICES, F_GLOBAL, F_IGNORE_CASE, F_MULTILINE, F_DOT_ALL, F_UNICODE, F_UNICODE_SETS, F_STICKY,
} from "./bytecode";
import { RegExpPrototype, RegExpExecFunction, regexpFlags } from "./regexp-object";

/** The shape of a fresh regexp of %RegExp.prototype% (rooted: a shape collected and made again
 *  at the same address must not pass for it), 0 until the first one exists. */
let instanceShape: usize = 0;
/** %RegExp.prototype%'s shape when RegExp was made, 0 if it was a dictionary. */
let protoShape: usize = 0;
/** The watched properties of %RegExp.prototype%: `exec` (data) and the getters of `flags` and
 *  of "dgimsuvy"; their slots and the values found there. */
const WATCHED: i32 = 10;
const watchedSlots = memory.data(WATCHED * 4);
const watchedValues = memory.data(WATCHED * 8);

function watchedName(i: i32): string {
  switch (i) {
    case 0: return "exec";
    case 1: return "flags";
    case 2: return "hasIndices";
    case 3: return "global";
    case 4: return "ignoreCase";
    case 5: return "multiline";
    case 6: return "dotAll";
    case 7: return "unicode";
    case 8: return "unicodeSets";
  }
  return "sticky";
}

/** The value a watched property holds in slot `slot` of the prototype: a data value, or an
 *  accessor's getter. */
function watchedValue(slot: u32, accessor: bool): i64 {
  const v = getSlot(RegExpPrototype, slot);
  return accessor ? vecGet(ptr(v), 0) : v;
}

/** Called when %RegExp.prototype% is complete (builtins/regexp.ts initRegExp). */
export function capturePristineRegExp(): void {
  const shape = objShape(RegExpPrototype);
  if (isDictionaryShape(shape)) return;
  for (let i = 0; i < WATCHED; i++) {
    const node = shapeLookup(shape, internStatic(watchedName(i)));
    if (node == 0 || ((shapeAttrs(node) & PROP_ACCESSOR) != 0) != (i > 0)) return;
    store<u32>(watchedSlots + (<usize>i << 2), shapeSlot(node));
    store<i64>(watchedValues + (<usize>i << 3), watchedValue(shapeSlot(node), i > 0));
  }
  protoShape = shape;
}

/** RegExpAlloc's regexp `o` of %RegExp.prototype%, with its lastIndex added. */
export function noteRegExpInstanceShape(o: usize): void {
  if (instanceShape == 0) instanceShape = objShape(o);
}

export function markPristineRoots(): void {
  if (instanceShape != 0) markCell(instanceShape);
}

/** Whether `rx`'s lastIndex is its own writable data property in slot 0. */
export function hasPlainLastIndex(rx: i64): bool {
  return isObject(rx) && instanceShape != 0 && objShape(ptr(rx)) == instanceShape;
}

/** Whether `rx` is pristine (see the top of this file). */
export function isPristineRegExp(rx: i64): bool {
  if (!hasPlainLastIndex(rx) || protoShape == 0 || objShape(RegExpPrototype) != protoShape) return false;
  for (let i = 0; i < WATCHED; i++) {
    const slot = load<u32>(watchedSlots + (<usize>i << 2));
    if (watchedValue(slot, i > 0) != load<i64>(watchedValues + (<usize>i << 3))) return false;
  }
  return true;
}

/** Get(rx, "flags") of a pristine regexp: its flags in "dgimsuvy" order. */
export function pristineFlags(rx: i64): usize {
  const bits = regexpFlags(ptr(rx));
  const sb = sbOpen();
  if (bits & F_HAS_INDICES) sbAppendChar(sb, 0x64);
  if (bits & F_GLOBAL) sbAppendChar(sb, 0x67);
  if (bits & F_IGNORE_CASE) sbAppendChar(sb, 0x69);
  if (bits & F_MULTILINE) sbAppendChar(sb, 0x6d);
  if (bits & F_DOT_ALL) sbAppendChar(sb, 0x73);
  if (bits & F_UNICODE) sbAppendChar(sb, 0x75);
  if (bits & F_UNICODE_SETS) sbAppendChar(sb, 0x76);
  if (bits & F_STICKY) sbAppendChar(sb, 0x79);
  return sbFinish(sb);
}
