// pgo build --component --http: a fetch-handler program as a wasi:http/incoming-handler
// component, served by a real wasi:http host offline (`jco serve`: jco transpiles the component
// to JS over preview2-shim, whose HTTP server calls `handle` per request) and loaded over
// loopback. Built once; one server, a fresh component instance per request (as pgo serve's).
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { componentWit } from '@bytecodealliance/jco';
import { build } from '@pgo/compiler';
import { toHttpComponent, loadModule } from '@pgo/cli';
import { expectStreamedOut, expectBodyInAsItArrives } from './support/streaming.js';

const here = path.dirname(new URL(import.meta.url).pathname);
const jcoBin = path.join(path.dirname(createRequire(path.join(here, '../packages/cli/package.json'))
  .resolve('@bytecodealliance/jco')), 'jco.js');

let dir: string;
let core: Uint8Array;
let component: Uint8Array;
let server: ChildProcess;
let base: string;
let file: string;
let log = '';

/** A port nothing listens on now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    }).on('error', reject);
  });
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pgo-http-'));
  core = build({ entry: path.join(here, 'component/http-app.js'), wasiHttp: true }).wasm;
  component = await toHttpComponent(core);
  file = path.join(dir, 'app.http.wasm');
  fs.writeFileSync(file, component);
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  // jco serve transpiles into --jco-dir and runs the server in a child process: its own process
  // group, so that afterAll ends both.
  server = spawn(process.execPath, [jcoBin, 'serve', file, '--port', String(port), '--host', '127.0.0.1', '--isolate-requests', 'instance',
    '--jco-dir', path.join(dir, 'jco')], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  server.stdout!.on('data', (d) => { log += d; });
  await new Promise<void>((resolve, reject) => {
    server.stderr!.on('data', (d) => { log += d; if (log.includes('Server listening')) resolve(); });
    server.on('exit', (code) => reject(new Error(`jco serve exited with ${code}: ${log}`)));
  });
}, 120_000);

afterAll(() => {
  if (server?.pid !== undefined && server.exitCode === null) process.kill(-server.pid, 'SIGTERM');
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

/** What the server logged once `text` shows up in it (the handler's stderr reaches it a moment after the response). */
async function logged(text: string): Promise<string> {
  for (let i = 0; i < 100 && !log.includes(text); i++) await new Promise((r) => setTimeout(r, 20));
  return log;
}

describe('pgo build --component --http', () => {
  it('is a component of the wasi:http proxy world that imports no preview1', async () => {
    expect(WebAssembly.Module.imports(new WebAssembly.Module(core)).map((i) => i.module).filter((m) => !m.startsWith('wasi:'))).toEqual([]);
    const wit = await componentWit(component);
    expect(wit).toContain('export wasi:http/incoming-handler@0.2.0;');
    const imports = [...wit.matchAll(/import (wasi:[\w-]+\/[\w-]+)@/g)].map((m) => m[1]).sort();
    expect(imports).toEqual(['wasi:cli/stderr', 'wasi:cli/stdout', 'wasi:clocks/monotonic-clock', 'wasi:clocks/wall-clock',
      'wasi:http/types', 'wasi:io/error', 'wasi:io/poll', 'wasi:io/streams', 'wasi:random/random']);
    // pgo's own hosts (pgo run, pgo serve) take core modules, and say so.
    expect(() => loadModule(file)).toThrow(/app\.http\.wasm: a component, not a core module: run it with a component host/);
  });

  it('refuses a program without a fetch handler', () => {
    expect(() => build({ entry: path.join(here, 'component/command-app.js'), wasiHttp: true }))
      .toThrow(/command-app\.js: --http needs a fetch-handler program/);
  });

  it('serves the example app: JSON, templates with the query, 404 and 405, POST bodies', async () => {
    const item = await fetch(`${base}/api/items/2`);
    expect(item.status).toBe(200);
    expect(item.headers.get('content-type')).toBe('application/json');
    expect(await item.json()).toEqual({ id: 2, name: 'Inkwell', price: 12, tags: ['writing', 'glass'] });
    const page = await fetch(`${base}/?q=ink`);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await page.text();
    expect(html).toContain('<input name="q" value="ink">');
    expect(html).toContain('<a href="/items/2">Inkwell</a>: 12.00');
    expect(html).not.toContain('Quill');
    expect((await fetch(`${base}/items/9`)).status).toBe(404);
    const wrongMethod = await fetch(`${base}/api/items/2`, { method: 'PUT' });
    expect([wrongMethod.status, await wrongMethod.json()]).toEqual([405, { error: 'method not allowed' }]);
    const echo = await fetch(`${base}/api/echo`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"a":[1,2]}' });
    expect(await echo.json()).toEqual({ method: 'POST', type: 'application/json', body: { a: [1, 2] } });
  });

  it('answers a handler that throws, rejects or returns no Response with a 500 that tells nothing', async () => {
    for (const [route, error] of [['/throw', 'Uncaught TypeError: the handler failed: internal detail'],
      ['/reject-late', 'Uncaught RangeError: late failure'],
      ['/not-a-response', 'Uncaught TypeError: The fetch handler did not return a Response (got string)']]) {
      const response = await fetch(base + route);
      expect(response.status).toBe(500);
      expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
      expect(await response.text()).toBe('Internal Server Error');
      expect(await logged(error)).toContain(error); // on the server's stderr, not to the client
    }
    expect((await fetch(`${base}/api/items/1`)).status).toBe(200); // the server is unharmed
  });

  it('ends a request cleanly after its response: an uncaught error, a non-zero exit code', async () => {
    // These trapped the instance (and jco serve with it) before: now the error is logged and handle() returns.
    const late = await fetch(`${base}/throw-after`);
    expect([late.status, await late.text()]).toEqual([200, 'sent before the error']);
    expect(await logged('Uncaught Error: late error after the response')).toContain('Uncaught Error: late error after the response');
    const coded = await fetch(`${base}/exit-code`);
    expect([coded.status, await coded.text()]).toEqual([200, 'sent with an exit code']);
    expect(await logged('process.exitCode is not 0')).toContain('process.exitCode is not 0 at the end of the request');
    expect((await fetch(`${base}/api/items/1`)).status).toBe(200); // the server is unharmed
  });

  it('runs timers, Date, Math.random and console on WASI 0.2', async () => {
    expect(await (await fetch(`${base}/time`)).json()).toEqual({ slept: true, epoch: true, random: true });
    expect(await logged('slept in GET /time')).toContain('slept in GET /time');
  });

  it('streams bodies larger than one read or write, and passes headers both ways', async () => {
    const sent = new Uint8Array(300_000).map((_, i) => (i * 7919) % 251);
    let sum = 0;
    for (const b of sent) sum = (sum * 31 + b) % 1000003;
    const response = await fetch(`${base}/bytes?n=100000`, { method: 'POST', body: sent });
    expect([response.headers.get('x-length'), response.headers.get('x-sum'), response.headers.get('content-length')])
      .toEqual(['300000', String(sum), '100000']);
    expect(await response.text()).toBe('x'.repeat(100_000));
    const created = await fetch(`${base}/headers`, { headers: { 'x-in': 'from the client' } });
    expect([created.status, created.headers.get('x-seen')]).toEqual([201, 'from the client']);
  });

  it('streams a body out chunk by chunk: the client has the first before the last is made', async () => {
    await expectStreamedOut(base);
  });

  it('hands the handler the request body as it arrives', async () => {
    await expectBodyInAsItArrives(base);
  });
});
