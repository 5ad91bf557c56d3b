// The Body mixin (Fetch §6.3) for Request and Response: the body is held whole, as bytes
// (requests arrive whole through the serve ABI; no ReadableStream), and read once.
import { URLSearchParams } from './url-search-params.js';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Extract a body (Fetch "extract"): its bytes and the Content-Type it implies (or null). */
export function extractBody(init) {
  if (init === undefined || init === null) return { bytes: null, type: null };
  if (typeof init === 'string') return { bytes: encoder.encode(init), type: 'text/plain;charset=UTF-8' };
  if (init instanceof URLSearchParams) {
    return { bytes: encoder.encode(init.toString()), type: 'application/x-www-form-urlencoded;charset=UTF-8' };
  }
  if (init instanceof ArrayBuffer) return { bytes: new Uint8Array(init.slice(0)), type: null };
  if (ArrayBuffer.isView(init)) {
    return { bytes: new Uint8Array(init.buffer.slice(init.byteOffset, init.byteOffset + init.byteLength)), type: null };
  }
  return { bytes: encoder.encode(String(init)), type: 'text/plain;charset=UTF-8' };
}

/** The body state of one Request or Response. */
export class BodyState {
  constructor(bytes) {
    this.bytes = bytes;
    this.used = false;
  }

  /** The bytes, marking the body used; rejects (as a TypeError) a second read. */
  consume() {
    if (this.used) return Promise.reject(new TypeError('Body is unusable: Body has already been read'));
    this.used = true;
    return Promise.resolve(this.bytes ?? new Uint8Array(0));
  }
}

/** Define text(), json(), arrayBuffer(), bytes(), body and bodyUsed on `cls`, whose instances
 *  hand out their BodyState through `stateOf`. */
export function defineBodyMethods(cls, stateOf) {
  Object.defineProperties(cls.prototype, {
    text: { value() { return stateOf(this).consume().then((b) => decoder.decode(b)); }, writable: true, configurable: true },
    json: { value() { return stateOf(this).consume().then((b) => JSON.parse(decoder.decode(b))); }, writable: true, configurable: true },
    arrayBuffer: {
      value() { return stateOf(this).consume().then((b) => b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength)); },
      writable: true, configurable: true,
    },
    bytes: { value() { return stateOf(this).consume().then((b) => new Uint8Array(b)); }, writable: true, configurable: true },
    bodyUsed: { get() { return stateOf(this).used; }, configurable: true },
    body: { get() { return stateOf(this).bytes; }, configurable: true },
  });
}
