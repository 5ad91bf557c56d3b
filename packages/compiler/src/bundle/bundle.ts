// Bundling: esbuild turns the entry and everything it imports (ESM, CommonJS, node_modules) into
// one script with a source map, so the rest of the compiler sees a single program. Positions in
// the bundle map back to the user's files through the source map (for errors and stable keys).
import path from 'node:path';
import fs from 'node:fs';
import * as esbuild from 'esbuild';
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';
import { CompileError, messages, type SourceLocation } from '../errors.js';

export interface Bundle {
  /** The bundled program text. */
  code: string;
  /** Whether the entry is an ES module (module code is strict). */
  isModule: boolean;
  /** Original position of a 1-based line and 0-based column in the bundle. */
  locate(line: number, column: number): SourceLocation;
}

export function bundle(entry: string): Bundle {
  const abs = path.resolve(entry);
  if (!fs.existsSync(abs) || !fs.statSync(abs).isFile()) throw new CompileError(messages.missingEntry(entry));
  let result: esbuild.BuildResult<{ write: false; metafile: true }>;
  try {
    result = esbuild.buildSync({
      entryPoints: [abs], bundle: true, write: false, format: 'esm', platform: 'neutral',
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
  const inputs = result.metafile.inputs;
  const entryKey = Object.keys(inputs).find((k) => path.resolve(k) === abs);
  const isModule = entryKey ? inputs[entryKey].format !== 'cjs' : true;
  const tracer = new TraceMap(map.text);
  return {
    code: js.text,
    isModule,
    locate(line: number, column: number): SourceLocation {
      const o = originalPositionFor(tracer, { line, column });
      if (o.source == null || o.line == null) return { file: relative(abs), line, column: column + 1 };
      return { file: relative(path.resolve(path.dirname(path.resolve('bundle.js')), o.source)), line: o.line, column: (o.column ?? 0) + 1 };
    },
  };
}

function relative(file: string): string {
  const r = path.relative(process.cwd(), file);
  return r.startsWith('..') ? file : r;
}
