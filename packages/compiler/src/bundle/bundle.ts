// Bundling: esbuild turns the entry and everything it imports (ESM, CommonJS, node_modules) into
// one script with a source map, so the rest of the compiler sees a single program. Positions in
// the bundle map back to the user's files through the source map (for errors and stable keys).
import path from 'node:path';
import fs from 'node:fs';
import * as esbuild from 'esbuild';
import { TraceMap, originalPositionFor, sourceContentFor } from '@jridgewell/trace-mapping';
import { CompileError, messages, type SourceLocation } from '../errors.js';
import { WEB_GLOBALS_FILE, FETCH_ENTRY_NAME, isFetchHandlerProgram, fetchEntrySource } from './web-runtime.js';

export interface Bundle {
  /** The bundled program text. */
  code: string;
  /** Whether the entry is an ES module (module code is strict). */
  isModule: boolean;
  /** Made by esbuild (which may rename declarations), not the entry's own text. */
  bundled: boolean;
  /** Original position of a 1-based line and 0-based column in the bundle. */
  locate(line: number, column: number): SourceLocation;
  /** For a bundled program: the original text of the file a 1-based line and 0-based column of
   *  the bundle come from, and their offset in it (null where the source map has none). */
  origin(line: number, column: number): { text: string; offset: number } | null;
  /** A fetch-handler program: its `main` serves one request (serve ABI, bundle/web-runtime.ts). */
  fetchHandler: boolean;
  /** The web runtime library was injected for the program's free URL, Request, ... */
  webGlobals: boolean;
  /** A fetch-handler program built as a wasi:http handler: its `main` serves over wasi:http. */
  wasiHttp: boolean;
}

export interface BundleOptions {
  /** Inject the web runtime library (the program names one of WEB_GLOBALS free). */
  webGlobals?: boolean;
  /** A fetch-handler entry serves over wasi:http (pgo build --http) instead of the serve ABI. */
  wasiHttp?: boolean;
}

/** Bundle `entry`. A single file that imports nothing is used as it is (its text and names stay
 *  exactly the user's); otherwise esbuild bundles it. A fetch-handler program gets a generated
 *  entry around it, and the web runtime library. */
export function bundle(entry: string, options: BundleOptions = {}): Bundle {
  const abs = path.resolve(entry);
  if (!fs.existsSync(abs) || !fs.statSync(abs).isFile()) throw new CompileError(messages.missingEntry(entry));
  const text = fs.readFileSync(abs, 'utf8');
  if (isFetchHandlerProgram(text)) return esbuildBundle(abs, 'esm', { fetchHandler: true, webGlobals: true, wasiHttp: options.wasiHttp ?? false });
  const isModule = isModuleFile(abs);
  const webGlobals = options.webGlobals ?? false;
  if (!importsAnything(text) && !webGlobals) {
    const file = relative(abs);
    return { code: text, isModule, bundled: false, locate: (line, column) => ({ file, line, column: column + 1 }), origin: () => null,
      fetchHandler: false, webGlobals, wasiHttp: false };
  }
  // esbuild's ESM output keeps `export { main }`; a CommonJS entry is wrapped as a script instead.
  return esbuildBundle(abs, isModule ? 'esm' : 'iife', { fetchHandler: false, webGlobals, wasiHttp: false });
}

/** Node's rule: .mjs is a module, .cjs a script, .js follows the nearest package.json "type". */
function isModuleFile(abs: string): boolean {
  if (abs.endsWith('.mjs')) return true;
  if (abs.endsWith('.cjs')) return false;
  for (let dir = path.dirname(abs); ; dir = path.dirname(dir)) {
    const pkg = path.join(dir, 'package.json');
    if (fs.existsSync(pkg)) {
      try { return JSON.parse(fs.readFileSync(pkg, 'utf8')).type === 'module'; } catch { return false; }
    }
    if (path.dirname(dir) === dir) return false;
  }
}

/** Whether the program text has import/export declarations or require() calls. */
function importsAnything(text: string): boolean {
  return /(^|[\s;{}])(import|export)[\s{*'"]/m.test(text) || /\brequire\s*\(/.test(text) || /\bimport\s*\(/.test(text);
}

function esbuildBundle(abs: string, format: 'esm' | 'iife', kind: { fetchHandler: boolean; webGlobals: boolean; wasiHttp: boolean }): Bundle {
  let result: esbuild.BuildResult<{ write: false; metafile: true }>;
  const input: esbuild.BuildOptions = kind.fetchHandler
    ? { stdin: { contents: fetchEntrySource(abs, kind.wasiHttp), resolveDir: path.dirname(abs), sourcefile: FETCH_ENTRY_NAME, loader: 'js' } }
    : { entryPoints: [abs] };
  try {
    result = esbuild.buildSync({
      ...input, inject: kind.webGlobals ? [WEB_GLOBALS_FILE] : [], bundle: true, write: false, format, platform: 'neutral',
      mainFields: ['module', 'main'], target: 'esnext', sourcemap: 'external', outfile: 'bundle.js',
      logLevel: 'silent', metafile: true, legalComments: 'none', charset: 'utf8',
    });
  } catch (e) {
    const failure = e as esbuild.BuildFailure;
    const err = failure.errors?.[0];
    if (err?.location) {
      throw new CompileError(messages.syntax(err.text), {
        file: relative(err.location.file), line: err.location.line, column: err.location.column + 1,
      });
    }
    throw new CompileError(err ? messages.syntax(err.text) : String(e));
  }
  const js = result.outputFiles.find((f) => f.path.endsWith('.js'))!;
  const map = result.outputFiles.find((f) => f.path.endsWith('.map'))!;
  const tracer = new TraceMap(map.text);
  const linesOf = new Map<string, number[]>();
  return {
    ...kind,
    code: js.text,
    isModule: format === 'esm',
    bundled: true,
    locate(line: number, column: number): SourceLocation {
      const o = originalPositionFor(tracer, { line, column });
      if (o.source == null || o.line == null) return { file: relative(abs), line, column: column + 1 };
      return { file: relative(path.resolve(o.source)), line: o.line, column: (o.column ?? 0) + 1, name: o.name ?? undefined };
    },
    origin(line: number, column: number) {
      const o = originalPositionFor(tracer, { line, column });
      if (o.source == null || o.line == null) return null;
      const text = sourceContentFor(tracer, o.source);
      if (text == null) return null;
      let starts = linesOf.get(o.source);
      if (!starts) linesOf.set(o.source, starts = lineStarts(text));
      const offset = (starts[o.line - 1] ?? Infinity) + (o.column ?? 0);
      return offset <= text.length ? { text, offset } : null;
    },
  };
}

/** The offset of each line of `text` (source map columns count UTF-16 units, as offsets do). */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function relative(file: string): string {
  const r = path.relative(process.cwd(), file);
  return r.startsWith('..') ? file : r;
}
