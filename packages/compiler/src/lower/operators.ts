// Operators: number fast paths inline (both operands doubles → one f64 instruction), the generic
// operation in the engine otherwise (ops/operators.ts), named after the spec's operations.
import type * as ESTree from 'estree';
import type { FunctionCompiler } from './function.js';
import { lowerExpression, lowerCondition, toBoolean, withFirst, offsetOf, isSimple, lowerThis, lowerSuperMember } from './expressions.js';
import { privateGet, privateSet, privateIn, superSet } from './classes.js';
import { getProp, setProp, getElem, setElem, getGlobal, setGlobal } from './properties.js';
import { CompileError, messages } from '../errors.js';
import { bindPattern } from './patterns.js';
import { shortCircuit } from './calls.js';
import { recordOperands } from './record.js';
import { type Expr, i32, i64 } from './wasm.js';

/** Engine operator codes of Arith (ops/operators.ts). */
export const ARITH: Record<string, number> = {
  '-': 0, '*': 1, '/': 2, '%': 3, '**': 4, '&': 5, '|': 6, '^': 7, '<<': 8, '>>': 9, '>>>': 10,
};
const COMPARE: Record<string, number> = { '<': 0, '>': 1, '<=': 2, '>=': 3 };

/** `a op b` on two evaluated operands held in i64 locals `la` and `lb`. */
function binaryOp(fc: FunctionCompiler, op: string, la: number, lb: number, offset: number): Expr {
  const m = fc.m, w = fc.w;
  // Binaryen IR is a tree: every use needs its own local.get.
  const a = (): Expr => fc.get(la, i64);
  const b = (): Expr => fc.get(lb, i64);
  const both = () => m.i32.and(w.isNumber(a()), w.isNumber(b()));
  const fa = () => w.toF64(a()), fb = () => w.toF64(b());
  /** An Arith or Compare site computing `code`: in record mode it reports its operands first;
   *  in a profile-guided build whose profile saw int32 operands, `int32` (if given) runs first. */
  const operandSite = (kind: 'Arith' | 'Compare', code: Expr, int32?: () => Expr): Expr => {
    const site = fc.ctx.sites.add(kind, fc.fs.id, offset);
    const report = recordOperands(fc, site, a(), b());
    const fast = int32 && fc.ctx.specializer?.int32Operands(site, fc.fs) ? int32Path(fc, la, lb, int32(), code) : code;
    return report.length === 0 ? fast : m.block(null, [...report, fast], i64);
  };
  switch (op) {
    case '+':
      return operandSite('Arith', m.if(both(), w.fromF64(m.f64.add(fa(), fb())), fc.checked(fc.call('Add', [a(), b()], i64))));
    case '-': case '*': case '/': {
      const f = op === '-' ? m.f64.sub(fa(), fb()) : op === '*' ? m.f64.mul(fa(), fb()) : m.f64.div(fa(), fb());
      return operandSite('Arith', m.if(both(), w.fromF64(f), fc.checked(fc.call('Arith', [w.i32c(ARITH[op]), a(), b()], i64))));
    }
    case '%': case '&': case '|': case '^': case '<<': case '>>': case '>>>':
      return operandSite('Arith', fc.checked(fc.call('Arith', [w.i32c(ARITH[op]), a(), b()], i64)),
        () => int32Op(fc, op, la, lb));
    case '**':
      return operandSite('Arith', fc.checked(fc.call('Arith', [w.i32c(ARITH[op]), a(), b()], i64)));
    case '==': case '!=': {
      const eq = m.if(both(), w.boxBool(m.f64.eq(fa(), fb())),
        fc.checked(fc.call('IsLooselyEqual', [a(), b()], i64)));
      return operandSite('Compare', op === '==' ? eq : m.i64.xor(eq, w.i64c(1, 0)));
    }
    case '===': return w.boxBool(strictEquals(fc, la, lb));
    case '!==': return w.boxBool(m.i32.eqz(strictEquals(fc, la, lb)));
    case '<': case '>': case '<=': case '>=':
      return operandSite('Compare', m.if(both(), w.boxBool(numberCompare(fc, op, fa(), fb())),
        fc.checked(fc.call('Compare', [w.i32c(COMPARE[op]), a(), b()], i64))));
    case 'in':
      fc.ctx.sites.add('In', fc.fs.id, offset);
      return fc.checked(fc.call('InOperator', [a(), b()], i64));
    case 'instanceof':
      fc.ctx.sites.add('InstanceOf', fc.fs.id, offset);
      return fc.checked(fc.call('InstanceOf', [a(), b()], i64));
  }
  throw new CompileError(messages.unsupported(`operator ${op}`));
}

