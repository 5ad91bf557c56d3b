// Byte sequences for TextEncoder/TextDecoder: a Uint8Array made from raw bytes, and the bytes of
// a BufferSource (an ArrayBuffer, a typed array or a DataView) copied out.
import { CELL_RAW, CELL_ARRAY_BUFFER, CELL_TYPED_ARRAY, CELL_DATA_VIEW, TA_KIND } from "../layout.generated";
import { ensureFamily, LAZY_BINARY } from "../builtins/lazy";
import { TypedArrayCreate } from "../builtins/typed-array";
import { ELEM_UINT8, bufferData, bufferLength, taBuffer, taOffset, taLength, elementShift } from "../ops/typed-array-access";
import { EXCEPTION, isObject, boxObject, fromF64, toF64, ptr } from "../value";
import { allocCell, cellKind } from "../heap/alloc";
import { pushRoot, saveSp, restoreSp } from "../heap/stack";
import { ArrayCreate, arrayLength, arrayElements } from "../object/array";
import { vecSet } from "../object/vector";
import { ToNumber } from "../ops/conversion";
import { GetElement } from "../ops/property";
import { TYPE_ERROR } from "../errors";
import { newStringFromStatic } from "../string/string";
import { throwNodeError } from "./node-errors";

/** A raw byte buffer: 0 header | 8 length (u32) | 16 bytes. */
export const BYTES_DATA: usize = 16;
export function newByteBuffer(n: usize): usize {
  const b = allocCell(CELL_RAW, BYTES_DATA + n);
  store<u32>(b, <u32>n, 8);
  return b;
}
// @ts-ignore: decorator
@inline export function byteLength(b: usize): usize { return <usize>load<u32>(b, 8); }

/** A Uint8Array of the `n` bytes at `src` (src must not be in an unrooted cell). */
export function newUint8Array(src: usize, n: u32): i64 {
  ensureFamily(LAZY_BINARY); // TextEncoder may come before any typed array
  const o = TypedArrayCreate(ELEM_UINT8, <f64>n);
  if (o == 0) return EXCEPTION;
  if (n > 0) memory.copy(bufferData(taBuffer(o)) + taOffset(o), src, n);
  return boxObject(o);
}

/** The bytes of BufferSource `v` in a new byte buffer, or 0 with node's TypeError pending. */
export function bufferSourceBytes(v: i64): usize {
  const kind = isObject(v) ? cellKind(ptr(v)) : 0;
  let buffer: usize = 0, offset: u32 = 0, n: u32 = 0;
  if (kind == CELL_ARRAY_BUFFER) { buffer = ptr(v); n = bufferLength(buffer); }
  else if (kind == CELL_TYPED_ARRAY || kind == CELL_DATA_VIEW) {
    const o = ptr(v);
    buffer = taBuffer(o);
    offset = taOffset(o);
    n = kind == CELL_DATA_VIEW ? taLength(o) : taLength(o) << elementShift(load<u32>(o, TA_KIND));
  } else {
    throwNodeError(TYPE_ERROR, newStringFromStatic("The \"list\" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView."), "ERR_INVALID_ARG_TYPE");
    return 0;
  }
  const sp0 = saveSp();
  pushRoot(v);
  const b = newByteBuffer(n);
  if (n > 0) memory.copy(b + BYTES_DATA, bufferData(buffer) + offset, n);
  restoreSp(sp0);
  return b;
}
