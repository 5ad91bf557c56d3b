// Where each function and IC site of a build is in the original source: the keys a profile uses
// (DESIGN.md, contract 4). Positions go through the bundle's source map, so a profile recorded with
// `workload.js` (which imports `app.js`) names app.js's functions as `pgo build app.js` does.
import crypto from 'node:crypto';
import type { Bundle } from '../bundle/bundle.js';
import type { Analysis, FunctionScope } from '../analyze/scope.js';
import type { SiteKind, SiteTable } from './sites.js';
import { functionDisplayName, type ProgramContext } from '../lower/context.js';

/** A function's stable key: original file, name path ("Outer.inner", "<top>"), 1-based line and
 *  0-based column of its start. */
export interface FunctionKey { path: string; name: string; line: number; column: number }

export interface FunctionSource {
  /** FunctionScope id: the recorder's entry counts are indexed by it. */
  id: number;
  /** Its index in the function table: how the recorder names call targets and prototypes. */
  tableIndex: number;
  key: FunctionKey;
  /** sha256 of the function's source text: a changed function's profile data is stale. */
  sourceHash: string;
}

export interface SiteSource {
  id: number;
  kind: SiteKind;
  /** FunctionScope id of the function the site is in. */
  func: number;
  line: number;
  column: number;
  /** Among the sites of the same kind at the same position, this one's number. */
  ordinal: number;
}

export interface ProgramSourceMap { functions: FunctionSource[]; sites: SiteSource[] }

export function programSourceMap(b: Bundle, analysis: Analysis, sites: SiteTable, ctx: ProgramContext): ProgramSourceMap {
  const lineStarts = [0];
  for (let i = 0; i < b.code.length; i++) if (b.code.charCodeAt(i) === 10) lineStarts.push(i + 1);
  const position = (offset: number): { path: string; line: number; column: number } => {
    let lo = 0, hi = lineStarts.length - 1;
    while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (lineStarts[mid] <= offset) lo = mid; else hi = mid - 1; }
    const loc = b.locate(lo + 1, offset - lineStarts[lo]);
    return { path: loc.file, line: loc.line, column: loc.column - 1 };
  };
  const namePath = (fs: FunctionScope): string => {
    if (fs.isProgram) return '<top>';
    const own = functionDisplayName(fs) || '<anonymous>';
    return fs.parent && !fs.parent.isProgram ? `${namePath(fs.parent)}.${own}` : own;
  };
  const functions = analysis.functions.map((fs): FunctionSource => {
    const node = fs.node as unknown as { start: number; end: number };
    const text = b.code.slice(node.start, node.end);
    return {
      id: fs.id, tableIndex: ctx.tableIndex(fs),
      key: { ...position(node.start), name: namePath(fs) },
      sourceHash: crypto.createHash('sha256').update(text).digest('hex').slice(0, 32),
    };
  });
  const seen = new Map<string, number>();
  const siteSources = sites.sites.map((s): SiteSource => {
    const { line, column } = position(s.offset);
    const k = `${s.func}:${s.kind}:${line}:${column}`;
    const ordinal = seen.get(k) ?? 0;
    seen.set(k, ordinal + 1);
    return { id: s.id, kind: s.kind, func: s.func, line, column, ordinal };
  });
  return { functions, sites: siteSources };
}
