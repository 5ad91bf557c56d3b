// Line breaking of node 20's util.inspect (lib/internal/util/inspect.js) with the options
// console.log uses (compact 3, breakLength 80): reduceToSingleString, isBelowBreakLength and
// groupArrayElements, which lays out arrays of more than 6 short items in aligned columns.
import { isNumber, boxObject, boxString, ptr, EMPTY } from "../value";
import { isTypedArray } from "../ops/typed-array-access";
import { pushRoot, saveSp, restoreSp } from "../heap/stack";
import { strLength } from "../string/string";
import { sbOpen, sbAppendChar, sbAppendStatic, sbAppendString, sbFinish } from "../string/builder";
import { arrayGet } from "../object/array";
import {
  indentationLvl, currentDepth, kArrayExtrasType, kCompact, kMaxArrayLength, listNew, listPush,
  listLen, listGet,
} from "./inspect-context";
import { kBreakLength, stringWidth, sbAppendSpaces, strIndexOfChar } from "./inspect-primitive";

const kSeparatorSpace: i32 = 2; // ", " between entries

/** isBelowBreakLength(ctx, output, start, base): whether all entries fit on one line. Lengths
 *  are code units, as node counts them here. */
function isBelowBreakLength(output: usize, start: i32, base: usize): bool {
  const n = listLen(output);
  let totalLength = n + start;
  if (totalLength + n > kBreakLength) return false;
  for (let i = 0; i < n; i++) {
    totalLength += strLength(listGet(output, i));
    if (totalLength > kBreakLength) return false;
  }
  return strIndexOfChar(base, 10, 0) < 0;
}

/** join(output, separator) where separator is "," + "\n" + `indentation` spaces + "  " when
 *  `multiline`, else ", ". */
function appendJoined(sb: usize, output: usize, multiline: bool, indentation: i32): void {
  const n = listLen(output);
  for (let i = 0; i < n; i++) {
    if (i > 0) {
      if (multiline) {
        sbAppendStatic(sb, ",\n");
        sbAppendSpaces(sb, indentation + 2);
      } else {
        sbAppendStatic(sb, ", ");
      }
    }
    sbAppendString(sb, listGet(output, i));
  }
}

/** reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value): the entries
 *  on one line when the innermost depth below this object is less than `compact` (3) and they
 *  fit in breakLength, else one entry per line. `base` may be empty; braces are `brace0` (a
 *  string: "{", "[", "Foo {", "[Array(3): null prototype] [") and the code unit `brace1`. */
export function reduceToSingleString(output: usize, base: usize, brace0: usize, brace1: u32,
                                     extrasType: i32, recurseTimes: i32, value: i64): usize {
  const sp0 = saveSp();
  pushRoot(boxString(base));
  pushRoot(boxString(brace0));
  pushRoot(value);
  const entries = listLen(output);
  // Group array elements together if the array contains at least six separate entries.
  if (extrasType == kArrayExtrasType && entries > 6) {
    pushRoot(boxObject(output));
    output = groupArrayElements(output, value);
  }
  pushRoot(boxObject(output));
  const hasBase = strLength(base) != 0;
  if (currentDepth - recurseTimes < kCompact && entries == listLen(output)) {
    // Line up all entries on a single line if they fit, 10 columns kept for other factors.
    const start = listLen(output) + indentationLvl + strLength(brace0) + strLength(base) + 10;
    if (isBelowBreakLength(output, start, base) && !anyContainsNewline(output)) {
      const sb = sbOpen();
      if (hasBase) { sbAppendString(sb, base); sbAppendChar(sb, 32); }
      sbAppendString(sb, brace0);
      sbAppendChar(sb, 32);
      appendJoined(sb, output, false, 0);
      sbAppendChar(sb, 32);
      sbAppendChar(sb, brace1);
      const r = sbFinish(sb);
      restoreSp(sp0);
      return r;
    }
  }
  // Line up each entry on an individual line.
  const sb = sbOpen();
  if (hasBase) { sbAppendString(sb, base); sbAppendChar(sb, 32); }
  sbAppendString(sb, brace0);
  sbAppendChar(sb, 10);
  sbAppendSpaces(sb, indentationLvl + 2);
  appendJoined(sb, output, true, indentationLvl);
  sbAppendChar(sb, 10);
  sbAppendSpaces(sb, indentationLvl);
  sbAppendChar(sb, brace1);
  const r = sbFinish(sb);
  restoreSp(sp0);
  return r;
}