/** The int32 path of a profile-guided Arith site: when both operands are numbers with int32
 *  values (ToInt32 is then the value itself), `fast` computes the result, or EMPTY to decline
 *  (e.g. `%` with a negative dividend, where -0 may come out); otherwise `generic` runs. */
function int32Path(fc: FunctionCompiler, la: number, lb: number, fast: Expr, generic: Expr): Expr {
  const m = fc.m, w = fc.w;
  const done = fc.label('int32'), r = fc.local(i64);
  return m.block(done, [
    m.if(m.i32.and(isInt32(fc, la), isInt32(fc, lb)), m.block(null, [
      fc.set(r, fast),
      m.drop(m.br(done, m.i32.eqz(w.isEmpty(fc.get(r, i64))), fc.get(r, i64))),
    ])),
    generic,
  ], i64);
}

function isInt32(fc: FunctionCompiler, l: number): Expr {
  const m = fc.m, w = fc.w;
  const d = (): Expr => w.toF64(fc.get(l, i64));
  return m.if(w.isNumber(fc.get(l, i64)), m.f64.eq(m.f64.convert_s.i32(m.i32.trunc_s_sat.f64(d())), d()), w.i32c(0));
}

/** `a op b` on int32-valued numbers in locals `la`, `lb`: the boxed result, or EMPTY to decline. */
function int32Op(fc: FunctionCompiler, op: string, la: number, lb: number): Expr {
  const m = fc.m, w = fc.w;
  const ia = (): Expr => m.i32.trunc_s_sat.f64(w.toF64(fc.get(la, i64)));
  const ib = (): Expr => m.i32.trunc_s_sat.f64(w.toF64(fc.get(lb, i64)));
  const signed = (x: Expr): Expr => w.fromF64(m.f64.convert_s.i32(x));
  switch (op) {
    case '&': return signed(m.i32.and(ia(), ib()));
    case '|': return signed(m.i32.or(ia(), ib()));
    case '^': return signed(m.i32.xor(ia(), ib()));
    case '<<': return signed(m.i32.shl(ia(), ib()));
    case '>>': return signed(m.i32.shr_s(ia(), ib()));
    case '>>>': return w.fromF64(m.f64.convert_u.i32(m.i32.shr_u(ia(), ib())));
    case '%':
      // A non-negative dividend (sign bit clear: not -0) and a non-zero divisor: rem_s is exact.
      return m.if(m.i32.and(m.i64.ge_s(fc.get(la, i64), w.i64c(0, 0)), m.i32.ne(ib(), w.i32c(0))),
        signed(m.i32.rem_s(ia(), ib())), w.empty());
  }
  throw new Error(`no int32 path for ${op}`);
}

function numberCompare(fc: FunctionCompiler, op: string, x: Expr, y: Expr): Expr {
  const m = fc.m;
  switch (op) {
    case '<': return m.f64.lt(x, y);
    case '>': return m.f64.gt(x, y);
    case '<=': return m.f64.le(x, y);
    default: return m.f64.ge(x, y);
  }
}

