// Integer-indexed exotic objects — ECMA-262 §10.4.5: the element kinds of the eleven typed arrays
// (one table drives them all), element reads and writes with the spec's conversions (§7.1.6-7.1.11
// ToInt8 ... ToUint8Clamp), CanonicalNumericIndexString, and the [[Get]]/[[Set]]/[[HasProperty]]/
// [[Delete]] hooks property.ts dispatches to for CELL_TYPED_ARRAY.
//
// A typed array is an object cell (layout.mjs bufferFields): TA_BUFFER its ArrayBuffer, TA_LENGTH
// its length in elements, TA_OFFSET its byte offset, TA_KIND its element kind. The buffer's bytes
// are a raw cell (AB_DATA, data at +16), little-endian like every Wasm load and store.
import {
  CELL_TYPED_ARRAY, CELL_STRING, TA_BUFFER, TA_LENGTH, TA_OFFSET, TA_KIND, AB_DATA, AB_LENGTH,
} from "../layout.generated";
import { UNDEFINED, EMPTY, EXCEPTION, TRUE, FALSE, isObject, isNumber, toF64, fromF64, boxBigInt, ptr } from "../value";
import { cellKind } from "../heap/alloc";
import { strLength, strCharAt, strData, strToArrayIndex } from "../string/string";
import { NumberToString, StringToNumber } from "../number/index";
import { ToInt32, ToNumber } from "./conversion";
import { ToBigInt, throwMixedTypes } from "./numeric";
import { bigFromI64, bigFromU64, bigLow64 } from "../bigint/bigint";
import { ensureFamily, LAZY_BIGINT } from "../builtins/lazy";

// ---- Element kinds (§23.2 Table 71) ----

export const ELEM_INT8: u32 = 0;
export const ELEM_UINT8: u32 = 1;
export const ELEM_UINT8_CLAMPED: u32 = 2;
export const ELEM_INT16: u32 = 3;
export const ELEM_UINT16: u32 = 4;
export const ELEM_INT32: u32 = 5;
export const ELEM_UINT32: u32 = 6;
export const ELEM_FLOAT32: u32 = 7;
export const ELEM_FLOAT64: u32 = 8;
export const ELEM_BIGINT64: u32 = 9;
export const ELEM_BIGUINT64: u32 = 10;
export const ELEM_COUNT: u32 = 11;

/** log2 of the element size, by kind. */
const SIZE_SHIFT = memory.data<u8>([0, 0, 0, 1, 1, 2, 2, 2, 3, 3, 3]);

/** Whether elements of `kind` have [[ContentType]] BigInt. */
// @ts-ignore: decorator
@inline export function isBigIntKind(kind: u32): bool { return kind >= ELEM_BIGINT64; }

/** The Element Size of `kind` in bytes. */
// @ts-ignore: decorator
@inline export function elementSize(kind: u32): u32 { return 1 << load<u8>(SIZE_SHIFT + kind); }
// @ts-ignore: decorator
@inline export function elementShift(kind: u32): u32 { return load<u8>(SIZE_SHIFT + kind); }

/** The [[TypedArrayName]] of `kind`. */
export function elementTypeName(kind: u32): string {
  switch (kind) {
    case ELEM_INT8: return "Int8Array";
    case ELEM_UINT8: return "Uint8Array";
    case ELEM_UINT8_CLAMPED: return "Uint8ClampedArray";
    case ELEM_INT16: return "Int16Array";
    case ELEM_UINT16: return "Uint16Array";
    case ELEM_INT32: return "Int32Array";
    case ELEM_UINT32: return "Uint32Array";
    case ELEM_FLOAT32: return "Float32Array";
    case ELEM_BIGINT64: return "BigInt64Array";
    case ELEM_BIGUINT64: return "BigUint64Array";
  }
  return "Float64Array";
}

/** RawBytesToNumeric — §25.1.3.15: the element of `kind` stored at `addr`. For the BigInt kinds
 *  the double only carries the element's 64 bits (rawStore of the same carrier stores them back,
 *  which is also the conversion between BigInt64 and BigUint64); taGet makes the BigInt. */
export function rawLoad(kind: u32, addr: usize): f64 {
  if (isBigIntKind(kind)) return reinterpret<f64>(load<u64>(addr));
  switch (kind) {
    case ELEM_INT8: return <f64>load<i8>(addr);
    case ELEM_UINT8: case ELEM_UINT8_CLAMPED: return <f64>load<u8>(addr);
    case ELEM_INT16: return <f64>load<i16>(addr);
    case ELEM_UINT16: return <f64>load<u16>(addr);
    case ELEM_INT32: return <f64>load<i32>(addr);
    case ELEM_UINT32: return <f64>load<u32>(addr);
    case ELEM_FLOAT32: return <f64>load<f32>(addr);
  }
  return load<f64>(addr);
}

