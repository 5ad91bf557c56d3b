// The BigInt constructor and BigInt.prototype — ECMA-262 §21.2. A lazy family (lazy.ts): every
// place that makes a BigInt value without the program naming BigInt (a literal, a BigInt64Array
// or DataView read) creates the family first, so a BigInt primitive always finds its prototype.
import { CELL_PRIMITIVE_WRAPPER, OBJ_AUX } from "../layout.generated";
import { UNDEFINED, EXCEPTION, isNumber, isObject, isBigInt, toF64, boxBigInt, boxString, boxObject, ptr } from "../value";
import { cellKind } from "../heap/alloc";
import { pushRoot, saveSp, restoreSp } from "../heap/stack";
import { OrdinaryObjectCreate } from "../object/object";
import { newTarget } from "../object/function";
import { ObjectPrototype, setBigIntPrototype } from "../realm";
import { TYPE_ERROR, RANGE_ERROR, throwError, throwTypeError, throwRangeError, throwErrorWith } from "../errors";
import { sbOpen, sbAppendStatic, sbAppendChar, sbFinish } from "../string/builder";
import { strLength, strCharAt } from "../string/string";
import { ToPrimitive, ToIntegerOrInfinity, ToNumber, ToIndex, NumberToStringCell } from "../ops/conversion";
import { ToBigInt } from "../ops/numeric";
import { NumberToBigInt } from "../bigint/bigint";
import { BigIntAsN } from "../bigint/bitwise";
import { BigIntToString } from "../bigint/string";
import { arg, defineConstructor, defineMethod } from "./native";
import { defineToStringTag } from "./symbol";
import { LocaleNumberFormat, groupSeparatorBefore } from "./locale";

/** thisBigIntValue(value) — §21.2.3.4.1: the BigInt cell, or 0 with a TypeError naming the method. */
function thisBigIntValue(v: i64, method: string): usize {
  if (isBigInt(v)) return ptr(v);
  if (isObject(v) && cellKind(ptr(v)) == CELL_PRIMITIVE_WRAPPER) {
    const b = load<i64>(ptr(v), OBJ_AUX);
    if (isBigInt(b)) return ptr(b);
  }
  const sb = sbOpen();
  sbAppendStatic(sb, "BigInt.prototype.");
  sbAppendStatic(sb, method);
  sbAppendStatic(sb, " requires that 'this' be a BigInt");
  throwError(TYPE_ERROR, sbFinish(sb));
  return 0;
}

/** NumberToBigInt(number) — §21.2.1.1.1 with its RangeError for a non-integral number. */
function NumberToBigIntChecked(d: f64): i64 {
  if (!isFinite(d) || Math.trunc(d) != d) {
    return throwErrorWith(RANGE_ERROR, "The number ", NumberToStringCell(d), " cannot be converted to a BigInt because it is not an integer");
  }
  return boxBigInt(NumberToBigInt(d));
}

/** BigInt(value) — §21.2.1.1: not a constructor; a number must be an integer. */
function BigInt_ctor(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  if (newTarget != UNDEFINED) return throwTypeError("BigInt is not a constructor");
  const prim = ToPrimitive(arg(argv, argc, 0), 1);
  if (prim == EXCEPTION) return EXCEPTION;
  if (isNumber(prim)) return NumberToBigIntChecked(toF64(prim));
  const r = ToBigInt(prim);
  return r == 0 ? EXCEPTION : boxBigInt(r);
}

/** The `bits` argument of asIntN/asUintN: ToIndex with V8's RangeError, or -1 pending it. */
function bitsArgument(v: i64): i64 {
  const d = ToIndex(v);
  if (d != d) return -1;
  if (d < 0) { throwRangeError("Invalid value: not (convertible to) a safe integer"); return -1; }
  return <i64>d;
}

