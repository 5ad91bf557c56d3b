// pgo serve with a service-worker style handler: addEventListener('fetch', ...) at the top level
// (run at build time, so the listener is in the snapshot) and event.respondWith per request.
// Apart from test/serve.test.ts so that the two builds can run on two test workers.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '@pgo/compiler';
import { startServer, type RunningServer } from '@pgo/cli';

const here = path.dirname(new URL(import.meta.url).pathname);
let listener: RunningServer;
const log: string[] = [];

beforeAll(async () => {
  const l = build({ entry: path.join(here, 'serve/listener-app.js') });
  expect(l.fetchHandler).toBe(true);
  listener = await startServer({ module: new WebAssembly.Module(l.wasm), port: 0, workers: 1, log: (line) => log.push(line) });
});

afterAll(async () => {
  await listener?.close();
});

describe('pgo serve', () => {
  it('serves addEventListener("fetch") handlers', async () => {
    const r = await fetch(listener.url + '/path?x=1');
    expect(r.headers.get('x-style')).toBe('listener');
    expect(await r.text()).toBe('listener saw /path?x=1');
  });

  it('caps a fetch-handler build at 128 MiB by default: a runaway handler fails its own request', async () => {
    const r = await fetch(listener.url + '/oom');
    expect(r.status).toBe(500);
    expect(log.join('\n')).toMatch(/out of memory/i);
    expect((await fetch(listener.url + '/again')).status).toBe(200);
  });
});
