// The generic (slow) paths of JS operators — ECMA-262 §13. Generated code tries the number fast
// path inline and calls these otherwise. Each returns a value or EXCEPTION.
import { throwWithValue } from "./property-errors";
import { CELL_FUNCTION, STR_FLAG_ATOM } from "../layout.generated";
import {
  UNDEFINED, NULL, TRUE, FALSE, EXCEPTION, isNumber, isString, isObject, isSymbol, isBoolean, isBigInt,
  isNullish, toF64, fromF64, fromBool, boxString, boxObject, ptr,
} from "../value";
import {
  ToNumeric, MixedNumericOp, BigIntUnary, compareWithBigInt, looselyEqualBigInt, OP_ADD,
} from "./numeric";
import { BigIntEqual } from "../bigint/bigint";
import { cellKind, cellFlags } from "../heap/alloc";
import { pushRoot, saveSp, restoreSp } from "../heap/stack";
import { strEquals, strCompare, strConcat } from "../string/string";
import { internStatic } from "../string/atoms";
import { ToPrimitive, ToNumber, ToString, ToInt32, ToUint32, ToBoolean } from "./conversion";
import { Get, GetV } from "./property";
import { boundTargetFunction, Call } from "./call";
import { isCallable } from "../object/function";
import { wellKnownSymbol, WK_HAS_INSTANCE } from "../builtins/symbol";
import { functionHasInstance } from "../builtins/function";
import { objProto } from "../object/object";
import { A_prototype } from "../names";
import { throwTypeError } from "../errors";
import { ieeePow } from "../builtins/math-pow";

// ---- Arithmetic ----

