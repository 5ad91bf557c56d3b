// Unboxed numbers, in the optimizing tier: an expression whose static type is a Number
// (analyze/number-types.ts) is lowered to a Wasm i32 or f64, and a typed binding lives in a Wasm
// local of that type, with no frame slot (a Number is never a pointer, so the collector need not
// see it). Values are boxed only where they escape: as an argument, a property value, a return.
// An operand whose type is not known statically is tested once; when it is not a Number the
// generic operation runs, and its result, certain to be a Number, is unboxed again.
import type binaryen from 'binaryen';
import type * as ESTree from 'estree';
import type { FunctionCompiler } from './function.js';
import { binaryType, compoundOperator, type NumberType } from '../analyze/number-types.js';
import { lowerExpressionBoxed, lowerExpression, lowerCondition, isSimple, offsetOf, rootedAcross } from './expressions.js';
import { ARITH } from './operators.js';
import { type Expr, f64, i32, i64 } from './wasm.js';

/** The Wasm type holding a NumberType. */
export function wasmType(t: NumberType): number { return t === 'f64' ? f64 : i32; }

/** The static type of `e` in this function, or null (boxed). */
export function numberType(fc: FunctionCompiler, e: ESTree.Node): NumberType | null {
  return fc.numbers?.of(e) ?? null;
}

/** Box an unboxed number of type `t`. */
export function boxNumber(fc: FunctionCompiler, x: Expr, t: NumberType): Expr {
  return fc.w.fromF64(convertNumber(fc, x, t, 'f64'));
}

/** Unbox a value known to be a Number into type `t` (exact: the analysis proved the type). */
export function unboxNumber(fc: FunctionCompiler, v: Expr, t: NumberType): Expr {
  const m = fc.m, d = fc.w.toF64(v);
  return t === 'f64' ? d : t === 'i32' ? m.i32.trunc_s_sat.f64(d) : m.i32.trunc_u_sat.f64(d);
}

/** ToInt32 of f64 `d` known to be integral or within ±2^63: the low 32 bits of its i64 truncation. */
export const wrappedInt32 = (m: binaryen.Module, d: Expr): Expr => m.i32.wrap(m.i64.trunc_s_sat.f64(d));

/** Convert an unboxed number between types: widening to f64 is exact; to i32 it is ToInt32. */
export function convertNumber(fc: FunctionCompiler, x: Expr, from: NumberType, to: NumberType): Expr {
  const m = fc.m;
  if (from === to || (from !== 'f64' && to !== 'f64')) return x; // i32 ↔ u32: the same 32 bits
  if (to === 'f64') return from === 'i32' ? m.f64.convert_s.i32(x) : m.f64.convert_u.i32(x);
  // ToInt32 (§7.1.6): when |x| < 2^63 (NaN fails the test) the truncated value fits an i64
  // exactly and its low 32 bits are the answer (hashes `(h * 31 + c) >>> 0` pass 2^31 all the
  // time); the engine otherwise (infinities, NaN, huge values).
  const t = fc.local(f64);
  return m.block(null, [
    fc.set(t, x),
    m.if(m.f64.lt(m.f64.abs(fc.get(t, f64)), m.f64.const(2 ** 63)),
      wrappedInt32(m, fc.get(t, f64)), fc.call('ToInt32', [fc.get(t, f64)], i32)),
  ], i32);
}

/** `e`, whose static type is a Number, as an unboxed value of type `to`. */
export function lowerNumber(fc: FunctionCompiler, e: ESTree.Node, to: NumberType): Expr {
  const t = numberType(fc, e);
  if (t === null) throw new Error(`lowerNumber: ${e.type} has no number type`);
  return convertNumber(fc, lowerNatural(fc, e, t), t, to);
}

