/**
 * Every message the lean host prints or throws, kept in one place so the
 * CLI, the test harness and the tests agree on the wording. Each is one line.
 */
export const hostMessages = {
  /** `loadModule` on a path that does not exist. */
  noSuchFile: (path: string): string => `${path}: no such file`,
  /** `loadModule` on a directory. */
  isDirectory: (path: string): string => `${path}: is a directory`,
  /** `loadModule` on a file that cannot be read (permissions and the like). */
  unreadable: (path: string, reason: string): string => `${path}: cannot read: ${oneLine(reason)}`,
  /** `loadModule` on a file without the `\0asm` magic bytes. */
  notWasm: (path: string): string => `${path}: not a WebAssembly module`,
  /** `loadModule` on a component (pgo build --component or --http): pgo's hosts run core modules. */
  component: (path: string): string => `${path}: a component, not a core module: run it with a component host (jco run, or jco serve for --http)`,
  /** `loadModule` on a file with the magic bytes that the engine refuses to compile. */
  compileFailed: (path: string, reason: string): string => `${path}: ${oneLine(reason)}`,
  /** The module has no exported `_start` function, so it is not a WASI command. */
  noStart: (): string => 'not a WASI command: the module exports no "_start" function',
  /** A stress-mode run of a module without the `pgo_gc_stress` export (not built by this pgo). */
  noGcStress: (): string => 'the module exports no "pgo_gc_stress" function, so it cannot run the collector\'s stress mode',
  /** A WASI call needs memory but the module exports none named `memory`. */
  noMemory: (): string => 'not a WASI command: the module exports no memory named "memory"',
  /** A WASI call arrived before the host knew the instance (e.g. from a start section). */
  notBound: (): string => 'WASI call before the instance was bound to its host (start sections cannot call WASI)',
  /** Printed on stderr when the module traps: the engine should never trap. */
  trap: (reason: string): string => `pgo: wasm trap: ${oneLine(reason)}`,
} as const;

/** Errors thrown by the host with one of {@link hostMessages}. */
export class HostError extends Error {
  override readonly name = 'HostError';
}

/** Collapses a possibly multi-line message into one line. */
function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim();
}
