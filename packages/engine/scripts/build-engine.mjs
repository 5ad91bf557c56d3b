// Builds the engine: AssemblyScript → Wasm (asc, unoptimized) → binaryen -O3 with the runtime
// entry points exported → dist/engine.wasm. The compiler links generated code into this module.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import asc from 'assemblyscript/asc';
import binaryen from 'binaryen';
import { packStaticStrings } from './static-strings.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const dist = path.join(root, 'dist');
fs.mkdirSync(dist, { recursive: true });

/** The Wasm features pgo's output may use (../shared/DESIGN.md, contract 9). */
export const FEATURES = binaryen.Features.MVP | binaryen.Features.MutableGlobals |
  binaryen.Features.SignExt | binaryen.Features.NontrappingFPToInt | binaryen.Features.Multivalue |
  binaryen.Features.BulkMemoryOpt | binaryen.Features.SIMD128 | binaryen.Features.TailCall;

async function compile(entry, variant) {
  let wasm = null;
  let stderr = '';
  const { error } = await asc.main([
    entry, '--runtime', 'stub', '--use', 'abort=', '--debug', '--noAssert',
    '--disableWarning', '201', '--enable', 'simd', '-o', 'engine.wasm',
  ], {
    readFile: (name, baseDir) => {
      const p = path.resolve(baseDir, name);
      return fs.existsSync(p) ? fs.readFileSync(p, 'utf8') : null;
    },
    writeFile: (name, contents) => { if (name.endsWith('.wasm')) wasm = contents; },
    listFiles: () => [],
    stdout: { write: () => {} },
    stderr: { write: (s) => { stderr += s; } },
  });
  if (error) {
    process.stderr.write(stderr);
    throw new Error(`asc failed for the ${variant} engine`);
  }
  return wasm;
}

const raw = await compile(path.join(root, 'assembly/index.ts'), 'release');
const asced = binaryen.readBinary(raw);
asced.setFeatures(FEATURES);
if (!asced.validate()) throw new Error('engine module does not validate');
const { module: mod, literals, functions, kept, packedBytes } = packStaticStrings(asced, FEATURES);
asced.dispose();
// The engine must never use AssemblyScript's own allocator: our heap owns all memory past the data.
const text = mod.emitText();
if (/call \$~lib\/rt\/stub\/__(alloc|new)/.test(text)) {
  throw new Error('engine code uses the AssemblyScript allocator; use heap/alloc.ts instead');
}
binaryen.setOptimizeLevel(3);
binaryen.setShrinkLevel(0);
binaryen.setDebugInfo(true); // keep function names: the compiler links against them
mod.optimize();
const out = mod.emitBinary();
fs.writeFileSync(path.join(dist, 'engine.wasm'), out);
console.log(`engine.wasm: ${out.length} bytes; ${literals} string literals packed in ${packedBytes} bytes (${kept} kept), ${functions} function objects written at first use`);
