// The DataView constructor and DataView.prototype — ECMA-262 §25.3: views of an ArrayBuffer that
// read and write any element type at any byte offset, big-endian unless asked otherwise. A
// DataView is a CELL_DATA_VIEW cell with the typed-array fields (TA_LENGTH is its byte length);
// the element conversions are the typed arrays' (ops/typed-array-access.ts).
import { CELL_DATA_VIEW, CELL_ARRAY_BUFFER } from "../layout.generated";
import { UNDEFINED, EXCEPTION, isObject, toF64, fromF64, boxObject, ptr } from "../value";
import { cellKind } from "../heap/alloc";
import { pushRoot, saveSp, restoreSp } from "../heap/stack";
import { internStatic } from "../string/atoms";
import { OrdinaryObjectCreate } from "../object/object";
import { newTarget } from "../object/function";
import { ObjectPrototype, DataViewPrototype, setDataViewPrototype } from "../realm";
import { TYPE_ERROR, RANGE_ERROR, throwTypeError, throwRangeError, throwErrorWith } from "../errors";
import { ToIndex, ToNumber, ToBoolean, NumberToStringCell } from "../ops/conversion";
import {
  ELEM_INT8, ELEM_UINT8, ELEM_INT16, ELEM_UINT16, ELEM_INT32, ELEM_UINT32, ELEM_FLOAT32, ELEM_FLOAT64,
  elementSize, rawLoad, rawStore, isBigIntKind, bigIntElement, toElementNumeric, elementCarrier,
  ELEM_BIGINT64, ELEM_BIGUINT64, bufferData, bufferLength, taLength, taOffset, taBuffer,
} from "../ops/typed-array-access";
import { arg, defineConstructor, defineMethod, defineGetter, GetPrototypeFromConstructor } from "./native";
import { newView } from "./typed-array";

// @ts-ignore: decorator
@inline function isDataView(v: i64): bool { return isObject(v) && cellKind(ptr(v)) == CELL_DATA_VIEW; }

/** V8's receiver error for DataView methods names no receiver: "... incompatible receiver
 *  undefined", whatever it was (and its getters use internal names: "byte_length"). */
function throwNotDataView(method: string): i64 {
  return throwErrorWith(TYPE_ERROR, "Method ", internStatic(method), " called on incompatible receiver undefined");
}

function throwStartOffset(d: f64): i64 {
  return throwErrorWith(RANGE_ERROR, "Start offset ", NumberToStringCell(d), " is outside the bounds of the buffer");
}

/** DataView(buffer [, byteOffset [, byteLength]]) — §25.3.2.1. */
function DataView_ctor(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  const nt = newTarget; // only valid at entry
  if (nt == UNDEFINED) return throwErrorWith(TYPE_ERROR, "Constructor ", internStatic("DataView"), " requires 'new'");
  const buffer = arg(argv, argc, 0);
  if (!isObject(buffer) || cellKind(ptr(buffer)) != CELL_ARRAY_BUFFER) {
    return throwTypeError("First argument to DataView constructor must be an ArrayBuffer");
  }
  const offset = ToIndex(arg(argv, argc, 1));
  if (offset != offset) return EXCEPTION;
  if (offset < 0) return throwStartOffset(toF64(ToNumber(arg(argv, argc, 1))));
  const bufLen = <f64>bufferLength(ptr(buffer));
  if (offset > bufLen) return throwStartOffset(offset);
  const lengthArg = arg(argv, argc, 2);
  let viewLength = bufLen - offset;
  if (lengthArg != UNDEFINED) {
    viewLength = ToIndex(lengthArg);
    if (viewLength != viewLength) return EXCEPTION;
    if (viewLength < 0 || offset + viewLength > bufLen) {
      return throwErrorWith(RANGE_ERROR, "Invalid DataView length ", NumberToStringCell(toF64(ToNumber(lengthArg))), "");
    }
  }
  const proto = GetPrototypeFromConstructor(nt, callee, DataViewPrototype);
  if (proto == EXCEPTION) return EXCEPTION;
  const sp0 = saveSp();
  pushRoot(proto);
  const o = newView(CELL_DATA_VIEW, proto, ptr(buffer), <u32>offset, <u32>viewLength);
  restoreSp(sp0);
  return boxObject(o);
}

