// The service-worker style handler for test/serve-listener.test.ts (built without --max-memory).
addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (url.pathname === '/oom') {
    const hoard = [];
    for (;;) hoard.push(new Array(1 << 16).fill(hoard.length));
  }
  event.respondWith(new Response(`listener saw ${url.pathname}${url.search}`, { headers: { 'x-style': 'listener' } }));
});
