// The call stubs (Call.*, New.*). A callee is guarded by its code, then called directly or
// inlined. An ordinary constructor's `this` is allocated inline. Builtins come from the inline
// table (builtins.ts).
import { layout } from '@pgo/engine';
import { inlineConstructThis } from '../lower/alloc.js';
import { type Expr, i32, i64 } from '../lower/wasm.js';
import { inlineBuiltins } from './builtins.js';
import { type CallSite, type Method, allOf, callTarget } from './stub-site.js';

/** Call.Function{target}: the callee's code is the target's → call it directly (binaryen and V8
 *  may inline a direct call; an indirect one never). */
export const callFunction: Method = (s, fields, cx) => {
  const site = s as CallSite, { fc } = site, m = fc.m, w = fc.w;
  const t = cx.target(fields[0]!);
  if (typeof t === 'string') return t;
  const { call, note } = callTarget(site, t, site.thisValue(), cx);
  return {
    needsObject: false,
    guard: m.i32.eq(w.load32(fc.get(site.f, i32), layout.FN_CODE), w.i32c(t.tableIndex)),
    code: m.block(null, [m.global.set(fc.ctx.rt.global('newTarget'), w.undef()), call], i64),
    adoptBefore: [], adoptAfter: [], note,
  };
};

/** New.Function{target}: an ordinary base constructor → `this` from its `prototype` (read through
 *  the site's cell, an own-slot cache) allocated inline, a direct call, and the [[Construct]]
 *  result rule. */
export const newFunction: Method = (s, fields, cx) => {
  const site = s as CallSite, { fc } = site, m = fc.m, w = fc.w;
  const t = cx.target(fields[0]!);
  if (typeof t === 'string') return t;
  if (!t.ordinaryConstructor) return 'the target is not an ordinary base constructor';
  const f = (): Expr => fc.get(site.f, i32);
  const proto = fc.local(i64), r = fc.local(i64);
  const got = fc.label('proto');
  const readPrototype = m.block(got, [
    m.if(m.i32.eq(w.load32(f(), layout.OBJ_SHAPE), fc.cellLoad(site.cell, layout.IC_SHAPE)),
      m.br(got, undefined, w.load64(m.i32.add(w.load32(f(), layout.OBJ_SLOTS),
        m.i32.shl(fc.cellLoad(site.cell, layout.IC_SLOT), w.i32c(3))), layout.VEC_DATA))),
    fc.checked(fc.call('icGetProp', [fc.cellAddr(site.cell), w.boxObject(f()), fc.strPtr('prototype')], i64)),
  ], i64);
  const { call, note } = callTarget(site, t, fc.loadSlot(site.objSlot), cx);
  return {
    needsObject: false,
    guard: m.i32.eq(w.load32(f(), layout.FN_CODE), w.i32c(t.tableIndex)),
    code: m.block(null, [
      fc.set(proto, readPrototype),
      fc.storeSlot(site.objSlot, inlineConstructThis(fc, proto, t.instanceSlots)),
      m.global.set(fc.ctx.rt.global('newTarget'), w.boxObject(f())),
      fc.set(r, fc.checked(call)),
      m.if(w.isObject(fc.get(r, i64)), fc.get(r, i64), fc.loadSlot(site.objSlot)),
    ], i64),
    adoptBefore: [], adoptAfter: [], note,
  };
};

/** Call.Builtin{name}: a builtin of the inline table (builtins.ts), guarded by its code. */
export const callBuiltin: Method = (s, fields, cx) => {
  const site = s as CallSite, { fc } = site, m = fc.m, w = fc.w;
  const name = fields[0] && 'name' in fields[0] ? fields[0].name : '';
  const row = inlineBuiltins.get(name);
  if (!row) return `${name} is not inlined`;
  if (!row.argc.includes(site.argc)) return `${row.path} is inlined with ${row.argc.join(' or ')} arguments, not ${site.argc}`;
  const { guard, value } = row.emit(site);
  return {
    needsObject: false,
    guard: allOf(fc, [m.i32.eq(w.load32(fc.get(site.f, i32), layout.FN_CODE), cx.builtinCode(row.path)), ...guard]),
    code: value,
    adoptBefore: [], adoptAfter: [],
  };
};

