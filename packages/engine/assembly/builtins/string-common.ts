// Helpers shared by the String builtins (string.ts, string-search.ts, string-case.ts,
// string-locale.ts): the receiver coercion every String.prototype method starts with, integer
// arguments, and the WhiteSpace/LineTerminator test of trim.
import { CELL_PRIMITIVE_WRAPPER, OBJ_AUX } from "../layout.generated";
import { EXCEPTION, UNDEFINED, isString, isObject, isNullish, toF64, ptr } from "../value";
import { cellKind } from "../heap/alloc";
import { newStringFromStatic, strLength, strData } from "../string/string";
import { TYPE_ERROR, throwErrorWith } from "../errors";
import { ToString, ToNumber, ToIntegerOrInfinity, ToUint32 } from "../ops/conversion";

/** The longest string the engine makes: V8's limit, so "x".repeat(2 ** 29) fails as in node. */
export const MAX_STRING_LENGTH: f64 = 536870888;

/** RequireObjectCoercible(this) then ToString(this) — the first steps of every generic
 *  String.prototype method. `name` is the method name for node's message. Returns the string
 *  cell, or 0 with an exception pending. */
export function thisString(thisv: i64, name: string): usize {
  if (isString(thisv)) return ptr(thisv);
  if (isNullish(thisv)) {
    throwErrorWith(TYPE_ERROR, "String.prototype.", newStringFromStatic(name), " called on null or undefined");
    return 0;
  }
  return ToString(thisv);
}

/** thisStringValue(value) — §22.1.3.35.1: the string of a String primitive or wrapper, else 0. */
export function thisStringValue(v: i64): usize {
  if (isString(v)) return ptr(v);
  if (isObject(v) && cellKind(ptr(v)) == CELL_PRIMITIVE_WRAPPER) {
    const data = load<i64>(ptr(v), OBJ_AUX);
    if (isString(data)) return ptr(data);
  }
  return 0;
}

/** ToIntegerOrInfinity(ToNumber(v)). The result is never NaN, so NaN signals an exception. */
export function integerArg(v: i64): f64 {
  if (v == UNDEFINED) return 0;
  const n = ToNumber(v);
  if (n == EXCEPTION) return NaN;
  return ToIntegerOrInfinity(toF64(n));
}

/** split's lim: ToUint32(limit), or 2^32 - 1 when undefined; -1 with an exception pending. */
export function splitLimit(v: i64): i64 {
  if (v == UNDEFINED) return 0xffffffff;
  const n = ToNumber(v);
  if (n == EXCEPTION) return -1;
  return <i64>ToUint32(toF64(n));
}

/** clamp(x, lo, hi) as an i32 index (x an integer or ±∞). */
export function clampIndex(x: f64, lo: i32, hi: i32): i32 {
  if (x < <f64>lo) return lo;
  if (x > <f64>hi) return hi;
  return <i32>x;
}

/** The relative-index rule of slice/at/substr: a negative x counts from `len`, then clamp. */
export function relativeIndex(x: f64, len: i32): i32 {
  if (x < 0) { x += <f64>len; return x < 0 ? 0 : <i32>x; }
  return x > <f64>len ? len : <i32>x;
}

/** StringIndexOf(string, searchValue, fromIndex) — §6.1.4.1: the first index >= `from` where
 *  `needle` occurs, or -1. Scans for the first code unit before comparing the rest. */
export function stringIndexOf(s: usize, needle: usize, from: i32): i32 {
  const n = strLength(s), m = strLength(needle);
  if (from < 0) from = 0;
  if (m == 0) return from <= n ? from : -1;
  const p = strData(s), q = strData(needle);
  const first = load<u16>(q);
  const rest = <usize>(m - 1) << 1;
  for (let i = from; i <= n - m; i++) {
    if (load<u16>(p + (<usize>i << 1)) != first) continue;
    if (rest == 0 || memory.compare(p + (<usize>i << 1) + 2, q + 2, rest) == 0) return i;
  }
  return -1;
}

/** WhiteSpace (§12.2) or LineTerminator (§12.3): what trim removes. */
export function isWhiteSpaceOrLineTerminator(c: u32): bool {
  if (c < 0x80) return c == 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0x1680) return c == 0xa0;
  return c == 0x1680 || (c >= 0x2000 && c <= 0x200a) || c == 0x2028 || c == 0x2029 ||
    c == 0x202f || c == 0x205f || c == 0x3000 || c == 0xfeff;
}

// @ts-ignore: decorator
@inline export function isLeadSurrogate(c: u32): bool { return (c & 0xfc00) == 0xd800; }
// @ts-ignore: decorator
@inline export function isTrailSurrogate(c: u32): bool { return (c & 0xfc00) == 0xdc00; }