/** IsStrictlyEqual as an i32 on locals: numbers by value, identical bits, else strings by content. */
function strictEquals(fc: FunctionCompiler, la: number, lb: number): Expr {
  const m = fc.m, w = fc.w;
  const a = (): Expr => fc.get(la, i64);
  const b = (): Expr => fc.get(lb, i64);
  return m.if(m.i32.and(w.isNumber(a()), w.isNumber(b())), m.f64.eq(w.toF64(a()), w.toF64(b())),
    m.if(m.i64.eq(a(), b()), w.i32c(1),
      // Strings and BigInts are equal by value.
      m.if(m.i32.or(m.i32.and(w.isString(a()), w.isString(b())), m.i32.and(w.isBigInt(a()), w.isBigInt(b()))),
        fc.call('rt_strict_equals', [a(), b()], i32), w.i32c(0))));
}

export function lowerBinary(fc: FunctionCompiler, e: ESTree.BinaryExpression): Expr {
  if (e.left.type === 'PrivateIdentifier') return privateIn(fc, e.left, lowerExpression(fc, e.right));
  const left = lowerExpression(fc, e.left as ESTree.Expression);
  return withFirst(fc, left, e.right, (a, b) => binaryOp(fc, e.operator, a, b, offsetOf(e)));
}

/** A comparison used as a condition: an i32 without boxing, or null if `e` is not one. */
export function lowerCompareCondition(fc: FunctionCompiler, e: ESTree.BinaryExpression): Expr | null {
  const op = e.operator;
  const m = fc.m, w = fc.w;
  if (!(op in COMPARE) && op !== '===' && op !== '!==') return null;
  if (e.left.type === 'PrivateIdentifier') return null;
  const left = lowerExpression(fc, e.left as ESTree.Expression);
  const a = fc.local(i64), b = fc.local(i64);
  const x = (): Expr => fc.get(a, i64), y = (): Expr => fc.get(b, i64);
  const build = (): Expr => {
    if (op === '===') return strictEquals(fc, a, b);
    if (op === '!==') return m.i32.eqz(strictEquals(fc, a, b));
    fc.ctx.sites.add('Compare', fc.fs.id, offsetOf(e));
    return m.if(m.i32.and(w.isNumber(x()), w.isNumber(y())), numberCompare(fc, op, w.toF64(x()), w.toF64(y())),
      m.i64.eq(fc.checked(fc.call('Compare', [w.i32c(COMPARE[op]), x(), y()], i64)), w.bool(true)));
  };
  if (isSimple(e.right)) {
    return m.block(null, [fc.set(a, left), fc.set(b, lowerExpression(fc, e.right)), build()], i32);
  }
  const slot = fc.allocTemp();
  const code = [fc.storeSlot(slot, left), fc.set(b, lowerExpression(fc, e.right)), fc.set(a, fc.loadSlot(slot))];
  fc.freeTemp(slot);
  return m.block(null, [...code, build()], i32);
}

export function lowerLogical(fc: FunctionCompiler, e: ESTree.LogicalExpression): Expr {
  const m = fc.m, w = fc.w;
  const t = fc.local(i64);
  const left = fc.set(t, lowerExpression(fc, e.left));
  const right = lowerExpression(fc, e.right);
  const keep = fc.get(t, i64);
  let test: Expr;
  if (e.operator === '??') test = m.i32.eqz(w.isNullish(fc.get(t, i64)));
  else {
    const truthy = toBoolean(fc, fc.get(t, i64));
    test = e.operator === '&&' ? m.i32.eqz(truthy) : truthy;
  }
  return m.block(null, [left, m.if(test, keep, right)], i64);
}

