// Suspendable coroutine bodies (generators, async functions): binaryen's Asyncify pass, limited to
// those bodies and the engine's rt_yield (whose calls are the suspension points; engine
// ops/coroutine.ts). The pass also turns the engine's `asyncify.*` imports into calls of the
// control functions it adds. A program without coroutines skips the pass (it costs a walk of the
// whole module): nothing can suspend, so the imports become functions that trap, and the pruning
// pass then drops them with the coroutine driver that calls them.
import binaryen from 'binaryen';
import type { Runtime } from '../lower/context.js';

const CONTROL_EXPORTS = ['asyncify_start_unwind', 'asyncify_stop_unwind', 'asyncify_start_rewind',
  'asyncify_stop_rewind', 'asyncify_get_state'];

/** Instrument `bodies` (function names) for suspension; run after the functions are optimized. */
export function instrumentCoroutines(module: binaryen.Module, runtime: Runtime, bodies: string[]): void {
  if (bodies.length === 0) { stubAsyncifyImports(module); return; }
  binaryen.setPassArgument('asyncify-onlylist', [runtime.fn('rt_yield'), ...bodies].join(','));
  binaryen.setPassArgument('asyncify-ignore-imports', '1');
  try {
    module.runPasses(['asyncify']);
  } finally {
    binaryen.clearPassArguments();
  }
  for (const name of CONTROL_EXPORTS) if (module.getExport(name)) module.removeExport(name);
}

/** Replace each `asyncify.*` import by a function of the same name and type that traps. */
function stubAsyncifyImports(module: binaryen.Module): void {
  const imports: binaryen.FunctionInfo[] = [];
  for (let i = 0; i < module.getNumFunctions(); i++) {
    const info = binaryen.getFunctionInfo(module.getFunctionByIndex(i));
    if (info.module === 'asyncify') imports.push(info);
  }
  for (const info of imports) {
    module.removeFunction(info.name);
    module.addFunction(info.name, info.params, info.results, [], module.unreachable());
  }
}
