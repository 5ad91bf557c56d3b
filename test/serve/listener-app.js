// The service-worker style handler for test/serve.test.ts.
addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  event.respondWith(new Response(`listener saw ${url.pathname}${url.search}`, { headers: { 'x-style': 'listener' } }));
});
