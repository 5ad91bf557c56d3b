// Binding and assignment patterns (ECMA-262 §8.6.2 BindingInitialization, §13.15.5
// DestructuringAssignmentEvaluation): identifiers, member targets, defaults, object patterns with
// rest, array patterns over the iterator protocol. The value being destructured sits in a rooted
// frame slot; an array pattern's iterator record takes two more, and a throw while its elements
// are bound closes the iterator before the exception goes on.
import type * as ESTree from 'estree';
import type { FunctionCompiler } from './function.js';
import { lowerExpression, staticKey, offsetOf } from './expressions.js';
import { getProp, getElem, setProp, setElem, setGlobal } from './properties.js';
import { CompileError, messages } from '../errors.js';
import { type Expr, i32, i64 } from './wasm.js';
import { calleeText } from './calls.js';

/** `init` creates bindings (declarations, parameters: no TDZ check, no const error);
 *  `assign` stores into existing targets (assignment expressions, for-of heads without a declaration). */
export type PatternMode = 'init' | 'assign';

/** V8's ITER_MSG_SYNTAX: "<text> is not iterable" (engine ops/iteration.ts). */
const ITER_MSG_SYNTAX = 0;

/** Source text V8 would name a value by in an error: identifiers and literals only. */
export function valueText(e: ESTree.Node | null | undefined): string | null {
  if (!e) return null;
  if (e.type === 'Identifier') return e.name;
  if (e.type === 'Literal') {
    if ('bigint' in e && e.bigint) return '(intermediate value)'; // V8 does not print BigInt literals
    return (e as { raw?: string }).raw ?? String(e.value);
  }
  if (e.type === 'MemberExpression' || e.type === 'CallExpression') return calleeText(e);
  return null;
}

/** Bind `pattern` to the value `value` evaluates to. `source` is the expression the value came
 *  from, when there is one, for error messages. */
export function bindPattern(fc: FunctionCompiler, pattern: ESTree.Pattern, value: Expr, mode: PatternMode,
                            source?: ESTree.Node | null, nested = false): Expr {
  switch (pattern.type) {
    case 'Identifier': return bindIdentifier(fc, pattern, value, mode);
    case 'MemberExpression': return assignMember(fc, pattern, value);
    case 'AssignmentPattern': return bindWithDefault(fc, pattern, value, mode, nested);
    case 'ObjectPattern': return bindObject(fc, pattern, value, mode, source, nested);
    case 'ArrayPattern': return bindArray(fc, pattern, value, mode, source);
    default: throw new CompileError(messages.invalidAssignmentTarget());
  }
}

function bindIdentifier(fc: FunctionCompiler, id: ESTree.Identifier, value: Expr, mode: PatternMode): Expr {
  const b = fc.ctx.analysis.references.get(id);
  if (!b) return setGlobal(fc, id.name, value, offsetOf(id));
  return mode === 'init' ? fc.writeBinding(b, value) : fc.assignBinding(b, value, offsetOf(id));
}

/** `obj.k = value` / `obj[k] = value` as a pattern target: the value is computed before the
 *  target's object, so it waits in a rooted slot. */
function assignMember(fc: FunctionCompiler, target: ESTree.MemberExpression, value: Expr): Expr {
  const m = fc.m;
  const v = fc.allocTemp();
  const code: Expr[] = [fc.storeSlot(v, value)];
  const objSlot = fc.allocTemp();
  code.push(fc.storeSlot(objSlot, lowerExpression(fc, target.object as ESTree.Expression)));
  if (!target.computed) {
    code.push(setProp(fc, fc.loadSlot(objSlot), (target.property as ESTree.Identifier).name, fc.loadSlot(v), offsetOf(target.property)));
  } else {
    const k = fc.local(i64);
    code.push(fc.set(k, lowerExpression(fc, target.property as ESTree.Expression)));
    code.push(setElem(fc, fc.loadSlot(objSlot), fc.get(k, i64), fc.loadSlot(v), offsetOf(target)));
  }
  fc.freeTemp(objSlot);
  fc.freeTemp(v);
  return m.block(null, code);
}

/** `target = default`: the default is evaluated only when the value is undefined. */
function bindWithDefault(fc: FunctionCompiler, p: ESTree.AssignmentPattern, value: Expr, mode: PatternMode,
                         nested: boolean): Expr {
  const m = fc.m;
  const t = fc.local(i64);
  const v = m.block(null, [
    fc.set(t, value),
    m.if(fc.w.isUndefined(fc.get(t, i64)), lowerExpression(fc, p.right), fc.get(t, i64)),
  ], i64);
  return bindPattern(fc, p.left, v, mode, p.right, nested);
}

