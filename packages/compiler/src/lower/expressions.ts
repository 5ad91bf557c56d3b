// Expression lowering: every JS expression becomes a Wasm expression of type i64 (a boxed value),
// with exceptions branching to the current handler. Operators are in operators.ts, property access
// in properties.ts, calls in calls.ts.
import type * as ESTree from 'estree';
import type { FunctionCompiler } from './function.js';
import { getProp, getElem, getGlobal } from './properties.js';
import { lowerCall, lowerNew, shortCircuit } from './calls.js';
import {
  lowerUnary, lowerBinary, lowerLogical, lowerAssignment, lowerUpdate, lowerCompareCondition,
} from './operators.js';
import { lowerYield, lowerAwait } from './coroutines.js';
import { lowerTaggedTemplate } from './templates.js';
import { CompileError, messages } from '../errors.js';
import { valueText } from './patterns.js';
import { recordBranch } from './record.js';
import { lowerObject } from './object-literal.js';
import { lowerClass, inDerivedConstructor, derivedThis, privateGet, superGet } from './classes.js';
import { boxNumber, lowerNumber, lowerNumberComparison } from './numeric.js';
import { type Expr, i32, i64 } from './wasm.js';
import { inlineAllocClosure } from './alloc.js';
import { functionFlags, FF_CONSTRUCTOR, FF_GENERATOR, FF_ASYNC } from './program.js';

export function offsetOf(n: ESTree.Node): number { return (n as { start?: number }).start ?? 0; }

/** Nodes that stand for code lowered by a function (a tagged template's template object passed
 *  through lowerCall as an argument). */
const lowered = new WeakMap<ESTree.Node, (fc: FunctionCompiler) => Expr>();

/** A placeholder expression node whose lowering is `lower`. */
export function loweredNode(lower: (fc: FunctionCompiler) => Expr): ESTree.Expression {
  const node: ESTree.Expression = { type: 'ThisExpression' };
  lowered.set(node, lower);
  return node;
}

/** True for expressions whose evaluation cannot allocate or call (no collection can happen). */
export function isSimple(e: ESTree.Node): boolean {
  if (lowered.has(e)) return false;
  if (e.type === 'Literal') return !('regex' in e && e.regex); // a RegExp literal allocates
  return e.type === 'Identifier' || e.type === 'ThisExpression';
}

export function lowerExpression(fc: FunctionCompiler, e: ESTree.Node): Expr {
  if (fc.numbers && e.type !== 'Literal' && e.type !== 'Identifier') {
    const t = fc.numbers.of(e);
    if (t) return boxNumber(fc, lowerNumber(fc, e, t), t);
  }
  return lowerExpressionBoxed(fc, e);
}

/** `e` as a boxed value, without the unboxed-number lowering of lowerExpression. */
export function lowerExpressionBoxed(fc: FunctionCompiler, e: ESTree.Node): Expr {
  const m = fc.m, w = fc.w;
  const custom = lowered.get(e);
  if (custom) return custom(fc);
  switch (e.type) {
    case 'Literal': return lowerLiteral(fc, e);
    case 'Identifier': return lowerIdentifier(fc, e);
    case 'ThisExpression': return lowerThis(fc);
    case 'TemplateLiteral': return lowerTemplate(fc, e);
    case 'ArrayExpression': return lowerArray(fc, e);
    case 'ObjectExpression': return lowerObject(fc, e);
    case 'FunctionExpression': case 'ArrowFunctionExpression': return lowerClosure(fc, e);
    case 'ClassExpression': return lowerClass(fc, e);
    case 'UnaryExpression': return lowerUnary(fc, e);
    case 'BinaryExpression': return lowerBinary(fc, e);
    case 'LogicalExpression': return lowerLogical(fc, e);
    case 'AssignmentExpression': return lowerAssignment(fc, e);
    case 'UpdateExpression': return lowerUpdate(fc, e);
    case 'ConditionalExpression':
      return m.if(recordBranch(fc, e.consequent, lowerCondition(fc, e.test)), lowerExpression(fc, e.consequent), lowerExpression(fc, e.alternate));
    case 'SequenceExpression': {
      const parts = e.expressions.map((x) => lowerExpression(fc, x));
      const last = parts.pop()!;
      return m.block(null, [...parts.map((p) => m.drop(p)), last], i64);
    }
    case 'MemberExpression': return lowerMember(fc, e);
    case 'ChainExpression': {
      const saved = fc.chainLabel;
      fc.chainLabel = fc.label('chain');
      const body = lowerExpression(fc, e.expression);
      const r = m.block(fc.chainLabel, [body], i64);
      fc.chainLabel = saved;
      return r;
    }
    case 'CallExpression': return lowerCall(fc, e);
    case 'NewExpression': return lowerNew(fc, e);
    case 'MetaProperty': return fc.newTargetValue();
    case 'YieldExpression': return lowerYield(fc, e);
    case 'TaggedTemplateExpression': return lowerTaggedTemplate(fc, e);
    case 'AwaitExpression': return lowerAwait(fc, e);
    default:
      throw new CompileError(messages.unsupported(e.type));
  }
  void w;
}

