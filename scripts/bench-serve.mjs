#!/usr/bin/env node
// Serving benchmark: requests per second and p50/p99 latency of examples/serve/app.js under
// `pgo serve` (a brand-new instance per request), loaded by autocannon from a second process
// over loopback; with the per-request instantiation time and the instance's whole run (from
// instantiation to exit, in its worker) broken out from the server's own figures.
//   npm run bench:serve [-- --pgo --duration 5 --amount 20000 --connections 8 --workers 2]
// --pgo: also a profile-guided build (pgo record examples/serve/workload.js), measured the same way.
// Each route's load is bounded both in count (--amount) and in time (--duration; autocannon is
// stopped 10 s past it whatever happens).
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from '@pgo/compiler';
import { startServer, runModule } from '@pgo/cli';
import { decodeProfile } from '@pgo/profile';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const argv = process.argv.slice(2);
const option = (name, fallback) => {
  const at = argv.indexOf(`--${name}`);
  return at >= 0 ? Number(argv[at + 1]) : fallback;
};
const duration = option('duration', 5);
const amount = option('amount', 20000);
const connections = option('connections', 8);
const workers = option('workers', os.availableParallelism());
const routes = ['/api/items/2', '/?q=in'];

/** The load process: this script again, with --load-child, running autocannon's API so that the
 *  load is bounded in count (its `amount`) and in time (stopped at --duration). */
if (argv[0] === '--load-child') {
  const { default: autocannon } = await import('autocannon');
  const instance = autocannon({ url: argv[1], connections, amount });
  const stop = setTimeout(() => instance.stop(), duration * 1000);
  instance.on('done', (result) => { clearTimeout(stop); process.stdout.write(JSON.stringify(result)); });
  await new Promise((resolve) => instance.on('done', resolve));
  process.exit(0);
}

/** Load `url` from a second process; autocannon's report. */
function load(url) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [fileURLToPath(import.meta.url), '--load-child', url, ...argv],
      { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => { out += d; });
    child.stderr.on('data', (d) => { err += d; });
    const guard = setTimeout(() => child.kill('SIGKILL'), (duration + 10) * 1000);
    child.on('exit', (code) => {
      clearTimeout(guard);
      if (code !== 0) reject(new Error(`the load process exited with ${code}: ${err.trim()}`));
      else resolve(JSON.parse(out));
    });
  });
}

function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * p) - 1)];
}

/** The example app's builds: generic, and with --pgo also profile-guided by examples/serve/workload.js. */
function builds() {
  const entry = path.join(root, 'examples/serve/app.js');
  const out = [];
  const t0 = performance.now();
  out.push({ name: 'generic', wasm: build({ entry, maxMemoryMB: 64 }).wasm });
  if (argv.includes('--pgo')) {
    const pb = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pgo-bench-serve-')), 'serve.pb');
    const rec = spawnSync(process.execPath, [path.join(root, 'packages/cli/bin/pgo.mjs'), 'record', 'examples/serve/workload.js', '-o', pb],
      { cwd: root, encoding: 'utf8' });
    if (rec.status !== 0) throw new Error(`pgo record failed: ${rec.stderr}`);
    const profile = decodeProfile(fs.readFileSync(pb), pb);
    out.push({ name: 'profile-guided', wasm: build({ entry, maxMemoryMB: 64, profile: { profile, file: pb } }).wasm });
  }
  const sizes = out.map((b) => `${b.name} ${b.wasm.length} bytes`).join(', ');
  console.log(`examples/serve/app.js: ${sizes}; built in ${((performance.now() - t0) / 1000).toFixed(1)} s; node ${process.version}, ${os.availableParallelism()} CPUs, load average ${os.loadavg()[0].toFixed(1)} (other processes inflate every figure)`);
  return out;
}

// The same request without HTTP or threads: what an instance costs by itself, on this thread.
const request = (p) => new TextEncoder().encode(JSON.stringify({ method: 'GET', url: `http://localhost${p}`, headers: [] }) + '\n');
function measureDirect(module, p) {
  const inst = [], total = [];
  for (let i = 0; i < 2200; i++) {
    const s = performance.now();
    const r = runModule(module, { stdin: request(p), capture: true });
    if (r.exitCode !== 0 || !r.stdout.startsWith('{"status":200')) throw new Error(`${p}: ${r.exitCode} ${r.stdout.slice(0, 80)} ${r.stderr}`);
    if (i >= 200) { inst.push(r.instantiateMs); total.push(performance.now() - s); }
  }
  return { inst, total };
}

const rows = [];
for (const { name, wasm } of builds()) {
  const module = new WebAssembly.Module(wasm);
  const direct = Object.fromEntries(routes.map((p) => [p, measureDirect(module, p)]));
  const server = await startServer({ module, port: 0, workers, log: () => {} });
  try {
    await load(server.url + routes[0]); // warm-up: the workers' tiers, the sockets
    for (const p of routes) {
      server.stats.instantiateMs.length = 0;
      server.stats.runMs.length = 0;
      const r = await load(server.url + p);
      const { instantiateMs, runMs } = server.stats;
      rows.push({
        build: name,
        route: p,
        requests: r.requests.total,
        'non-2xx': r.non2xx,
        errors: r.errors + r.timeouts,
        'req/s': Math.round(r.requests.average),
        'p50 ms': r.latency.p50,
        'p99 ms': r.latency.p99,
        'instantiate p50 µs': Math.round(percentile(instantiateMs, 0.5) * 1000),
        'instantiate p99 µs': Math.round(percentile(instantiateMs, 0.99) * 1000),
        'instance run p50 µs': Math.round(percentile(runMs, 0.5) * 1000),
        'direct: instantiate p50 µs': Math.round(percentile(direct[p].inst, 0.5) * 1000),
        'direct: whole request p50 µs': Math.round(percentile(direct[p].total, 0.5) * 1000),
      });
    }
  } finally {
    await server.close();
  }
}

// Control: the hello module (npm run bench:startup's), instantiated the same way, for scale.
const hello = new WebAssembly.Module(build({ entry: path.join(root, 'workloads/hello.js') }).wasm);
const helloInst = [];
for (let i = 0; i < 2200; i++) {
  const r = runModule(hello, { capture: true });
  if (i >= 200) helloInst.push(r.instantiateMs);
}

console.log(`pgo serve with ${workers} worker threads; autocannon in a second process: ${connections} connections, up to ${amount} requests or ${duration} s per route`);
console.log('instantiate/instance run: measured in the server\'s workers under load; direct: one instance after another on one thread, no HTTP');
console.table(rows);
console.log(`control: workloads/hello.js instantiates in ${Math.round(percentile(helloInst, 0.5) * 1000)} µs (p50) on this machine now`);
