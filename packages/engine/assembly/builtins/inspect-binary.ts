// util.inspect of typed arrays, ArrayBuffers, DataViews, Dates and Array Iterators, ported from
// node 20's lib/internal/util/inspect.js: the braces formatRaw picks for them (getPrefix with the
// type tag and size), formatTypedArray, formatArrayBuffer (hex bytes), the keys it adds in front
// for buffers and views ('byteLength', 'byteOffset', 'buffer'), and the Date base (toISOString,
// or toString when invalid). Functions return a new string or list, or 0 with an exception pending.
import { CELL_ARRAY_BUFFER, CELL_DATA_VIEW, CELL_ITERATOR, CELL_REGEXP_STRING_ITERATOR, OBJ_AUX } from "../layout.generated";
import { vecGet } from "../object/vector";
import { boxObject, boxString, ptr, toF64 } from "../value";
import { cellKind } from "../heap/alloc";
import { pushRoot, saveSp, restoreSp } from "../heap/stack";
import { strLength } from "../string/string";
import { internStatic } from "../string/atoms";
import { sbOpen, sbAppendChar, sbAppendStatic, sbAppendString, sbFinish } from "../string/builder";
import { ArrayCreate, arrayGet, arrayLength, arrayPush } from "../object/array";
import {
  taLength, taKind, taGet, taOffset, taBuffer, elementSize, elementTypeName, bufferData, bufferLength,
} from "../ops/typed-array-access";
import { listNew, listPush, kMaxArrayLength, showHidden } from "./inspect-context";
import { formatPrimitive, sbAppendInt, strIsStatic } from "./inspect-primitive";
import { getPrefix } from "./inspect-base";
import { isDate, dateValue } from "./date";
import { formatDate, FORMAT_FULL, FORMAT_ISO } from "./date-format";

/** getPrefix(constructor, tag, fallback, size) where the tag is the type's own name `tag`:
 *  "Uint8Array(3) ", "Foo(3) [Uint8Array] ", "[Uint8Array(3): null prototype] "; `size` < 0 for
 *  none. */
function taggedPrefix(ctor: usize, tag: string, size: i64): usize {
  if (ctor == 0 || strIsStatic(ctor, tag)) return getPrefix(ctor, tag, size);
  const sp0 = saveSp();
  pushRoot(boxString(ctor));
  const sb = sbOpen();
  sbAppendString(sb, ctor);
  if (size >= 0) { sbAppendChar(sb, 40); sbAppendInt(sb, size); sbAppendChar(sb, 41); }
  sbAppendStatic(sb, " [");
  sbAppendStatic(sb, tag);
  sbAppendStatic(sb, "] ");
  const r = sbFinish(sb);
  restoreSp(sp0);
  return r;
}

/** `prefix` + `brace`. */
function withBrace(prefix: usize, brace: string): usize {
  const sp0 = saveSp();
  pushRoot(boxString(prefix));
  const sb = sbOpen();
  sbAppendString(sb, prefix);
  sbAppendStatic(sb, brace);
  const r = sbFinish(sb);
  restoreSp(sp0);
  return r;
}

/** formatRaw's opening brace of a typed array: "Uint8Array(3) [". */
export function typedArrayBrace(value: i64, ctor: usize): usize {
  const o = ptr(value);
  return withBrace(taggedPrefix(ctor, elementTypeName(taKind(o)), <i64>taLength(o)), "[");
}

/** formatTypedArray: the first 100 elements as numbers ("-0" for -0), then "... n more items". */
export function formatTypedArray(value: i64): usize {
  const o = ptr(value);
  const sp0 = saveSp();
  pushRoot(value);
  const output = listNew();
  pushRoot(boxObject(output));
  const len = <i32>taLength(o);
  const max = len < kMaxArrayLength ? len : kMaxArrayLength;
  for (let i = 0; i < max; i++) listPush(output, formatPrimitive(taGet(o, <u32>i), 0));
  if (len > max) {
    const sb = sbOpen();
    sbAppendStatic(sb, "... ");
    sbAppendInt(sb, len - max);
    sbAppendStatic(sb, len - max > 1 ? " more items" : " more item");
    listPush(output, sbFinish(sb));
  }
  if (showHidden) pushHiddenViewFields(output, o);
  restoreSp(sp0);
  return output;
}

/** With showHidden, formatTypedArray lists "[BYTES_PER_ELEMENT]: 1", "[length]: 2",
 *  "[byteLength]: 2", "[byteOffset]: 0" and "[buffer]: ArrayBuffer { byteLength: 2 }" (the
 *  buffer formatted as a typed array's: its size only). */
