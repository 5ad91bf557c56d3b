// Record mode (the instrumented build of `pgo record`): each site also reports what it sees to the
// engine's recorder (engine ic/recorder.ts), which classifies it by stub kind. In other modes
// these return no code at all. The reports are calls, placed before the site's own code (after
// it for a store, which compares the receiver's shape before and after).
import type { FunctionCompiler } from './function.js';
import type { Site } from '../ir/sites.js';
import type * as ESTree from 'estree';
import { type Expr, i32 } from './wasm.js';

/** Code that runs `report` in record mode; nothing otherwise. */
function inRecordMode(fc: FunctionCompiler, report: () => Expr): Expr[] {
  return fc.ctx.record ? [report()] : [];
}

export function recordEntry(fc: FunctionCompiler): Expr[] {
  return inRecordMode(fc, () => fc.call('rec_enter', [fc.w.i32c(fc.fs.id)], 0));
}

export function recordGetProp(fc: FunctionCompiler, site: Site, base: Expr, key: Expr): Expr[] {
  return inRecordMode(fc, () => fc.call('rec_get_prop', [fc.w.i32c(site.id), base, key], 0));
}

/** The receiver's shape before a store, in `shapeLocal` (an i32 local), for recordSetProp. */
export function recordShapeBefore(fc: FunctionCompiler, base: Expr, shapeLocal: number): Expr[] {
  return inRecordMode(fc, () => fc.set(shapeLocal, fc.call('rec_shape_of', [base], i32)));
}

export function recordSetProp(fc: FunctionCompiler, site: Site, base: Expr, key: Expr, shapeLocal: number): Expr[] {
  return inRecordMode(fc, () => fc.call('rec_set_prop', [fc.w.i32c(site.id), base, key, fc.get(shapeLocal, i32)], 0));
}

export function recordElement(fc: FunctionCompiler, site: Site, obj: Expr, key: Expr, isSet: boolean): Expr[] {
  return inRecordMode(fc, () => fc.call('rec_elem', [fc.w.i32c(site.id), obj, key, fc.w.i32c(isSet ? 1 : 0)], 0));
}

export function recordCall(fc: FunctionCompiler, site: Site, callee: Expr, isNew: boolean): Expr[] {
  return inRecordMode(fc, () => fc.call('rec_call', [fc.w.i32c(site.id), callee, fc.w.i32c(isNew ? 1 : 0)], 0));
}

export function recordOperands(fc: FunctionCompiler, site: Site, a: Expr, b: Expr): Expr[] {
  return inRecordMode(fc, () => fc.call('rec_operands', [fc.w.i32c(site.id), a, b], 0));
}

/** The condition `cond` (i32) of a branch whose consequent is `consequent`, counted in record mode. */
export function recordBranch(fc: FunctionCompiler, consequent: ESTree.Node, cond: Expr): Expr {
  if (!fc.ctx.record) return cond;
  const point = fc.ctx.branches.add(fc.fs.id, (consequent as { start?: number }).start ?? 0);
  return fc.call('rec_branch', [fc.w.i32c(point.id), cond], i32);
}

/** A loop with body `body`: code counting its entry, and code counting one iteration. */
export function recordLoop(fc: FunctionCompiler, body: ESTree.Node): { entry: Expr[]; iteration: Expr[] } {
  if (!fc.ctx.record) return { entry: [], iteration: [] };
  const point = fc.ctx.loops.add(fc.fs.id, (body as { start?: number }).start ?? 0);
  return {
    entry: [fc.call('rec_loop', [fc.w.i32c(point.id), fc.w.i32c(0)], 0)],
    iteration: [fc.call('rec_loop', [fc.w.i32c(point.id), fc.w.i32c(1)], 0)],
  };
}
