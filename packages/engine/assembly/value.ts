// NaN-boxed values (layout drawn in layout/layout.mjs). A JS value is an i64: a double, or a tag in
// the high word with a 32-bit payload. Numbers are always doubles; there is no separate int tag, so
// the generic paths have one number representation and specialized code unboxes with a reinterpret.
import {
  BOX_MIN_HI, TAG_SPECIAL, TAG_STRING, TAG_OBJECT, TAG_SYMBOL, TAG_BIGINT, SPECIAL_UNDEFINED, SPECIAL_NULL,
  SPECIAL_FALSE, SPECIAL_TRUE, SPECIAL_EMPTY, SPECIAL_EXCEPTION, CANONICAL_NAN_HI,
} from "./layout.generated";

export type Value = i64;

// @ts-ignore: decorator
@inline function special(n: u32): i64 { return (<i64>TAG_SPECIAL << 32) | <i64>n; }

export const UNDEFINED: i64 = (<i64>TAG_SPECIAL << 32) | <i64>SPECIAL_UNDEFINED;
export const NULL: i64 = (<i64>TAG_SPECIAL << 32) | <i64>SPECIAL_NULL;
export const FALSE: i64 = (<i64>TAG_SPECIAL << 32) | <i64>SPECIAL_FALSE;
export const TRUE: i64 = (<i64>TAG_SPECIAL << 32) | <i64>SPECIAL_TRUE;
export const EMPTY: i64 = (<i64>TAG_SPECIAL << 32) | <i64>SPECIAL_EMPTY;
export const EXCEPTION: i64 = (<i64>TAG_SPECIAL << 32) | <i64>SPECIAL_EXCEPTION;
const CANONICAL_NAN: i64 = <i64>CANONICAL_NAN_HI << 32;

// @ts-ignore: decorator
@inline export function hi(v: i64): u32 { return <u32>(<u64>v >> 32); }
// @ts-ignore: decorator
@inline export function payload(v: i64): u32 { return <u32>v; }

// @ts-ignore: decorator
@inline export function isNumber(v: i64): bool { return hi(v) < BOX_MIN_HI; }
// @ts-ignore: decorator
@inline export function isString(v: i64): bool { return hi(v) == TAG_STRING; }
// @ts-ignore: decorator
@inline export function isObject(v: i64): bool { return hi(v) == TAG_OBJECT; }
// @ts-ignore: decorator
@inline export function isSymbol(v: i64): bool { return hi(v) == TAG_SYMBOL; }
// @ts-ignore: decorator
@inline export function isBigInt(v: i64): bool { return hi(v) == TAG_BIGINT; }
// @ts-ignore: decorator
@inline export function isUndefined(v: i64): bool { return v == UNDEFINED; }
// @ts-ignore: decorator
@inline export function isNull(v: i64): bool { return v == NULL; }
// @ts-ignore: decorator
@inline export function isNullish(v: i64): bool { return (v & ~1) == UNDEFINED; }
// @ts-ignore: decorator
@inline export function isBoolean(v: i64): bool { return (v & ~1) == FALSE; }
/** True for cells the collector must trace: strings, objects, symbols, bigints. */
// @ts-ignore: decorator
@inline export function isPointer(v: i64): bool { return hi(v) > TAG_SPECIAL; }

// @ts-ignore: decorator
@inline export function toF64(v: i64): f64 { return reinterpret<f64>(v); }
// @ts-ignore: decorator
@inline export function fromF64(d: f64): i64 {
  return d != d ? CANONICAL_NAN : reinterpret<i64>(d);
}
// @ts-ignore: decorator
@inline export function fromI32(n: i32): i64 { return reinterpret<i64>(<f64>n); }
// @ts-ignore: decorator
@inline export function fromBool(b: bool): i64 { return FALSE | <i64>b; }
// @ts-ignore: decorator
@inline export function boxString(p: usize): i64 { return (<i64>TAG_STRING << 32) | <i64>p; }
// @ts-ignore: decorator
@inline export function boxObject(p: usize): i64 { return (<i64>TAG_OBJECT << 32) | <i64>p; }
// @ts-ignore: decorator
@inline export function boxSymbol(p: usize): i64 { return (<i64>TAG_SYMBOL << 32) | <i64>p; }
// @ts-ignore: decorator
@inline export function boxBigInt(p: usize): i64 { return (<i64>TAG_BIGINT << 32) | <i64>p; }
// @ts-ignore: decorator
@inline export function ptr(v: i64): usize { return <usize><u32>v; }
