// Where each function and IC site of a build is in the original source: the keys a profile uses
// (DESIGN.md, contract 4). Positions go through the bundle's source map, so a profile recorded with
// `workload.js` (which imports `app.js`) names app.js's functions as `pgo build app.js` does.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import * as acorn from 'acorn';
import type * as ESTree from 'estree';
import type { Bundle } from '../bundle/bundle.js';
import type { Analysis, FunctionScope } from '../analyze/scope.js';
import type { SiteKind, SiteTable, PointTable } from './sites.js';
import { functionDisplayName, type ProgramContext } from '../lower/context.js';

/** A function's stable key: original file (relative to the project root), name path
 *  ("Outer.inner", "<top>"), 1-based line and 0-based column of its start. */
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

/** A branch (at its consequent) or loop (at its body) in the original source. */
export interface PointSource { id: number; func: number; line: number; column: number }

export interface ProgramSourceMap { functions: FunctionSource[]; sites: SiteSource[]; branches: PointSource[]; loops: PointSource[] }

/** The project an entry belongs to: the nearest directory above it with a package.json (else the
 *  entry's own directory). Keys are relative to it, so they do not depend on the working directory. */
export function projectRootOf(entry: string): string {
  const start = path.dirname(path.resolve(entry));
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) return start;
  }
}

/** The keys of one build's functions and positions, computed from the bundle before lowering, so
 *  a profile-guided build can look its feedback up while it lowers each site. */
export interface SourceKeys {
  /** Each function's key and source hash, by FunctionScope id. */
  readonly functions: ReadonlyMap<number, { key: FunctionKey; sourceHash: string }>;
  /** The original position of a bundle offset (the function key's path, line and column). */
  position(offset: number): { path: string; line: number; column: number };
}

/** Where a bundle's text was in the original files, and the names declarations had there. */
export interface BundlePositions {
  /** The original position of a bundle offset (the function key's path, line and column). */
  position(offset: number): { path: string; line: number; column: number };
  /** The name identifier `id` was written with. esbuild renames a declaration that collides with
   *  another module's (helper → helper2) and gives a class its own inner name (`class Vec` →
   *  `var Vec = class _Vec`); the source map leads back to the original token. Trusted only when
   *  it is one of those renamings, since a mapping may be coarser than one token. */
  originalName(id: ESTree.Identifier): string;
  /** The original text of function `fs` (null: not in any original file, a bundler's wrapper). */
  functionText(fs: FunctionScope): string | null;
}

export function bundlePositions(b: Bundle, entry: string): BundlePositions {
  const root = projectRootOf(entry);
  const lineStarts = [0];
  for (let i = 0; i < b.code.length; i++) if (b.code.charCodeAt(i) === 10) lineStarts.push(i + 1);
  const lineOf = (offset: number): number => {
    let lo = 0, hi = lineStarts.length - 1;
    while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (lineStarts[mid] <= offset) lo = mid; else hi = mid - 1; }
    return lo;
  };
  const position = (offset: number): { path: string; line: number; column: number } => {
    const lo = lineOf(offset);
    const loc = b.locate(lo + 1, offset - lineStarts[lo]);
    const file = path.relative(root, path.resolve(loc.file)).split(path.sep).join('/');
    return { path: file, line: loc.line, column: loc.column - 1 };
  };
  const originals = new OriginalSources();
  const originalName = (id: ESTree.Identifier): string => {
    if (!b.bundled) return id.name;
    const at = position((id as unknown as { start: number }).start);
    const written = originals.identifierAt(path.resolve(root, at.path), at.line, at.column);
    if (written === null || written === id.name) return id.name;
    // `_` + name for a class's inner name, name + a number on a collision, or both.
    const rest = id.name.startsWith(`_${written}`) ? id.name.slice(written.length + 1)
      : id.name.startsWith(written) ? id.name.slice(written.length) : null;
    return rest !== null && /^\d*$/.test(rest) ? written : id.name;
  };
  const functionText = (fs: FunctionScope): string | null => {
    if (fs.isProgram) return null;
    const at = position((fs.node as unknown as { start: number }).start);
    return originals.functionText(path.resolve(root, at.path), at.line, at.column);
  };
  return { position, originalName, functionText };
}

