// The Number constructor and Number.prototype — ECMA-262 §21.1. The digit work (shortest
// round-trip, fixed, exponential, precision, radix) is in number/; toLocaleString's en-US
// formatting is in number-locale.ts.
import { CELL_PRIMITIVE_WRAPPER, OBJ_AUX, OBJ_AUX_BYTES } from "../layout.generated";
import {
  UNDEFINED, EXCEPTION, isNumber, isObject, isBigInt, toF64, fromF64, fromBool, boxObject, boxString, ptr,
} from "../value";
import { ToNumeric } from "../ops/numeric";
import { BigIntToNumber } from "../bigint/bigint";
import { cellKind } from "../heap/alloc";
import { pushRoot, saveSp, restoreSp } from "../heap/stack";
import { newStringFromUtf16 } from "../string/string";
import { allocObject } from "../object/object";
import { newTarget } from "../object/function";
import { NumberPrototype } from "../realm";
import { A_prototype } from "../names";
import { TYPE_ERROR, throwError, throwRangeError } from "../errors";
import { sbOpen, sbAppendStatic, sbFinish } from "../string/builder";
import { ToNumber, ToIntegerOrInfinity, NumberToStringCell } from "../ops/conversion";
import { Get } from "../ops/property";
import {
  NumberToStringRadix, NumberToFixed, NumberToExponential, NumberToPrecision,
} from "../number/index";
import { arg, defineConstructor, defineMethod, defineValue, ATTR_HIDDEN } from "./native";
import { ParseFloatFunction, ParseIntFunction } from "./global-functions";
import { NumberToLocaleString } from "./number-locale";
import { LocaleNumberFormat } from "./locale";

/** Output of the number/ formatters: 1200 code units always suffice. */
const scratch = memory.data(2400);

/** thisNumberValue(value) — §21.1.3.7.1: a boxed number, or EXCEPTION (TypeError naming the
 *  method, as node does). */
function thisNumberValue(v: i64, method: string): i64 {
  if (isNumber(v)) return v;
  if (isObject(v) && cellKind(ptr(v)) == CELL_PRIMITIVE_WRAPPER) {
    const d = load<i64>(ptr(v), OBJ_AUX);
    if (isNumber(d)) return d;
  }
  const sb = sbOpen(); // the message from static parts: nothing unrooted across allocation
  sbAppendStatic(sb, "Number.prototype.");
  sbAppendStatic(sb, method);
  sbAppendStatic(sb, " requires that 'this' be a Number");
  return throwError(TYPE_ERROR, sbFinish(sb));
}

/** ToIntegerOrInfinity(ToNumber(v)) clamped to ±1000 (every digits argument is valid only in
 *  0..100, so the clamp keeps range errors), or EXCEPTION. Returned as a boxed number. */
function digitsArg(v: i64): i64 {
  const n = isNumber(v) ? v : ToNumber(v);
  if (n == EXCEPTION) return EXCEPTION;
  return fromF64(Math.min(Math.max(ToIntegerOrInfinity(toF64(n)), -1000), 1000));
}

/** A string value from the first `len` code units of the scratch buffer. */
function scratchString(len: i32): i64 {
  return boxString(newStringFromUtf16(scratch, len));
}

// ---- the constructor (§21.1.1) and its properties (§21.1.2) ----

/** Number(value) — §21.1.1.1: ToNumeric(value), a BigInt converted to its Number value, +0
 *  without arguments; with new, a wrapper object whose [[NumberData]] is the number. */