/** `e` as an unboxed value of its own static type `t`. */
function lowerNatural(fc: FunctionCompiler, e: ESTree.Node, t: NumberType): Expr {
  const m = fc.m, w = fc.w;
  switch (e.type) {
    case 'Literal': return t === 'f64' ? m.f64.const(e.value as number) : w.i32c(e.value as number);
    case 'Identifier': {
      const b = fc.ctx.analysis.references.get(e);
      const typed = b ? fc.typedBinding(b) : null;
      if (typed) return fc.get(typed.local, wasmType(typed.type));
      break;
    }
    case 'UnaryExpression': {
      const at = numberType(fc, e.argument);
      if (e.operator === '-' && at) return m.f64.neg(lowerNumber(fc, e.argument, 'f64'));
      if (e.operator === '~' && at) return m.i32.xor(lowerNumber(fc, e.argument, 'i32'), w.i32c(-1));
      if (e.operator === '+') {
        if (at) return lowerNumber(fc, e.argument, 'f64');
        const v = fc.local(i64);
        return m.block(null, [fc.set(v, lowerExpression(fc, e.argument)),
          m.if(w.isNumber(fc.get(v, i64)), w.toF64(fc.get(v, i64)),
            w.toF64(fc.checked(fc.call('ToNumber', [fc.get(v, i64)], i64))))], f64);
      }
      break;
    }
    case 'BinaryExpression':
      return binary(fc, e.operator, e.left as ESTree.Expression, e.right, offsetOf(e), t);
    case 'AssignmentExpression': {
      const b = e.left.type === 'Identifier' ? fc.ctx.analysis.references.get(e.left) : null;
      const typed = b && b.kind === 'let' ? fc.typedBinding(b) : null; // a const assignment throws
      const op = compoundOperator(e.operator);
      if (!typed || op === null) break;
      const type = op === '' ? typed.type : binaryType(op, typed.type, numberType(fc, e.right))!;
      const value = op === '' ? lowerNumber(fc, e.right, typed.type)
        : convertNumber(fc, binary(fc, op, e.left as ESTree.Identifier, e.right, offsetOf(e), type), type, typed.type);
      return convertNumber(fc, m.local.tee(typed.local, value, wasmType(typed.type)), typed.type, t);
    }
    case 'UpdateExpression': {
      const b = e.argument.type === 'Identifier' ? fc.ctx.analysis.references.get(e.argument) : null;
      const typed = b && b.kind === 'let' ? fc.typedBinding(b) : null;
      if (!typed) break; // the analysis types `x++` only on a typed binding, which is then f64
      const old = fc.local(f64);
      const step = (e.operator === '++' ? m.f64.add : m.f64.sub)(fc.get(old, f64), m.f64.const(1));
      const update = [fc.set(old, fc.get(typed.local, f64)), fc.set(typed.local, step)];
      return m.block(null, [...update, e.prefix ? fc.get(typed.local, f64) : fc.get(old, f64)], f64);
    }
    case 'ConditionalExpression':
      return m.if(lowerCondition(fc, e.test), lowerNumber(fc, e.consequent, t), lowerNumber(fc, e.alternate, t));
    case 'SequenceExpression': {
      const parts = e.expressions.slice(0, -1).map((x) => m.drop(lowerExpression(fc, x)));
      return m.block(null, [...parts, lowerNumber(fc, e.expressions[e.expressions.length - 1], t)], wasmType(t));
    }
  }
  return unboxNumber(fc, lowerExpressionBoxed(fc, e), t);
}

/** An evaluated operand: unboxed (`type` set) or boxed (null), read with `get`. */
interface Operand { type: NumberType | null; get(): Expr }

/** Evaluate `left` then `right` into operands and build from them. A boxed left value is kept in
 *  a rooted frame slot while `right` may allocate. */
