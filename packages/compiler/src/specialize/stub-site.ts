// What a stub method works with (specialize/stubs.ts has one per kind of the stub table): the
// site being lowered, the build's shape descriptors and call targets, and the case it returns.
import type { StubFieldValue, Shape } from '@pgo/profile';
import type { FunctionCompiler } from '../lower/function.js';
import type { FunctionScope } from '../analyze/scope.js';
import type { ShapeDescriptor } from './shape-descriptors.js';
import { type Expr, i32, i64 } from '../lower/wasm.js';

/** A property site being lowered: its receiver in local `o` (i64); `p` (i32) holds the receiver's
 *  cell pointer once the receiver is known to be an object. */
export interface PropertySite {
  readonly kind: 'GetProp' | 'SetProp';
  readonly fc: FunctionCompiler;
  readonly key: string;
  readonly cell: number;
  readonly o: number;
  readonly p: number;
  /** SetProp: the value to store, in an i64 local. */
  readonly v: number;
}

export interface ElementSite {
  readonly kind: 'GetElem' | 'SetElem';
  readonly fc: FunctionCompiler;
  /** Receiver, key and (SetElem) value in i64 locals. */
  readonly o: number;
  readonly k: number;
  readonly v: number;
}

export interface CallSite {
  readonly kind: 'Call' | 'New';
  readonly fc: FunctionCompiler;
  /** The callee's cell pointer (i32 local), known to be a function cell. */
  readonly f: number;
  /** Arguments: `this` and the argument vector as the uniform calling convention takes them. */
  readonly thisValue: () => Expr;
  readonly argv: () => Expr;
  readonly argc: number;
  /** New: the site's IC cell (free at a New site: it caches the constructor's `prototype`
   *  slot) and a frame slot that roots the new object during the call. */
  readonly cell: number;
  readonly objSlot: number;
}

export type StubSite = PropertySite | ElementSite | CallSite;

/** A stub as inline code. `needsObject`: the guard reads `p`, so it goes after the object test. */
export interface StubCase {
  readonly needsObject: boolean;
  readonly guard: Expr;
  /** The fast path: for a get or call its i64 value; for a store, code yielding nothing. */
  readonly code: Expr;
  /** Descriptors whose entries the case guards on: a miss while one is empty tries adoption,
   *  `before` with the receiver's shape before the generic path, `after` with its shape after. */
  readonly adoptBefore: readonly ShapeDescriptor[];
  readonly adoptAfter: readonly ShapeDescriptor[];
  /** What the report adds to the stub's line (a call's target inlined, or why not). */
  readonly note?: string;
}

export interface CallTarget {
  /** The generated function to call directly, and its table index (FN_CODE of its closures). */
  name: string;
  tableIndex: number;
  scope: FunctionScope;
  /** A constructor whose [[Construct]] makes `this` from its `prototype` (not a class that
   *  extends another, not a generator, arrow or method). */
  ordinaryConstructor: boolean;
  /** The most own properties the profile saw on objects whose prototype is its `prototype`. */
  instanceSlots: number;
}

/** What a stub method sees of the build: shape descriptors and call targets. */
export interface SpecializeContext {
  shape(index: number): ShapeDescriptor | string;
  /** Generated function name and table index of a profiled call target, or the reason it has none. */
  target(field: StubFieldValue): CallTarget | string;
  shapes: readonly Shape[];
  /** The code (FN_CODE) of the builtin at `path` from the global object, as an i32 Expr. */
  builtinCode(path: string): Expr;
  /** The target's body in place of a call at `site` with `thisValue` (lower/inline.ts): an i64
   *  result as a call's, or why the call is not inlined. */
  inline(site: CallSite, target: CallTarget, thisValue: Expr): Expr | string;
}


export type Method = (site: StubSite, fields: readonly StubFieldValue[], cx: SpecializeContext) => StubCase | string;

export const u32Field = (f: StubFieldValue | undefined): number => (f && 'u32' in f ? f.u32 : -1);
export const shapeField = (f: StubFieldValue | undefined): number => (f && 'shape' in f ? f.shape : -1);

/** `a && b && ...` on i32 conditions, each evaluated only if the ones before held. */
export function allOf(fc: FunctionCompiler, conds: Expr[]): Expr {
  const m = fc.m;
  return conds.reduceRight((rest, c) => m.if(c, rest, m.i32.const(0)));
}


/** A direct call of `t` at `site`, or its body inlined: the expression and the report's note. */
export function callTarget(site: CallSite, t: CallTarget, thisValue: Expr, cx: SpecializeContext): { call: Expr; note: string } {
  const { fc } = site;
  const inlined = cx.inline(site, t, thisValue);
  if (typeof inlined !== 'string') return { call: inlined, note: 'inlined' };
  const call = fc.m.call(t.name, [fc.get(site.f, i32), thisValue, site.argv(), fc.w.i32c(site.argc)], i64);
  return { call, note: `called directly (not inlined: ${inlined})` };
}

