// A workload for `pgo record`: the example app's routes, called in-process many times, so that a
// profile-guided build of app.js specializes what real traffic exercises.
//   npx pgo record examples/serve/workload.js -o serve.pb
//   npx pgo build examples/serve/app.js --profile serve.pb --max-memory 64 -o app.wasm
import app from './app.js';

const routes = [
  ['GET', '/'], ['GET', '/?q=in'], ['GET', '/items/3'], ['GET', '/items/9'], ['GET', '/api/items'],
  ['GET', '/api/items?tag=writing'], ['GET', '/api/items/2'], ['GET', '/hello/J%C3%BCrgen'], ['GET', '/nope'],
  ['POST', '/api/echo', '{"a":[1,2]}'],
];

// In an async function, not at the top level: pgo does not compile top-level await yet.
async function serveAll() {
  let bytes = 0;
  for (let round = 0; round < 200; round++) {
    for (const [method, path, body] of routes) {
      const request = new Request('http://localhost' + path, {
        method, body, headers: body === undefined ? { accept: '*/*' } : { 'content-type': 'application/json' },
      });
      const response = await app.fetch(request);
      bytes += (await response.text()).length + response.status;
    }
  }
  console.log('served', routes.length * 200, 'requests,', bytes, 'bytes');
}
serveAll();
