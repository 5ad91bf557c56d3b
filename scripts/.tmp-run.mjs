import { build } from '@pgo/compiler';
import { runInWorker } from '@pgo/cli';
const file = process.argv[2];
const { wasm } = build({ entry: file, snapshot: true });
const t0 = performance.now();
const r = await runInWorker(wasm, { capture: true });
console.log(r.stdout.trim(), (performance.now() - t0).toFixed(0) + "ms");
