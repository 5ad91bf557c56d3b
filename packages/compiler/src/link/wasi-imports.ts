// Dropping the WASI imports a program cannot reach (analyze/capabilities.ts proves which). Each such
// import becomes an internal function that returns ENOSYS, what a host without the function would
// answer, so the engine's existing "host has no clock/args/..." paths apply; nothing calls them
// at run time, and the pruning pass then removes them with the code only they kept alive.
import binaryen from 'binaryen';
import { CAPABILITIES, type Capability } from '../analyze/capabilities.js';

const WASI_MODULE = 'wasi_snapshot_preview1';
const ENOSYS = 52;

/** Replace the imports of every capability outside `reachable` with ENOSYS stubs. */
export function stubUnreachableWasi(module: binaryen.Module, reachable: ReadonlySet<Capability>): void {
  const unused = new Set(CAPABILITIES.filter((c) => !reachable.has(c.name)).flatMap((c) => c.imports));
  const stubs: binaryen.FunctionInfo[] = [];
  for (let i = 0; i < module.getNumFunctions(); i++) {
    const info = binaryen.getFunctionInfo(module.getFunctionByIndex(i));
    if (info.module === WASI_MODULE && info.base !== null && unused.has(info.base)) stubs.push(info);
  }
  for (const info of stubs) {
    if (info.results !== binaryen.i32) throw new Error(`internal error: WASI ${info.base} does not return an errno`);
    module.removeFunction(info.name);
    module.addFunction(info.name, info.params, info.results, [], module.i32.const(ENOSYS));
  }
}