function withOperands(fc: FunctionCompiler, left: ESTree.Node, right: ESTree.Node,
                      build: (a: Operand, b: Operand) => Expr, type: number): Expr {
  const operand = (e: ESTree.Node): { value: Operand; code: Expr } => {
    const t = numberType(fc, e);
    const l = fc.local(t ? wasmType(t) : i64);
    return { value: { type: t, get: () => fc.get(l, t ? wasmType(t) : i64) }, code: fc.set(l, t ? lowerNumber(fc, e, t) : lowerExpression(fc, e)) };
  };
  if (numberType(fc, left) !== null) {
    const a = operand(left), b = operand(right);
    return fc.m.block(null, [a.code, b.code, build(a.value, b.value)], type);
  }
  let b!: ReturnType<typeof operand>;
  const kept = rootedAcross(fc, lowerExpression(fc, left), isSimple(right), () => [(b = operand(right)).code]);
  return fc.m.block(null, [...kept.code, build({ type: null, get: () => fc.get(kept.local, i64) }, b.value)], type);
}

/** `a op b` with a Number result of type `t` (op is `+` on two Numbers or a numeric operator). */
function binary(fc: FunctionCompiler, op: string, left: ESTree.Expression, right: ESTree.Node,
                offset: number, t: NumberType): Expr {
  return withOperands(fc, left, right, (a, b) => {
    const site = fc.ctx.sites.add('Arith', fc.fs.id, offset);
    fc.ctx.specializer?.report.site(fc.fs, site, 'specialized: unboxed number operands (static types)', true);
    const boxed = [a, b].filter((x) => x.type === null);
    const fast = numberOp(fc, op, asNumber(fc, a), asNumber(fc, b));
    if (boxed.length === 0) return fast;
    const m = fc.m, w = fc.w;
    const test = boxed.map((x) => w.isNumber(x.get())).reduce((x, y) => m.i32.and(x, y));
    const box = (x: Operand): Expr => x.type ? boxNumber(fc, x.get(), x.type) : x.get();
    const generic = op === '+' ? fc.call('Add', [box(a), box(b)], i64)
      : fc.call('Arith', [w.i32c(ARITH[op]), box(a), box(b)], i64);
    return m.if(test, fast, unboxNumber(fc, fc.checked(generic), t));
  }, wasmType(t));
}

/** An operand as a typed number: boxed ones are read as f64 (valid where they were tested). */
function asNumber(fc: FunctionCompiler, x: Operand): { x: () => Expr; t: NumberType } {
  return x.type ? { x: x.get, t: x.type } : { x: () => fc.w.toF64(x.get()), t: 'f64' };
}

/** `a op b` on unboxed numbers; the result has the operator's type (binaryType). */
function numberOp(fc: FunctionCompiler, op: string, a: { x: () => Expr; t: NumberType },
                  b: { x: () => Expr; t: NumberType }): Expr {
  const m = fc.m;
  const d = (v: typeof a): Expr => convertNumber(fc, v.x(), v.t, 'f64');
  const n = (v: typeof a): Expr => convertNumber(fc, v.x(), v.t, 'i32');
  switch (op) {
    case '+': return m.f64.add(d(a), d(b));
    case '-': return m.f64.sub(d(a), d(b));
    case '*': return m.f64.mul(d(a), d(b));
    case '/': return m.f64.div(d(a), d(b));
    case '&': return m.i32.and(n(a), n(b));
    case '|': return m.i32.or(n(a), n(b));
    case '^': return m.i32.xor(n(a), n(b));
    case '<<': return m.i32.shl(n(a), n(b));
    case '>>': return m.i32.shr_s(n(a), n(b));
    case '>>>': return m.i32.shr_u(n(a), n(b));
    case '%': {
      // int32 operands with a non-negative dividend and a non-zero divisor: rem_s is exact (a
      // negative dividend may give -0, which only the double path represents).
      const generic = fc.w.toF64(fc.call('Arith', [fc.w.i32c(ARITH['%']), fc.w.fromF64(d(a)), fc.w.fromF64(d(b))], i64));
      if (a.t !== 'i32' || b.t !== 'i32') return generic;
      return m.if(m.i32.and(m.i32.ge_s(a.x(), fc.w.i32c(0)), m.i32.ne(b.x(), fc.w.i32c(0))),
        m.f64.convert_s.i32(m.i32.rem_s(a.x(), b.x())), generic);
    }
    case '**':
      return fc.w.toF64(fc.call('Arith', [fc.w.i32c(ARITH['**']), fc.w.fromF64(d(a)), fc.w.fromF64(d(b))], i64));
  }
  throw new Error(`no unboxed form of ${op}`);
}