function pushHiddenViewFields(output: usize, o: usize): void {
  const size = elementSize(taKind(o));
  for (let i = 0; i < 5; i++) {
    const sb = sbOpen();
    sbAppendStatic(sb, i == 0 ? "[BYTES_PER_ELEMENT]: " : i == 1 ? "[length]: " : i == 2 ? "[byteLength]: "
      : i == 3 ? "[byteOffset]: " : "[buffer]: ArrayBuffer { byteLength: ");
    const n = i == 0 ? size : i == 1 ? taLength(o) : i == 2 ? taLength(o) * size : i == 3 ? taOffset(o)
      : bufferLength(taBuffer(o));
    sbAppendInt(sb, <i64>n);
    if (i == 4) sbAppendStatic(sb, " }");
    listPush(output, sbFinish(sb));
  }
}

/** formatRaw's opening brace of an ArrayBuffer or DataView: "ArrayBuffer {", "DataView {". */
export function bufferBrace(value: i64, ctor: usize): usize {
  const tag = cellKind(ptr(value)) == CELL_ARRAY_BUFFER ? "ArrayBuffer" : "DataView";
  return withBrace(taggedPrefix(ctor, tag, -1), "{");
}

/** The keys formatRaw puts before an ArrayBuffer's or DataView's own keys (read through their
 *  prototype getters): a new key array. */
export function bufferKeys(value: i64, keys: usize): usize {
  const sp0 = saveSp();
  pushRoot(boxObject(keys));
  const r = ArrayCreate(0, 0);
  pushRoot(boxObject(r));
  arrayPush(r, boxString(internStatic("byteLength")));
  if (cellKind(ptr(value)) == CELL_DATA_VIEW) {
    arrayPush(r, boxString(internStatic("byteOffset")));
    arrayPush(r, boxString(internStatic("buffer")));
  }
  const n = arrayLength(keys);
  for (let i: u32 = 0; i < n; i++) arrayPush(r, arrayGet(keys, i));
  restoreSp(sp0);
  return r;
}

const HEX = "0123456789abcdef";

/** formatArrayBuffer: ["[Uint8Contents]: <01 02 ...>"] with at most 100 bytes shown. An empty
 *  list for a DataView (formatRaw's default formatter). */
export function formatBufferContents(value: i64): usize {
  const output = listNew();
  if (cellKind(ptr(value)) != CELL_ARRAY_BUFFER) return output;
  const sp0 = saveSp();
  pushRoot(boxObject(output));
  const b = ptr(value);
  const len = <i32>bufferLength(b);
  const shown = len < kMaxArrayLength ? len : kMaxArrayLength;
  const sb = sbOpen();
  sbAppendStatic(sb, "[Uint8Contents]: <");
  for (let i = 0; i < shown; i++) {
    if (i > 0) sbAppendChar(sb, 32);
    const byte = <i32>load<u8>(bufferData(b) + <usize>i);
    sbAppendChar(sb, HEX.charCodeAt(byte >> 4));
    sbAppendChar(sb, HEX.charCodeAt(byte & 15));
  }
  if (len > shown) {
    sbAppendStatic(sb, " ... ");
    sbAppendInt(sb, len - shown);
    sbAppendStatic(sb, len - shown > 1 ? " more bytes" : " more byte");
  }
  sbAppendChar(sb, 62);
  listPush(output, sbFinish(sb));
  restoreSp(sp0);
  return output;
}

/** The base of a Date: toISOString, "Invalid Date" (toString) when invalid, with the prefix in
 *  front unless it is plain "Date ". */
export function dateBase(value: i64, ctor: usize): usize {
  const t = dateValue(ptr(value));
  const sp0 = saveSp();
  const base = formatDate(t, t != t ? FORMAT_FULL : FORMAT_ISO);
  pushRoot(boxString(base));
  const prefix = getPrefix(ctor, "Date", -1);
  if (strIsStatic(prefix, "Date ")) { restoreSp(sp0); return base; }
  pushRoot(boxString(prefix));
  const sb = sbOpen();
  sbAppendString(sb, prefix);
  sbAppendString(sb, base);
  const r = sbFinish(sb);
  restoreSp(sp0);
  return r;
}

/** The @@toStringTag formatRaw shows for plain objects of these kinds ("Object [Array Iterator]
 *  {}"), or "". */
export function binaryObjectTag(value: i64): string {
  if (cellKind(ptr(value)) == CELL_REGEXP_STRING_ITERATOR) return "RegExp String Iterator";
  if (cellKind(ptr(value)) != CELL_ITERATOR) return "";
  return vecGet(ptr(load<i64>(ptr(value), OBJ_AUX)), 2) == -1 ? "String Iterator" : "Array Iterator";
}

export { isDate };