function asN(argv: usize, argc: i32, signed: bool): i64 {
  const bits = bitsArgument(arg(argv, argc, 0));
  if (bits < 0) return EXCEPTION;
  const x = ToBigInt(arg(argv, argc, 1));
  if (x == 0) return EXCEPTION;
  const r = BigIntAsN(<u64>bits, x, signed);
  return r == 0 ? EXCEPTION : boxBigInt(r);
}

/** BigInt.asIntN(bits, bigint) — §21.2.2.1. */
function BigInt_asIntN(c: u32, thisv: i64, argv: usize, argc: i32): i64 { return asN(argv, argc, true); }
/** BigInt.asUintN(bits, bigint) — §21.2.2.2. */
function BigInt_asUintN(c: u32, thisv: i64, argv: usize, argc: i32): i64 { return asN(argv, argc, false); }

/** BigInt.prototype.toString([radix]) — §21.2.3.3. */
function BigInt_prototype_toString(c: u32, thisv: i64, argv: usize, argc: i32): i64 {
  const x = thisBigIntValue(thisv, "toString");
  if (x == 0) return EXCEPTION;
  let radix: f64 = 10;
  const r = arg(argv, argc, 0);
  if (r != UNDEFINED) {
    const sp0 = saveSp();
    pushRoot(boxBigInt(x));
    const n = ToNumber(r);
    restoreSp(sp0);
    if (n == EXCEPTION) return EXCEPTION;
    radix = ToIntegerOrInfinity(toF64(n));
    if (radix < 2 || radix > 36) return throwRangeError("toString() radix argument must be between 2 and 36");
  }
  return boxString(BigIntToString(x, <u32>radix));
}

/** BigInt.prototype.toLocaleString(locales) — §21.2.3.2 (ECMA-402 without Intl: the digits
 *  grouped in the locale's format, builtins/locale.ts, as Number's are). */
function BigInt_prototype_toLocaleString(c: u32, thisv: i64, argv: usize, argc: i32): i64 {
  const x = thisBigIntValue(thisv, "toLocaleString");
  if (x == 0) return EXCEPTION;
  const sp0 = saveSp();
  pushRoot(boxBigInt(x));
  const fmt = LocaleNumberFormat(arg(argv, argc, 0));
  if (fmt < 0) { restoreSp(sp0); return EXCEPTION; }
  const s = BigIntToString(x, 10);
  pushRoot(boxString(s));
  const n = strLength(s);
  const sign = strCharAt(s, 0) == 45 ? 1 : 0;
  const sb = sbOpen();
  if (sign != 0) sbAppendChar(sb, 45);
  for (let i = sign; i < n; i++) {
    if (groupSeparatorBefore(i - sign, n - sign, <u32>fmt)) sbAppendChar(sb, <u32>fmt & 0xFFFF);
    sbAppendChar(sb, strCharAt(s, i));
  }
  const r = sbFinish(sb);
  restoreSp(sp0);
  return boxString(r);
}

/** BigInt.prototype.valueOf() — §21.2.3.4. */
function BigInt_prototype_valueOf(c: u32, thisv: i64, argv: usize, argc: i32): i64 {
  const x = thisBigIntValue(thisv, "valueOf");
  return x == 0 ? EXCEPTION : boxBigInt(x);
}

export function initBigInt(global: usize): void {
  const sp0 = saveSp();
  const proto = OrdinaryObjectCreate(boxObject(ObjectPrototype));
  pushRoot(boxObject(proto));
  setBigIntPrototype(proto);
  const ctor = defineConstructor(global, "BigInt", 1, BigInt_ctor, proto, true);
  pushRoot(boxObject(ctor));
  defineMethod(ctor, "asUintN", 2, BigInt_asUintN); // V8's order
  defineMethod(ctor, "asIntN", 2, BigInt_asIntN);
  defineMethod(proto, "toLocaleString", 0, BigInt_prototype_toLocaleString);
  defineMethod(proto, "toString", 0, BigInt_prototype_toString);
  defineMethod(proto, "valueOf", 0, BigInt_prototype_valueOf);
  defineToStringTag(proto, "BigInt");
  restoreSp(sp0);
}