/** Whether join(output, ", ") contains a line break. */
function anyContainsNewline(output: usize): bool {
  const n = listLen(output);
  for (let i = 0; i < n; i++) if (strIndexOfChar(listGet(output, i), 10, 0) >= 0) return true;
  return false;
}

/** Width of output[i] (node's dataLen[i]). */
// @ts-ignore: decorator
@inline function dataLen(output: usize, i: i32): i32 { return stringWidth(listGet(output, i)); }

const maxLineLength = memory.data(16 * 4); // columns <= 15

/** groupArrayElements(ctx, output, value): if the entries are short and of similar width, a new
 *  list with several entries per line, aligned in columns; otherwise `output` itself. */
function groupArrayElements(output: usize, value: i64): usize {
  let totalLength = 0;
  let maxLength = 0;
  const n = listLen(output);
  let outputLength = n;
  // The "... n more items" entry is not taken into account.
  if (kMaxArrayLength < n) outputLength--;
  for (let i = 0; i < outputLength; i++) {
    const len = dataLen(output, i);
    totalLength += len + kSeparatorSpace;
    if (maxLength < len) maxLength = len;
  }
  const actualMax = maxLength + kSeparatorSpace;
  // At least three entries must fit next to each other, and no entry may be much longer than
  // the others (more than 1/5 of all entries combined).
  if (!(actualMax * 3 + indentationLvl < kBreakLength &&
        (<f64>totalLength / <f64>actualMax > 5 || maxLength <= 6))) {
    return output;
  }
  const approxCharHeights = 2.5;
  const averageBias = Math.sqrt(<f64>actualMax - <f64>totalLength / <f64>n);
  const biasedMax = Math.max(<f64>actualMax - 3 - averageBias, 1);
  // Ideally a square is drawn: a character is about 2.5 times as high as wide.
  let columns = jsRound(Math.sqrt(approxCharHeights * biasedMax * <f64>outputLength) / biasedMax);
  columns = Math.min(columns, Math.floor(<f64>(kBreakLength - indentationLvl) / <f64>actualMax));
  columns = Math.min(columns, <f64>(kCompact * 4));
  columns = Math.min(columns, 15);
  if (columns <= 1) return output;
  const cols = <i32>columns;
  for (let i = 0; i < cols; i++) {
    let lineMaxLength = 0;
    for (let j = i; j < outputLength; j += cols) {
      const w = dataLen(output, j);
      if (w > lineMaxLength) lineMaxLength = w;
    }
    store<i32>(maxLineLength + (<usize>i << 2), lineMaxLength + kSeparatorSpace);
  }
  // Numbers are right-aligned (padStart), anything else left-aligned (padEnd).
  let padStart = true;
  for (let i = 0; i < n && !isTypedArray(value); i++) { // typed arrays hold numbers only
    const e = arrayGet(ptr(value), <u32>i);
    if (e == EMPTY || !isNumber(e)) { padStart = false; break; }
  }
  const sp0 = saveSp();
  pushRoot(boxObject(output));
  const tmp = listNew();
  pushRoot(boxObject(tmp));
  for (let i = 0; i < outputLength; i += cols) {
    // The last line may contain fewer entries than columns.
    const max = i + cols < outputLength ? i + cols : outputLength;
    const sb = sbOpen();
    let j = i;
    for (; j < max - 1; j++) {
      const s = listGet(output, j);
      // padding counts code units; the width correction keeps wide characters aligned.
      const padding = load<i32>(maxLineLength + (<usize>(j - i) << 2)) + strLength(s) - dataLen(output, j);
      const fill = padding - (strLength(s) + 2);
      if (padStart) sbAppendSpaces(sb, fill);
      sbAppendString(sb, s);
      sbAppendStatic(sb, ", ");
      if (!padStart) sbAppendSpaces(sb, fill);
    }
    const s = listGet(output, j);
    if (padStart) {
      const padding = load<i32>(maxLineLength + (<usize>(j - i) << 2)) + strLength(s) - dataLen(output, j) -
        kSeparatorSpace;
      sbAppendSpaces(sb, padding - strLength(s));
    }
    sbAppendString(sb, s);
    listPush(tmp, sbFinish(sb));
  }
  if (kMaxArrayLength < n) listPush(tmp, listGet(output, outputLength));
  restoreSp(sp0);
  return tmp;
}

/** Math.round as JS defines it (halves round up). */
function jsRound(x: f64): f64 {
  const r = Math.floor(x);
  return x - r >= 0.5 ? r + 1 : r;
}