export function lowerUnary(fc: FunctionCompiler, e: ESTree.UnaryExpression): Expr {
  const m = fc.m, w = fc.w;
  const arg = e.argument;
  switch (e.operator) {
    case '!': return w.boxBool(m.i32.eqz(lowerCondition(fc, arg)));
    case 'void': return m.block(null, [m.drop(lowerExpression(fc, arg)), w.undef()], i64);
    case 'typeof': {
      const v = arg.type === 'Identifier' && !fc.ctx.analysis.references.get(arg)
        ? fc.checked(fc.call('getGlobalOrUndefined', [fc.strPtr(arg.name)], i64))
        : lowerExpression(fc, arg);
      return fc.call('TypeOf', [v], i64);
    }
    case 'delete': return lowerDelete(fc, arg);
    case '-': case '+': case '~': {
      const t = fc.local(i64);
      const v = (): Expr => fc.get(t, i64);
      const r = e.operator === '-'
        ? m.if(w.isNumber(v()), w.fromF64(m.f64.neg(w.toF64(v()))), fc.checked(fc.call('Unary', [w.i32c(0), v()], i64)))
        : e.operator === '+'
          ? m.if(w.isNumber(v()), v(), fc.checked(fc.call('ToNumber', [v()], i64)))
          : fc.checked(fc.call('Unary', [w.i32c(2), v()], i64));
      return m.block(null, [fc.set(t, lowerExpression(fc, arg)), r], i64);
    }
  }
  throw new CompileError(messages.unsupported(`operator ${e.operator}`));
}

/** Compound assignment operator → binary operator (`+=` → `+`); null for plain `=`. */
function compoundOp(op: string): string | null {
  return op === '=' ? null : op.slice(0, -1);
}

export function lowerAssignment(fc: FunctionCompiler, e: ESTree.AssignmentExpression): Expr {
  const m = fc.m;
  const op = compoundOp(e.operator);
  const target = e.left;
  const result = fc.local(i64);
  const at = offsetOf(e);
  if (op === '&&' || op === '||' || op === '??') return lowerLogicalAssignment(fc, e, op);
  if (target.type === 'Identifier') {
    const b = fc.ctx.analysis.references.get(target);
    const read = (): Expr => b ? fc.readBinding(b, at) : getGlobal(fc, target.name, offsetOf(target));
    const value = op ? withFirst(fc, read(), e.right, (a, r) => binaryOp(fc, op, a, r, at))
      : lowerExpression(fc, e.right);
    const store = b ? fc.assignBinding(b, fc.get(result, i64), at) : setGlobal(fc, target.name, fc.get(result, i64), at);
    return m.block(null, [fc.set(result, value), store, fc.get(result, i64)], i64);
  }
  if (target.type === 'ObjectPattern' || target.type === 'ArrayPattern') {
    // The value of `[a, b] = v` is v: it stays in a rooted slot while the pattern is bound.
    const v = fc.allocTemp();
    const code = [fc.storeSlot(v, lowerExpression(fc, e.right)),
      bindPattern(fc, target, fc.loadSlot(v), 'assign', e.right), fc.loadSlot(v)];
    fc.freeTemp(v);
    return m.block(null, code, i64);
  }
  if (target.type !== 'MemberExpression') throw new CompileError(messages.invalidAssignmentTarget());
  if (target.property.type === 'PrivateIdentifier' || target.object.type === 'Super') {
    return lowerClassMemberAssignment(fc, e, target, op);
  }
  // obj.key op= value / obj[key] op= value: obj (and key) are evaluated once, kept rooted.
  const objSlot = fc.allocTemp();
  const code: Expr[] = [fc.storeSlot(objSlot, lowerExpression(fc, target.object as ESTree.Expression))];
  let keySlot = -1;
  if (target.computed) {
    keySlot = fc.allocTemp();
    code.push(fc.storeSlot(keySlot, lowerExpression(fc, target.property as ESTree.Expression)));
  }
  const name = target.computed ? '' : (target.property as ESTree.Identifier).name;
  const propAt = offsetOf(target.property);
  const read = (): Expr => target.computed ? getElem(fc, fc.loadSlot(objSlot), fc.loadSlot(keySlot), propAt)
    : getProp(fc, fc.loadSlot(objSlot), name, propAt);
  const value = op ? withFirst(fc, read(), e.right, (a, r) => binaryOp(fc, op, a, r, at)) : lowerExpression(fc, e.right);
  code.push(fc.set(result, value));
  code.push(target.computed ? setElem(fc, fc.loadSlot(objSlot), fc.loadSlot(keySlot), fc.get(result, i64), propAt)
    : setProp(fc, fc.loadSlot(objSlot), name, fc.get(result, i64), propAt));
  if (keySlot >= 0) fc.freeTemp(keySlot);
  fc.freeTemp(objSlot);
  return m.block(null, [...code, fc.get(result, i64)], i64);
}