const COMPARISONS = new Set(['<', '>', '<=', '>=', '==', '!=', '===', '!==']);
const COMPARE_CODES: Record<string, number> = { '<': 0, '>': 1, '<=': 2, '>=': 3 };

/** A comparison with at least one statically typed operand, as an i32 condition; else null. */
export function lowerNumberComparison(fc: FunctionCompiler, e: ESTree.BinaryExpression): Expr | null {
  if (!fc.numbers || !COMPARISONS.has(e.operator) || e.left.type === 'PrivateIdentifier') return null;
  if (numberType(fc, e.left) === null && numberType(fc, e.right) === null) return null;
  const op = e.operator;
  return withOperands(fc, e.left, e.right, (a, b) => {
    const m = fc.m, w = fc.w;
    if (op !== '===' && op !== '!==') fc.ctx.sites.add('Compare', fc.fs.id, offsetOf(e));
    const fast = compareNumbers(fc, op, asNumber(fc, a), asNumber(fc, b));
    const boxed = [a, b].filter((x) => x.type === null);
    if (boxed.length === 0) return fast;
    const test = boxed.map((x) => w.isNumber(x.get())).reduce((x, y) => m.i32.and(x, y));
    // A Number is never strictly equal to a value of another type.
    if (op === '===') return m.if(test, fast, w.i32c(0));
    if (op === '!==') return m.if(test, fast, w.i32c(1));
    const box = (x: Operand): Expr => x.type ? boxNumber(fc, x.get(), x.type) : x.get();
    const generic = op === '==' || op === '!='
      ? fc.call('IsLooselyEqual', [box(a), box(b)], i64)
      : fc.call('Compare', [w.i32c(COMPARE_CODES[op]), box(a), box(b)], i64);
    const truth = m.i64.eq(fc.checked(generic), w.bool(true));
    return m.if(test, fast, op === '!=' ? m.i32.eqz(truth) : truth);
  }, i32);
}

function compareNumbers(fc: FunctionCompiler, op: string, a: { x: () => Expr; t: NumberType },
                        b: { x: () => Expr; t: NumberType }): Expr {
  const m = fc.m;
  const eq = op === '==' || op === '===', ne = op === '!=' || op === '!==';
  if (a.t === b.t && a.t !== 'f64') {
    const s = a.t === 'i32';
    const x = a.x(), y = b.x();
    if (eq) return m.i32.eq(x, y);
    if (ne) return m.i32.ne(x, y);
    if (op === '<') return s ? m.i32.lt_s(x, y) : m.i32.lt_u(x, y);
    if (op === '>') return s ? m.i32.gt_s(x, y) : m.i32.gt_u(x, y);
    if (op === '<=') return s ? m.i32.le_s(x, y) : m.i32.le_u(x, y);
    return s ? m.i32.ge_s(x, y) : m.i32.ge_u(x, y);
  }
  const x = convertNumber(fc, a.x(), a.t, 'f64'), y = convertNumber(fc, b.x(), b.t, 'f64');
  if (eq) return m.f64.eq(x, y);
  if (ne) return m.f64.ne(x, y);
  if (op === '<') return m.f64.lt(x, y);
  if (op === '>') return m.f64.gt(x, y);
  if (op === '<=') return m.f64.le(x, y);
  return m.f64.ge(x, y);
}
