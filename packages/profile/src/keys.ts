// Keys: how functions, sites, shapes and stubs are ordered, compared and named. Canonical order
// must not depend on the locale, so strings compare by UTF-16 code units, never localeCompare.
import { stubKinds } from '@pgo/engine';
import { siteKinds } from './types.js';
import type { FunctionKey, Shape, ShapeRoot, SiteKey, StubFieldValue, StubProfile } from './types.js';

/** Compare strings by code units (locale-independent). */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Compare tuples element by element. */
function compareTuples(a: readonly (string | number)[], b: readonly (string | number)[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i]!;
    const y = b[i]!;
    const c = typeof x === 'number' && typeof y === 'number' ? x - y : compareStrings(String(x), String(y));
    if (c !== 0) return c;
  }
  return a.length - b.length;
}

export function compareFunctionKeys(a: FunctionKey, b: FunctionKey): number {
  return compareTuples([a.path, a.name, a.line, a.column], [b.path, b.name, b.line, b.column]);
}

/** A string equal for equal function keys, for maps. */
export function functionKeyId(k: FunctionKey): string {
  return JSON.stringify([k.path, k.name, k.line, k.column]);
}

/** Sites order by position first, so a function's sites read in source order. */
export function compareSiteKeys(a: SiteKey, b: SiteKey): number {
  return compareTuples(
    [a.line, a.column, siteKinds.indexOf(a.kind), a.ordinal],
    [b.line, b.column, siteKinds.indexOf(b.kind), b.ordinal],
  );
}

export function siteKeyId(k: SiteKey): string {
  return JSON.stringify([k.kind, k.line, k.column, k.ordinal]);
}

/** Compare (line, column) positions of branches and loops. */
export function comparePositions(a: { line: number; column: number }, b: { line: number; column: number }): number {
  return a.line - b.line || a.column - b.column;
}

/** A string equal for structurally equal shapes, whatever their index in a shape table. */
export function shapeId(s: Shape): string {
  return JSON.stringify([rootId(s.root), s.keys.map((k) => [k.name, k.attributes])]);
}

function rootId(r: ShapeRoot): unknown[] {
  if ('intrinsic' in r) return ['intrinsic', r.intrinsic];
  if ('functionPrototype' in r) return ['prototype', functionKeyId(r.functionPrototype)];
  return ['unknown'];
}

/** A string equal for equal field values; shapes are resolved through `shapes`, so indices do not matter. */
export function fieldId(f: StubFieldValue, shapes: readonly Shape[]): string {
  if ('shape' in f) {
    const shape = shapes[f.shape];
    return shape ? `s${shapeId(shape)}` : `s#${f.shape}`;
  }
  if ('function' in f) return `f${functionKeyId(f.function)}`;
  if ('u32' in f) return `u${f.u32}`;
  return `n${JSON.stringify(f.name)}`;
}

/** Id of a stub's kind in the stub table (its position + 1), or 0 if the table has no such kind. */
export function stubKindId(name: string): number {
  return stubKinds.findIndex((k) => k.name === name) + 1;
}

/** A string equal for stubs of the same kind and field values (shapes compared structurally). */
export function stubId(stub: Pick<StubProfile, 'kind' | 'fields'>, shapes: readonly Shape[]): string {
  return JSON.stringify([stub.kind, ...stub.fields.map((f) => fieldId(f, shapes))]);
}

/** Stubs order by kind (table order), then by field values. */
export function compareStubs(a: StubProfile, b: StubProfile, shapes: readonly Shape[]): number {
  const byKind = stubKindId(a.kind) - stubKindId(b.kind) || compareStrings(a.kind, b.kind);
  if (byKind !== 0) return byKind;
  return compareTuples(a.fields.map((f) => fieldOrder(f, shapes)), b.fields.map((f) => fieldOrder(f, shapes)));
}

function fieldOrder(f: StubFieldValue, shapes: readonly Shape[]): string | number {
  return 'u32' in f ? f.u32 : fieldId(f, shapes);
}

/** "Parser.parseExpr (src/parser.js:12:2)". */
export function describeFunction(k: FunctionKey): string {
  return `${k.name} (${k.path}:${k.line}:${k.column})`;
}

/** "GetProp site at 14:8 in Parser.parseExpr (src/parser.js:12:2)"; "#1" marks a second site at one position. */
export function describeSite(fn: FunctionKey, site: SiteKey): string {
  const ordinal = site.ordinal > 0 ? ` #${site.ordinal}` : '';
  return `${site.kind} site at ${site.line}:${site.column}${ordinal} in ${describeFunction(fn)}`;
}