function DataView_buffer(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  if (!isDataView(thisv)) return throwNotDataView("get DataView.prototype.buffer");
  return boxObject(taBuffer(ptr(thisv)));
}
function DataView_byteLength(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  if (!isDataView(thisv)) return throwNotDataView("get DataView.prototype.byte_length");
  return fromF64(<f64>taLength(ptr(thisv)));
}
function DataView_byteOffset(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  if (!isDataView(thisv)) return throwNotDataView("get DataView.prototype.byte_offset");
  return fromF64(<f64>taOffset(ptr(thisv)));
}

const scratch = memory.data(16);
const MSG_BOUNDS = "Offset is outside the bounds of the DataView";

/** Copy `n` bytes between the view and the scratch buffer, reversing them for big-endian. */
function transfer(dst: usize, src: usize, n: u32, littleEndian: bool): void {
  if (littleEndian) { memory.copy(dst, src, n); return; }
  for (let i: u32 = 0; i < n; i++) store<u8>(dst + i, load<u8>(src + n - 1 - i));
}

/** The address of byte `index` of the view, or 0 after the RangeError when `size` bytes from it
 *  do not fit. */
function viewAddress(view: usize, index: f64, size: u32): usize {
  if (index < 0 || index + <f64>size > <f64>taLength(view)) { throwRangeError(MSG_BOUNDS); return 0; }
  return bufferData(taBuffer(view)) + <usize>taOffset(view) + <usize>index;
}

/** GetViewValue(view, requestIndex, isLittleEndian, type) — §25.3.1.5. */
function GetViewValue(thisv: i64, argv: usize, argc: i32, kind: u32, method: string): i64 {
  if (!isDataView(thisv)) return throwNotDataView(method);
  const sp0 = saveSp();
  pushRoot(thisv);
  const index = ToIndex(arg(argv, argc, 0));
  restoreSp(sp0);
  if (index != index) return EXCEPTION;
  if (index < 0) return throwRangeError(MSG_BOUNDS);
  const little = ToBoolean(arg(argv, argc, 1));
  const size = elementSize(kind);
  const addr = viewAddress(ptr(thisv), index, size);
  if (addr == 0) return EXCEPTION;
  transfer(scratch, addr, size, little);
  if (isBigIntKind(kind)) return bigIntElement(kind, load<u64>(scratch));
  return fromF64(rawLoad(kind, scratch));
}

/** SetViewValue(view, requestIndex, isLittleEndian, type, value) — §25.3.1.6. */
function SetViewValue(thisv: i64, argv: usize, argc: i32, kind: u32, method: string): i64 {
  if (!isDataView(thisv)) return throwNotDataView(method);
  const sp0 = saveSp();
  pushRoot(thisv);
  const index = ToIndex(arg(argv, argc, 0));
  if (index != index) { restoreSp(sp0); return EXCEPTION; }
  if (index < 0) { restoreSp(sp0); return throwRangeError(MSG_BOUNDS); }
  const n = toElementNumeric(kind, arg(argv, argc, 1));
  restoreSp(sp0);
  if (n == EXCEPTION) return EXCEPTION;
  const little = ToBoolean(arg(argv, argc, 2));
  const size = elementSize(kind);
  const addr = viewAddress(ptr(thisv), index, size);
  if (addr == 0) return EXCEPTION;
  rawStore(kind, scratch, elementCarrier(kind, n));
  transfer(addr, scratch, size, little);
  return UNDEFINED;
}