function Number_ctor(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  const nt = newTarget; // only valid at entry
  const sp0 = saveSp();
  pushRoot(nt);
  let n = fromF64(0);
  if (argc > 0) {
    const v = arg(argv, argc, 0);
    n = isNumber(v) ? v : ToNumeric(v);
    if (n == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
    if (isBigInt(n)) n = fromF64(BigIntToNumber(ptr(n)));
  }
  if (nt == UNDEFINED) { restoreSp(sp0); return n; }
  // OrdinaryCreateFromConstructor(NewTarget, "%Number.prototype%", « [[NumberData]] »)
  let proto = Get(nt, A_prototype, nt);
  if (proto == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
  if (!isObject(proto)) proto = boxObject(NumberPrototype);
  pushRoot(proto);
  const o = allocObject(CELL_PRIMITIVE_WRAPPER, OBJ_AUX_BYTES, proto);
  store<i64>(o, n, OBJ_AUX);
  restoreSp(sp0);
  return boxObject(o);
}

/** Number.isFinite(number) — §21.1.2.2 (no coercion). */
function Number_isFinite(c: u32, t: i64, argv: usize, argc: i32): i64 {
  const v = arg(argv, argc, 0);
  return fromBool(isNumber(v) && isFinite(toF64(v)));
}

/** Number.isInteger(number) — §21.1.2.3. */
function Number_isInteger(c: u32, t: i64, argv: usize, argc: i32): i64 {
  const v = arg(argv, argc, 0);
  if (!isNumber(v)) return fromBool(false);
  const d = toF64(v);
  return fromBool(isFinite(d) && Math.trunc(d) == d);
}

/** Number.isNaN(number) — §21.1.2.4 (no coercion). */
function Number_isNaN(c: u32, t: i64, argv: usize, argc: i32): i64 {
  const v = arg(argv, argc, 0);
  return fromBool(isNumber(v) && isNaN(toF64(v)));
}

/** Number.isSafeInteger(number) — §21.1.2.5. */
function Number_isSafeInteger(c: u32, t: i64, argv: usize, argc: i32): i64 {
  const v = arg(argv, argc, 0);
  if (!isNumber(v)) return fromBool(false);
  const d = toF64(v);
  return fromBool(isFinite(d) && Math.trunc(d) == d && Math.abs(d) <= 9007199254740991.0);
}

// ---- Number.prototype (§21.1.3) ----

/** Number.prototype.toExponential(fractionDigits) — §21.1.3.2. */
function Number_prototype_toExponential(c: u32, thisv: i64, argv: usize, argc: i32): i64 {
  const x = thisNumberValue(thisv, "toExponential");
  if (x == EXCEPTION) return EXCEPTION;
  const fd = arg(argv, argc, 0);
  let f: i32 = -1; // undefined: as many digits as the shortest round trip needs
  if (fd != UNDEFINED) {
    const d = digitsArg(fd);
    if (d == EXCEPTION) return EXCEPTION;
    f = <i32>toF64(d);
    if (f < 0) f = -2; // out of range (-1 means undefined to the formatter)
  }
  const len = NumberToExponential(toF64(x), f, scratch);
  if (len < 0) return throwRangeError("toExponential() argument must be between 0 and 100");
  return scratchString(len);
}

/** Number.prototype.toFixed(fractionDigits) — §21.1.3.3. */
function Number_prototype_toFixed(c: u32, thisv: i64, argv: usize, argc: i32): i64 {
  const x = thisNumberValue(thisv, "toFixed");
  if (x == EXCEPTION) return EXCEPTION;
  const d = digitsArg(arg(argv, argc, 0));
  if (d == EXCEPTION) return EXCEPTION;
  const len = NumberToFixed(toF64(x), <i32>toF64(d), scratch);
  if (len < 0) return throwRangeError("toFixed() digits argument must be between 0 and 100");
  return scratchString(len);
}

/** Number.prototype.toLocaleString() — §21.1.3.4 (ECMA-402 without Intl: always en-US). */
function Number_prototype_toLocaleString(c: u32, thisv: i64, argv: usize, argc: i32): i64 {
  const x = thisNumberValue(thisv, "toLocaleString");
  if (x == EXCEPTION) return EXCEPTION;
  const fmt = LocaleNumberFormat(arg(argv, argc, 0));
  if (fmt < 0) return EXCEPTION;
  return scratchString(NumberToLocaleString(toF64(x), scratch, <u32>fmt));
}

/** Number.prototype.toPrecision(precision) — §21.1.3.5. */
function Number_prototype_toPrecision(c: u32, thisv: i64, argv: usize, argc: i32): i64 {
  const x = thisNumberValue(thisv, "toPrecision");
  if (x == EXCEPTION) return EXCEPTION;
  const pa = arg(argv, argc, 0);
  if (pa == UNDEFINED) return boxString(NumberToStringCell(toF64(x)));
  const p = digitsArg(pa);
  if (p == EXCEPTION) return EXCEPTION;
  const len = NumberToPrecision(toF64(x), <i32>toF64(p), scratch);
  if (len < 0) return throwRangeError("toPrecision() argument must be between 1 and 100");
  return scratchString(len);
}

/** Number.prototype.toString(radix) — §21.1.3.6. */
function Number_prototype_toString(c: u32, thisv: i64, argv: usize, argc: i32): i64 {
  const x = thisNumberValue(thisv, "toString");
  if (x == EXCEPTION) return EXCEPTION;
  const ra = arg(argv, argc, 0);
  let radix: i32 = 10;
  if (ra != UNDEFINED) {
    const r = digitsArg(ra);
    if (r == EXCEPTION) return EXCEPTION;
    radix = <i32>toF64(r);
  }
  if (radix == 10) return boxString(NumberToStringCell(toF64(x)));
  const len = NumberToStringRadix(toF64(x), radix, scratch);
  if (len < 0) return throwRangeError("toString() radix argument must be between 2 and 36");
  return scratchString(len);
}

/** Number.prototype.valueOf() — §21.1.3.7. */
function Number_prototype_valueOf(c: u32, thisv: i64, argv: usize, argc: i32): i64 {
  return thisNumberValue(thisv, "valueOf");
}

export function initNumber(global: usize): void {
  const ctor = defineConstructor(global, "Number", 1, Number_ctor, NumberPrototype, true);
  defineMethod(ctor, "isFinite", 1, Number_isFinite);
  defineMethod(ctor, "isInteger", 1, Number_isInteger);
  defineMethod(ctor, "isNaN", 1, Number_isNaN);
  defineMethod(ctor, "isSafeInteger", 1, Number_isSafeInteger);
  // §21.1.2.12-13: the very function objects of the global object (global-functions.ts)
  defineValue(ctor, "parseFloat", boxObject(ParseFloatFunction), ATTR_HIDDEN);
  defineValue(ctor, "parseInt", boxObject(ParseIntFunction), ATTR_HIDDEN);
  defineValue(ctor, "MAX_VALUE", fromF64(1.7976931348623157e308), 0);
  defineValue(ctor, "MIN_VALUE", fromF64(5e-324), 0);
  defineValue(ctor, "NaN", fromF64(NaN), 0);
  defineValue(ctor, "NEGATIVE_INFINITY", fromF64(-Infinity), 0);
  defineValue(ctor, "POSITIVE_INFINITY", fromF64(Infinity), 0);
  defineValue(ctor, "MAX_SAFE_INTEGER", fromF64(9007199254740991.0), 0);
  defineValue(ctor, "MIN_SAFE_INTEGER", fromF64(-9007199254740991.0), 0);
  defineValue(ctor, "EPSILON", fromF64(2.220446049250313e-16), 0);

  const proto = NumberPrototype;
  defineMethod(proto, "toExponential", 1, Number_prototype_toExponential);
  defineMethod(proto, "toFixed", 1, Number_prototype_toFixed);
  defineMethod(proto, "toPrecision", 1, Number_prototype_toPrecision);
  defineMethod(proto, "toString", 1, Number_prototype_toString);
  defineMethod(proto, "valueOf", 0, Number_prototype_valueOf);
  defineMethod(proto, "toLocaleString", 0, Number_prototype_toLocaleString);
}
