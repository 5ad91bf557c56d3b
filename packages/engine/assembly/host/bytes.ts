// Byte sequences for TextEncoder/TextDecoder.
//
// TEMPORARY: typed arrays are being added on another branch. Until they are merged, a byte
// sequence is a plain Array of numbers: newUint8Array builds one, bufferSourceBytes reads one.
// When Uint8Array exists, these two functions are the only places to change.
import { CELL_ARRAY, CELL_RAW } from "../layout.generated";
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
  const a = ArrayCreate(n, n);
  const els = arrayElements(a);
  for (let i: u32 = 0; i < n; i++) vecSet(els, i, fromF64(<f64>load<u8>(src + i)));
  return boxObject(a);
}

/** The bytes of BufferSource `v` in a new byte buffer, or 0 with node's TypeError pending. */
export function bufferSourceBytes(v: i64): usize {
  if (!isObject(v) || cellKind(ptr(v)) != CELL_ARRAY) {
    throwNodeError(TYPE_ERROR, newStringFromStatic("The \"list\" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView."), "ERR_INVALID_ARG_TYPE");
    return 0;
  }
  const sp0 = saveSp();
  pushRoot(v);
  const n = arrayLength(ptr(v));
  const b = newByteBuffer(n);
  pushRoot(boxObject(b));
  for (let i: u32 = 0; i < n; i++) {
    const e = GetElement(v, fromF64(<f64>i));
    const x = e == EXCEPTION ? EXCEPTION : ToNumber(e);
    if (x == EXCEPTION) { restoreSp(sp0); return 0; }
    const d = toF64(x);
    store<u8>(b + BYTES_DATA + i, isFinite(d) ? <u8><i64>d : 0);
  }
  restoreSp(sp0);
  return b;
}
