// `pgo build --component`: the core module as a WASI 0.2 component. Two kinds:
// - A command component (wasi:cli/command): the core WASI preview1 command module with the
//   wasi_snapshot_preview1 command adapter that jco ships: the adapter implements the preview1
//   imports on top of preview2's, and the component's wasi:cli/run export calls the module's
//   `_start`. Runnable by `jco run`, wasmtime and other component hosts.
// - With --http, a wasi:http/incoming-handler component (the world in ../wit/http-handler.wit):
//   the core module of a `wasiHttp` build already imports WASI 0.2 only and exports `handle` by
//   the canonical ABI's names, so it needs no adapter (jco ships none for the proxy world), only
//   its world embedded (wit-component's `component embed`) before `component new`.
import fs from 'node:fs';
import { componentEmbed, componentNew, preview1AdapterCommandPath } from '@bytecodealliance/jco';

/** The WIT of the handler world (dist/ → ../wit). */
const HTTP_WIT = new URL('../wit/http-handler.wit', import.meta.url);

/** The command component of core module `core` (a pgo build). */
export async function toCommandComponent(core: Uint8Array): Promise<Uint8Array> {
  const adapter = fs.readFileSync(preview1AdapterCommandPath());
  return componentNew(core, [['wasi_snapshot_preview1', adapter]]);
}

/** The wasi:http/incoming-handler component of core module `core` (a `wasiHttp` pgo build). */
export async function toHttpComponent(core: Uint8Array): Promise<Uint8Array> {
  const embedded = await componentEmbed({ binary: core, witSource: fs.readFileSync(HTTP_WIT, 'utf8'), world: 'pgo:http/handler' });
  return componentNew(embedded);
}
