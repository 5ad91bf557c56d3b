// What every engine of the benchmark provides. Each engine module exports one Engine.

/**
 * @typedef {import('../workloads.mjs').Workload} Workload
 *
 * @typedef {object} Run
 * @property {number} ms      what the engine's timer measured (see the engine's `measures`)
 * @property {string} stdout  everything the workload printed
 *
 * @typedef {object} Prepared
 * @property {() => Promise<Run>} run  one fresh run (new instance, runtime or process)
 * @property {string[]} [warnings]     build warnings to show (a stale profile)
 *
 * @typedef {object} Engine
 * @property {string} id        key in results.json
 * @property {string} label     row and legend name
 * @property {boolean} wasm     runs as Wasm inside this node process (so under its V8 flags)
 * @property {string} measures  what one timed run covers
 * @property {(w: Workload, size: number) => Promise<Prepared>} prepare  build/load, untimed
 */

export {};