/** ApplyStringOrNumericBinaryOperator for `+` — §13.15.3. */
export function Add(a: i64, b: i64): i64 {
  if (isNumber(a) && isNumber(b)) return fromF64(toF64(a) + toF64(b));
  if (isString(a) && isString(b)) return boxString(strConcat(ptr(a), ptr(b)));
  const sp0 = saveSp();
  pushRoot(a); pushRoot(b);
  const pa = ToPrimitive(a, 0);
  if (pa == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
  pushRoot(pa);
  const pb = ToPrimitive(b, 0);
  if (pb == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
  pushRoot(pb);
  let r: i64;
  if (isString(pa) || isString(pb)) {
    const sa = ToString(pa);
    if (sa == 0) { restoreSp(sp0); return EXCEPTION; }
    pushRoot(boxString(sa));
    const sb = ToString(pb);
    if (sb == 0) { restoreSp(sp0); return EXCEPTION; }
    r = boxString(strConcat(sa, sb));
  } else {
    const na = ToNumeric(pa);
    if (na == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
    const nb = ToNumeric(pb);
    if (nb == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
    r = isNumber(na) && isNumber(nb) ? fromF64(toF64(na) + toF64(nb)) : MixedNumericOp(OP_ADD, na, nb);
  }
  restoreSp(sp0);
  return r;
}

export const OP_SUB: i32 = 0;
export const OP_MUL: i32 = 1;
export const OP_DIV: i32 = 2;
export const OP_MOD: i32 = 3;
export const OP_EXP: i32 = 4;
export const OP_AND: i32 = 5;
export const OP_OR: i32 = 6;
export const OP_XOR: i32 = 7;
export const OP_SHL: i32 = 8;
export const OP_SAR: i32 = 9;
export const OP_SHR: i32 = 10;

/** Number::exponentiate — §6.1.6.1.3 (differs from C pow for base ±1 with infinite/NaN exponent). */
export function NumberExponentiate(base: f64, exp: f64): f64 {
  if (exp != exp) return NaN;
  if (exp == 0) return 1;
  if ((base == 1 || base == -1) && !isFinite(exp)) return NaN;
  return ieeePow(base, exp); // fdlibm as V8 has it, for results identical with node
}

/** Number::remainder — §6.1.6.1.6 (truncating, sign of the dividend). */
export function NumberRemainder(n: f64, d: f64): f64 {
  if (n != n || d != d || !isFinite(n) || d == 0) return NaN;
  if (!isFinite(d)) return n;
  if (n == 0) return n;
  const r = n % d;
  return r == 0 ? (n < 0 ? -0.0 : 0.0) : r;
}

/** The numeric binary operators on two doubles. */
export function numericOp(op: i32, a: f64, b: f64): f64 {
  switch (op) {
    case OP_SUB: return a - b;
    case OP_MUL: return a * b;
    case OP_DIV: return a / b;
    case OP_MOD: return NumberRemainder(a, b);
    case OP_EXP: return NumberExponentiate(a, b);
    case OP_AND: return <f64>(ToInt32(a) & ToInt32(b));
    case OP_OR: return <f64>(ToInt32(a) | ToInt32(b));
    case OP_XOR: return <f64>(ToInt32(a) ^ ToInt32(b));
    case OP_SHL: return <f64>(ToInt32(a) << (ToUint32(b) & 31));
    case OP_SAR: return <f64>(ToInt32(a) >> (ToUint32(b) & 31));
    case OP_SHR: return <f64>(ToUint32(a) >>> (ToUint32(b) & 31));
  }
  return NaN;
}

/** `a op b` for every binary operator but `+`, after ToNumeric of both operands. */
export function Arith(op: i32, a: i64, b: i64): i64 {
  if (isNumber(a) && isNumber(b)) return fromF64(numericOp(op, toF64(a), toF64(b)));
  const sp0 = saveSp();
  pushRoot(b);
  const na = ToNumeric(a);
  if (na == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
  pushRoot(na);
  const nb = ToNumeric(b);
  if (nb == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
  const r = isNumber(na) && isNumber(nb) ? fromF64(numericOp(op, toF64(na), toF64(nb))) : MixedNumericOp(op, na, nb);
  restoreSp(sp0);
  return r;
}

/** Unary minus, plus, bitwise not, ++ and -- on any value (op: 0 neg, 1 plus, 2 bitnot, 3 inc, 4 dec). */
export function Unary(op: i32, a: i64): i64 {
  const n = op == 1 ? ToNumber(a) : ToNumeric(a);
  if (n == EXCEPTION) return EXCEPTION;
  if (isBigInt(n)) return BigIntUnary(op, ptr(n));
  const d = toF64(n);
  switch (op) {
    case 0: return fromF64(-d);
    case 2: return fromF64(<f64>~ToInt32(d));
    case 3: return fromF64(d + 1);
    case 4: return fromF64(d - 1);
  }
  return n;
}

// ---- Equality and relations ----

/** IsStrictlyEqual — §7.2.16. */
export function IsStrictlyEqual(a: i64, b: i64): bool {
  if (isNumber(a)) return isNumber(b) && toF64(a) == toF64(b);
  if (isString(a)) return isString(b) && sameString(ptr(a), ptr(b));
  if (isBigInt(a)) return isBigInt(b) && BigIntEqual(ptr(a), ptr(b));
  return a == b;
}

/** Whether string cells `x` and `y` have the same code units. Two live atoms never do unless they
 *  are one cell (atoms.ts: one per content), so comparing keys (`node.type === 'Call'`) does not
 *  read their characters. */
function sameString(x: usize, y: usize): bool {
  if (x == y) return true;
  if ((cellFlags(x) & cellFlags(y) & STR_FLAG_ATOM) != 0) return false;
  return strEquals(x, y);
}

/** SameValueZero — §7.2.11 (NaN equals NaN). */
export function SameValueZero(a: i64, b: i64): bool {
  if (isNumber(a) && isNumber(b)) {
    const x = toF64(a), y = toF64(b);
    return x == y || (x != x && y != y);
  }
  return IsStrictlyEqual(a, b);
}

/** IsLooselyEqual — §7.2.15; returns TRUE, FALSE or EXCEPTION. */
export function IsLooselyEqual(a: i64, b: i64): i64 {
  while (true) {
    if (isNumber(a) && isNumber(b)) return fromBool(toF64(a) == toF64(b));
    if ((isString(a) && isString(b)) || (isBoolean(a) && isBoolean(b)) ||
        (isObject(a) && isObject(b)) || (isSymbol(a) && isSymbol(b))) return fromBool(IsStrictlyEqual(a, b));
    if (isNullish(a) && isNullish(b)) return TRUE;
    if (isNullish(a) || isNullish(b)) return FALSE;
    if ((isBigInt(a) && (isBigInt(b) || isNumber(b) || isString(b))) ||
        (isBigInt(b) && (isNumber(a) || isString(a)))) return fromBool(looselyEqualBigInt(a, b));
    if (isNumber(a) && isString(b)) { b = ToNumber(b); continue; }
    if (isString(a) && isNumber(b)) { a = ToNumber(a); continue; }
    if (isBoolean(a)) { a = ToNumber(a); continue; }
    if (isBoolean(b)) { b = ToNumber(b); continue; }
    if (isObject(a) && !isObject(b)) {
      const sp0 = saveSp(); pushRoot(b);
      a = ToPrimitive(a, 0);
      restoreSp(sp0);
      if (a == EXCEPTION) return EXCEPTION;
      continue;
    }
    if (isObject(b) && !isObject(a)) {
      const sp0 = saveSp(); pushRoot(a);
      b = ToPrimitive(b, 0);
      restoreSp(sp0);
      if (b == EXCEPTION) return EXCEPTION;
      continue;
    }
    return FALSE;
  }
}

/** `a < b`, `a > b`, `a <= b`, `a >= b` via IsLessThan — §7.2.14 and §13.10.1.
 *  op: 0 <, 1 >, 2 <=, 3 >=. */
export function Compare(op: i32, a: i64, b: i64): i64 {
  const sp0 = saveSp();
  pushRoot(a); pushRoot(b);
  // Operands are converted left to right, whatever the operator.
  const pa = ToPrimitive(a, 1);
  if (pa == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
  pushRoot(pa);
  const pb = ToPrimitive(b, 1);
  if (pb == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
  let r: i32; // -1 undefined (NaN), 0 false, 1 true for "x < y" with x,y swapped for > and <=
  const swap = op == 1 || op == 2;
  const x = swap ? pb : pa, y = swap ? pa : pb;
  if (isString(x) && isString(y)) {
    r = strCompare(ptr(x), ptr(y)) < 0 ? 1 : 0;
  } else if ((isBigInt(x) && isString(y)) || (isString(x) && isBigInt(y))) {
    pushRoot(pb);
    const c = compareWithBigInt(x, y);
    r = c == 2 ? -1 : c < 0 ? 1 : 0;
  } else {
    pushRoot(pb);
    const nx = ToNumeric(x);
    if (nx == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
    pushRoot(nx);
    const ny = ToNumeric(y);
    if (ny == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
    if (isNumber(nx) && isNumber(ny)) {
      const dx = toF64(nx), dy = toF64(ny);
      r = dx != dx || dy != dy ? -1 : (dx < dy ? 1 : 0);
    } else {
      pushRoot(ny);
      const c = compareWithBigInt(nx, ny);
      r = c == 2 ? -1 : c < 0 ? 1 : 0;
    }
  }
  restoreSp(sp0);
  if (op <= 1) return fromBool(r == 1);
  return fromBool(r == 0); // <= and >= are "not (y < x)", false when undefined
}

/** typeof — §13.5.3. */
export function TypeOf(v: i64): i64 {
  let name: string;
  if (isNumber(v)) name = "number";
  else if (isString(v)) name = "string";
  else if (isBoolean(v)) name = "boolean";
  else if (v == UNDEFINED) name = "undefined";
  else if (v == NULL) name = "object";
  else if (isSymbol(v)) name = "symbol";
  else if (isBigInt(v)) name = "bigint";
  else name = cellKind(ptr(v)) == CELL_FUNCTION ? "function" : "object";
  return boxString(internStatic(name));
}

/** InstanceofOperator(V, target) with OrdinaryHasInstance — §13.10.2, §7.3.21. */
export function InstanceOf(v: i64, target: i64): i64 {
  if (!isObject(target)) return throwTypeError("Right-hand side of 'instanceof' is not an object");
  // InstanceofOperator — §13.10.2: a @@hasInstance method decides (the intrinsic
  // Function.prototype[@@hasInstance] is OrdinaryHasInstance itself, so it is not called).
  const sp0 = saveSp();
  pushRoot(v);
  pushRoot(target);
  const handler = GetV(target, wellKnownSymbol(WK_HAS_INSTANCE));
  if (handler == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
  if (!isNullish(handler) && handler != boxObject(functionHasInstance())) {
    if (!isCallable(handler)) { restoreSp(sp0); return throwTypeError("Symbol.hasInstance is not a function"); }
    const argv = pushRoot(v);
    const r = Call(handler, target, argv, 1);
    restoreSp(sp0);
    return r == EXCEPTION ? EXCEPTION : fromBool(ToBoolean(r));
  }
  restoreSp(sp0);
  if (cellKind(ptr(target)) != CELL_FUNCTION) {
    return throwTypeError("Right-hand side of 'instanceof' is not callable");
  }
  return OrdinaryHasInstance(target, v);
}

/** OrdinaryHasInstance(C, O) — §7.3.21 for a function `target`. */
export function OrdinaryHasInstance(target: i64, v: i64): i64 {
  // Step 2: a bound function answers for its target.
  target = boxObject(boundTargetFunction(ptr(target)));
  if (!isObject(v)) return FALSE;
  const sp0 = saveSp();
  pushRoot(v);
  const proto = Get(target, A_prototype, target);
  restoreSp(sp0);
  if (proto == EXCEPTION) return EXCEPTION;
  if (!isObject(proto)) return throwWithValue("Function has non-object prototype '", proto, "' in instanceof check");
  let p = objProto(ptr(v));
  while (isObject(p)) {
    if (p == proto) return TRUE;
    p = objProto(ptr(p));
  }
  return FALSE;
}
