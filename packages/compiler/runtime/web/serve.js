// The guest side of pgo's serve ABI (host side: packages/cli/src/serve/; the ABI is described in
// packages/cli/src/serve/README.md). A fetch-handler program is built with this as its `main`:
// the program's top level (routes, templates, listeners) runs at build time and is snapshotted;
// each request is one fresh instance whose `main` reads the request from stdin (the body as it
// arrives), calls the handler, and writes the response to stdout (a streamed body chunk by
// chunk). The instance then runs its event loop dry (timers, waitUntil work) and exits; an exception or a rejected handler promise exits non-zero with the
// error on stderr, which the host turns into a 500.
//
//   stdin:  <request head as one line of JSON> "\n" <body bytes>
//           head = {"method": "GET", "url": "http://host/path?q", "headers": [["name", "value"], ...]}
//   stdout: <response head as one line of JSON> "\n" <body bytes>
//           head = {"status": 200, "statusText": "", "headers": [["name", "value"], ...], "bodyLength": 5}
//           (no bodyLength for a streamed body)
import { Request } from './request.js';
import { Response, responseParts } from './response.js';
import { dispatchFetch, hasFetchListener } from './fetch-event.js';
import { ReadableStream } from './readable-stream.js';
import { concatBytes, eachChunk } from './body.js';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** The request on stdin, or null if its head is malformed (a bad request). The head is read
 *  whole; the body is a stream read from stdin as it arrives, so a handler can act on its first
 *  chunk before the client has sent the last. */
function readRequest() {
  const io = process._stdioBytes;
  const chunks = [];
  let nl = -1;
  let chunk;
  while (nl < 0 && (chunk = io.readSome()) !== null) {
    nl = chunk.indexOf(10);
    chunks.push(chunk);
  }
  if (nl < 0) return null;
  const last = chunks.pop();
  let rest = last.subarray(nl + 1);
  chunks.push(last.subarray(0, nl));
  try {
    const head = JSON.parse(decoder.decode(concatBytes(chunks)));
    const bodyAllowed = head.method !== 'GET' && head.method !== 'HEAD';
    // Without a length or coding in the head, one read tells whether a body follows at all.
    if (bodyAllowed && rest.length === 0 && !hasBody(head.headers)) rest = io.readSome();
    const body = bodyAllowed && rest !== null ? pulledBody(() => io.readSome(), rest) : null;
    return new Request(head.url, { method: head.method, headers: head.headers, body });
  } catch {
    return null;
  }
}

/** Whether a request with these headers has a body (RFC 9112 §6.3: a length or a transfer coding). */
export function hasBody(headers) {
  return headers.some(([name, value]) => {
    const n = name.toLowerCase();
    return n === 'transfer-encoding' || (n === 'content-length' && value.trim() !== '0');
  });
}

/** A body stream of `first` (unless empty or undefined), then what each `read()` gives until null
 *  (serve.js over stdin, http.js over wasi:http). */
export function pulledBody(read, first) {
  let pending = first !== undefined && first.length > 0 ? first : null;
  return new ReadableStream({
    pull(controller) {
      const chunk = pending ?? read();
      pending = null;
      if (chunk === null) controller.close();
      else controller.enqueue(chunk);
    },
  }, { highWaterMark: 0 });
}

/** Throws unless the handler's result is a Response (serve.js and http.js). */
export function expectResponse(response) {
  if (!(response instanceof Response)) {
    throw new TypeError('The fetch handler did not return a Response (got ' + (response === null ? 'null' : typeof response) + ')');
  }
}

/** Write the response: a whole body after a head with its length; a stream chunk by chunk as
 *  the handler makes them, after a head without one (the host then ends the response when the
 *  instance exits). */
function writeResponse(response) {
  expectResponse(response);
  const { status, statusText, headers, bytes, stream } = responseParts(response);
  const io = process._stdioBytes;
  const head = (fields) => encoder.encode(JSON.stringify({ status, statusText, headers, ...fields }) + '\n');
  if (stream === null) {
    // bodyLength lets the host end the HTTP response at once, while waitUntil work still runs.
    const line = head({ bodyLength: bytes === null ? 0 : bytes.length });
    const out = new Uint8Array(line.length + (bytes === null ? 0 : bytes.length));
    out.set(line);
    if (bytes !== null) out.set(bytes, line.length);
    io.write(out);
    return undefined;
  }
  io.write(head({}));
  return eachChunk(stream, (chunk) => { if (chunk.length > 0) io.write(chunk); });
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