function lowerLiteral(fc: FunctionCompiler, e: ESTree.Literal): Expr {
  const w = fc.w;
  const v = e.value;
  if (v === null) return w.nul();
  if (typeof v === 'number') return w.number(v);
  if (typeof v === 'boolean') return w.bool(v);
  if (typeof v === 'string') return fc.str(v);
  if ('bigint' in e && e.bigint) return fc.m.global.get(fc.ctx.constants.bigint(BigInt(e.bigint)).global, i64);
  // A regular expression literal: a new RegExp per evaluation; the engine caches the compiled
  // program by (pattern, flags), so the pattern compiles once. acorn has validated its syntax.
  if ('regex' in e && e.regex) {
    return fc.checked(fc.call('rt_regexp_create', [fc.str(e.regex.pattern), fc.str(e.regex.flags)], i64));
  }
  throw new CompileError(messages.unsupported('this literal'));
}

function lowerIdentifier(fc: FunctionCompiler, e: ESTree.Identifier): Expr {
  const b = fc.ctx.analysis.references.get(e);
  if (b) return fc.readBinding(b, offsetOf(e));
  if (e.name === 'undefined') return fc.w.undef();
  return getGlobal(fc, e.name, offsetOf(e));
}

export function lowerThis(fc: FunctionCompiler): Expr {
  const owner = fc.fs.thisOwner;
  if (owner.isProgram) return fc.w.undef();
  if (inDerivedConstructor(fc)) return derivedThis(fc);
  if (owner.thisBinding) return fc.readBinding(owner.thisBinding, 0);
  return fc.get(fc.thisLocal, i64);
}

/** A closure of function literal `node` over the current environment. */
export function lowerClosure(fc: FunctionCompiler, node: ESTree.Function): Expr {
  const inner = fc.ctx.analysis.functionOf.get(node)!;
  const info = (): Expr => fc.m.global.get(fc.ctx.infoGlobal(inner), i32);
  if ((functionFlags(inner) & (FF_CONSTRUCTOR | FF_GENERATOR | FF_ASYNC)) === 0) {
    return inlineAllocClosure(fc, info, () => fc.currentEnv(), fc.ctx.tableIndex(inner));
  }
  return fc.call('rt_new_closure', [info(), fc.currentEnv()], i64);
}

function lowerTemplate(fc: FunctionCompiler, e: ESTree.TemplateLiteral): Expr {
  const m = fc.m;
  const acc = fc.allocTemp();
  const code: Expr[] = [fc.storeSlot(acc, fc.str(e.quasis[0].value.cooked ?? ''))];
  e.expressions.forEach((x, i) => {
    const s = fc.checked(fc.call('ToStringValue', [lowerExpression(fc, x)], i64));
    code.push(fc.storeSlot(acc, fc.checked(fc.call('Add', [fc.loadSlot(acc), s], i64))));
    const q = e.quasis[i + 1].value.cooked ?? '';
    if (q) code.push(fc.storeSlot(acc, fc.checked(fc.call('Add', [fc.loadSlot(acc), fc.str(q)], i64))));
  });
  code.push(fc.loadSlot(acc));
  fc.freeTemp(acc);
  return m.block(null, code, i64);
}

