// pgo serve end to end: a fetch-handler program built once, served with a fresh instance per
// request; each failure (bad request, throw, rejection, time limit, out of memory, no Response)
// stays with its own request.
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '@pgo/compiler';
import { startServer, servedAbi, type RunningServer } from '@pgo/cli';
import { expectStreamedOut, expectBodyInAsItArrives } from './support/streaming.js';

const here = path.dirname(new URL(import.meta.url).pathname);
const TIMEOUT_MS = 1500;

let server: RunningServer;
let module: WebAssembly.Module;
const log: string[] = [];

beforeAll(async () => {
  const app = build({ entry: path.join(here, 'serve/handler-app.js'), maxMemoryMB: 24 });
  expect(app.fetchHandler).toBe(true);
  module = new WebAssembly.Module(app.wasm);
  server = await startServer({ module, port: 0, timeoutMs: TIMEOUT_MS, workers: 2,
    maxBodyBytes: 4096, log: (line) => log.push(line) });
});

afterAll(async () => {
  await server?.close();
});

const get = (p: string, init?: RequestInit): Promise<Response> => fetch(server.url + p, init);

/** Send raw bytes on a socket and return everything the server answers before closing. */
function raw(bytes: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(server.port, '127.0.0.1', () => socket.write(bytes));
    let answer = '';
    socket.on('data', (d) => { answer += d.toString(); });
    socket.on('end', () => resolve(answer));
    socket.on('error', reject);
  });
}

describe('pgo serve', () => {
  it('passes the request in and streams the response out', async () => {
    const r = await get('/echo?q=a%20b&q=2', { method: 'POST', body: 'hello body', headers: { 'content-type': 'text/plain', 'x-custom': 'yes' } });
    expect(r.status).toBe(201);
    expect(r.headers.get('x-served-by')).toBe('pgo');
    expect(r.headers.get('content-type')).toBe('application/json');
    expect(await r.json()).toEqual({ method: 'POST', path: '/echo', q: ['a b', '2'], type: 'text/plain', custom: 'yes', has: true, body: 'hello body' });
    const bin = await get('/later');
    expect(new Uint8Array(await bin.arrayBuffer())).toEqual(new Uint8Array([104, 105, 0, 255]));
  });

  it('streams a body out chunk by chunk: the client has the first before the last is made', async () => {
    await expectStreamedOut(server.url);
    expect((await get('/stream')).headers.get('transfer-encoding')).toBe('chunked');
  });

  it('aborts a streamed body whose stream fails, after the part already sent', async () => {
    const r = await get('/stream-fails');
    const reader = r.body!.getReader();
    expect(new TextDecoder().decode((await reader.read()).value)).toBe('partial');
    await expect(reader.read()).rejects.toThrow();
    await expect.poll(() => log.join('\n'), { timeout: 5000 }).toContain('stream broke');
  });

  it('hands the handler the request body as it arrives', async () => {
    await expectBodyInAsItArrives(server.url);
    // A chunked body past the limit (no Content-Length to refuse it up front) is a 413 too.
    const chunked = await get('/upload', { method: 'POST', body: ReadableStream.from([new TextEncoder().encode('z'.repeat(5000))]), duplex: 'half' } as RequestInit);
    expect(chunked.status).toBe(413);
  });

  it('gives every request a brand-new instance: no globals survive', async () => {
    const first = await (await get('/count')).json();
    const second = await (await get('/count')).json();
    expect(first).toEqual({ count: 1, hits: 1 });
    expect(second).toEqual({ count: 1, hits: 1 });
  });

  it('marks fetch-handler modules with the serve ABI they speak', () => {
    expect(servedAbi(module)).toBe(1);
  });

  it('ends the response when its body is in, while waitUntil work still runs', async () => {
    const r = await get('/background');
    expect(r.headers.get('content-length')).toBe('35');
    expect(await r.text()).toBe('answered before the background work');
    expect(log).not.toContain('background work done');
    await expect.poll(() => log.includes('background work done'), { timeout: 5000 }).toBe(true);
  });

  it('sends what the handler logs to the server log, not into the response', async () => {
    const r = await get('/log');
    expect(await r.text()).toBe('logged');
    // The response can be complete before the instance has ended and its stderr reached the log.
    await expect.poll(() => log.includes('logged by the handler'), { timeout: 5000 }).toBe(true);
  });

  it('answers 500 for a throw, a rejection or a non-Response, without leaking the error', async () => {
    for (const p of ['/throw', '/reject', '/not-a-response']) {
      const r = await get(p);
      expect(r.status).toBe(500);
      expect(await r.text()).toBe('Internal Server Error');
    }
    expect(log.join('\n')).toContain('secret detail of the handler');
    expect(log.join('\n')).toContain('secret rejection');
    expect(log.join('\n')).toContain('did not return a Response');
    expect((await get('/count')).status).toBe(200);
  });

  it('stops a handler past the time limit with 504, and serves others meanwhile', async () => {
    const t0 = performance.now();
    const looping = get('/loop');
    const meanwhile = await get('/count');
    expect(meanwhile.status).toBe(200);
    const r = await looping;
    expect(r.status).toBe(504);
    expect(performance.now() - t0).toBeLessThan(TIMEOUT_MS + 2000);
    expect(log.join('\n')).toContain(`stopped after ${TIMEOUT_MS} ms`);
    expect(await (await get('/count')).json()).toEqual({ count: 1, hits: 1 });
  });

  it('answers 500 for a handler that exhausts its memory, only for that request', async () => {
    const r = await get('/oom');
    expect(r.status).toBe(500);
    expect(await r.text()).toBe('Internal Server Error');
    expect(log.join('\n')).toMatch(/out of memory/i);
    expect((await get('/count')).status).toBe(200);
  });

  it('answers 400 for malformed HTTP and 413 for a body past the limit', async () => {
    expect(await raw('GARBAGE\r\n\r\n')).toMatch(/^HTTP\/1\.1 400 /);
    expect(await raw('GET /count HTTP/1.1\r\nhost: a b\r\nconnection: close\r\n\r\n')).toMatch(/^HTTP\/1\.1 400 /);
    const big = await get('/echo', { method: 'POST', body: 'x'.repeat(5000) });
    expect(big.status).toBe(413);
    expect((await get('/count')).status).toBe(200);
  });
});
