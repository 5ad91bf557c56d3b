// The build pipeline: bundle → parse → analyze → lower into the engine module → link → optimize
// → snapshot. Each stage lives in its own folder; this file only sequences them and times them.
import type * as ESTree from 'estree';
import binaryen from 'binaryen';
import { bundle } from './bundle/bundle.js';
import { parse } from './parse/parse.js';
import { analyze } from './analyze/resolve.js';
import { WEB_GLOBALS, SERVE_ABI_VERSION, FETCH_HANDLER_MEMORY_MB, HTTP_HANDLER_EXPORT } from './bundle/web-runtime.js';
import type { Analysis } from './analyze/scope.js';
import { CompileError, messages } from './errors.js';
import { SiteTable } from './ir/sites.js';
import { ConstantPool } from './ir/constants.js';
import { bundlePositions, programSourceMap, sourceKeys, type ProgramSourceMap } from './ir/source-map.js';
import { Specializer, type SpecializerEngine } from './specialize/specializer.js';
import { ShapeDescriptors } from './specialize/shape-descriptors.js';
import type { Profile } from '@pgo/profile';
import type { FunctionScope } from './analyze/scope.js';
import { engineBuildId } from '@pgo/engine';
import { ProgramContext } from './lower/context.js';
import { planSlots, lowerFunction, lowerEntryPoints, addConstantGlobals } from './lower/program.js';
import { openEngine, layoutMemory, appendToTable, finalizeExports } from './link/link.js';
import { instrumentCoroutines } from './link/asyncify.js';
import { stubUnreachableWasi, routeWasiToPreview2, dropHttpGlue } from './link/wasi-imports.js';
import { reachableCapabilities } from './analyze/capabilities.js';
import { snapshot } from './snapshot/wizer.js';
import { mergeDataSegments } from './snapshot/merge-segments.js';
import { i32 } from './lower/wasm.js';

export interface BuildOptions {
  /** The program's entry file (ESM or CommonJS; imports are bundled). */
  entry: string;
  /** Run initialization at build time and snapshot it with Wizer (default true). */
  snapshot?: boolean;
  /** Give Wizer the whole module rather than only the code initialization reaches (slower, same
   *  output; a test checks that). */
  wholeModuleSnapshot?: boolean;
  /** Collect garbage at every allocation (testing: shows a missing root at once). Every module
   *  also exports `pgo_gc_stress`, which a host calls before `_start` for the same at run time. */
  gcStress?: boolean;
  /** Print one line of collector statistics on stderr at exit (benchmarks). */
  gcStats?: boolean;
  /** Largest linear memory the program may use, in MiB (default: all 4 GiB, and 128 MiB for a
   *  fetch-handler program, whose every request is an instance); past it, allocation fails
   *  with "out of memory" as in a memory-limited sandbox. */
  maxMemoryMB?: number;
  /** The instrumented build of `pgo record`: every IC site reports to the engine's recorder, and
   *  the module exports `pgo_profile_dump` (what was recorded, as JSON) for the host. */
  record?: boolean;
  /** A profile-guided build: the profile (decoded) and its file name for messages. Functions
   *  changed since recording lose their data (one warning); the rest is specialized. */
  profile?: { profile: Profile; file: string };
  /** With `profile`: write what was specialized and why, per function, into BuildResult.report. */
  report?: boolean;
  /** A wasi:http handler (pgo build --component --http): a fetch-handler program whose module
   *  exports wasi:http/incoming-handler's `handle` instead of `_start`, serves each call over
   *  wasi:http (runtime/web/http.js) and imports WASI 0.2 only, no preview1 (link/wasi-imports.ts);
   *  @pgo/cli's toHttpComponent makes it a component. */
  wasiHttp?: boolean;
}

export interface BuildResult {
  /** The WASI preview1 command module (with `wasiHttp`, the core module of the handler component). */
  wasm: Uint8Array;
  /** Whether the entry exports `main` (its top level ran at build time). */
  hasMain: boolean;
  /** A fetch-handler program: each run serves one request through the serve ABI. */
  fetchHandler: boolean;
  /** Number of IC sites in the program. */
  sites: number;
  /** Milliseconds per stage. */
  timings: Record<string, number>;
  /** Where each site and function is in the original source: what a recorded dump is keyed by. */
  sourceMap: ProgramSourceMap;
  /** One line each for the user (stderr): a stale profile, a profile from another engine build. */
  warnings: string[];
  /** The profile-guided build's report (options.report). */
  report?: string;
}

