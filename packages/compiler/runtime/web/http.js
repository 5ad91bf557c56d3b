// The guest side of wasi:http (pgo build --component --http): the component's
// wasi:http/incoming-handler `handle` runs this as the program's main, once per request. The
// engine (packages/engine/assembly/host/wasi-http.ts) holds the request's resources and reaches
// them through the hidden process._wasiHttp; this file turns them into a Request, calls the
// handler and sends its Response. Unlike the serve ABI (serve.js), whose host turns a non-zero
// exit into a 500, a handler has no exit code: what the handler throws or rejects with is
// reported on stderr here and the client gets a 500 without it.
import { Request } from './request.js';
import { Response, responseParts } from './response.js';
import { expectResponse, hasBody, pulledBody } from './serve.js';
import { eachChunk } from './body.js';

const http = process._wasiHttp;

/** The incoming request, or null if it is not one (a missing or bad Host, a forbidden method). */
function readRequest() {
  const head = http.request(); // [method, scheme, authority, pathWithQuery, name0, value0, ...]
  const [method, scheme, authority, pathWithQuery] = head;
  // As pgo serve: no Host, or a target that is not a path (`*`, absolute-form), is a bad request.
  if (authority === '' || !pathWithQuery.startsWith('/')) return null;
  const headers = [];
  for (let i = 4; i + 1 < head.length; i += 2) headers.push([head[i], head[i + 1]]);
  // The body as a stream read from the host as it arrives; one read first, when nothing in the
  // head says a body follows, so that a request without one has none (as in pgo serve).
  let first;
  const bodyAllowed = method !== 'GET' && method !== 'HEAD';
  if (bodyAllowed && !hasBody(headers)) first = http.read();
  const body = bodyAllowed && first !== null ? pulledBody(() => http.read(), first) : null;
  try {
    return new Request(scheme + '://' + authority + pathWithQuery, { method, headers, body });
  } catch {
    return null;
  }
}

/** Send the response: a whole body with its length, a stream chunk by chunk as it is made. */
function sendResponse(response) {
  expectResponse(response);
  const { status, headers, bytes, stream } = responseParts(response);
  const flat = [];
  let length = false;
  for (const [name, value] of headers) {
    flat.push(name, value);
    if (name === 'content-length') length = true;
  }
  // As pgo serve does: the host then knows the body's end without chunking.
  if (!length && bytes !== null) flat.push('content-length', String(bytes.length));
  http.respond(status, flat);
  if (stream === null) {
    if (bytes !== null && bytes.length > 0) http.write(bytes);
    http.end();
    return undefined;
  }
  return eachChunk(stream, (chunk) => { if (chunk.length > 0) http.write(chunk); }).then(() => http.end());
}

/** One request through `handler` (the program's main). */
export function serveHttp(handler) {
  const request = readRequest();
  if (request === null) {
    sendResponse(new Response('Bad Request', { status: 400 }));
    return undefined;
  }
  return Promise.resolve().then(() => handler(request)).then(sendResponse).catch((error) => http.fail(error));
}
