// @pgo/bench: the engines of `npm run bench` and `npm run bench:startup`, and their reports.
export { listWorkloads, repoRoot, cacheDir, writeCached } from './workloads.mjs';
export { median, geomean } from './stats.mjs';
export { ensureV8Flags, DEFAULT_WASM_FLAGS } from './v8-flags.mjs';
export { pgoGeneric, pgoGuided, pgoEntry, profilePath } from './engines/pgo.mjs';
export { nodeJit, nodeJitless, runInNode } from './engines/node.mjs';
export { quickjsWasm, loadQuickJS, evalInFreshContext } from './engines/quickjs.mjs';
export { starlingMonkey, componentEntry, buildComponents, loadComponent } from './engines/starlingmonkey.mjs';
export { writeReports } from './report.mjs';
export { quickjsStartup, starlingMonkeyStartup, nodeStartup, measure } from './startup.mjs';
export { sections, withoutSection, dataSegments } from './wasm-sections.mjs';
