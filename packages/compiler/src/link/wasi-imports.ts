// What the module imports from its host. Dropping the WASI imports a program cannot reach
// (analyze/capabilities.ts proves which): each becomes an internal function that returns ENOSYS,
// what a host without the function would answer, so the engine's existing "host has no
// clock/args/..." paths apply; nothing calls them at run time, and the pruning pass then removes
// them with the code only they kept alive. And choosing the WASI version: a wasi:http handler
// build imports WASI 0.2 only (its preview1 imports are routed to the engine's preview1-over-0.2
// functions, host/wasi-p2.ts); a command module imports preview1 only and carries none of the
// engine's wasi:http glue (host/wasi-http.ts, ~4 KB): nothing installs it there (rt_http_install),
// and once its methods' function-table slots trap instead, pruning removes it with its imports.
import binaryen from 'binaryen';
import { httpGluePrefix } from '@pgo/engine';
import { CAPABILITIES, type Capability } from '../analyze/capabilities.js';
import type { Runtime } from '../lower/context.js';

const WASI_MODULE = 'wasi_snapshot_preview1';
const ENOSYS = 52;

/** The preview1 functions the engine implements over WASI 0.2, by their engine function. */
const PREVIEW2_ROUTES = {
  fd_write: 'rt_p2_fd_write', proc_exit: 'rt_p2_proc_exit', clock_time_get: 'rt_p2_clock_time_get',
  random_get: 'rt_p2_random_get', poll_oneoff: 'rt_p2_poll_oneoff',
} as const;

/** The module's function imports from `from` (a module name or a test on it). */
function importsFrom(module: binaryen.Module, from: (name: string) => boolean): binaryen.FunctionInfo[] {
  const found: binaryen.FunctionInfo[] = [];
  for (let i = 0; i < module.getNumFunctions(); i++) {
    const info = binaryen.getFunctionInfo(module.getFunctionByIndex(i));
    if (info.module !== null && info.module !== '' && info.base !== null && from(info.module)) found.push(info);
  }
  return found;
}

/** Replace import `info` by a function of the same name and type with body `body`. */
function replaceImport(module: binaryen.Module, info: binaryen.FunctionInfo, body: binaryen.ExpressionRef): void {
  module.removeFunction(info.name);
  module.addFunction(info.name, info.params, info.results, [], body);
}

function enosys(module: binaryen.Module, info: binaryen.FunctionInfo): binaryen.ExpressionRef {
  if (info.results !== binaryen.i32) throw new Error(`internal error: WASI ${info.base} does not return an errno`);
  return module.i32.const(ENOSYS);
}

/** Replace the imports of every capability outside `reachable` with ENOSYS stubs. */
export function stubUnreachableWasi(module: binaryen.Module, reachable: ReadonlySet<Capability>): void {
  const unused = new Set(CAPABILITIES.filter((c) => !reachable.has(c.name)).flatMap((c) => c.imports));
  for (const info of importsFrom(module, (m) => m === WASI_MODULE)) {
    if (unused.has(info.base!)) replaceImport(module, info, enosys(module, info));
  }
}

/** A wasi:http handler build: every preview1 import calls its WASI 0.2 implementation in the
 *  engine, or answers ENOSYS (stdin, args, environment: the proxy world has none). */
export function routeWasiToPreview2(module: binaryen.Module, runtime: Runtime): void {
  for (const info of importsFrom(module, (m) => m === WASI_MODULE)) {
    const route = PREVIEW2_ROUTES[info.base as keyof typeof PREVIEW2_ROUTES];
    const params = binaryen.expandType(info.params).map((t, i) => module.local.get(i, t));
    replaceImport(module, info, route ? module.call(runtime.fn(route), params, info.results) : enosys(module, info));
  }
}

/** A command module: the function-table slots of the wasi:http glue's native methods (the only
 *  references to the glue once rt_http_install is no longer exported) hold a trap instead, so
 *  pruning drops the glue and its WASI 0.2 imports. No JS can call those slots: the methods'
 *  function objects are made by rt_http_install alone. */
export function dropHttpGlue(module: binaryen.Module): void {
  const traps = new Map<string, string>(); // by signature
  let dropped = 0;
  for (let i = 0; i < module.getNumElementSegments(); i++) {
    const segment = binaryen.getElementSegmentInfo(module.getElementSegmentByIndex(i));
    if (!segment.data.some((f) => f.startsWith(httpGluePrefix))) continue;
    const data = segment.data.map((f) => {
      if (!f.startsWith(httpGluePrefix)) return f;
      dropped++;
      const fn = binaryen.getFunctionInfo(module.getFunction(f));
      const key = `${fn.params}:${fn.results}`;
      if (!traps.has(key)) {
        const name = `pgo:no_http_${traps.size}`;
        module.addFunction(name, fn.params, fn.results, [], module.unreachable());
        traps.set(key, name);
      }
      return traps.get(key)!;
    });
    const offset = binaryen.getExpressionInfo(segment.offset) as binaryen.ConstInfo;
    module.removeElementSegment(segment.name);
    module.addActiveElementSegment(segment.table, segment.name, data, module.i32.const(offset.value as number));
  }
  // The engine names its functions by path (asc --debug): a moved glue would silently stay.
  if (dropped === 0) throw new Error(`internal error: no ${httpGluePrefix}* function in the engine's table`);
}
