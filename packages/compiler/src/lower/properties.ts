// Property, element and global-variable access with their inline caches. The fast path is inline:
// a shape check against the site's cell and a slot load/store (the generic stub
// GetProp.OwnSlot{shape, slot} with its fields read from the cell); everything else calls the
// engine's miss handler, which also refills the cell.
import { layout } from '@pgo/engine';
import type { FunctionCompiler } from './function.js';
import { SiteTable, type Site, type SiteKind } from '../ir/sites.js';
import { recordGetProp, recordShapeBefore, recordSetProp, recordElement } from './record.js';
import { type Expr, i32, i64 } from './wasm.js';
import type { StubCase, StubSite } from '../specialize/stubs.js';
import type { ShapeDescriptor } from '../specialize/shape-descriptors.js';

/** The profile's inline cases for `site` (none outside a profile-guided build). */
export function stubCases(fc: FunctionCompiler, site: Site, at: StubSite): StubCase[] {
  return fc.ctx.specializer?.cases(site, at, fc.fs) ?? [];
}

/** Each case as `if (guard) br done <code>`; a get's code is its value, a store's is a statement. */
export function caseBranches(fc: FunctionCompiler, cases: readonly StubCase[], done: string, yields: boolean): Expr[] {
  const m = fc.m;
  return cases.map((c) => m.if(c.guard, yields ? m.br(done, undefined, c.code) : m.block(null, [c.code, m.br(done)])));
}

/** On the generic path of a specialized site: offer the receiver's shape to each empty descriptor. */
export function adoptShapes(fc: FunctionCompiler, o: number, descs: readonly ShapeDescriptor[]): Expr[] {
  const m = fc.m, w = fc.w, sp = fc.ctx.specializer;
  if (!sp) return [];
  const unique = [...new Set(descs)];
  return unique.map((d) => m.if(
    m.i32.and(w.isObject(fc.get(o, i64)), m.i32.eqz(sp.descriptors.entry(m, d))),
    m.drop(fc.call('rt_adopt_shape', [sp.descriptors.address(m, w, d), w.load32(w.ptr(fc.get(o, i64)), layout.OBJ_SHAPE)], i32))));
}

function newSite(fc: FunctionCompiler, kind: SiteKind, offset: number): Site {
  return fc.ctx.sites.add(kind, fc.fs.id, offset);
}

/** The slot address of an own-slot hit: slots vector + IC_SLOT * 8 (add VEC_DATA as offset). */
function slotAddress(fc: FunctionCompiler, objPtr: Expr, cell: number): Expr {
  const m = fc.m;
  return m.i32.add(fc.w.load32(objPtr, layout.OBJ_SLOTS), m.i32.shl(fc.cellLoad(cell, layout.IC_SLOT), fc.w.i32c(3)));
}

/** `obj.key` where `obj` is an i64 expression. */
export function getProp(fc: FunctionCompiler, obj: Expr, key: string, offset: number): Expr {
  const m = fc.m, w = fc.w;
  const site = newSite(fc, 'GetProp', offset);
  const cell = SiteTable.cellOffset(site);
  const o = fc.local(i64), p = fc.local(i32);
  const done = fc.label('get'), slow = fc.label('miss');
  const cases = stubCases(fc, site, { kind: 'GetProp', fc, key, cell, o, p, v: -1 });
  return m.block(done, [
    m.block(slow, [
      fc.set(o, obj),
      ...recordGetProp(fc, site, fc.get(o, i64), fc.strPtr(key)),
      ...caseBranches(fc, cases.filter((c) => !c.needsObject), done, true),
      m.br_if(slow, m.i32.eqz(w.isObject(fc.get(o, i64)))),
      fc.set(p, w.ptr(fc.get(o, i64))),
      ...caseBranches(fc, cases.filter((c) => c.needsObject), done, true),
      m.br_if(slow, m.i32.ne(w.load32(fc.get(p, i32), layout.OBJ_SHAPE), fc.cellLoad(cell, layout.IC_SHAPE))),
      m.br(done, undefined, w.load64(slotAddress(fc, fc.get(p, i32), cell), layout.VEC_DATA)),
    ]),
    ...adoptShapes(fc, o, cases.flatMap((c) => c.adoptBefore)),
    fc.checked(fc.call('icGetProp', [fc.cellAddr(cell), fc.get(o, i64), fc.strPtr(key)], i64)),
  ], i64);
}

