// SpiderMonkey compiled to Wasm: StarlingMonkey through @bytecodealliance/componentize-js
// (the workload's top level runs at build time in Wizer, as pgo's snapshot does), transpiled by
// jco and run in this process with preview2-shim's WASI. No AOT: componentize's `enableAot`
// (weval) downloads a binary at first use, which cannot work offline. Components take 6–18 s and
// ~800 MB each to build, so they are cached under .bench-cache/starlingmonkey/, keyed by a hash
// of everything that goes in (harness, workload, componentize-js and jco versions).
import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { WASIShim } from '@bytecodealliance/preview2-shim/instantiation';
import { cacheDir } from '../workloads.mjs';
import { captureSource, runSource } from './harness.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const versionOf = (/** @type {string} */ pkg) => {
  // packages whose exports hide package.json: find it from the resolved entry
  let dir = path.dirname(fileURLToPath(import.meta.resolve(pkg)));
  while (!fs.existsSync(path.join(dir, 'package.json'))) dir = path.dirname(dir);
  return JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')).version;
};

const WIT = `package pgo:bench;\n\nworld bench {\n  export run: func(size: s32) -> string;\n}\n`;
const root = path.join(cacheDir, 'starlingmonkey');

/**
 * The harness of one program and its cache directory.
 * @param {string} name cache entry prefix
 * @param {string} workloadSource the module `./workload.js` (exports main(size))
 */
export function componentEntry(name, workloadSource) {
  const files = { 'capture.js': captureSource, 'run.js': runSource, 'workload.js': workloadSource, 'bench.wit': WIT };
  const key = crypto.createHash('sha256')
    .update(JSON.stringify([files, versionOf('@bytecodealliance/componentize-js'), versionOf('@bytecodealliance/jco')]))
    .digest('hex').slice(0, 16);
  return { name, files, dir: path.join(root, `${name}-${key}`) };
}

/**
 * Builds the components not yet cached, `jobs` at a time, each in its own process; removes
 * stale entries of the same name. Logs one line per build.
 * @param {ReturnType<typeof componentEntry>[]} entries
 * @param {{ jobs?: number, log?: (line: string) => void }} [opts]
 */
export async function buildComponents(entries, { jobs = 2, log = console.error } = {}) {
  const unbuilt = entries.filter((e) => !fs.existsSync(path.join(e.dir, 'component.js')));
  const one = async (/** @type {typeof unbuilt[0]} */ e) => {
    const src = `${e.dir}.src`;
    fs.mkdirSync(src, { recursive: true });
    for (const [f, text] of Object.entries(e.files)) fs.writeFileSync(path.join(src, f), text);
    const t0 = performance.now();
    const child = spawn(process.execPath, [path.join(here, 'starlingmonkey-build.mjs'), src, e.dir], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => { stderr += d; });
    const code = await new Promise((resolve) => child.on('close', resolve));
    fs.rmSync(src, { recursive: true, force: true });
    if (code !== 0) throw new Error(`StarlingMonkey build of ${e.name} failed: ${stderr.trim().split('\n').slice(-4).join(' | ')}`);
    for (const old of fs.readdirSync(root)) {
      if (old.startsWith(`${e.name}-`) && path.join(root, old) !== e.dir && !old.includes('.')) fs.rmSync(path.join(root, old), { recursive: true, force: true });
    }
    log(`  StarlingMonkey component ${e.name}: built in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  };
  const queue = [...unbuilt];
  await Promise.all(Array.from({ length: Math.min(jobs, queue.length) }, async () => {
    while (queue.length) await one(/** @type {typeof unbuilt[0]} */ (queue.shift()));
  }));
}

/**
 * Loads a built component: compiles its core modules once and returns a function that makes a
 * fresh instance and calls run(size).
 * @param {ReturnType<typeof componentEntry>} e
 * @returns {Promise<(size: number) => Promise<string>>}
 */
export async function loadComponent(e) {
  const { instantiate } = await import(pathToFileURL(path.join(e.dir, 'component.js')).href);
  /** @type {Record<string, WebAssembly.Module>} */
  const modules = {};
  for (const f of fs.readdirSync(e.dir)) {
    if (f.endsWith('.wasm') && f !== 'component.wasm') modules[f] = new WebAssembly.Module(fs.readFileSync(path.join(e.dir, f)));
  }
  return async (size) => {
    const instance = await instantiate((/** @type {string} */ name) => modules[name], new WASIShim().getImportObject());
    return instance.run(size);
  };
}

/** @type {import('./types.mjs').Engine} */
export const starlingMonkey = {
  id: 'starlingmonkey', label: 'StarlingMonkey (Wasm, no AOT)', wasm: true,
  measures: 'fresh component instance (compiled core modules) + run(size) → main(size)',
  async prepare(w, size) {
    const e = componentEntry(w.name, fs.readFileSync(w.file, 'utf8'));
    await buildComponents([e]);
    const start = await loadComponent(e);
    return {
      async run() {
        const t0 = performance.now();
        const stdout = await start(size);
        return { ms: performance.now() - t0, stdout };
      },
    };
  },
};
