// `pgo build --component`: the core WASI preview1 command module wrapped as a WASI preview2
// command component (wasi:cli/command), with the wasi_snapshot_preview1 command adapter that jco
// ships: the adapter implements the preview1 imports on top of preview2's, and the component's
// wasi:cli/run export calls the module's `_start`. Runnable by `jco run`, wasmtime and other
// component hosts.
import fs from 'node:fs';
import { componentNew, preview1AdapterCommandPath } from '@bytecodealliance/jco';

/** The command component of core module `core` (a pgo build). */
export async function toCommandComponent(core: Uint8Array): Promise<Uint8Array> {
  const adapter = fs.readFileSync(preview1AdapterCommandPath());
  return componentNew(core, [['wasi_snapshot_preview1', adapter]]);
}
