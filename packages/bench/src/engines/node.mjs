// node with its JIT and `node --jitless` (V8's Ignition interpreter, native code): each run is a
// fresh process; its own clock measures importing the workload (parse, compile) and main(size),
// not process startup (bench:startup measures that).
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';

const MARK = '\n@@bench-ms ';

/**
 * Runs `main(size)` of a workload in a new node process.
 * @param {string} file absolute path of the workload
 * @param {number} size
 * @param {string[]} flags node flags (e.g. ['--jitless'])
 * @returns {{ ms: number, stdout: string }}
 */
export function runInNode(file, size, flags) {
  const code = `const t0 = performance.now(); const m = await import(${JSON.stringify(pathToFileURL(file).href)});` +
    `await m.main(${size}); process.stderr.write(${JSON.stringify(MARK)} + (performance.now() - t0) + '\\n');`;
  const r = spawnSync(process.execPath, [...flags, '--input-type=module', '-e', code], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const at = r.stderr.lastIndexOf(MARK);
  if (r.status !== 0 || at < 0) throw new Error(`node ${flags.join(' ')} exited ${r.status}: ${r.stderr.trim().split('\n').slice(-3).join(' | ')}`);
  return { ms: Number(r.stderr.slice(at + MARK.length)), stdout: r.stdout };
}

/** @param {string} id @param {string} label @param {string[]} flags @returns {import('./types.mjs').Engine} */
function nodeEngine(id, label, flags) {
  return {
    id, label, wasm: false,
    measures: 'new process; import + main(size), by the process\'s own clock (process startup excluded)',
    async prepare(w, size) {
      return { run: async () => runInNode(w.file, size, flags) };
    },
  };
}

export const nodeJit = nodeEngine('node', 'node (JIT)', []);
export const nodeJitless = nodeEngine('jitless', 'node --jitless', ['--jitless']);
