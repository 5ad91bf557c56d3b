// The Numeric types' common ground — ECMA-262 §6.1.6 and §7.1: ToNumeric, ToBigInt, and the
// BigInt halves of the operators (ApplyStringOrNumericBinaryOperator's BigInt::op table, unary
// operators, and the BigInt cases of IsLessThan and IsLooselyEqual) that ops/operators.ts calls
// once an operand is a BigInt. Also the literal table: the program's BigInt literals, made at
// initialization and kept alive here.
import {
  UNDEFINED, TRUE, FALSE, EXCEPTION, isNumber, isString, isBigInt, isSymbol, toF64, boxBigInt, ptr,
} from "../value";
import { pushRoot, saveSp, restoreSp } from "../heap/stack";
import { markCell } from "../heap/gc";
import { newVector, vecSet, vecGrow, vecCapacity } from "../object/vector";
import { throwTypeError, throwErrorWith, TYPE_ERROR, SYNTAX_ERROR } from "../errors";
import { ToPrimitive, ToNumber, ToString, NumberToStringCell } from "./conversion";
import { SymbolDescriptiveString } from "../builtins/symbol";
import {
  BigIntAdd, BigIntSubtract, BigIntMultiply, BigIntDivide, BigIntRemainder, BigIntExponentiate,
  BigIntUnaryMinus,
} from "../bigint/arithmetic";
import {
  BigIntBitwiseOp, BigIntBitwiseNOT, BigIntLeftShift, BigIntSignedRightShift, BIT_AND, BIT_OR, BIT_XOR,
} from "../bigint/bitwise";
import { BigIntCompare, BigIntEqual, compareBigIntNumber, bigFromU64 } from "../bigint/bigint";
import { StringToBigInt } from "../bigint/string";
import { ensureFamily, LAZY_BIGINT } from "../builtins/lazy";

/** ToNumeric — §7.1.3: a number or a BigInt, or EXCEPTION. */
export function ToNumeric(v: i64): i64 {
  if (isNumber(v) || isBigInt(v)) return v;
  const p = ToPrimitive(v, 1);
  if (p == EXCEPTION) return EXCEPTION;
  if (isBigInt(p)) return p;
  return ToNumber(p);
}

/** ToBigInt — §7.1.13: a BigInt cell, or 0 with a TypeError or SyntaxError pending. */
export function ToBigInt(v: i64): usize {
  const prim = ToPrimitive(v, 1);
  if (prim == EXCEPTION) return 0;
  if (isBigInt(prim)) return ptr(prim);
  if (prim == TRUE || prim == FALSE) return bigFromU64(prim == TRUE ? 1 : 0, false);
  if (isString(prim)) {
    const r = StringToBigInt(ptr(prim));
    if (r == 0) throwErrorWith(SYNTAX_ERROR, "Cannot convert ", ptr(prim), " to a BigInt");
    return r;
  }
  throwCannotConvert(prim);
  return 0;
}

/** TypeError "Cannot convert <v> to a BigInt" for undefined, null, numbers and symbols. */
export function throwCannotConvert(v: i64): i64 {
  const s = isSymbol(v) ? SymbolDescriptiveString(ptr(v))
    : isNumber(v) ? NumberToStringCell(toF64(v)) : ToString(v);
  return throwErrorWith(TYPE_ERROR, "Cannot convert ", s, " to a BigInt");
}

export function throwMixedTypes(): i64 {
  return throwTypeError("Cannot mix BigInt and other types, use explicit conversions");
}

// Operator codes: ops/operators.ts OP_SUB .. OP_SHR, with OP_ADD for `+`.
export const OP_ADD: i32 = -1;