/** ToUint8Clamp — §7.1.11: NaN → 0, clamped to [0, 255], halves to even. */
function ToUint8Clamp(d: f64): u8 {
  if (!(d > 0)) return 0; // NaN too
  if (d >= 255) return 255;
  return <u8>nearest<f64>(d); // f64.nearest rounds half to even
}

/** NumericToRawBytes — §25.1.3.17: store number `d` as an element of `kind` at `addr`. The
 *  integer kinds take ToInt32 modulo their width (ToInt8 ... ToUint32 agree with it mod 2^n);
 *  Float32 rounds by demotion (roundTiesToEven). */
export function rawStore(kind: u32, addr: usize, d: f64): void {
  if (isBigIntKind(kind)) { store<u64>(addr, reinterpret<u64>(d)); return; }
  switch (kind) {
    case ELEM_INT8: case ELEM_UINT8: store<u8>(addr, <u8>ToInt32(d)); return;
    case ELEM_UINT8_CLAMPED: store<u8>(addr, ToUint8Clamp(d)); return;
    case ELEM_INT16: case ELEM_UINT16: store<u16>(addr, <u16>ToInt32(d)); return;
    case ELEM_INT32: case ELEM_UINT32: store<i32>(addr, ToInt32(d)); return;
    case ELEM_FLOAT32: store<f32>(addr, <f32>d); return;
  }
  store<f64>(addr, d);
}

// ---- Typed array cells ----

// @ts-ignore: decorator
@inline export function isTypedArray(v: i64): bool {
  return isObject(v) && cellKind(ptr(v)) == CELL_TYPED_ARRAY;
}
// @ts-ignore: decorator
@inline export function taLength(o: usize): u32 { return load<u32>(o, TA_LENGTH); }
// @ts-ignore: decorator
@inline export function taKind(o: usize): u32 { return load<u32>(o, TA_KIND); }
// @ts-ignore: decorator
@inline export function taOffset(o: usize): u32 { return load<u32>(o, TA_OFFSET); }
// @ts-ignore: decorator
@inline export function taBuffer(o: usize): usize { return load<u32>(o, TA_BUFFER); }

/** The address of byte 0 of ArrayBuffer cell `b`. */
// @ts-ignore: decorator
@inline export function bufferData(b: usize): usize { return <usize>load<u32>(b, AB_DATA) + 16; }
// @ts-ignore: decorator
@inline export function bufferLength(b: usize): u32 { return load<u32>(b, AB_LENGTH); }

/** The address of element `i` of typed array (or byte `i` of DataView) cell `o`. */
export function elementAddr(o: usize, i: u32): usize {
  return bufferData(taBuffer(o)) + <usize>taOffset(o) + (<usize>i << elementShift(taKind(o)));
}

/** Element `i` (< length) as a value: a number, or for the BigInt kinds a new BigInt (so this
 *  may collect). */
export function taGet(o: usize, i: u32): i64 {
  const kind = taKind(o);
  if (isBigIntKind(kind)) return bigIntElement(kind, load<u64>(elementAddr(o, i)));
  return fromF64(rawLoad(kind, elementAddr(o, i)));
}

/** The BigInt of 64 element bits of `kind` (ToBigInt64 / ToBigUint64 read back). */
export function bigIntElement(kind: u32, bits: u64): i64 {
  ensureFamily(LAZY_BIGINT); // a BigInt value needs BigInt.prototype (builtins/bigint.ts)
  return boxBigInt(kind == ELEM_BIGINT64 ? bigFromI64(<i64>bits) : bigFromU64(bits, false));
}

/** Store element `d` (a number, or the carrier of elementCarrier) as element `i` (< length). */
export function taSet(o: usize, i: u32, d: f64): void {
  rawStore(taKind(o), elementAddr(o, i), d);
}

/** The conversion a store of `kind` makes: ToBigInt for the BigInt kinds, else ToNumber; the
 *  numeric value, or EXCEPTION. */
export function toElementNumeric(kind: u32, v: i64): i64 {
  if (!isBigIntKind(kind)) return isNumber(v) ? v : ToNumber(v);
  const b = ToBigInt(v);
  return b == 0 ? EXCEPTION : boxBigInt(b);
}

/** What rawStore takes for numeric value `n` of `kind` (toElementNumeric's result). */
export function elementCarrier(kind: u32, n: i64): f64 {
  return isBigIntKind(kind) ? reinterpret<f64>(bigLow64(ptr(n))) : toF64(n);
}

/** TypeError unless typed arrays of kinds `a` and `b` have the same [[ContentType]]; TRUE or
 *  EXCEPTION. */