/** An array literal. Elements before the first spread go to their fixed index; from the first
 *  spread on, values (and holes) are appended. */
export function lowerArray(fc: FunctionCompiler, e: ESTree.ArrayExpression): Expr {
  const m = fc.m, w = fc.w;
  const a = fc.allocTemp();
  const firstSpread = e.elements.findIndex((el) => el?.type === 'SpreadElement');
  const fixed = firstSpread < 0 ? e.elements.length : firstSpread;
  const code: Expr[] = [fc.storeSlot(a, fc.call('rt_new_array', [w.i32c(fixed)], i64))];
  e.elements.forEach((el, i) => {
    if (i < fixed) {
      if (!el) return; // a hole stays EMPTY
      const v = fc.local(i64);
      code.push(fc.set(v, lowerExpression(fc, el)));
      code.push(fc.call('rt_array_init', [fc.loadSlot(a), w.i32c(i), fc.get(v, i64)], 0));
    } else if (el?.type === 'SpreadElement') {
      code.push(spreadInto(fc, a, el));
    } else {
      const v = fc.local(i64);
      code.push(fc.set(v, el ? lowerExpression(fc, el) : w.empty()));
      code.push(fc.call('rt_array_push', [fc.loadSlot(a), fc.get(v, i64)], 0));
    }
  });
  code.push(fc.loadSlot(a));
  fc.freeTemp(a);
  return m.block(null, code, i64);
}

/** `...x` appended to the array in slot `a`; `how` is the engine's error wording (0 literal, 1 call). */
export function spreadInto(fc: FunctionCompiler, a: number, el: ESTree.SpreadElement, how = 0): Expr {
  const v = fc.local(i64);
  const text = valueText(el.argument);
  return fc.m.block(null, [
    fc.set(v, lowerExpression(fc, el.argument)),
    fc.m.drop(fc.checked(fc.call('rt_spread', [fc.loadSlot(a), fc.get(v, i64),
      text !== null ? fc.strPtr(text) : fc.w.i32c(0), fc.w.i32c(how)], i64))),
  ]);
}

export function isAnonymousFunction(e: ESTree.Node): boolean {
  if (e.type === 'ClassExpression') {
    // A static `name` member is defined after SetFunctionName and replaces it.
    return !e.id && !e.body.body.some((el) => (el.type === 'MethodDefinition' || el.type === 'PropertyDefinition') &&
      el.static && !el.computed && el.key.type === 'Identifier' && el.key.name === 'name');
  }
  return (e.type === 'FunctionExpression' && !e.id) || e.type === 'ArrowFunctionExpression';
}

/** The property key text of a non-computed key: `a`, `'a-b'`, `1` → "1". */
export function staticKey(key: ESTree.Node): string {
  if (key.type === 'Identifier') return key.name;
  if (key.type === 'Literal') return String(key.value);
  throw new CompileError(messages.unsupported('this property key'));
}

function lowerMember(fc: FunctionCompiler, e: ESTree.MemberExpression): Expr {
  const m = fc.m;
  if (e.object.type === 'Super') return lowerSuperMember(fc, e, e.object);
  const obj = lowerExpression(fc, e.object as ESTree.Expression);
  if (e.property.type === 'PrivateIdentifier') {
    if (!e.optional) return privateGet(fc, obj, e.property);
    const o = fc.local(i64);
    return m.block(null, [fc.set(o, obj), shortCircuit(fc, fc.get(o, i64)), privateGet(fc, fc.get(o, i64), e.property)], i64);
  }
  if (!e.computed) {
    const key = (e.property as ESTree.Identifier).name;
    if (!e.optional) return getProp(fc, obj, key, offsetOf(e.property));
    const o = fc.local(i64);
    return m.block(null, [fc.set(o, obj), shortCircuit(fc, fc.get(o, i64)),
      getProp(fc, fc.get(o, i64), key, offsetOf(e.property))], i64);
  }
  const prop = e.property as ESTree.Expression;
  if (!e.optional) {
    return withFirst(fc, obj, prop, (o, k) => getElem(fc, fc.get(o, i64), fc.get(k, i64), offsetOf(e)));
  }
  // `o?.[k]`: the key is not evaluated when o is null or undefined.
  const slot = fc.allocTemp();
  const code = [fc.storeSlot(slot, obj), shortCircuit(fc, fc.loadSlot(slot))];
  const k = fc.local(i64);
  code.push(fc.set(k, lowerExpression(fc, prop)));
  code.push(getElem(fc, fc.loadSlot(slot), fc.get(k, i64), offsetOf(e)));
  fc.freeTemp(slot);
  return m.block(null, code, i64);
}

