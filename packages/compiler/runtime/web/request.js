// Request (Fetch §6.4): method, url, headers and a body (whole or streamed, body.js); what a
// fetch handler receives.
import { Headers } from './headers.js';
import { URL } from './url.js';
import { BodyState, extractBody, defineBodyMethods } from './body.js';

const NORMALIZED = ['DELETE', 'GET', 'HEAD', 'OPTIONS', 'POST', 'PUT', 'PATCH'];
const METHOD = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
const bodies = new WeakMap();

export class Request {
  #method;
  #url;
  #headers;

  constructor(input, init = {}) {
    const from = input instanceof Request ? input : null;
    this.#url = from ? from.#url : new URL(String(input)).href;
    let method = init.method !== undefined ? String(init.method) : from ? from.#method : 'GET';
    if (!METHOD.test(method)) throw new TypeError(`'${method}' is not a valid HTTP method.`);
    if (NORMALIZED.includes(method.toUpperCase())) method = method.toUpperCase();
    this.#method = method;
    this.#headers = new Headers(init.headers !== undefined ? init.headers : from ? from.#headers : undefined);
    let state = from ? bodies.get(from).clone() : new BodyState(null);
    if (init.body !== undefined && init.body !== null) {
      if (method === 'GET' || method === 'HEAD') throw new TypeError('Request with GET/HEAD method cannot have body.');
      const body = extractBody(init.body);
      state = new BodyState(body.bytes, body.stream);
      if (body.type !== null && !this.#headers.has('content-type')) this.#headers.set('content-type', body.type);
    }
    bodies.set(this, state);
  }

  get method() { return this.#method; }
  get url() { return this.#url; }
  get headers() { return this.#headers; }
  get redirect() { return 'follow'; }
  get [Symbol.toStringTag]() { return 'Request'; }

  clone() {
    if (this.bodyUsed) throw new TypeError('Request.clone: Body has already been consumed.');
    return new Request(this);
  }
}

defineBodyMethods(Request, (r) => bodies.get(r));