/** `obj.#x op= v` and `super.x op= v`. */
function lowerClassMemberAssignment(fc: FunctionCompiler, e: ESTree.AssignmentExpression,
                                    target: ESTree.MemberExpression, op: string | null): Expr {
  const m = fc.m;
  const at = offsetOf(e);
  if (target.object.type === 'Super') {
    if (target.computed) throw new CompileError(messages.unsupported('assignment to super[key]'));
    const sup = target.object;
    const key = (target.property as ESTree.Identifier).name;
    const value = op ? withFirst(fc, lowerSuperMember(fc, target, sup), e.right, (a, r) => binaryOp(fc, op, a, r, at))
      : lowerExpression(fc, e.right);
    return superSet(fc, sup, fc.strPtr(key), value, lowerThis(fc));
  }
  const id = target.property as ESTree.PrivateIdentifier;
  const objSlot = fc.allocTemp();
  const code = [fc.storeSlot(objSlot, lowerExpression(fc, target.object as ESTree.Expression))];
  const value = op ? withFirst(fc, privateGet(fc, fc.loadSlot(objSlot), id), e.right, (a, r) => binaryOp(fc, op, a, r, at))
    : lowerExpression(fc, e.right);
  code.push(privateSet(fc, fc.loadSlot(objSlot), id, value));
  fc.freeTemp(objSlot);
  return m.block(null, code, i64);
}

/** `a ||= b`, `a &&= b`, `a ??= b`: assign only when the short-circuit does not apply. */
function lowerLogicalAssignment(fc: FunctionCompiler, e: ESTree.AssignmentExpression, op: string): Expr {
  const m = fc.m;
  const current = fc.local(i64);
  const read = lowerExpression(fc, e.left as ESTree.Expression);
  const test = op === '??' ? m.i32.eqz(fc.w.isNullish(fc.get(current, i64)))
    : op === '&&' ? m.i32.eqz(toBoolean(fc, fc.get(current, i64))) : toBoolean(fc, fc.get(current, i64));
  const assign = lowerAssignment(fc, { ...e, operator: '=' });
  return m.block(null, [fc.set(current, read), m.if(test, fc.get(current, i64), assign)], i64);
}

