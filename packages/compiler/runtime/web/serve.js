// The guest side of pgo's serve ABI (host side: packages/cli/src/serve/; the ABI is described in
// packages/cli/src/serve/README.md). A fetch-handler program is built with this as its `main`:
// the program's top level (routes, templates, listeners) runs at build time and is snapshotted;
// each request is one fresh instance whose `main` reads the request from stdin, calls the
// handler, and writes the response to stdout. The instance then runs its event loop dry (timers,
// waitUntil work) and exits; an exception or a rejected handler promise exits non-zero with the
// error on stderr, which the host turns into a 500.
//
//   stdin:  <request head as one line of JSON> "\n" <body bytes>
//           head = {"method": "GET", "url": "http://host/path?q", "headers": [["name", "value"], ...]}
//   stdout: <response head as one line of JSON> "\n" <body bytes>
//           head = {"status": 200, "statusText": "", "headers": [["name", "value"], ...], "bodyLength": 5}
import { Request } from './request.js';
import { Response, responseParts } from './response.js';
import { dispatchFetch, hasFetchListener } from './fetch-event.js';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** The request on stdin, or null if its head is malformed (a bad request). */
function readRequest() {
  const bytes = process._stdioBytes.read();
  const nl = bytes.indexOf(10);
  if (nl < 0) return null;
  let head;
  try {
    head = JSON.parse(decoder.decode(bytes.subarray(0, nl)));
    const body = bytes.subarray(nl + 1);
    const bodyAllowed = head.method !== 'GET' && head.method !== 'HEAD';
    return new Request(head.url, { method: head.method, headers: head.headers, body: bodyAllowed && body.length > 0 ? body : null });
  } catch {
    return null;
  }
}

/** Throws unless the handler's result is a Response (serve.js and http.js). */
export function expectResponse(response) {
  if (!(response instanceof Response)) {
    throw new TypeError('The fetch handler did not return a Response (got ' + (response === null ? 'null' : typeof response) + ')');
  }
}

function writeResponse(response) {
  expectResponse(response);
  const { status, statusText, headers, bytes } = responseParts(response);
  // bodyLength lets the host end the HTTP response at once, while waitUntil work still runs.
  const bodyLength = bytes === null ? 0 : bytes.length;
  const head = encoder.encode(JSON.stringify({ status, statusText, headers, bodyLength }) + '\n');
  const out = new Uint8Array(head.length + (bytes === null ? 0 : bytes.length));
  out.set(head);
  if (bytes !== null) out.set(bytes, head.length);
  process._stdioBytes.write(out);
}

/** Context handed to `fetch(request, env, ctx)`, as Workers-style handlers expect. */
const context = { waitUntil() {}, passThroughOnException() {} };

/** The program's handler: `export default { fetch }` or the fetch listeners. Runs at build time,
 *  so a program with neither fails its build. */
export function fetchHandler(app) {
  const exported = app.default;
  if (exported !== null && typeof exported === 'object' && typeof exported.fetch === 'function') {
    return (request) => exported.fetch(request, {}, context);
  }
  if (hasFetchListener()) return dispatchFetch;
  throw new TypeError("A fetch-handler program must `export default { fetch(request) { ... } }` or call addEventListener('fetch', listener)");
}

/** One request through `handler` (the program's main). */
export function serve(handler) {
  const request = readRequest();
  if (request === null) {
    writeResponse(new Response('Bad Request', { status: 400 }));
    return undefined;
  }
  return Promise.resolve().then(() => handler(request)).then(writeResponse);
}