/** `obj.key = value`; both are i64 expressions evaluated in that order. Yields nothing. */
export function setProp(fc: FunctionCompiler, obj: Expr, key: string, value: Expr, offset: number): Expr {
  const m = fc.m, w = fc.w;
  const site = newSite(fc, 'SetProp', offset);
  const cell = SiteTable.cellOffset(site);
  const o = fc.local(i64), v = fc.local(i64), p = fc.local(i32);
  const done = fc.label('set'), slow = fc.label('miss');
  // Record mode reports after the store, comparing the receiver's shape before and after it.
  const before = fc.ctx.record ? fc.local(i32) : -1;
  const cases = stubCases(fc, site, { kind: 'SetProp', fc, key, cell, o, p, v });
  return m.block(null, [
    fc.set(o, obj),
    fc.set(v, value),
    ...recordShapeBefore(fc, fc.get(o, i64), before),
    storeProp(fc, cell, key, o, v, p, done, slow, cases),
    ...recordSetProp(fc, site, fc.get(o, i64), fc.strPtr(key), before),
  ]);
}

/** The inline own-slot store of setProp, else the engine's icSetProp. */
function storeProp(fc: FunctionCompiler, cell: number, key: string, o: number, v: number, p: number,
                   done: string, slow: string, cases: readonly StubCase[]): Expr {
  const m = fc.m, w = fc.w;
  return m.block(done, [
    m.block(slow, [
      ...caseBranches(fc, cases.filter((c) => !c.needsObject), done, false),
      m.br_if(slow, m.i32.eqz(w.isObject(fc.get(o, i64)))),
      fc.set(p, w.ptr(fc.get(o, i64))),
      ...caseBranches(fc, cases.filter((c) => c.needsObject), done, false),
      m.br_if(slow, m.i32.ne(w.load32(fc.get(p, i32), layout.OBJ_SHAPE), fc.cellLoad(cell, layout.IC_SHAPE))),
      w.store64(slotAddress(fc, fc.get(p, i32), cell), layout.VEC_DATA, fc.get(v, i64)),
      m.br(done),
    ]),
    ...adoptShapes(fc, o, cases.flatMap((c) => c.adoptBefore)),
    strictSetResult(fc, fc.call('icSetProp', [fc.cellAddr(cell), fc.get(o, i64), fc.strPtr(key), fc.get(v, i64)], i64),
      () => fc.call('rt_set_failure', [fc.get(o, i64), fc.strPtr(key)], i64)),
    ...adoptShapes(fc, o, cases.flatMap((c) => c.adoptAfter)),
  ]);
}

/** The result of a [[Set]] (TRUE, FALSE when refused, or EXCEPTION): strict code throws node's
 *  TypeError for a refused write (PutValue with Set(O, P, V, true)); sloppy code ignores it. */
function strictSetResult(fc: FunctionCompiler, r: Expr, fail: () => Expr): Expr {
  const m = fc.m;
  if (!fc.fs.strict) return m.drop(fc.checked(r));
  const t = fc.local(i64);
  return m.block(null, [
    fc.set(t, fc.checked(r)),
    m.if(m.i64.eq(fc.get(t, i64), fc.w.bool(false)), m.block(null, [m.drop(fail()), fc.throwPending()])),
  ]);
}

