// The app behind test/serve.test.ts: one route per behaviour the server must show.
import { streamingRoute } from './streaming-routes.js';

let count = 0;

export default {
  async fetch(request, env, ctx) {
    const url = new URL(request.url);
    count++;
    globalThis.hits = (globalThis.hits ?? 0) + 1;
    switch (url.pathname) {
      case '/count':
        return Response.json({ count, hits: globalThis.hits });
      case '/echo':
        return Response.json({
          method: request.method, path: url.pathname, q: url.searchParams.getAll('q'),
          type: request.headers.get('content-type'), custom: request.headers.get('X-Custom'),
          has: request.headers.has('x-custom'), body: await request.text(),
        }, { status: 201, headers: { 'x-served-by': 'pgo' } });
      case '/log':
        console.log('logged by the handler');
        return new Response('logged');
      case '/throw':
        throw new Error('secret detail of the handler');
      case '/reject':
        await null;
        throw new TypeError('secret rejection');
      case '/loop':
        for (;;) { /* never returns */ }
      case '/oom': {
        const hoard = [];
        for (;;) hoard.push(new Array(1 << 16).fill(hoard.length));
      }
      case '/background':
        ctx.waitUntil(new Promise((resolve) => setTimeout(() => { console.log('background work done'); resolve(); }, 300)));
        return new Response('answered before the background work');
      case '/not-a-response':
        return 'just a string';
      case '/later':
        await new Promise((resolve) => setTimeout(resolve, 5));
        return new Response(new Uint8Array([104, 105, 0, 255]), { headers: { 'content-type': 'application/octet-stream' } });
      default:
        return (await streamingRoute(request, url.pathname)) ?? new Response('not found', { status: 404 });
    }
  },
};