export function sourceKeys(b: Bundle, positions: BundlePositions, analysis: Analysis): SourceKeys {
  const { position, originalName } = positions;
  // Each function's original text: null for one not in any original file (a bundler's wrapper).
  const original = new Map<FunctionScope, string | null>();
  for (const fs of analysis.functions) original.set(fs, positions.functionText(fs));
  const synthetic = (fs: FunctionScope): boolean => !fs.isProgram && original.get(fs) === null;
  // A method is named after its class ("Vec.add"), a constructor as its class.
  const classOf = new Map<ESTree.Node, string>();
  const ctorOf = new Map<ESTree.Node, string>();
  for (const cls of analysis.classes.values()) {
    const name = cls.node.id ? originalName(cls.node.id) : (cls.node as { inferredName?: string }).inferredName ?? '<class>';
    for (const el of cls.node.body.body) if (el.type === 'MethodDefinition' && el.kind !== 'constructor') classOf.set(el.value, name);
    for (const f of [cls.fieldInit, cls.staticInit]) if (f) classOf.set(f, name);
    ctorOf.set(cls.ctor, name);
  }
  const ownName = (fs: FunctionScope): string => {
    const node = fs.node as { id?: ESTree.Identifier | null };
    return ctorOf.get(fs.node) ?? (node.id ? originalName(node.id) : functionDisplayName(fs)) ?? '';
  };
  const namePath = (fs: FunctionScope): string => {
    if (fs.isProgram) return '<top>';
    const cls = classOf.get(fs.node);
    const own = (cls ? `${cls}.` : '') + (ownName(fs) || '<anonymous>');
    let parent = fs.parent;
    while (parent && synthetic(parent)) parent = parent.parent;
    return parent && !parent.isProgram ? `${namePath(parent)}.${own}` : own;
  };
  const functions = new Map(analysis.functions.map((fs) => {
    const node = fs.node as unknown as { start: number; end: number };
    const key = { ...position(node.start), name: namePath(fs) };
    // The text as written, not as bundled: esbuild reprints a module it bundles, so only the
    // original text hashes the same in `pgo record workload.js` and `pgo build app.js`.
    const text = original.get(fs) ?? b.code.slice(node.start, node.end);
    return [fs.id, { key, sourceHash: crypto.createHash('sha256').update(text).digest('hex').slice(0, 32) }];
  }));
  return { functions, position };
}

/** Numbers the sites that share a function, kind and original position, in the order they are
 *  made: with the position, that ordinal is a site's key (the recorder's and the specializer's). */
export class SiteOrdinals {
  private readonly seen = new Map<string, number>();
  next(func: number, kind: SiteKind, line: number, column: number): number {
    const k = `${func}:${kind}:${line}:${column}`;
    const ordinal = this.seen.get(k) ?? 0;
    this.seen.set(k, ordinal + 1);
    return ordinal;
  }
  /** The counts so far, to number a second lowering of the same code (a loop version) alike. */
  mark(): Map<string, number> { return new Map(this.seen); }
  /** Count `func`'s sites from zero again: its body lowered once more, inlined into a caller. */
  restart(func: number): void {
    for (const k of [...this.seen.keys()]) if (k.startsWith(`${func}:`)) this.seen.delete(k);
  }
  rewind(mark: Map<string, number>): void {
    this.seen.clear();
    for (const [k, v] of mark) this.seen.set(k, v);
  }
}

export function programSourceMap(keys: SourceKeys, analysis: Analysis, sites: SiteTable, ctx: ProgramContext): ProgramSourceMap {
  const functions = analysis.functions.map((fs): FunctionSource => ({ id: fs.id, tableIndex: ctx.tableIndex(fs), ...keys.functions.get(fs.id)! }));
  const ordinals = new SiteOrdinals();
  const siteSources = sites.sites.map((s): SiteSource => {
    const { line, column } = keys.position(s.offset);
    return { id: s.id, kind: s.kind, func: s.func, line, column, ordinal: ordinals.next(s.func, s.kind, line, column) };
  });
  const points = (table: PointTable): PointSource[] => table.points.map((p) => {
    const { line, column } = keys.position(p.offset);
    return { id: p.id, func: p.func, line, column };
  });
  return { functions, sites: siteSources, branches: points(ctx.branches), loops: points(ctx.loops) };
}

/** The original source files, parsed on demand, to find a function's text by its position. */
class OriginalSources {
  private readonly files = new Map<string, { text: string; starts: number[]; ends: Map<number, number> } | null>();

  /** The text of the function or class starting at 1-based `line`, 0-based `column` of `file`. */
  functionText(file: string, line: number, column: number): string | null {
    const f = this.load(file);
    if (!f || line < 1 || line > f.starts.length) return null;
    const start = f.starts[line - 1] + column;
    const end = f.ends.get(start);
    return end === undefined ? null : f.text.slice(start, end);
  }

  /** The identifier written at 1-based `line`, 0-based `column` of `file`. */
  identifierAt(file: string, line: number, column: number): string | null {
    const f = this.load(file);
    if (!f || line < 1 || line > f.starts.length) return null;
    return /^[\p{ID_Start}$_][\p{ID_Continue}$\u200c\u200d]*/u.exec(f.text.slice(f.starts[line - 1] + column))?.[0] ?? null;
  }

  private load(file: string) {
    if (this.files.has(file)) return this.files.get(file)!;
    let entry = null;
    try {
      const text = fs.readFileSync(file, 'utf8');
      const starts = [0];
      for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
      const ast = acorn.parse(text, { ecmaVersion: 'latest', sourceType: 'module', allowHashBang: true,
        allowReturnOutsideFunction: true, allowAwaitOutsideFunction: true });
      const ends = new Map<number, number>();
      const visit = (n: unknown): void => {
        if (Array.isArray(n)) { for (const x of n) visit(x); return; }
        if (n === null || typeof n !== 'object' || typeof (n as acorn.Node).type !== 'string') return;
        const node = n as acorn.Node;
        if (/Function|Class|MethodDefinition|Property/.test(node.type) && !ends.has(node.start)) ends.set(node.start, node.end);
        for (const k in node) if (k !== 'type') visit((node as unknown as Record<string, unknown>)[k]);
      };
      visit(ast);
      entry = { text, starts, ends };
    } catch {
      entry = null; // not JavaScript acorn reads (TypeScript, JSX): the bundled text is hashed instead
    }
    this.files.set(file, entry);
    return entry;
  }
}
