// Object literals (§13.2.5). The leading `key: value` entries with static, distinct keys are
// created at once: the object gets their final shape (a shape descriptor, made when the literal
// first runs) and a slot vector of UNDEFINED, and each value is stored into its slot. Once the
// shape exists the object is allocated inline (lower/alloc.ts). That replaces a transition, a
// lookup and a vector growth per key; the shape is the one the entries would have reached one by
// one, so inline caches and profiles see no difference. Nothing observes the object before the
// literal completes, so its slots may be filled in place. The rest (spread, computed keys,
// accessors, `__proto__`) defines its properties one by one.
import type * as ESTree from 'estree';
import type { FunctionCompiler } from './function.js';
import { layout } from '@pgo/engine';
import { lowerExpression, staticKey, isAnonymousFunction } from './expressions.js';
import { inlineAllocObject } from './alloc.js';
import { type Expr, i32, i64 } from './wasm.js';

/** Most entries a literal's leading run creates at once (an object past the engine's dictionary
 *  threshold would not keep a shape). */
const MAX_LEADING = 32;

/** The keys of the leading entries that are `key: value` (or shorthand, or a method) with
 *  distinct static keys. */
function leadingEntries(e: ESTree.ObjectExpression): string[] {
  const keys: string[] = [];
  for (const p of e.properties) {
    if (p.type === 'SpreadElement' || p.kind !== 'init' || p.computed || isProtoSetter(p)) break;
    const key = staticKey(p.key);
    if (keys.includes(key) || keys.length === MAX_LEADING) break;
    keys.push(key);
  }
  return keys;
}

/** An object of the leading entries' shape, its slots undefined: allocated inline once the shape
 *  exists (the descriptor's entry is a root, so reading it after the allocation is safe), else
 *  by rt_new_literal, which makes it. */
function newLiteral(fc: FunctionCompiler, keys: readonly string[]): Expr {
  const m = fc.m, w = fc.w, descriptors = fc.ctx.descriptors;
  const d = descriptors.literal(keys);
  const p = fc.local(i32);
  return m.if(m.i32.ne(descriptors.entry(m, d), w.i32c(0)),
    m.block(null, [inlineAllocObject(fc, p, descriptors.entry(m, d), keys.length), w.boxObject(fc.get(p, i32))], i64),
    fc.call('rt_new_literal', [descriptors.address(m, w, d)], i64));
}

export function lowerObject(fc: FunctionCompiler, e: ESTree.ObjectExpression): Expr {
  const m = fc.m;
  const o = fc.allocTemp();
  // A literal with methods has a scope; `%home` there is the [[HomeObject]] its methods' super uses.
  const scope = fc.ctx.analysis.scopes.get(e);
  const code: Expr[] = scope ? fc.enterScope(scope, () => []) : [];
  const leading = leadingEntries(e);
  const created = leading.length > 0 ? newLiteral(fc, leading) : fc.call('rt_new_object', [], i64);
  code.push(fc.storeSlot(o, created));
  const home = scope?.bindings.get('%home');
  if (home) code.push(fc.writeBinding(home, fc.loadSlot(o)));
  e.properties.slice(0, leading.length).forEach((p, i) => {
    const v = fc.local(i64);
    code.push(fc.set(v, lowerExpression(fc, (p as ESTree.Property).value)));
    code.push(fc.w.store64(fc.w.load32(fc.w.ptr(fc.loadSlot(o)), layout.OBJ_SLOTS), layout.VEC_DATA + i * 8, fc.get(v, i64)));
  });
  for (const p of e.properties.slice(leading.length)) {
    if (p.type === 'SpreadElement') {
      const v = fc.local(i64);
      code.push(fc.set(v, lowerExpression(fc, p.argument)));
      code.push(m.drop(fc.checked(fc.call('rt_object_spread', [fc.loadSlot(o), fc.get(v, i64)], i64))));
      continue;
    }
    const v = fc.local(i64);
    if (p.kind !== 'init') {
      // `get k() {}` / `set k(v) {}`: the other half stays undefined, so a pair merges.
      const k = fc.local(i32);
      let keySlot = -1;
      if (p.computed) {
        keySlot = fc.allocTemp();
        code.push(fc.storeSlot(keySlot, lowerExpression(fc, p.key)));
        code.push(fc.set(k, fc.call('ToPropertyKey', [fc.loadSlot(keySlot)], i32)));
        code.push(m.br(fc.handler, m.i32.eqz(fc.get(k, i32))));
      } else {
        code.push(fc.set(k, fc.strPtr(staticKey(p.key))));
      }
      code.push(fc.set(v, lowerExpression(fc, p.value)));
      const half = p.kind === 'get' ? [fc.get(v, i64), fc.w.undef()] : [fc.w.undef(), fc.get(v, i64)];
      code.push(fc.call('rt_define_accessor', [fc.loadSlot(o), fc.get(k, i32), ...half], 0));
      if (keySlot >= 0) fc.freeTemp(keySlot);
      continue;
    }
    if (p.computed) {
      const k = fc.local(i32);
      const keySlot = fc.allocTemp();
      code.push(fc.storeSlot(keySlot, lowerExpression(fc, p.key)));
      code.push(fc.set(k, fc.call('ToPropertyKey', [fc.loadSlot(keySlot)], i32)));
      code.push(m.br(fc.handler, m.i32.eqz(fc.get(k, i32))));
      code.push(fc.set(v, lowerExpression(fc, p.value)));
      if (isAnonymousFunction(p.value)) {
        // SetFunctionName with the computed key.
        code.push(fc.call('rt_name_function', [fc.get(v, i64), fc.get(k, i32)], 0));
      }
      code.push(fc.call('rt_define_field', [fc.loadSlot(o), fc.get(k, i32), fc.get(v, i64)], 0));
      fc.freeTemp(keySlot);
    } else if (isProtoSetter(p)) {
      // `__proto__: v` sets [[Prototype]] to an object or null (§13.2.5.5), it defines nothing.
      code.push(fc.set(v, lowerExpression(fc, p.value)));
      code.push(fc.call('rt_literal_set_prototype', [fc.loadSlot(o), fc.get(v, i64)], 0));
    } else {
      code.push(fc.set(v, lowerExpression(fc, p.value)));
      code.push(fc.call('rt_define_field', [fc.loadSlot(o), fc.strPtr(staticKey(p.key)), fc.get(v, i64)], 0));
    }
  }
  code.push(fc.loadSlot(o));
  fc.freeTemp(o);
  if (scope) fc.exitScope(scope);
  return m.block(null, code, i64);
}

function isProtoSetter(p: ESTree.Property): boolean {
  return !p.shorthand && !p.method && p.kind === 'init' && staticKey(p.key) === '__proto__';
}

