// Type conversion abstract operations — ECMA-262 §7.1.
import {
  CELL_PRIMITIVE_WRAPPER, OBJ_AUX,
} from "../layout.generated";
import {
  UNDEFINED, NULL, TRUE, FALSE, EXCEPTION, isNumber, isString, isObject, isSymbol, isBoolean, isBigInt,
  isNullish, toF64, fromF64, boxString, boxObject, ptr,
} from "../value";
import { cellKind } from "../heap/alloc";
import { pushRoot, saveSp, restoreSp } from "../heap/stack";
import { strLength, strData, newStringFromUtf16, newStringFromAscii } from "../string/string";
import { intern } from "../string/atoms";
import {
  A_undefined, A_null, A_true, A_false, A_NaN, A_Infinity, A_minusInfinity, A_zero, A_toString,
  A_valueOf,
} from "../names";
import { throwTypeError } from "../errors";
import { GetV } from "./property";
import { Call } from "./call";
import { isCallable } from "../object/function";
import { SymbolToPrimitive } from "../builtins/symbol";
import { internStatic } from "../string/atoms";
import { NumberToString, StringToNumber } from "../number/index";
import { bigIsZero } from "../bigint/bigint";
import { BigIntToString } from "../bigint/string";

const scratch = memory.data(2400);

