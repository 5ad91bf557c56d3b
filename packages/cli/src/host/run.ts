/**
 * Loading and running a WASI command module on the lean host: used by
 * `pgo run`, the test harness and the startup benchmark.
 */
import fs from 'node:fs';
import { layout } from '@pgo/engine';
import { HostError, hostMessages } from './errors.js';
import { ProcExit, WasiHost } from './wasi.js';
import type { StdinChannel } from './stdin-channel.js';

/** Options of one run. */
export interface RunOptions {
  /** Arguments after argv[0]. */
  args?: string[];
  /** The environment the module sees (default: empty, not `process.env`). */
  env?: Record<string, string>;
  /** Standard input, whole or arriving on a channel (see WasiOptions); EOF when absent. */
  stdin?: Uint8Array | StdinChannel;
  /** Collect stdout/stderr into the result instead of writing them to fds 1 and 2. */
  capture?: boolean;
  /** argv[0] (default `"main"`). */
  programName?: string;
  /** Run the collector's stress mode through the module's `pgo_gc_stress` export: `true` or 1
   *  collects at every allocation, as a `--gc-stress` build does; n at every n-th. */
  gcStress?: boolean | number;
  /** Each stdout write as it happens, instead of capturing or writing it (see WasiOptions). */
  onStdout?: (bytes: Uint8Array) => void;
}

/** The outcome of one run. */
export interface RunResult {
  /** 0 when `_start` returned, the `proc_exit` code otherwise, 134 on a trap. */
  exitCode: number;
  /** Captured stdout ("" unless `capture`). */
  stdout: string;
  /** Captured stderr ("" unless `capture`). */
  stderr: string;
  /** The instance that ran. */
  instance: WebAssembly.Instance;
  /** Milliseconds spent instantiating (the rest of the run is `_start`). */
  instantiateMs: number;
}

/** Exit code of a run that trapped (128 + SIGABRT, as wasmtime reports it). */
export const TRAP_EXIT_CODE = 134;

const WASM_MAGIC = [0x00, 0x61, 0x73, 0x6d];

/**
 * Instantiates `module` afresh with the lean WASI imports and runs `_start`
 * synchronously. A trap (the engine should never trap: it marks an engine bug)
 * gives exit code 134 and `pgo: wasm trap: <message>` on stderr. Errors of the
 * host itself (a link error, a missing `_start` or `memory`) are thrown.
 */
export function runModule(module: WebAssembly.Module, options: RunOptions = {}): RunResult {
  const t0 = performance.now();
  const host = new WasiHost(options, module);
  const instance = new WebAssembly.Instance(module, host.imports);
  const instantiateMs = performance.now() - t0;
  host.bind(instance);
  const start = instance.exports['_start'];
  if (typeof start !== 'function') throw new HostError(hostMessages.noStart());
  if (options.gcStress) {
    const stress = instance.exports['pgo_gc_stress'];
    if (typeof stress !== 'function') throw new HostError(hostMessages.noGcStress());
    (stress as (every: number) => void)(options.gcStress === true ? 1 : options.gcStress);
  }

  let exitCode = 0;
  try {
    (start as () => void)();
  } catch (err) {
    if (err instanceof ProcExit) {
      exitCode = err.code;
    } else if (isTrap(err)) {
      host.hostError(hostMessages.trap(err.message) + '\n');
      exitCode = TRAP_EXIT_CODE;
    } else {
      throw err;
    }
  }
  return { exitCode, stdout: host.stdout(), stderr: host.stderr(), instance, instantiateMs };
}

/**
 * A Wasm trap: a WebAssembly.RuntimeError, or V8's RangeError for a Wasm
 * stack overflow (which V8 does not report as a RuntimeError).
 */
function isTrap(err: unknown): err is Error {
  return (
    err instanceof WebAssembly.RuntimeError ||
    (err instanceof RangeError && err.message.includes('Maximum call stack size exceeded'))
  );
}

/**
 * Reads and compiles a `.wasm` file synchronously. Throws a {@link HostError}
 * with a one-line message: `<path>: no such file`, `<path>: not a WebAssembly
 * module` (no magic bytes), or `<path>: <compile error>`.
 */
export function loadModule(path: string): WebAssembly.Module {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new HostError(hostMessages.noSuchFile(path));
    if (code === 'EISDIR') throw new HostError(hostMessages.isDirectory(path));
    throw new HostError(hostMessages.unreadable(path, (err as Error).message));
  }
  if (bytes.length < 4 || WASM_MAGIC.some((b, i) => bytes[i] !== b)) {
    throw new HostError(hostMessages.notWasm(path));
  }
  // The version field of the preamble: 1 for a core module, 0x0d with layer 1 for a component.
  if (bytes.length >= 8 && bytes[4] === 0x0d && bytes[6] === 0x01) throw new HostError(hostMessages.component(path));
  try {
    // readFileSync never returns a view over a SharedArrayBuffer.
    return new WebAssembly.Module(bytes as Uint8Array<ArrayBuffer>);
  } catch (err) {
    throw new HostError(hostMessages.compileFailed(path, (err as Error).message));
  }
}

/** What the recorder of a record build saw, after its run (JSON from the module's
 *  `pgo_profile_dump`, a UTF-16 string cell); null when the module cannot give it (not a record
 *  build, or the run left it unable to: a trap). */
export function readProfileDump(instance: WebAssembly.Instance): string | null {
  const dump = instance.exports['pgo_profile_dump'];
  const memory = instance.exports['memory'];
  if (typeof dump !== 'function' || !(memory instanceof WebAssembly.Memory)) return null;
  try {
    const p = (dump as () => number)();
    if (p === 0) return null;
    const view = new DataView(memory.buffer);
    const units = view.getUint32(p + layout.STR_LENGTH, true);
    return new TextDecoder('utf-16le').decode(new Uint8Array(memory.buffer, p + layout.STR_DATA, units * 2));
  } catch {
    return null;
  }
}
