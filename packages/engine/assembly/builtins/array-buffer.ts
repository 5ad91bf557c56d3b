// The ArrayBuffer constructor and ArrayBuffer.prototype — ECMA-262 §25.1 (fixed-length buffers;
// no detaching or resizing). An ArrayBuffer cell (layout.mjs bufferFields) points at a raw cell of
// its bytes, which the collector does not scan; the bytes start 8-byte aligned at +16.
import { CELL_ARRAY_BUFFER, CELL_RAW, CELL_DATA_VIEW, AB_DATA, AB_LENGTH, AB_BYTES } from "../layout.generated";
import { UNDEFINED, EXCEPTION, isObject, fromF64, fromBool, boxObject, ptr } from "../value";
import { allocCell, cellKind } from "../heap/alloc";
import { pushRoot, saveSp, restoreSp } from "../heap/stack";
import { allocObject, OrdinaryObjectCreate } from "../object/object";
import { newTarget } from "../object/function";
import { ObjectPrototype, ArrayBufferPrototype, setArrayBufferPrototype } from "../realm";
import { TYPE_ERROR, throwTypeError, throwRangeError, throwErrorWith } from "../errors";
import { ToIndex } from "../ops/conversion";
import { isTypedArray, bufferData, bufferLength } from "../ops/typed-array-access";
import { arg, defineConstructor, defineMethod, defineGetter, GetPrototypeFromConstructor } from "./native";
import { throwIncompatible } from "./collections-common";
import { toInteger, relativeIndex } from "./array-common";
import { internStatic } from "../string/atoms";

/** Buffers past this fail to allocate, as V8's do past its limit (the heap is 32-bit). */
const MAX_BYTE_LENGTH: f64 = 2147483648.0;

/** AllocateArrayBuffer(constructor, byteLength) — §25.1.3.1 with the prototype already found:
 *  a zero-filled buffer, or 0 with V8's RangeError pending. */
export function AllocateArrayBuffer(byteLength: f64, proto: i64): usize {
  if (byteLength > MAX_BYTE_LENGTH) { throwRangeError("Array buffer allocation failed"); return 0; }
  const sp0 = saveSp();
  pushRoot(proto);
  const data = allocCell(CELL_RAW, 16 + <usize>byteLength); // zero-filled
  pushRoot(boxObject(data));
  const b = allocObject(CELL_ARRAY_BUFFER, AB_BYTES, proto);
  store<u32>(b, <u32>data, AB_DATA);
  store<u32>(b, <u32>byteLength, AB_LENGTH);
  restoreSp(sp0);
  return b;
}

/** A new %ArrayBuffer% of `byteLength` bytes (0 with an exception pending). */
export function newArrayBuffer(byteLength: f64): usize {
  return AllocateArrayBuffer(byteLength, boxObject(ArrayBufferPrototype));
}

// @ts-ignore: decorator
@inline export function isArrayBuffer(v: i64): bool {
  return isObject(v) && cellKind(ptr(v)) == CELL_ARRAY_BUFFER;
}

/** ArrayBuffer(length) — §25.1.4.1. */
function ArrayBuffer_ctor(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  const nt = newTarget; // only valid at entry
  if (nt == UNDEFINED) return throwErrorWith(TYPE_ERROR, "Constructor ", internStatic("ArrayBuffer"), " requires 'new'");
  const n = ToIndex(arg(argv, argc, 0));
  if (n != n) return EXCEPTION;
  if (n < 0) return throwRangeError("Invalid array buffer length");
  const proto = GetPrototypeFromConstructor(nt, callee, ArrayBufferPrototype);
  if (proto == EXCEPTION) return EXCEPTION;
  const b = AllocateArrayBuffer(n, proto);
  return b == 0 ? EXCEPTION : boxObject(b);
}

/** ArrayBuffer.isView(arg) — §25.1.5.1. */
function ArrayBuffer_isView(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  const v = arg(argv, argc, 0);
  return fromBool(isTypedArray(v) || (isObject(v) && cellKind(ptr(v)) == CELL_DATA_VIEW));
}

/** get ArrayBuffer.prototype.byteLength — §25.1.6.2. */
function ArrayBuffer_byteLength(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  if (!isArrayBuffer(thisv)) return throwIncompatible("get ArrayBuffer.prototype.byteLength", thisv);
  return fromF64(<f64>bufferLength(ptr(thisv)));
}

/** ArrayBuffer.prototype.slice(start, end) — §25.1.6.7 (the result is a plain %ArrayBuffer%:
 *  no @@species yet). */
function ArrayBuffer_slice(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  if (!isArrayBuffer(thisv)) return throwIncompatible("ArrayBuffer.prototype.slice", thisv);
  const len = <f64>bufferLength(ptr(thisv));
  const relStart = toInteger(arg(argv, argc, 0));
  if (relStart != relStart) return EXCEPTION;
  const first = relativeIndex(relStart, len);
  const end = arg(argv, argc, 1);
  const relEnd = end == UNDEFINED ? len : toInteger(end);
  if (relEnd != relEnd) return EXCEPTION;
  const last = relativeIndex(relEnd, len);
  const newLen = last > first ? last - first : 0;
  const sp0 = saveSp();
  pushRoot(thisv);
  const b = newArrayBuffer(newLen);
  restoreSp(sp0);
  if (b == 0) return EXCEPTION;
  memory.copy(bufferData(b), bufferData(ptr(thisv)) + <usize>first, <usize>newLen);
  return boxObject(b);
}

export function initArrayBuffer(global: usize): void {
  const proto = OrdinaryObjectCreate(boxObject(ObjectPrototype));
  setArrayBufferPrototype(proto);
  const c = defineConstructor(global, "ArrayBuffer", 1, ArrayBuffer_ctor, proto, true);
  defineMethod(c, "isView", 1, ArrayBuffer_isView);
  defineGetter(proto, "byteLength", "get byteLength", ArrayBuffer_byteLength);
  defineMethod(proto, "slice", 2, ArrayBuffer_slice);
}
