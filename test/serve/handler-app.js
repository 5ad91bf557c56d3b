// The app behind test/serve.test.ts: one route per behaviour the server must show.
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
      case '/stream': // chunks made apart in time: the client must get the first before the last is made
        return new Response(new ReadableStream({
          async pull(controller) {
            const n = (this.n = (this.n ?? 0) + 1);
            if (n > 1) await new Promise((resolve) => setTimeout(resolve, 400));
            if (n > 3) controller.close(); else controller.enqueue(new TextEncoder().encode(`chunk ${n}\n`));
          },
        }), { headers: { 'content-type': 'text/plain' } });
      case '/stream-iterator':
        return new Response((async function* () {
          for (let i = 1; i <= 3; i++) { await null; yield new TextEncoder().encode(`part ${i};`); }
        })());
      case '/stream-fails': // a stream that errors after its first chunk: the client must see a broken body
        return new Response(new ReadableStream({
          start(controller) { controller.enqueue(new TextEncoder().encode('partial')); },
          async pull() { await new Promise((resolve) => setTimeout(resolve, 50)); throw new Error('stream broke'); },
        }));
      case '/first-chunk': { // answers from the first chunk of the body, before the client sends the rest
        const reader = request.body.getReader();
        const { value } = await reader.read();
        return new Response(`first: ${new TextDecoder().decode(value)}`);
      }
      case '/upload': { // the body read chunk by chunk as a stream
        let bytes = 0, text = '';
        for await (const chunk of request.body) { bytes += chunk.length; text += new TextDecoder().decode(chunk); }
        return Response.json({ bytes, text, used: request.bodyUsed });
      }
      default:
        return new Response('not found', { status: 404 });
    }
  },
};
