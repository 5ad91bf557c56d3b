// QuickJS compiled to Wasm (quickjs-emscripten, release-sync variant), run in this process.
// The emscripten module is instantiated once; a run is a new runtime and context, evaluating
// the workload as an ES module, main(size), and disposing of both. TextEncoder/TextDecoder,
// which QuickJS lacks, come from a plain-JS polyfill (harness.mjs).
import fs from 'node:fs';
import { newQuickJSWASMModuleFromVariant } from 'quickjs-emscripten-core';
import variant from '@jitl/quickjs-wasmfile-release-sync';
import { captureSource, runSource, textCodecSource } from './harness.mjs';

/** @type {Promise<import('quickjs-emscripten-core').QuickJSWASMModule> | null} */
let quickjs = null;
/** The QuickJS Wasm module, loaded on first use. */
export function loadQuickJS() {
  quickjs ??= newQuickJSWASMModuleFromVariant(variant);
  return quickjs;
}

/**
 * Evaluates `entry` as a module in a fresh runtime+context whose module loader serves `files`,
 * then evaluates `expr` and returns its value as a string; disposes of everything.
 * @param {import('quickjs-emscripten-core').QuickJSWASMModule} qjs
 * @param {Record<string, string>} files module name (without "./") → source
 * @param {string} entry module source
 * @param {string} expr script evaluated after the module
 */
export function evalInFreshContext(qjs, files, entry, expr) {
  const rt = qjs.newRuntime();
  try {
    rt.setMaxStackSize(0); // the emscripten stack bounds recursion, as a native QuickJS would
    rt.setModuleLoader((name) => {
      const key = name.replace(/^\.\//, '');
      if (!(key in files)) throw new Error(`no module ${name}`);
      return files[key];
    });
    const vm = rt.newContext();
    try {
      const unwrap = (/** @type {any} */ r) => {
        if (r.error) { const e = vm.dump(r.error); r.error.dispose(); throw new Error(typeof e === 'object' && e ? `${e.name}: ${e.message}` : String(e)); }
        return r.value;
      };
      unwrap(vm.evalCode(entry, 'entry.js', { type: 'module' })).dispose();
      const h = unwrap(vm.evalCode(expr, 'run.js'));
      const out = vm.getString(h);
      h.dispose();
      return out;
    } finally {
      vm.dispose();
    }
  } finally {
    rt.dispose();
  }
}

/** @type {import('./types.mjs').Engine} */
export const quickjsWasm = {
  id: 'quickjs', label: 'QuickJS (Wasm)', wasm: true,
  measures: 'new runtime + context, evaluate the module, main(size); TextEncoder/TextDecoder polyfilled in JS',
  async prepare(w, size) {
    const qjs = await loadQuickJS();
    const files = { 'textcodec.js': textCodecSource, 'capture.js': captureSource, 'run.js': runSource, 'workload.js': fs.readFileSync(w.file, 'utf8') };
    const entry = `import './textcodec.js'; import { run } from './run.js'; globalThis.__run = run;`;
    return {
      async run() {
        const t0 = performance.now();
        const stdout = evalInFreshContext(qjs, files, entry, `__run(${size})`);
        return { ms: performance.now() - t0, stdout };
      },
    };
  },
};
