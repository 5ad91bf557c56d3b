// The engine's string literals stay out of the snapshot (engine string/static.ts): an instance
// starts with none of them in AssemblyScript form, and writes one when it is used.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it, expect } from 'vitest';
import { build } from '@pgo/compiler';
import { runModule, WasiHost } from '@pgo/cli';

const root = path.resolve(import.meta.dirname, '..');

/** AssemblyScript strings (20-byte header: mmInfo, two zero gcInfo words, class id 2, byte size)
 *  in the memory an instance of `wasm` starts with, below `end`. */
function staticStringsAtStart(wasm: Uint8Array, end: number): number {
  const module = new WebAssembly.Module(wasm);
  const memory = new WebAssembly.Instance(module, new WasiHost({ capture: true }, module).imports).exports.memory as WebAssembly.Memory;
  const v = new DataView(memory.buffer);
  let found = 0;
  for (let q = 12; q + 20 <= end; q += 16) {
    if (v.getUint32(q + 4, true) === 0 && v.getUint32(q + 8, true) === 0 && v.getUint32(q + 12, true) === 2 && v.getUint32(q + 16, true) > 0) found++;
  }
  return found;
}

describe('static strings', () => {
  it('are not in the snapshot, and are written when used', () => {
    // The pass keeps a literal whose address some word of static data happens to equal (it cannot
    // tell a pointer from a number there: a table holding 0x50000 keeps the literal at 0x50000).
    // Such coincidences are one or two of ~1700 literals.
    expect(staticStringsAtStart(build({ entry: path.join(root, 'workloads/hello.js') }).wasm, 1 << 19)).toBeLessThanOrEqual(2);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pgo-static-strings-'));
    const entry = path.join(dir, 'message.js');
    fs.writeFileSync(entry, 'try { null.x; } catch (e) { console.log(e.message, [1, 2].toString()); }\n');
    const r = runModule(new WebAssembly.Module(build({ entry }).wasm), { capture: true });
    expect(r.stdout).toBe("Cannot read properties of null (reading 'x') 1,2\n");
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
