// The app of test/http-component.test.ts: examples/serve/app.js as a wasi:http component, plus
// routes for what the example does not exercise: handlers that throw, reject after a timer,
// return something else than a Response or fail after responding; Date, Math.random and setTimeout (wasi:clocks,
// wasi:random and wasi:io/poll through the engine's preview1 routes); logging (stderr); bodies
// larger than one stream read or write; streamed bodies (../serve/streaming-routes.js).
import app from '../../examples/serve/app.js';
import { streamingRoute } from '../serve/streaming-routes.js';

export default {
  async fetch(request, env, ctx) {
    const { pathname } = new URL(request.url);
    switch (pathname) {
      case '/throw': throw new TypeError('the handler failed: internal detail');
      case '/reject-late':
        await new Promise((resolve) => setTimeout(resolve, 5));
        throw new RangeError('late failure');
      case '/not-a-response': return 'plain text';
      case '/throw-after': // an uncaught error once the response is out: reported, the instance ends cleanly
        setTimeout(() => { throw new Error('late error after the response'); }, 5);
        return new Response('sent before the error');
      case '/exit-code':
        process.exitCode = 3;
        return new Response('sent with an exit code');
      case '/time': {
        const t0 = Date.now();
        await new Promise((resolve) => setTimeout(resolve, 30));
        const r = Math.random();
        console.log('slept in', request.method, pathname);
        // Timers run on the loop's time, read before t0: allow for the millisecond it rounds off.
        return Response.json({ slept: Date.now() - t0 >= 29, epoch: t0 > Date.UTC(2024, 0, 1), random: r >= 0 && r < 1 && r !== Math.random() });
      }
      case '/bytes': {
        // Echo the request body's size and a checksum, then send `n` bytes back.
        const bytes = new Uint8Array(await request.arrayBuffer());
        let sum = 0;
        for (const b of bytes) sum = (sum * 31 + b) % 1000003;
        const n = Number(new URL(request.url).searchParams.get('n'));
        return new Response('x'.repeat(n), { headers: { 'x-length': String(bytes.length), 'x-sum': String(sum), 'x-repeated': 'a' } });
      }
      case '/headers':
        return new Response(null, { status: 201, headers: { 'x-seen': request.headers.get('x-in') ?? 'none' } });
      default: return (await streamingRoute(request, pathname)) ?? app.fetch(request, env, ctx);
    }
  },
};
