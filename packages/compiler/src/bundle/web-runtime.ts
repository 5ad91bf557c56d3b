// pgo's web runtime library (packages/compiler/runtime/web/, plain JavaScript compiled by this
// compiler like the user's code): URL, URLSearchParams, Headers, Request, Response and the fetch
// listeners, plus the guest side of the serve ABI. Written in JavaScript rather than in the
// AssemblyScript engine because it is ordinary library code (parsing, lists, classes) that our
// own compiler handles, and it reaches the program only when used: esbuild's `inject` gives a
// program that names one of these globals free that export alone, so other programs are untouched.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as acorn from 'acorn';

/** The folder of the runtime library (dist/bundle/ → ../../runtime/web). */
export const WEB_RUNTIME_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../runtime/web');

/** The file esbuild injects: one export per web global. */
export const WEB_GLOBALS_FILE = path.join(WEB_RUNTIME_DIR, 'globals.js');

/** The serve ABI a fetch-handler module speaks (packages/cli/src/serve/README.md), exported as
 *  the result of its `pgo_serve_abi` function. */
export const SERVE_ABI_VERSION = 1;

/** A fetch-handler program's default memory limit in MiB (what serverless platforms give a
 *  request's isolate): a runaway handler fails its own request, not the server's machine. */
export const FETCH_HANDLER_MEMORY_MB = 128;

/** The name the generated entry of a fetch-handler program has in source maps (no such file). */
export const FETCH_ENTRY_NAME = path.join(WEB_RUNTIME_DIR, 'fetch-entry.generated.js');

/** The globals the runtime library provides; a free reference to one needs the library. */
export const WEB_GLOBALS: ReadonlySet<string> = new Set([
  'URL', 'URLSearchParams', 'Headers', 'Request', 'Response', 'FetchEvent', 'addEventListener', 'removeEventListener',
  'ReadableStream', 'ReadableStreamDefaultReader', 'ReadableStreamDefaultController',
]);

/** Whether the entry's text is a fetch-handler program: `export default` at its top level, or an
 *  `addEventListener('fetch', ...)` call. */
export function isFetchHandlerProgram(text: string): boolean {
  if (/\baddEventListener\s*\(\s*['"`]fetch['"`]/.test(text)) return true;
  if (!/\bexport\s+default\b/.test(text)) return false;
  let program: acorn.Program;
  try {
    program = acorn.parse(text, { ecmaVersion: 'latest', sourceType: 'module', allowHashBang: true });
  } catch {
    return false; // esbuild reports the syntax error with its position
  }
  return program.body.some((s) => s.type === 'ExportDefaultDeclaration'
    || (s.type === 'ExportNamedDeclaration' && s.specifiers.some((sp) => sp.exported.type === 'Identifier' && sp.exported.name === 'default')));
}

/** The export of a wasi:http handler build (pgo build --component --http), by the canonical ABI's
 *  naming: interface `wasi:http/incoming-handler` of WASI 0.2, function `handle`. */
export const HTTP_HANDLER_EXPORT = 'wasi:http/incoming-handler@0.2.0#handle';

/** The generated entry of a fetch-handler program: its `main` serves one request, over the serve
 *  ABI (runtime/web/serve.js) or, in a wasi:http handler build, over wasi:http (runtime/web/http.js). */
export function fetchEntrySource(entryAbs: string, wasiHttp = false): string {
  const runtime = (file: string): string => JSON.stringify(path.join(WEB_RUNTIME_DIR, file));
  return [
    `import ${runtime('console-to-stderr.js')};`,
    `import * as app from ${JSON.stringify(entryAbs)};`,
    `import { fetchHandler${wasiHttp ? '' : ', serve'} } from ${runtime('serve.js')};`,
    ...(wasiHttp ? [`import { serveHttp as serve } from ${runtime('http.js')};`] : []),
    'const handler = fetchHandler(app);',
    'export function main() { return serve(handler); }',
    '',
  ].join('\n');
}
