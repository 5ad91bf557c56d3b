#!/usr/bin/env node
// Child process of the StarlingMonkey engine: componentize one harness (6–18 s, ~800 MB, so one
// process per component keeps the benchmark's own heap small) and transpile it with jco.
//   node starlingmonkey-build.mjs <source dir with run.js and bench.wit> <output dir>
import fs from 'node:fs';
import path from 'node:path';
import { componentize } from '@bytecodealliance/componentize-js';
import { transpile } from '@bytecodealliance/jco';

const [srcDir, outDir] = process.argv.slice(2).map((p) => path.resolve(p));
const { component } = await componentize({
  sourcePath: path.join(srcDir, 'run.js'),
  witPath: path.join(srcDir, 'bench.wit'),
  worldName: 'bench',
  // nothing the workloads use; less to instantiate (stdio stays: console.error of an uncaught error)
  disableFeatures: ['random', 'http', 'fetch-event'],
});
// async instantiation: the host hands over compiled core modules, so each run is a fresh instance
const { files } = await transpile(component, { name: 'component', instantiation: 'async', noTypescript: true, quiet: true });
const tmp = `${outDir}.tmp-${process.pid}`;
for (const [name, bytes] of Object.entries(files)) {
  if (name.endsWith('.d.ts')) continue;
  fs.mkdirSync(path.dirname(path.join(tmp, name)), { recursive: true });
  fs.writeFileSync(path.join(tmp, name), bytes);
}
fs.writeFileSync(path.join(tmp, 'component.wasm'), component);
fs.rmSync(outDir, { recursive: true, force: true });
fs.renameSync(tmp, outDir); // the cache entry appears whole or not at all
