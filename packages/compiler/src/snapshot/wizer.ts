// Snapshotting with Wizer: run `pgo_init` at build time and write its memory and globals into the
// module's data, so an instance starts initialized. Wizer 11's binary ships in its npm package.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { initOnlyCode, restoreCode } from './init-code.js';

const require = createRequire(import.meta.url);

function wizerBinary(): string {
  const pkg = require.resolve('@bytecodealliance/wizer-linux-x64/package.json');
  return path.join(path.dirname(pkg), 'wizer');
}

function runWizer(wasm: Uint8Array, initFunction: string): Uint8Array {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pgo-wizer-'));
  try {
    const input = path.join(dir, 'in.wasm');
    const output = path.join(dir, 'out.wasm');
    fs.writeFileSync(input, wasm);
    try {
      execFileSync(wizerBinary(), [input, '-o', output, '-f', initFunction, '--wasm-bulk-memory', 'true'],
        { stdio: ['ignore', 'ignore', 'pipe'] });
    } catch (e) {
      const err = e as { stderr?: Buffer };
      throw new Error(`wizer failed: ${err.stderr?.toString().trim() ?? String(e)}`);
    }
    return fs.readFileSync(output);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Run `initFunction` of `wasm` under Wizer and return the snapshotted module. Wizer is given
 *  only the code initialization reaches (init-code.ts), and the whole module if that traps or
 *  `wholeModule` is set; the output is the same. */
export function snapshot(wasm: Uint8Array, initFunction: string, wholeModule = false): Uint8Array {
  const lean = wholeModule ? null : initOnlyCode(wasm, initFunction);
  if (lean) {
    try { return restoreCode(runWizer(lean.wasm, initFunction), wasm); }
    catch { /* initialization reached a replaced body: snapshot the full module */ }
  }
  return runWizer(wasm, initFunction);
}
