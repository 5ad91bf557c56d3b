// Streamed bodies, out and in: routes shared by the apps of test/serve.test.ts (pgo serve) and
// test/http-component.test.ts (the wasi:http component), which test the same behaviour on both.

/** The response of a streaming route, or null for another path. */
export async function streamingRoute(request, pathname) {
  switch (pathname) {
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
      return null;
  }
}