export function sameContentType(a: u32, b: u32): i64 {
  return isBigIntKind(a) == isBigIntKind(b) ? TRUE : throwMixedTypes();
}

/** IsValidIntegerIndex(O, index) — §10.4.5.14 (buffers are never detached or resized here). */
export function IsValidIntegerIndex(o: usize, d: f64): bool {
  if (d != Math.trunc(d)) return false; // NaN and ±∞ too
  if (d == 0 && 1 / d < 0) return false; // -0
  return d >= 0 && d < <f64>taLength(o);
}

/** TypedArrayGetElement(O, index) — §10.4.5.15: the element, or undefined. */
export function TypedArrayGetElement(o: usize, d: f64): i64 {
  return IsValidIntegerIndex(o, d) ? taGet(o, <u32>d) : UNDEFINED;
}

/** TypedArraySetElement(O, index, value) — §10.4.5.16: ToNumber(value) first (it may throw or
 *  run user code), then the store if the index is valid. TRUE or EXCEPTION. */
export function TypedArraySetElement(o: usize, d: f64, v: i64): i64 {
  const kind = taKind(o);
  const n = toElementNumeric(kind, v); // `o` is reachable from the caller's rooted receiver
  if (n == EXCEPTION) return EXCEPTION;
  if (IsValidIntegerIndex(o, d)) taSet(o, <u32>d, elementCarrier(kind, n));
  return TRUE;
}

// ---- Property keys ----

const numScratch = memory.data(64 * 2);

/** CanonicalNumericIndexString(key) — §7.1.21 on a property-key atom: the number it stands for
 *  (as a value), or EMPTY when it is not a canonical numeric string ("1.5", "-0", "NaN" and
 *  "Infinity" are; "01", "1.50", "+1" are not). */
export function CanonicalNumericIndexString(key: usize): i64 {
  if (cellKind(key) != CELL_STRING) return EMPTY; // a Symbol
  const idx = strToArrayIndex(key);
  if (idx >= 0) return fromF64(<f64>idx);
  const n = strLength(key);
  if (n == 0 || n > 40) return EMPTY;
  const c = strCharAt(key, 0);
  // Only these can start ToString of a number: skip the work for ordinary names.
  if (!(c >= 48 && c <= 57) && c != 45 && c != 73 && c != 78) return EMPTY;
  if (n == 2 && c == 45 && strCharAt(key, 1) == 48) return fromF64(-0.0);
  const d = StringToNumber(strData(key), n);
  const len = NumberToString(d, numScratch);
  if (len != n || memory.compare(numScratch, strData(key), <usize>n << 1) != 0) return EMPTY;
  return fromF64(d);
}

/** [[Get]] of a typed array for atom `key` (§10.4.5.4): the element or undefined for a numeric
 *  key, EMPTY for any other key (an ordinary lookup follows). */
export function typedArrayGetKey(o: usize, key: usize): i64 {
  const idx = CanonicalNumericIndexString(key);
  if (idx == EMPTY) return EMPTY;
  return TypedArrayGetElement(o, toF64(idx));
}

/** [[Set]] of a typed array on itself (§10.4.5.5): TRUE or EXCEPTION for a numeric key (an
 *  invalid index is ignored), EMPTY for any other key. */
export function typedArraySetKey(o: usize, key: usize, v: i64): i64 {
  const idx = CanonicalNumericIndexString(key);
  if (idx == EMPTY) return EMPTY;
  return TypedArraySetElement(o, toF64(idx), v);
}

/** [[HasProperty]] / [[GetOwnProperty]] existence for a numeric key (§10.4.5.2-3): 1 or 0, or -1
 *  for any other key. */
export function typedArrayHasKey(o: usize, key: usize): i32 {
  const idx = CanonicalNumericIndexString(key);
  if (idx == EMPTY) return -1;
  return IsValidIntegerIndex(o, toF64(idx)) ? 1 : 0;
}

/** [[Delete]] (§10.4.5.6) for a numeric key: TRUE unless the index is valid; EMPTY otherwise. */
export function typedArrayDeleteKey(o: usize, key: usize): i64 {
  const has = typedArrayHasKey(o, key);
  if (has < 0) return EMPTY;
  return has == 1 ? FALSE : TRUE;
}

/** o[d] for a number key `d`: ToPropertyKey of a number is always canonical numeric, and
 *  ToString(-0) is "0". */
export function typedArrayGetNumber(o: usize, d: f64): i64 {
  return TypedArrayGetElement(o, d == 0 ? 0 : d);
}
export function typedArraySetNumber(o: usize, d: f64, v: i64): i64 {
  return TypedArraySetElement(o, d == 0 ? 0 : d, v);
}
