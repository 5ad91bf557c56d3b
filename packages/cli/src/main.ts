#!/usr/bin/env node
// The pgo command: parses arguments and calls the compiler, the profile package and the host.
// Bad input ends with one clear line on stderr and exit code 1, never a stack trace.
import fs from 'node:fs';
import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import { build, CompileError, SERVE_ABI_VERSION } from '@pgo/compiler';
import { loadModule } from './host/run.js';
import { runInWorker } from './host/worker.js';
import { HostError } from './host/errors.js';
import { startServer, servedAbi } from './serve/server.js';
import { toCommandComponent, toHttpComponent } from './component.js';
import { commandRecord, commandMerge, commandShow, readProfile } from './profile-commands.js';

function fail(message: string): never {
  process.stderr.write(`pgo: ${message}\n`);
  process.exit(1);
}

interface BuildFlags {
  snapshot: boolean; verbose: boolean; gcStress: boolean; gcStats: boolean; maxMemory?: number;
  /** A profile (pgo record / pgo merge) to specialize with, and whether to print what it did. */
  profile?: string; report: boolean;
  /** Write a WASI preview2 command component instead of the core module. */
  component: boolean;
  /** Write a wasi:http/incoming-handler component (a fetch-handler program; implies component). */
  http: boolean;
}

