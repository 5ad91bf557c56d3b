// Startup of a hello program in each engine: the time from a compiled module (or, for node, a
// process being started) to its first line of output. Used by scripts/bench-startup.mjs.
import { spawn } from 'node:child_process';
import { loadQuickJS } from './engines/quickjs.mjs';
import { componentEntry, buildComponents, loadComponent } from './engines/starlingmonkey.mjs';
import { median } from './stats.mjs';

/**
 * @typedef {object} StartupSample
 * @property {number} ms      time to the first line
 * @property {string} output  what was printed
 */

/**
 * QuickJS-wasm: a new runtime and context, the script evaluated, until its first console.log
 * reaches the host (console.log is a host function here, as an embedder would give it).
 * @param {string} source a plain script
 * @returns {Promise<() => StartupSample>}
 */
export async function quickjsStartup(source) {
  const qjs = await loadQuickJS();
  return () => {
    let first = 0;
    const lines = [];
    const t0 = performance.now();
    const rt = qjs.newRuntime();
    const vm = rt.newContext();
    const log = vm.newFunction('log', (...args) => {
      if (!first) first = performance.now();
      lines.push(args.map((h) => vm.getString(h)).join(' '));
    });
    const consoleObj = vm.newObject();
    vm.setProp(consoleObj, 'log', log);
    vm.setProp(vm.global, 'console', consoleObj);
    log.dispose(); consoleObj.dispose();
    const r = vm.evalCode(source, 'hello.js');
    if (r.error) { const e = vm.dump(r.error); r.error.dispose(); vm.dispose(); rt.dispose(); throw new Error(`QuickJS: ${JSON.stringify(e)}`); }
    r.value.dispose();
    vm.dispose(); rt.dispose();
    return { ms: first - t0, output: lines.map((l) => l + '\n').join('') };
  };
}

/**
 * StarlingMonkey: a fresh instance of the component (compiled core modules) and a call of its
 * export that runs the program; the program's text becomes the body of main() so it runs at
 * run time, not in the build's Wizer snapshot. Ends when run() returns the printed line.
 * @param {string} source a plain script
 * @returns {Promise<() => Promise<StartupSample>>}
 */
export async function starlingMonkeyStartup(source) {
  const e = componentEntry('startup-hello', `export function main() {\n${source}\n}\n`);
  await buildComponents([e]);
  const start = await loadComponent(e);
  return async () => {
    const t0 = performance.now();
    const output = await start(0);
    return { ms: performance.now() - t0, output };
  };
}

/**
 * node: a new process running the file, until its first byte of stdout arrives.
 * @param {string} file
 * @returns {() => Promise<StartupSample>}
 */
export function nodeStartup(file) {
  return () => new Promise((resolve, reject) => {
    const t0 = performance.now();
    let first = 0, output = '';
    const child = spawn(process.execPath, [file], { stdio: ['ignore', 'pipe', 'inherit'] });
    child.stdout.on('data', (d) => { if (!first) first = performance.now(); output += d; });
    child.on('close', (code) => code === 0 ? resolve({ ms: first - t0, output }) : reject(new Error(`node exited ${code}`)));
  });
}

/**
 * Runs `sample` `warmup` times untimed, then `iterations` times; checks the output every time.
 * @param {() => StartupSample | Promise<StartupSample>} sample
 * @param {{ iterations: number, warmup: number, expected: string }} opts
 */
export async function measure(sample, { iterations, warmup, expected }) {
  const ms = [];
  for (let i = 0; i < warmup + iterations; i++) {
    const s = await sample();
    if (s.output !== expected) throw new Error(`printed ${JSON.stringify(s.output)}, expected ${JSON.stringify(expected)}`);
    if (i >= warmup) ms.push(s.ms);
  }
  const sorted = [...ms].sort((a, b) => a - b);
  return { medianMs: median(ms), p90Ms: sorted[Math.ceil(sorted.length * 0.9) - 1] };
}