/** The BigInt::op of a binary operator on two BigInts — §13.15.3 step 7's table. */
export function BigIntBinaryOp(op: i32, a: usize, b: usize): i64 {
  let r: usize;
  switch (op) {
    case OP_ADD: r = BigIntAdd(a, b); break;
    case 0: r = BigIntSubtract(a, b); break;
    case 1: r = BigIntMultiply(a, b); break;
    case 2: r = BigIntDivide(a, b); break;
    case 3: r = BigIntRemainder(a, b); break;
    case 4: r = BigIntExponentiate(a, b); break;
    case 5: r = BigIntBitwiseOp(BIT_AND, a, b); break;
    case 6: r = BigIntBitwiseOp(BIT_OR, a, b); break;
    case 7: r = BigIntBitwiseOp(BIT_XOR, a, b); break;
    case 8: r = BigIntLeftShift(a, b); break;
    case 9: r = BigIntSignedRightShift(a, b); break;
    default: return throwTypeError("BigInts have no unsigned right shift, use >> instead");
  }
  return r == 0 ? EXCEPTION : boxBigInt(r);
}

/** `op` on numeric operands of which at least one is a BigInt: both must be. */
export function MixedNumericOp(op: i32, a: i64, b: i64): i64 {
  if (!isBigInt(a) || !isBigInt(b)) return throwMixedTypes();
  return BigIntBinaryOp(op, ptr(a), ptr(b));
}

/** A unary operator on a BigInt (op: 0 neg, 1 plus, 2 bitnot, 3 inc, 4 dec, as Unary's). */
export function BigIntUnary(op: i32, a: usize): i64 {
  let r: usize;
  switch (op) {
    case 0: r = BigIntUnaryMinus(a); break;
    case 2: r = BigIntBitwiseNOT(a); break;
    case 3: case 4: {
      const sp0 = saveSp();
      pushRoot(boxBigInt(a));
      const one = bigFromU64(1, false);
      restoreSp(sp0);
      r = op == 3 ? BigIntAdd(a, one) : BigIntSubtract(a, one);
      break;
    }
    default: return throwTypeError("Cannot convert a BigInt value to a number");
  }
  return r == 0 ? EXCEPTION : boxBigInt(r);
}

/** The sign of x - y for primitives of which one is a BigInt and the other a BigInt, number or
 *  string; 2 when undefined (NaN, or a string that is not a StringIntegerLiteral). May collect. */
export function compareWithBigInt(x: i64, y: i64): i32 {
  if (isBigInt(x) && isBigInt(y)) return BigIntCompare(ptr(x), ptr(y));
  if (isBigInt(y)) {
    const c = compareWithBigInt(y, x);
    return c == 2 ? 2 : -c;
  }
  // x is the BigInt.
  if (isString(y)) {
    const sp0 = saveSp();
    pushRoot(x);
    const ny = StringToBigInt(ptr(y));
    restoreSp(sp0);
    return ny == 0 ? 2 : BigIntCompare(ptr(x), ny);
  }
  return compareBigIntNumber(ptr(x), toF64(y));
}

/** IsLooselyEqual for a BigInt and a primitive number, string or BigInt (§7.2.15 steps 6-7, 12). */
export function looselyEqualBigInt(x: i64, y: i64): bool {
  if (isBigInt(x) && isBigInt(y)) return BigIntEqual(ptr(x), ptr(y));
  return compareWithBigInt(x, y) == 0;
}

// ---- Literals ----

/** The program's BigInt literals (a Vector), held for the globals generated code reads them from. */
let literals: usize = 0;
let literalCount: u32 = 0;

/** A BigInt literal's value from its decimal digits (the compiler's constant pool calls this once
 *  per distinct literal at initialization). */
export function rt_bigint_literal(digits: usize): i64 {
  ensureFamily(LAZY_BIGINT); // BigInt.prototype exists before any BigInt value
  const v = boxBigInt(StringToBigInt(digits));
  const sp0 = saveSp();
  pushRoot(v);
  if (literalCount >= vecCapacity(literals)) {
    literals = literals == 0 ? newVector(8) : vecGrow(literals, literalCount, literalCount + 1, UNDEFINED);
  }
  vecSet(literals, literalCount++, v);
  restoreSp(sp0);
  return v;
}

export function markBigIntLiterals(): void { markCell(literals); }