export function lowerUpdate(fc: FunctionCompiler, e: ESTree.UpdateExpression): Expr {
  const m = fc.m, w = fc.w;
  const old = fc.local(i64), nu = fc.local(i64);
  const at = offsetOf(e);
  // old = ToNumeric(value); new = old ± 1 (inline for a number, the engine's Unary otherwise)
  const compute = (value: Expr): Expr[] => [
    fc.set(old, value),
    m.if(w.isNumber(fc.get(old, i64)),
      fc.set(nu, w.fromF64((e.operator === '++' ? m.f64.add : m.f64.sub)(w.toF64(fc.get(old, i64)), m.f64.const(1)))),
      m.block(null, [
        fc.set(old, fc.checked(fc.call('ToNumeric', [fc.get(old, i64)], i64))),
        fc.set(nu, fc.checked(fc.call('Unary', [w.i32c(e.operator === '++' ? 3 : 4), fc.get(old, i64)], i64))),
      ])),
  ];
  const result = e.prefix ? fc.get(nu, i64) : fc.get(old, i64);
  const target = e.argument;
  if (target.type === 'Identifier') {
    const b = fc.ctx.analysis.references.get(target);
    const read = b ? fc.readBinding(b, at) : getGlobal(fc, target.name, at);
    const store = b ? fc.assignBinding(b, fc.get(nu, i64), at) : setGlobal(fc, target.name, fc.get(nu, i64), at);
    return m.block(null, [...compute(read), store, result], i64);
  }
  if (target.type !== 'MemberExpression') throw new CompileError(messages.invalidAssignmentTarget());
  const objSlot = fc.allocTemp();
  const code: Expr[] = [fc.storeSlot(objSlot, lowerExpression(fc, target.object as ESTree.Expression))];
  if (target.property.type === 'PrivateIdentifier') {
    code.push(...compute(privateGet(fc, fc.loadSlot(objSlot), target.property)));
    code.push(m.drop(privateSet(fc, fc.loadSlot(objSlot), target.property, fc.get(nu, i64))));
    fc.freeTemp(objSlot);
    return m.block(null, [...code, result], i64);
  }
  let keySlot = -1;
  if (target.computed) {
    keySlot = fc.allocTemp();
    code.push(fc.storeSlot(keySlot, lowerExpression(fc, target.property as ESTree.Expression)));
  }
  const propAt = offsetOf(target.property);
  const name = target.computed ? '' : (target.property as ESTree.Identifier).name;
  code.push(...compute(target.computed ? getElem(fc, fc.loadSlot(objSlot), fc.loadSlot(keySlot), propAt)
    : getProp(fc, fc.loadSlot(objSlot), name, propAt)));
  code.push(target.computed ? setElem(fc, fc.loadSlot(objSlot), fc.loadSlot(keySlot), fc.get(nu, i64), propAt)
    : setProp(fc, fc.loadSlot(objSlot), name, fc.get(nu, i64), propAt));
  if (keySlot >= 0) fc.freeTemp(keySlot);
  fc.freeTemp(objSlot);
  return m.block(null, [...code, result], i64);
}

/** `delete ref` — §13.5.1.2: a property reference is deleted (in strict code a refusal throws);
 *  anything else is evaluated and gives true, as does an optional chain that short-circuits. */
function lowerDelete(fc: FunctionCompiler, arg: ESTree.Expression): Expr {
  const m = fc.m, w = fc.w;
  if (arg.type === 'ChainExpression' && arg.expression.type === 'MemberExpression') {
    const saved = fc.chainLabel;
    fc.chainLabel = fc.label('chain');
    const r = fc.local(i64);
    const result = m.block(fc.chainLabel, [deleteProperty(fc, arg.expression)], i64);
    fc.chainLabel = saved;
    return m.block(null, [fc.set(r, result), m.select(w.isUndefined(fc.get(r, i64)), w.bool(true), fc.get(r, i64))], i64);
  }
  if (arg.type !== 'MemberExpression') return m.block(null, [m.drop(lowerExpression(fc, arg)), w.bool(true)], i64);
  return deleteProperty(fc, arg);
}

function deleteProperty(fc: FunctionCompiler, arg: ESTree.MemberExpression): Expr {
  const m = fc.m, w = fc.w;
  let obj = lowerExpression(fc, arg.object as ESTree.Expression);
  if (arg.optional) {
    const o = fc.local(i64);
    obj = m.block(null, [fc.set(o, obj), shortCircuit(fc, fc.get(o, i64)), fc.get(o, i64)], i64);
  }
  const strict = w.i32c(fc.fs.strict ? 1 : 0);
  if (!arg.computed) {
    return fc.checked(fc.call('DeleteElement', [obj, fc.str((arg.property as ESTree.Identifier).name), strict], i64));
  }
  return withFirst(fc, obj, arg.property, (o, k) => fc.checked(fc.call('DeleteElement', [fc.get(o, i64), fc.get(k, i64), strict], i64)));
}