/** Build `options.entry` into a WASI command module. Throws CompileError for bad input. */
export function build(options: BuildOptions): BuildResult {
  const timings: Record<string, number> = {};
  const time = <T>(stage: string, f: () => T): T => {
    const t0 = performance.now();
    try { return f(); } finally { timings[stage] = (timings[stage] ?? 0) + performance.now() - t0; }
  };
  const wasiHttp = options.wasiHttp ?? false;
  let b = time('bundle', () => bundle(options.entry, { wasiHttp }));
  if (wasiHttp && !b.fetchHandler) throw new CompileError(messages.httpNeedsFetchHandler(options.entry));
  let program = time('parse', () => parse(b));
  const report = (node: ESTree.Node, message: string): never => {
    const loc = (node as { loc?: { start: { line: number; column: number } } }).loc;
    throw new CompileError(message, loc ? b.locate(loc.start.line, loc.start.column) : undefined);
  };
  let positions = time('source map', () => bundlePositions(b, options.entry));
  let analysis = time('analyze', () => analyze(program, b.isModule, report, positions.originalName));
  if (!b.webGlobals && usesWebGlobals(analysis)) {
    // Again with the web runtime library (URL, Response, ...) injected: only programs that name one.
    b = time('bundle', () => bundle(options.entry, { webGlobals: true, wasiHttp }));
    program = time('parse', () => parse(b));
    positions = time('source map', () => bundlePositions(b, options.entry));
    analysis = time('analyze', () => analyze(program, b.isModule, report, positions.originalName));
  }
  const mainExport = findMainExport(program);
  const { module, runtime } = time('link', () => openEngine());
  const snapshotting = options.snapshot ?? true;
  try {
    const keys = time('source map', () => sourceKeys(b, positions, analysis));
    const warnings: string[] = [];
    let ctx: ProgramContext | null = null;
    const descriptors = new ShapeDescriptors('pgo:shape_base');
    const specializer = options.profile
      ? new Specializer(options.profile.profile, keys, options.profile.file, () => ctx!, analysis.functions, descriptors) : null;
    if (specializer?.feedback.warning) warnings.push(specializer.feedback.warning);
    if (options.profile && options.profile.profile.provenance.engineBuild !== engineBuildId()) {
      warnings.push(`${options.profile.file}: recorded with another engine build (${options.profile.profile.provenance.engineBuild}); its stubs still guard, but may not match this engine`);
    }
    for (const w of warnings) specializer?.report.note(w);
    const sites = new SiteTable(specializer ? (s) => specializer.feedback.observe(s) : undefined);
    const constants = new ConstantPool();
    ctx = new ProgramContext(module, runtime, analysis, sites, constants, b.code, 'pgo:ic_base', descriptors);
    ctx.record = options.record ?? false;
    ctx.specializer = specializer;
    const pc = ctx;
    time('lower', () => {
      planSlots(pc);
      for (const fs of analysis.functions) lowerFunction(pc, fs, mainExport);
      descriptors.internKeys(constants);
      specializer?.internConstants(constants);
      lowerEntryPoints(pc, { hasMain: mainExport !== null, snapshot: snapshotting, wasiHttp, gcStress: options.gcStress ?? false, gcStats: options.gcStats ?? false,
        record: pc.record, maxMemoryPages: Math.min(65536, Math.ceil((options.maxMemoryMB ?? (b.fetchHandler ? FETCH_HANDLER_MEMORY_MB : 4096)) * 16)), literalBaseGlobal: 'pgo:literal_base', heapStartGlobal: 'pgo:heap_start', origin: b.origin,
        afterConstants: () => {
          const engine: SpecializerEngine = {
            register: (base, bytes) => module.call(runtime.fn('rt_shape_table'), [base, bytes], binaryen.none),
            materialize: (desc, root) => module.call(runtime.fn('rt_materialize_shape'), [desc, root], binaryen.none),
            wellKnownSymbol: (description) => module.call(runtime.fn('rt_well_known_symbol'), [description], i32),
            builtinCode: (path) => module.call(runtime.fn('rt_builtin_code'), [path], i32),
          };
          return [...descriptors.initCode(module, pc.w, constants, engine), ...specializer?.initCode(constants, engine) ?? []];
        } });
      addConstantGlobals(pc);
    });
    time('link', () => {
      appendToTable(module, runtime, [...analysis.functions.map((fs) => pc.functionName(fs)),
        ...pc.coroutines.map((fs) => pc.bodyName(fs))]);
      const shapeBytes = descriptors.byteSize;
      const plan = layoutMemory(module, sites.byteSize + shapeBytes, constants.data());
      module.addGlobal('pgo:ic_base', i32, false, module.i32.const(plan.icBase));
      module.addGlobal(descriptors.baseGlobal, i32, false, module.i32.const(plan.icBase + sites.byteSize));
      module.addGlobal('pgo:literal_base', i32, false, module.i32.const(plan.literalBase));
      module.addGlobal('pgo:heap_start', i32, false, module.i32.const(plan.heapStart));
      if (pc.record) module.addFunctionExport(runtime.fn('rt_profile_dump'), 'pgo_profile_dump');
      const capabilities = reachableCapabilities(program, analysis);
      if (options.gcStats) capabilities.add('clock'); // the collector's timing
      stubUnreachableWasi(module, capabilities);
      if (wasiHttp) routeWasiToPreview2(module, runtime); else dropHttpGlue(module);
      module.addFunctionExport(runtime.fn('rt_gc_stress'), 'pgo_gc_stress');
      // For a component's preview1 adapter, which would otherwise grow memory under the heap.
      module.addFunctionExport(runtime.fn('rt_cabi_realloc'), 'cabi_realloc');
      if (b.fetchHandler && !wasiHttp) {
        // What `pgo serve` checks before serving a module: the serve ABI version it speaks.
        module.addFunction('pgo:serve_abi', binaryen.none, i32, [], module.i32.const(SERVE_ABI_VERSION));
        module.addFunctionExport('pgo:serve_abi', 'pgo_serve_abi');
      }
      finalizeExports(module, ['memory', wasiHttp ? HTTP_HANDLER_EXPORT : '_start', 'pgo_init', 'pgo_gc_stress', 'cabi_realloc',
        ...(pc.record ? ['pgo_profile_dump'] : []), ...(b.fetchHandler && !wasiHttp ? ['pgo_serve_abi'] : [])]);
      if (!module.validate()) throw new Error('internal error: generated module does not validate');
    });
    time('optimize', () => {
      // A profile-guided build optimizes the functions the profile never saw run for size: they
      // are cold in the workloads that matter. Everything else (and every generic build) for speed.
      const cold = (fs: FunctionScope): boolean => specializer !== null && !specializer.feedback.profiled(fs)?.entryCount;
      for (const speed of [true, false]) {
        binaryen.setOptimizeLevel(2);
        binaryen.setShrinkLevel(speed ? 0 : 2);
        for (const fs of analysis.functions) if (cold(fs) !== speed) module.optimizeFunction(pc.functionName(fs));
        for (const fs of pc.coroutines) if (cold(fs) !== speed) module.optimizeFunction(pc.bodyName(fs));
      }
      binaryen.setShrinkLevel(0);
    });
    time('asyncify', () => instrumentCoroutines(module, runtime, pc.coroutines.map((fs) => pc.bodyName(fs))));
    time('prune', () => module.runPasses(['remove-unused-module-elements']));
    let bytes = time('emit', () => module.emitBinary());
    if (snapshotting) bytes = time('snapshot', () => snapshot(bytes, 'pgo_init', options.wholeModuleSnapshot));
    bytes = time('merge', () => mergeDataSegments(bytes));
    const sourceMap = time('source map', () => programSourceMap(keys, analysis, sites, pc));
    const report = specializer && options.report
      ? specializer.report.format(keys, analysis.functions, (fs) => specializer.feedback.profiled(fs)?.entryCount ?? null) : undefined;
    return { wasm: bytes, hasMain: mainExport !== null, fetchHandler: b.fetchHandler, sites: sites.sites.length, timings, sourceMap, warnings, report };
  } finally {
    module.dispose();
  }
}

/** Whether the program names a global of the web runtime library without declaring it. */
function usesWebGlobals(analysis: Analysis): boolean {
  for (const [id, resolution] of analysis.references) if (resolution === null && WEB_GLOBALS.has(id.name)) return true;
  return false;
}

/** `export { main }` or `export function main` at the top level of the bundle. */
function findMainExport(program: ESTree.Program): ESTree.Identifier | null {
  for (const s of program.body) {
    if (s.type !== 'ExportNamedDeclaration') continue;
    for (const spec of s.specifiers) {
      const exported = spec.exported.type === 'Identifier' ? spec.exported.name : String(spec.exported.value);
      if (exported === 'main' && spec.local.type === 'Identifier') return spec.local;
    }
    if (s.declaration?.type === 'FunctionDeclaration' && s.declaration.id?.name === 'main') return s.declaration.id;
  }
  return null;
}
