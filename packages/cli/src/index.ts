// @pgo/cli as a library: the lean WASI host used by `pgo run`, the tests and the benchmarks.
export { runModule, loadModule, readProfileDump, TRAP_EXIT_CODE } from './host/run.js';
export type { RunOptions, RunResult } from './host/run.js';
export { measureStartup } from './host/startup.js';
export type { StartupOptions, StartupResult } from './host/startup.js';
export { HostError } from './host/errors.js';
export { runInWorker, WORKER_STACK_MB } from './host/worker.js';
export type { WorkerRunResult, WorkerRunOptions } from './host/worker.js';
export { startServer, servedAbi } from './serve/server.js';
export type { ServeOptions, ServeStats, RunningServer } from './serve/server.js';
export { toCommandComponent, toHttpComponent } from './component.js';
export { WasiHost } from './host/wasi.js';