/** `super.x` / `super[k]`: read from the home object's prototype with `this` as receiver. */
export function lowerSuperMember(fc: FunctionCompiler, e: ESTree.MemberExpression, sup: ESTree.Super): Expr {
  const m = fc.m;
  if (!e.computed) return superGet(fc, sup, fc.strPtr((e.property as ESTree.Identifier).name), lowerThis(fc));
  const k = fc.local(i32);
  return m.block(null, [
    fc.set(k, fc.call('ToPropertyKey', [lowerExpression(fc, e.property as ESTree.Expression)], i32)),
    m.br(fc.handler, m.i32.eqz(fc.get(k, i32))),
    superGet(fc, sup, fc.get(k, i32), lowerThis(fc)),
  ], i64);
}

/** Evaluate `first`, then `second` (a node), then build from both, given as i64 locals. `first`
 *  is kept in a rooted frame slot while `second` may allocate. */
export function withFirst(fc: FunctionCompiler, first: Expr, second: ESTree.Node,
                          build: (a: number, b: number) => Expr): Expr {
  const b = fc.local(i64);
  const kept = rootedAcross(fc, first, isSimple(second), () => [fc.set(b, lowerExpression(fc, second))]);
  return fc.m.block(null, [...kept.code, build(kept.local, b)], i64);
}

/** Code that evaluates `first` into a new i64 local, then the code `rest()` lowers. Unless `rest`
 *  cannot allocate (`simple`), `first` waits in a rooted frame slot meanwhile, for the collector. */
export function rootedAcross(fc: FunctionCompiler, first: Expr, simple: boolean, rest: () => Expr[]): { code: Expr[]; local: number } {
  const local = fc.local(i64);
  if (simple) return { code: [fc.set(local, first), ...rest()], local };
  const slot = fc.allocTemp();
  const code = [fc.storeSlot(slot, first), ...rest(), fc.set(local, fc.loadSlot(slot))];
  fc.freeTemp(slot);
  return { code, local };
}

/** An expression as a Wasm i32 condition (ToBoolean), without boxing when it can be avoided. */
export function lowerCondition(fc: FunctionCompiler, e: ESTree.Node): Expr {
  const m = fc.m, w = fc.w;
  if (e.type === 'UnaryExpression' && e.operator === '!') return m.i32.eqz(lowerCondition(fc, e.argument));
  if (e.type === 'LogicalExpression' && e.operator !== '??') {
    const l = lowerCondition(fc, e.left), r = lowerCondition(fc, e.right);
    return e.operator === '&&' ? m.if(l, r, w.i32c(0)) : m.if(l, w.i32c(1), r);
  }
  if (e.type === 'BinaryExpression') {
    const c = lowerNumberComparison(fc, e) ?? lowerCompareCondition(fc, e);
    if (c) return c;
  }
  return toBoolean(fc, lowerExpression(fc, e));
}

/** ToBoolean of a value, with the boolean constants tested inline. */
export function toBoolean(fc: FunctionCompiler, v: Expr): Expr {
  const m = fc.m, w = fc.w;
  const t = fc.local(i64);
  return m.block(null, [
    fc.set(t, v),
    m.if(m.i64.eq(fc.get(t, i64), w.bool(true)), w.i32c(1),
      m.if(m.i64.eq(fc.get(t, i64), w.bool(false)), w.i32c(0),
        fc.call('rt_to_boolean', [fc.get(t, i64)], i32))),
  ], i32);
}
