// Suspendable coroutine bodies (generators, async functions): binaryen's Asyncify pass, limited to
// those bodies and the engine's rt_yield (whose calls are the suspension points; engine
// ops/coroutine.ts). The pass also turns the engine's `asyncify.*` imports into calls of the
// control functions it adds, so it runs on every build, with an only-list of just rt_yield (which
// is not instrumented itself) when the program has no coroutine.
import binaryen from 'binaryen';
import type { Runtime } from '../lower/context.js';

const CONTROL_EXPORTS = ['asyncify_start_unwind', 'asyncify_stop_unwind', 'asyncify_start_rewind',
  'asyncify_stop_rewind', 'asyncify_get_state'];

/** Instrument `bodies` (function names) for suspension; run after the functions are optimized. */
export function instrumentCoroutines(module: binaryen.Module, runtime: Runtime, bodies: string[]): void {
  binaryen.setPassArgument('asyncify-onlylist', [runtime.fn('rt_yield'), ...bodies].join(','));
  binaryen.setPassArgument('asyncify-ignore-imports', '1');
  try {
    module.runPasses(['asyncify']);
  } finally {
    binaryen.clearPassArguments();
  }
  for (const name of CONTROL_EXPORTS) if (module.getExport(name)) module.removeExport(name);
}