// One entry point per method; the element kind is the only difference.
function DV_getInt8(c: u32, t: i64, a: usize, n: i32): i64 { return GetViewValue(t, a, n, ELEM_INT8, "DataView.prototype.getInt8"); }
function DV_setInt8(c: u32, t: i64, a: usize, n: i32): i64 { return SetViewValue(t, a, n, ELEM_INT8, "DataView.prototype.setInt8"); }
function DV_getUint8(c: u32, t: i64, a: usize, n: i32): i64 { return GetViewValue(t, a, n, ELEM_UINT8, "DataView.prototype.getUint8"); }
function DV_setUint8(c: u32, t: i64, a: usize, n: i32): i64 { return SetViewValue(t, a, n, ELEM_UINT8, "DataView.prototype.setUint8"); }
function DV_getInt16(c: u32, t: i64, a: usize, n: i32): i64 { return GetViewValue(t, a, n, ELEM_INT16, "DataView.prototype.getInt16"); }
function DV_setInt16(c: u32, t: i64, a: usize, n: i32): i64 { return SetViewValue(t, a, n, ELEM_INT16, "DataView.prototype.setInt16"); }
function DV_getUint16(c: u32, t: i64, a: usize, n: i32): i64 { return GetViewValue(t, a, n, ELEM_UINT16, "DataView.prototype.getUint16"); }
function DV_setUint16(c: u32, t: i64, a: usize, n: i32): i64 { return SetViewValue(t, a, n, ELEM_UINT16, "DataView.prototype.setUint16"); }
function DV_getInt32(c: u32, t: i64, a: usize, n: i32): i64 { return GetViewValue(t, a, n, ELEM_INT32, "DataView.prototype.getInt32"); }
function DV_setInt32(c: u32, t: i64, a: usize, n: i32): i64 { return SetViewValue(t, a, n, ELEM_INT32, "DataView.prototype.setInt32"); }
function DV_getUint32(c: u32, t: i64, a: usize, n: i32): i64 { return GetViewValue(t, a, n, ELEM_UINT32, "DataView.prototype.getUint32"); }
function DV_setUint32(c: u32, t: i64, a: usize, n: i32): i64 { return SetViewValue(t, a, n, ELEM_UINT32, "DataView.prototype.setUint32"); }
function DV_getFloat32(c: u32, t: i64, a: usize, n: i32): i64 { return GetViewValue(t, a, n, ELEM_FLOAT32, "DataView.prototype.getFloat32"); }
function DV_setFloat32(c: u32, t: i64, a: usize, n: i32): i64 { return SetViewValue(t, a, n, ELEM_FLOAT32, "DataView.prototype.setFloat32"); }
function DV_getFloat64(c: u32, t: i64, a: usize, n: i32): i64 { return GetViewValue(t, a, n, ELEM_FLOAT64, "DataView.prototype.getFloat64"); }
function DV_setFloat64(c: u32, t: i64, a: usize, n: i32): i64 { return SetViewValue(t, a, n, ELEM_FLOAT64, "DataView.prototype.setFloat64"); }
function DV_getBigInt64(c: u32, t: i64, a: usize, n: i32): i64 { return GetViewValue(t, a, n, ELEM_BIGINT64, "DataView.prototype.getBigInt64"); }
function DV_setBigInt64(c: u32, t: i64, a: usize, n: i32): i64 { return SetViewValue(t, a, n, ELEM_BIGINT64, "DataView.prototype.setBigInt64"); }
function DV_getBigUint64(c: u32, t: i64, a: usize, n: i32): i64 { return GetViewValue(t, a, n, ELEM_BIGUINT64, "DataView.prototype.getBigUint64"); }
function DV_setBigUint64(c: u32, t: i64, a: usize, n: i32): i64 { return SetViewValue(t, a, n, ELEM_BIGUINT64, "DataView.prototype.setBigUint64"); }

export function initDataView(global: usize): void {
  const proto = OrdinaryObjectCreate(boxObject(ObjectPrototype));
  setDataViewPrototype(proto);
  defineConstructor(global, "DataView", 1, DataView_ctor, proto, true);
  defineGetter(proto, "buffer", "get buffer", DataView_buffer);
  defineGetter(proto, "byteLength", "get byteLength", DataView_byteLength);
  defineGetter(proto, "byteOffset", "get byteOffset", DataView_byteOffset);
  defineMethod(proto, "getInt8", 1, DV_getInt8);
  defineMethod(proto, "setInt8", 2, DV_setInt8);
  defineMethod(proto, "getUint8", 1, DV_getUint8);
  defineMethod(proto, "setUint8", 2, DV_setUint8);
  defineMethod(proto, "getInt16", 1, DV_getInt16);
  defineMethod(proto, "setInt16", 2, DV_setInt16);
  defineMethod(proto, "getUint16", 1, DV_getUint16);
  defineMethod(proto, "setUint16", 2, DV_setUint16);
  defineMethod(proto, "getInt32", 1, DV_getInt32);
  defineMethod(proto, "setInt32", 2, DV_setInt32);
  defineMethod(proto, "getUint32", 1, DV_getUint32);
  defineMethod(proto, "setUint32", 2, DV_setUint32);
  defineMethod(proto, "getFloat32", 1, DV_getFloat32);
  defineMethod(proto, "setFloat32", 2, DV_setFloat32);
  defineMethod(proto, "getFloat64", 1, DV_getFloat64);
  defineMethod(proto, "setFloat64", 2, DV_setFloat64);
  defineMethod(proto, "getBigInt64", 1, DV_getBigInt64);
  defineMethod(proto, "setBigInt64", 2, DV_setBigInt64);
  defineMethod(proto, "getBigUint64", 1, DV_getBigUint64);
  defineMethod(proto, "setBigUint64", 2, DV_setBigUint64);
}