/** `obj[key]`: inline dense-array element load, else the engine's GetElement. */
export function getElem(fc: FunctionCompiler, obj: Expr, key: Expr, offset: number): Expr {
  const m = fc.m, w = fc.w;
  const site = newSite(fc, 'GetElem', offset);
  const o = fc.local(i64), k = fc.local(i64), p = fc.local(i32), idx = fc.local(i32), e = fc.local(i64);
  const els = fc.local(i32);
  const done = fc.label('elem'), slow = fc.label('miss');
  const kf = (): Expr => w.toF64(fc.get(k, i64));
  const cases = stubCases(fc, site, { kind: 'GetElem', fc, o, k, v: -1 });
  return m.block(done, [
    fc.set(o, obj),
    fc.set(k, key),
    ...recordElement(fc, site, fc.get(o, i64), fc.get(k, i64), false),
    ...caseBranches(fc, cases, done, true),
    m.block(slow, [
      m.br_if(slow, m.i32.eqz(w.isObject(fc.get(o, i64)))),
      fc.set(p, w.ptr(fc.get(o, i64))),
      m.br_if(slow, m.i32.ne(m.i32.load8_u(layout.HDR_KIND, 1, fc.get(p, i32)), w.i32c(layout.CELL_ARRAY))),
      m.br_if(slow, m.i32.eqz(w.isNumber(fc.get(k, i64)))),
      fc.set(idx, m.i32.trunc_u_sat.f64(kf())),
      m.br_if(slow, m.f64.ne(m.f64.convert_u.i32(fc.get(idx, i32)), kf())),
      // Elements past the length are holes (EMPTY) and the vector may be shorter than the length
      // (far indices are named properties), so the bound is the vector's capacity.
      fc.set(els, w.load32(fc.get(p, i32), layout.OBJ_ELEMENTS)),
      m.br_if(slow, m.i32.eqz(fc.get(els, i32))),
      m.br_if(slow, m.i32.ge_u(fc.get(idx, i32), w.load32(fc.get(els, i32), layout.VEC_CAPACITY))),
      fc.set(e, w.load64(m.i32.add(fc.get(els, i32), m.i32.shl(fc.get(idx, i32), w.i32c(3))), layout.VEC_DATA)),
      m.br_if(slow, w.isEmpty(fc.get(e, i64))),
      m.br(done, undefined, fc.get(e, i64)),
    ]),
    fc.checked(fc.call('GetElement', [fc.get(o, i64), fc.get(k, i64)], i64)),
  ], i64);
}

/** `obj[key] = value` (all evaluated already into the given expressions, in order). */
export function setElem(fc: FunctionCompiler, obj: Expr, key: Expr, value: Expr, offset: number): Expr {
  const site = newSite(fc, 'SetElem', offset);
  const o = fc.local(i64), k = fc.local(i64), v = fc.local(i64);
  const done = fc.label('setelem');
  const cases = stubCases(fc, site, { kind: 'SetElem', fc, o, k, v });
  const generic = fc.call('SetElement', [fc.get(o, i64), fc.get(k, i64), fc.get(v, i64)], i64);
  return fc.m.block(done, [
    fc.set(o, obj), fc.set(k, key), fc.set(v, value),
    ...recordElement(fc, site, fc.get(o, i64), fc.get(k, i64), true),
    ...caseBranches(fc, cases, done, false),
    fc.fs.strict
      ? strictSetResult(fc, generic, () => fc.call('rt_set_failure_element', [fc.get(o, i64), fc.get(k, i64)], i64))
      : fc.m.drop(fc.checked(generic)),
  ]);
}

/** Read of an unresolved identifier: a global-object property (ReferenceError if missing). */
export function getGlobal(fc: FunctionCompiler, name: string, offset: number): Expr {
  const m = fc.m, w = fc.w;
  const cell = SiteTable.cellOffset(newSite(fc, 'GetGlobal', offset));
  const g = fc.local(i32);
  const done = fc.label('global'), slow = fc.label('miss');
  return m.block(done, [
    m.block(slow, [
      fc.set(g, m.global.get(fc.ctx.rt.global('GlobalObject'), i32)),
      m.br_if(slow, m.i32.ne(w.load32(fc.get(g, i32), layout.OBJ_SHAPE), fc.cellLoad(cell, layout.IC_SHAPE))),
      m.br(done, undefined, w.load64(slotAddress(fc, fc.get(g, i32), cell), layout.VEC_DATA)),
    ]),
    fc.checked(fc.call('icGetGlobal', [fc.cellAddr(cell), fc.strPtr(name)], i64)),
  ], i64);
}

/** Assignment to an unresolved identifier. */
export function setGlobal(fc: FunctionCompiler, name: string, value: Expr, offset: number): Expr {
  const cell = SiteTable.cellOffset(newSite(fc, 'SetGlobal', offset));
  return fc.m.drop(fc.checked(fc.call('icSetGlobal',
    [fc.cellAddr(cell), fc.strPtr(name), value, fc.w.i32c(fc.fs.strict ? 1 : 0)], i64)));
}
