// The Body mixin (Fetch §6.3) for Request and Response. A body is held either whole, as bytes
// (a string, buffer or URLSearchParams body), or as a ReadableStream of Uint8Array chunks (a
// streamed response, a request body read as it arrives); it is read once.
import { URLSearchParams } from './url-search-params.js';
import { ReadableStream, isDisturbed } from './readable-stream.js';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Extract a body (Fetch "extract"): its bytes or stream, and the Content-Type it implies (or null).
 *  An async iterable is taken as a stream of its values, as node's fetch takes it. */
export function extractBody(init) {
  const whole = (bytes, type) => ({ bytes, stream: null, type });
  if (init === undefined || init === null) return whole(null, null);
  if (typeof init === 'string') return whole(encoder.encode(init), 'text/plain;charset=UTF-8');
  if (init instanceof URLSearchParams) return whole(encoder.encode(init.toString()), 'application/x-www-form-urlencoded;charset=UTF-8');
  if (init instanceof ArrayBuffer) return whole(new Uint8Array(init.slice(0)), null);
  if (ArrayBuffer.isView(init)) return whole(new Uint8Array(init.buffer.slice(init.byteOffset, init.byteOffset + init.byteLength)), null);
  if (init instanceof ReadableStream) {
    if (init.locked || isDisturbed(init)) throw new TypeError('Response body object should not be disturbed or locked');
    return { bytes: null, stream: init, type: null };
  }
  if (typeof init[Symbol.asyncIterator] === 'function') return { bytes: null, stream: ReadableStream.from(init), type: null };
  return whole(encoder.encode(String(init)), 'text/plain;charset=UTF-8');
}

/** A stream of one chunk, `bytes`. */
function streamOf(bytes) {
  return new ReadableStream({ start(c) { c.enqueue(bytes); c.close(); } });
}

/** Call `write` with each chunk of `stream` as it comes (also how serve.js and http.js stream a
 *  response out); a chunk that is not a Uint8Array rejects, as node's Response refuses one. */
export async function eachChunk(stream, write) {
  const reader = stream.getReader();
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    if (!(value instanceof Uint8Array)) throw new TypeError('Received non-Uint8Array chunk');
    write(value);
  }
}

/** All of a stream's chunks joined. */
async function readAll(stream) {
  const chunks = [];
  await eachChunk(stream, (c) => chunks.push(c));
  return concatBytes(chunks);
}

/** Uint8Arrays joined into one (the one itself if there is one). */
export function concatBytes(chunks) {
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) { out.set(c, at); at += c.length; }
  return out;
}

/** The body state of one Request or Response: `bytes` or `stream` (null and null: no body). */
export class BodyState {
  constructor(bytes, stream = null) {
    this.bytes = bytes;
    this.stream = stream;
    this.consumed = false;
  }

  get used() { return this.consumed || (this.stream !== null && isDisturbed(this.stream)); }

  /** The whole body, marking it used; rejects (as a TypeError) a second read. */
  consume() {
    if (this.used || (this.stream !== null && this.stream.locked)) {
      return Promise.reject(new TypeError('Body is unusable: Body has already been read'));
    }
    this.consumed = true;
    if (this.stream !== null) return readAll(this.stream);
    return Promise.resolve(this.bytes ?? new Uint8Array(0));
  }

  /** The body as a stream (the `body` attribute); a whole body becomes a stream of one chunk. */
  readable() {
    if (this.stream === null && this.bytes !== null) { this.stream = streamOf(this.bytes); this.bytes = null; }
    return this.stream;
  }

  /** The state of a clone: the same bytes, or one branch of the stream teed (this keeps the other). */
  clone() {
    if (this.stream === null) return new BodyState(this.bytes);
    const [mine, theirs] = this.stream.tee();
    this.stream = mine;
    return new BodyState(null, theirs);
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
    body: { get() { return stateOf(this).readable(); }, configurable: true },
  });
}