function bindObject(fc: FunctionCompiler, p: ESTree.ObjectPattern, value: Expr, mode: PatternMode,
                    source: ESTree.Node | null | undefined, nested: boolean): Expr {
  const m = fc.m;
  const src = fc.allocTemp();
  const code: Expr[] = [fc.storeSlot(src, value)];
  // RequireObjectCoercible, naming the first property as V8 does.
  const first = p.properties[0];
  const firstKey = first && first.type === 'Property' && !first.computed ? staticKey(first.key) : null;
  const text = valueText(source);
  code.push(m.drop(fc.checked(fc.call('rt_require_destructurable', [fc.loadSlot(src),
    firstKey !== null ? fc.strPtr(firstKey) : fc.w.i32c(0), text !== null ? fc.strPtr(text) : fc.w.i32c(0),
    fc.w.i32c(nested ? 1 : 0)], i64))));
  const hasRest = p.properties.some((q) => q.type === 'RestElement');
  // With a rest element, the keys taken so far are collected in an array (excludedNames).
  const keys = hasRest ? fc.allocTemp() : -1;
  if (hasRest) code.push(fc.storeSlot(keys, fc.call('rt_new_array', [fc.w.i32c(0)], i64)));
  for (const prop of p.properties) {
    if (prop.type === 'RestElement') {
      const rest = fc.checked(fc.call('rt_object_rest', [fc.loadSlot(src), fc.loadSlot(keys)], i64));
      code.push(bindPattern(fc, prop.argument, rest, mode));
      continue;
    }
    if (!prop.computed) {
      const key = staticKey(prop.key);
      if (hasRest) code.push(fc.call('rt_array_push', [fc.loadSlot(keys), fc.str(key)], 0));
      code.push(bindPattern(fc, prop.value, getProp(fc, fc.loadSlot(src), key, offsetOf(prop.key)), mode, null, true));
      continue;
    }
    const k = fc.allocTemp();
    code.push(fc.storeSlot(k, fc.checked(fc.call('rt_property_key', [lowerExpression(fc, prop.key)], i64))));
    if (hasRest) code.push(fc.call('rt_array_push', [fc.loadSlot(keys), fc.loadSlot(k)], 0));
    code.push(bindPattern(fc, prop.value, getElem(fc, fc.loadSlot(src), fc.loadSlot(k), offsetOf(prop.key)), mode, null, true));
    fc.freeTemp(k);
  }
  if (hasRest) fc.freeTemp(keys);
  fc.freeTemp(src);
  return m.block(null, code);
}

function bindArray(fc: FunctionCompiler, p: ESTree.ArrayPattern, value: Expr, mode: PatternMode,
                   source?: ESTree.Node | null): Expr {
  const m = fc.m, w = fc.w;
  const rec = fc.allocTemps(2);
  const text = valueText(source);
  const code: Expr[] = [m.drop(fc.checked(fc.call('rt_get_iterator', [value, fc.slotAddr(rec),
    text !== null ? fc.strPtr(text) : w.i32c(0), w.i32c(ITER_MSG_SYNTAX)], i64)))];
  // While elements are bound, a throw closes the iterator first (IteratorClose with a throw
  // completion); a throw from the iterator itself leaves the record finished, so that is a no-op.
  const outer = fc.handler;
  const closing = fc.label('patclose');
  fc.handler = closing;
  const body: Expr[] = [];
  for (const el of p.elements) {
    if (el && el.type === 'RestElement') {
      body.push(bindPattern(fc, el.argument, fc.checked(fc.call('rt_iterator_rest', [fc.slotAddr(rec)], i64)), mode));
      continue;
    }
    const step = fc.local(i64);
    const next = m.block(null, [
      fc.set(step, fc.checked(fc.call('rt_iterator_step', [fc.slotAddr(rec)], i64))),
      m.if(w.isEmpty(fc.get(step, i64)), w.undef(), fc.get(step, i64)),
    ], i64);
    body.push(el ? bindPattern(fc, el, next, mode, null, true) : m.drop(next));
  }
  fc.handler = outer;
  const done = fc.label('patdone');
  code.push(m.block(done, [
    m.block(closing, [...body, m.drop(fc.checked(fc.call('rt_iterator_close', [fc.slotAddr(rec)], i64))), m.br(done)]),
    fc.call('rt_iterator_close_throw', [fc.slotAddr(rec)], 0),
    fc.throwPending(),
  ]));
  fc.freeTemps(rec, 2);
  return m.block(null, code);
}

void i32;
