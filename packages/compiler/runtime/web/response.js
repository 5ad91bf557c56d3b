// Response (Fetch §6.5): status, statusText, headers and a body (whole or streamed, body.js);
// what a fetch handler returns. Response.json and Response.redirect as in the spec.
import { Headers } from './headers.js';
import { URL } from './url.js';
import { BodyState, extractBody, defineBodyMethods } from './body.js';

const REDIRECTS = [301, 302, 303, 307, 308];
const NULL_BODY = [101, 103, 204, 205, 304];
const bodies = new WeakMap();

export class Response {
  #status;
  #statusText;
  #headers;
  #type = 'default';

  constructor(body = null, init = {}) {
    const status = init.status === undefined ? 200 : Number(init.status);
    if (!Number.isInteger(status) || status < 200 || status > 599) {
      throw new RangeError(`init["status"] must be in the range of 200 to 599, inclusive.`);
    }
    this.#status = status;
    this.#statusText = init.statusText === undefined ? '' : String(init.statusText);
    this.#headers = new Headers(init.headers);
    const extracted = extractBody(body);
    if ((extracted.bytes !== null || extracted.stream !== null) && NULL_BODY.includes(status)) {
      throw new TypeError('Response constructor: Invalid response status code ' + status);
    }
    if (extracted.type !== null && !this.#headers.has('content-type')) this.#headers.set('content-type', extracted.type);
    bodies.set(this, new BodyState(extracted.bytes, extracted.stream));
  }

  static json(data, init = {}) {
    const text = JSON.stringify(data);
    if (text === undefined) throw new TypeError('Value is not JSON serializable');
    const headers = new Headers(init.headers);
    if (!headers.has('content-type')) headers.set('content-type', 'application/json');
    return new Response(text, { ...init, headers });
  }

  static redirect(url, status = 302) {
    if (!REDIRECTS.includes(status)) throw new RangeError('Invalid status code');
    return new Response(null, { status, headers: { location: new URL(String(url)).href } });
  }

  static error() {
    const r = new Response(null, { status: 200 });
    r.#status = 0;
    r.#type = 'error';
    return r;
  }

  get status() { return this.#status; }
  get ok() { return this.#status >= 200 && this.#status <= 299; }
  get statusText() { return this.#statusText; }
  get headers() { return this.#headers; }
  get type() { return this.#type; }
  get url() { return ''; }
  get redirected() { return false; }
  get [Symbol.toStringTag]() { return 'Response'; }

  clone() {
    if (this.bodyUsed) throw new TypeError('Response.clone: Body has already been consumed.');
    const r = new Response(null, { status: 200, headers: this.#headers });
    r.#status = this.#status;
    r.#statusText = this.#statusText;
    r.#type = this.#type;
    bodies.set(r, bodies.get(this).clone());
    return r;
  }
}

defineBodyMethods(Response, (r) => bodies.get(r));

/** What a host sends of a response: status, statusText, header pairs, and the body's bytes or
 *  stream (both null: no body). */
export function responseParts(r) {
  const headers = [...r.headers];
  const { bytes, stream } = bodies.get(r);
  return { status: r.status, statusText: r.statusText, headers, bytes, stream };
}
