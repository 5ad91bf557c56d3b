// Checks of streamed bodies against a server of test/serve/streaming-routes.js, shared by
// test/serve.test.ts (pgo serve) and test/http-component.test.ts (jco serve of the component).
import http from 'node:http';
import { expect } from 'vitest';

const decoder = new TextDecoder();

/** /stream's first chunk reaches the client before its last is made; an async iterator body. */
export async function expectStreamedOut(base: string): Promise<void> {
  const r = await fetch(base + '/stream');
  expect(r.headers.get('content-length')).toBeNull();
  const reader = r.body!.getReader();
  const t0 = performance.now();
  const first = await reader.read();
  const tFirst = performance.now();
  expect(decoder.decode(first.value)).toBe('chunk 1\n');
  let rest = '';
  for (let c = await reader.read(); !c.done; c = await reader.read()) rest += decoder.decode(c.value);
  expect(rest).toBe('chunk 2\nchunk 3\n');
  // The handler waits 400 ms before each later chunk: the first cannot have waited for them.
  expect(performance.now() - tFirst).toBeGreaterThan(600);
  expect(tFirst - t0).toBeLessThan(400);
  expect(await (await fetch(base + '/stream-iterator')).text()).toBe('part 1;part 2;part 3;');
}

/** The handler reads the request body as it arrives: /first-chunk answers while the client has
 *  not finished sending (a host that read the body whole would never answer); /upload streams it. */
export async function expectBodyInAsItArrives(base: string): Promise<void> {
  const answer = await new Promise<string>((resolve, reject) => {
    const req = http.request(base + '/first-chunk', { method: 'POST', headers: { 'transfer-encoding': 'chunked' } }, (res) => {
      let text = '';
      res.on('data', (d) => { text += d; });
      res.on('end', () => { req.end(); resolve(text); });
    });
    req.on('error', reject);
    req.write('early part');
  });
  expect(answer).toBe('first: early part');
  const big = 'y'.repeat(3000);
  const r = await fetch(base + '/upload', { method: 'POST', body: big });
  expect(await r.json()).toEqual({ bytes: 3000, text: big, used: true });
}