/** ToPrimitive(input, preferredType) — §7.1.1; hint 0 default, 1 number, 2 string. */
export function ToPrimitive(v: i64, hint: i32): i64 {
  if (!isObject(v)) return v;
  const kind = cellKind(ptr(v));
  if (kind == CELL_PRIMITIVE_WRAPPER && hint != 2) return load<i64>(ptr(v), OBJ_AUX);
  const sp0 = saveSp();
  pushRoot(v);
  const exotic = GetV(v, SymbolToPrimitive());
  if (exotic == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
  if (!isNullish(exotic)) {
    if (!isCallable(exotic)) { restoreSp(sp0); return throwTypeError("Symbol.toPrimitive is not a function"); }
    const argv = pushRoot(boxString(internStatic(hint == 0 ? "default" : hint == 1 ? "number" : "string")));
    const r = Call(exotic, v, argv, 1);
    restoreSp(sp0);
    if (isObject(r)) return throwTypeError("Cannot convert object to primitive value");
    return r;
  }
  restoreSp(sp0);
  return OrdinaryToPrimitive(v, hint == 2 ? 2 : 1);
}

/** OrdinaryToPrimitive(O, hint) — §7.1.1.1. */
export function OrdinaryToPrimitive(o: i64, hint: i32): i64 {
  const sp0 = saveSp();
  pushRoot(o);
  for (let i = 0; i < 2; i++) {
    const name = (hint == 2) == (i == 0) ? A_toString : A_valueOf;
    const method = GetV(o, name);
    if (method == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
    if (isCallable(method)) {
      const r = Call(method, o, 0, 0);
      if (r == EXCEPTION || !isObject(r)) { restoreSp(sp0); return r; }
    }
  }
  restoreSp(sp0);
  return throwTypeError("Cannot convert object to primitive value");
}

/** ToBoolean — §7.1.2. */
export function ToBoolean(v: i64): bool {
  if (isNumber(v)) { const d = toF64(v); return d != 0 && d == d; }
  if (isBoolean(v)) return v == TRUE;
  if (isString(v)) return strLength(ptr(v)) != 0;
  if (isNullish(v)) return false;
  if (isBigInt(v)) return !bigIsZero(ptr(v));
  return true;
}

/** ToNumber — §7.1.4; returns a boxed number or EXCEPTION. */
export function ToNumber(v: i64): i64 {
  if (isNumber(v)) return v;
  if (isString(v)) return fromF64(StringToNumber(strData(ptr(v)), strLength(ptr(v))));
  if (v == UNDEFINED) return fromF64(NaN);
  if (v == NULL || v == FALSE) return fromF64(0);
  if (v == TRUE) return fromF64(1);
  if (isSymbol(v)) return throwTypeError("Cannot convert a Symbol value to a number");
  if (isBigInt(v)) return throwTypeError("Cannot convert a BigInt value to a number");
  const p = ToPrimitive(v, 1);
  if (p == EXCEPTION) return EXCEPTION;
  return ToNumber(p);
}

/** ToNumeric without BigInt; the f64 of ToNumber for callers that already checked EXCEPTION. */
// @ts-ignore: decorator
@inline export function numberOf(v: i64): f64 { return toF64(v); }

/** ToIntegerOrInfinity — §7.1.5, on a double. */
export function ToIntegerOrInfinity(d: f64): f64 {
  if (d != d) return 0;
  const t = Math.trunc(d);
  return t == 0 ? 0 : t;
}

/** ToInt32 — §7.1.6 (modular, not saturating). */
export function ToInt32(d: f64): i32 {
  if (d >= -2147483648.0 && d <= 2147483647.0) return <i32>d; // fast path; NaN fails the test
  if (!isFinite(d)) return 0;
  const t = Math.trunc(d);
  const m = t - Math.floor(t / 4294967296.0) * 4294967296.0; // in [0, 2^32)
  return <i32><u32><u64>m;
}

/** ToUint32 — §7.1.7. */
// @ts-ignore: decorator
@inline export function ToUint32(d: f64): u32 { return <u32>ToInt32(d); }

/** Number::toString(x) for radix 10 — §6.1.6.1.20. */
export function NumberToStringCell(d: f64): usize {
  if (d != d) return A_NaN;
  if (d == 0) return A_zero;
  if (d == Infinity) return A_Infinity;
  if (d == -Infinity) return A_minusInfinity;
  if (d == Math.trunc(d) && Math.abs(d) < 1e9) {
    // Small integers: digits directly, the common case.
    let n = <i32>d;
    const neg = n < 0;
    if (neg) n = -n;
    let i = 24;
    while (n > 0) { store<u8>(scratch + --i, <u8>(48 + n % 10)); n /= 10; }
    if (neg) store<u8>(scratch + --i, 45);
    return newStringFromAscii(scratch + i, 24 - i);
  }
  const len = NumberToString(d, scratch);
  return newStringFromUtf16(scratch, len);
}

/** ToString — §7.1.17; returns a string cell, or 0 with an exception pending. */
export function ToString(v: i64): usize {
  if (isString(v)) return ptr(v);
  if (isNumber(v)) return NumberToStringCell(toF64(v));
  if (v == UNDEFINED) return A_undefined;
  if (v == NULL) return A_null;
  if (v == TRUE) return A_true;
  if (v == FALSE) return A_false;
  if (isSymbol(v)) { throwTypeError("Cannot convert a Symbol value to a string"); return 0; }
  if (isBigInt(v)) return BigIntToString(ptr(v), 10);
  const p = ToPrimitive(v, 2);
  if (p == EXCEPTION) return 0;
  return ToString(p);
}

/** ToString as a value: a boxed string or EXCEPTION. */
export function ToStringValue(v: i64): i64 {
  if (isString(v)) return v;
  const s = ToString(v);
  return s == 0 ? EXCEPTION : boxString(s);
}

/** ToPropertyKey — §7.1.19: an atom or symbol cell pointer, or 0 with an exception pending. */
export function ToPropertyKey(v: i64): usize {
  if (isSymbol(v)) return ptr(v);
  const sp0 = saveSp();
  pushRoot(v);
  const p = ToPrimitive(v, 2);
  if (p == EXCEPTION) { restoreSp(sp0); return 0; }
  if (isSymbol(p)) { restoreSp(sp0); return ptr(p); }
  const s = ToString(p);
  restoreSp(sp0);
  return s == 0 ? 0 : intern(s);
}

/** ToObject — §7.1.18 for the engine's property paths (wrappers come with the builtins). */
export function RequireObjectCoercible(v: i64): bool { return !isNullish(v); }


/** ToIndex — §7.1.22 without its RangeError, whose wording the callers choose: the index, -1 when
 *  it is out of range (negative or past 2^53 - 1), or NaN with an exception pending. */
export function ToIndex(v: i64): f64 {
  if (v == UNDEFINED) return 0;
  const n = ToNumber(v);
  if (n == EXCEPTION) return NaN;
  const d = ToIntegerOrInfinity(toF64(n));
  return d < 0 || d > 9007199254740991.0 ? -1 : d;
}