async function commandBuild(entry: string, out: string | undefined, flags: BuildFlags): Promise<void> {
  const output = out ?? entry.replace(/\.[cm]?[jt]s$/, '') + '.wasm';
  let result;
  try {
    if (flags.maxMemory !== undefined && !(flags.maxMemory >= 2 && flags.maxMemory <= 4096)) {
      fail(`--max-memory ${flags.maxMemory}: expected a size in MiB from 2 to 4096`);
    }
    if (flags.report && flags.profile === undefined) fail('--report needs --profile: it tells what the profile specialized');
    const profile = flags.profile === undefined ? undefined : { profile: readProfile(flags.profile, fail), file: flags.profile };
    result = build({ entry, snapshot: flags.snapshot, gcStress: flags.gcStress, gcStats: flags.gcStats, maxMemoryMB: flags.maxMemory,
      profile, report: flags.report, wasiHttp: flags.http });
  } catch (e) {
    if (e instanceof CompileError) fail(e.message);
    throw e;
  }
  let bytes = result.wasm;
  const component = flags.component || flags.http;
  if (component) {
    try {
      bytes = await (flags.http ? toHttpComponent(bytes) : toCommandComponent(bytes));
    } catch (e) {
      fail(`${output}: cannot make a component: ${String((e as Error).message ?? e).split('\n')[0]}`);
    }
  }
  try {
    fs.writeFileSync(output, bytes);
  } catch (e) {
    fail(`${output}: cannot write output (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  for (const w of result.warnings) process.stderr.write(`pgo: ${w}\n`);
  if (result.report) process.stdout.write(result.report);
  if (flags.verbose) {
    const t = Object.entries(result.timings).map(([k, v]) => `${k} ${v.toFixed(1)}ms`).join(', ');
    process.stderr.write(`pgo: ${output}: ${bytes.length} bytes${component ? ' (component)' : ''}, ${result.sites} IC sites (${t})\n`);
  }
}

/** Everything on our stdin up to EOF (nothing if it is closed or unreadable). */
function readAllStdin(): Uint8Array {
  try {
    return fs.readFileSync(0);
  } catch {
    return new Uint8Array(0);
  }
}

/** The compiled module of `file`, or exit with the host's one-line message. */
function loadModuleOrFail(file: string): WebAssembly.Module {
  try {
    return loadModule(file);
  } catch (e) {
    if (e instanceof HostError) fail(e.message);
    throw e;
  }
}

async function commandRun(file: string, args: string[], gcStress: boolean): Promise<void> {
  const module = loadModuleOrFail(file);
  // A module that reads stdin (a fetch-handler module: the serve ABI's request) gets all of ours.
  const stdin = WebAssembly.Module.imports(module).some((i) => i.name === 'fd_read') ? readAllStdin() : undefined;
  const result = await runInWorker(module, { args, programName: file, env: process.env as Record<string, string>, gcStress, stdin });
  process.exitCode = result.exitCode;
}

async function commandServe(file: string, flags: { port: number; host: string; timeout: number; workers?: number }): Promise<void> {
  const module = loadModuleOrFail(file);
  const abi = servedAbi(module);
  if (abi !== SERVE_ABI_VERSION) {
    fail(abi === null ? `${file}: not a fetch-handler module (build a program that has \`export default { fetch(request) { ... } }\`)`
      : `${file}: speaks serve ABI ${abi}, this pgo serves ${SERVE_ABI_VERSION}: rebuild it`);
  }
  if (!(flags.timeout > 0)) fail(`--timeout ${flags.timeout}: expected a positive number of milliseconds`);
  let running;
  try {
    running = await startServer({ module, port: flags.port, host: flags.host, timeoutMs: flags.timeout, workers: flags.workers });
  } catch (e) {
    fail(`cannot listen on ${flags.host}:${flags.port}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  process.stderr.write(`pgo serve: ${file} on ${running.url} (a fresh instance per request)\n`);
  const stop = (): void => { void running.close().then(() => process.exit(0)); };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

await yargs(hideBin(process.argv))
  .scriptName('pgo')
  .parserConfiguration({ 'populate--': true }) // `pgo record w.js -- args`: the workload's arguments
  .command('build <entry>', 'compile a JavaScript program to a snapshotted WASI module',
    (y) => y.positional('entry', { type: 'string', demandOption: true })
      .option('o', { alias: 'output', type: 'string', describe: 'output file (default: <entry>.wasm)' })
      .option('snapshot', { type: 'boolean', default: true, describe: 'run initialization at build time (Wizer)' })
      .option('verbose', { type: 'boolean', default: false, describe: 'print size and stage timings' })
      .option('gc-stress', { type: 'boolean', default: false, describe: 'collect garbage at every allocation (testing)' })
      .option('gc-stats', { type: 'boolean', default: false, describe: 'print collector statistics on stderr at exit' })
      .option('max-memory', { type: 'number', describe: 'largest linear memory in MiB (default 4096, 128 for a fetch handler); past it, out of memory' })
      .option('profile', { type: 'string', describe: 'specialize with this profile (pgo record, pgo merge)' })
      .option('report', { type: 'boolean', default: false, describe: 'with --profile: print what was specialized, per function, and why' })
      .option('component', { type: 'boolean', default: false, describe: 'write a WASI preview2 command component (jco\'s preview1 adapter)' })
      .option('http', { type: 'boolean', default: false, describe: 'write a wasi:http/incoming-handler component of a fetch-handler program (implies --component)' }),
    (a) => commandBuild(a.entry, a.o, { snapshot: a.snapshot, verbose: a.verbose, gcStress: a['gc-stress'], gcStats: a['gc-stats'], maxMemory: a['max-memory'],
      profile: a.profile, report: a.report, component: a.component, http: a.http }))
  .command('run <module> [args..]', 'run a WASI module built by pgo build',
    (y) => y.positional('module', { type: 'string', demandOption: true })
      .positional('args', { type: 'string', array: true, default: [] })
      .option('gc-stress', { type: 'boolean', default: false, describe: 'collect garbage at every allocation (testing)' }),
    (a) => commandRun(a.module, (a.args ?? []).map(String), a['gc-stress']))
  .command('serve <module>', 'serve HTTP: every request runs in a brand-new instance of a fetch-handler module',
    (y) => y.positional('module', { type: 'string', demandOption: true })
      .option('port', { type: 'number', default: 8080, describe: 'port to listen on (0: any free port)' })
      .option('host', { type: 'string', default: '127.0.0.1', describe: 'address to listen on' })
      .option('timeout', { type: 'number', default: 10000, describe: 'milliseconds a request may run before it is stopped (504)' })
      .option('workers', { type: 'number', describe: 'requests run at once, one worker thread each (default: CPUs)' }),
    (a) => commandServe(a.module, { port: a.port, host: a.host, timeout: a.timeout, workers: a.workers }))
  .command('record <workload> [args..]', 'run a workload under the instrumented build and write its profile',
    (y) => y.positional('workload', { type: 'string', demandOption: true })
      .positional('args', { type: 'string', array: true, default: [] })
      .option('o', { alias: 'output', type: 'string', describe: 'profile to write (default: <workload>.pb)' }),
    (a) => commandRecord(a.workload, a.o, [...(a.args ?? []), ...((a['--'] as unknown[] | undefined) ?? [])].map(String), fail))
  .command('merge <inputs..>', 'merge profiles (counts summed with weights)',
    (y) => y.positional('inputs', { type: 'string', array: true, demandOption: true })
      .option('o', { alias: 'output', type: 'string', demandOption: true, describe: 'merged profile to write' })
      .option('weight', { type: 'string', array: true, default: [], describe: 'file=N: count that input N times' }),
    (a) => commandMerge((a.inputs ?? []).map(String), a.o, (a.weight ?? []).map(String), fail))
  .command('show <profile>', 'hottest functions and sites, polymorphism and stub coverage of a profile',
    (y) => y.positional('profile', { type: 'string', demandOption: true })
      .option('top', { type: 'number', default: 10, describe: 'how many functions and sites to list' })
      .option('json', { type: 'boolean', default: false, describe: 'print the report as JSON' }),
    (a) => commandShow(a.profile, a.top, a.json, fail))
  .demandCommand(1)
  .strict()
  .fail((msg, err) => { if (err) throw err; fail(msg); })
  .help()
  .parse();
