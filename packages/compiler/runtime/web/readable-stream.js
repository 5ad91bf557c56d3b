// ReadableStream (WHATWG Streams §4), the part request and response bodies need: a default
// controller over a queue of chunks, a default reader, async iteration, tee() for clone() and
// ReadableStream.from. No byte streams (BYOB readers), pipeTo or pipeThrough. A body streamed
// out of a fetch handler, and a request body read as it arrives, are streams of this kind.

/** A promise with its settle functions (Promise.withResolvers, which node 20 lacks). */
function deferred() {
  let resolve, reject;
  const promise = new Promise((res, rej) => { resolve = res; reject = rej; });
  return { promise, resolve, reject };
}

/** The stream's internal slots (ReadableStream §4.2.3 and the controller's §4.6.3). */
class StreamState {
  constructor() {
    this.state = 'readable'; // 'readable' | 'closed' | 'errored'
    this.storedError = undefined;
    this.disturbed = false;
    this.reader = null;
    this.queue = [];
    this.readRequests = []; // deferreds of pending read()s
    this.highWaterMark = 1;
    this.started = false;
    this.pulling = false;
    this.pullAgain = false;
    this.closeRequested = false;
    this.pull = null;
    this.cancel = null;
  }
}

const states = new WeakMap();

function stateOf(stream) {
  const s = states.get(stream);
  if (s === undefined) throw new TypeError('Illegal invocation: not a ReadableStream');
  return s;
}

/** ReadableStreamClose (§4.9.6). */
function ReadableStreamClose(s) {
  s.state = 'closed';
  for (const r of s.readRequests.splice(0)) r.resolve({ value: undefined, done: true });
  if (s.reader !== null) s.reader._closed.resolve(undefined);
}

/** ReadableStreamError (§4.9.8). */
function ReadableStreamError(s, e) {
  if (s.state !== 'readable') return;
  s.state = 'errored';
  s.storedError = e;
  s.queue = [];
  for (const r of s.readRequests.splice(0)) r.reject(e);
  if (s.reader !== null) { s.reader._closed.reject(e); s.reader._closed.promise.catch(() => {}); }
}

/** ReadableStreamDefaultControllerGetDesiredSize (§4.6.4). */
function desiredSize(s) {
  if (s.state === 'errored') return null;
  if (s.state === 'closed') return 0;
  return s.highWaterMark - s.queue.length;
}

/** ReadableStreamDefaultControllerCallPullIfNeeded (§4.6.4): pull while a read waits or the
 *  queue is below its high-water mark, one pull at a time. */
function callPullIfNeeded(s, controller) {
  if (!s.started || s.closeRequested || s.state !== 'readable' || s.pull === null) return;
  if (!(s.readRequests.length > 0 || desiredSize(s) > 0)) return;
  if (s.pulling) { s.pullAgain = true; return; }
  s.pulling = true;
  Promise.resolve().then(() => s.pull(controller)).then(() => {
    s.pulling = false;
    if (s.pullAgain) { s.pullAgain = false; callPullIfNeeded(s, controller); }
  }, (e) => ReadableStreamError(s, e));
}

export class ReadableStreamDefaultController {
  #s;
  constructor(s) { this.#s = s; }

  get desiredSize() { return desiredSize(this.#s); }

  enqueue(chunk) {
    const s = this.#s;
    if (s.closeRequested || s.state !== 'readable') throw new TypeError('Invalid state: Controller is already closed');
    if (s.readRequests.length > 0) s.readRequests.shift().resolve({ value: chunk, done: false });
    else s.queue.push(chunk);
    callPullIfNeeded(s, this);
  }

  close() {
    const s = this.#s;
    if (s.closeRequested || s.state !== 'readable') throw new TypeError('Invalid state: Controller is already closed');
    s.closeRequested = true;
    if (s.queue.length === 0) ReadableStreamClose(s);
  }

  error(e) { ReadableStreamError(this.#s, e); }
}

export class ReadableStreamDefaultReader {
  #s;
  constructor(stream) {
    const s = stateOf(stream);
    if (s.reader !== null) throw new TypeError('ReadableStream is locked');
    this.#s = s;
    s.reader = this;
    this._closed = deferred();
    if (s.state === 'closed') this._closed.resolve(undefined);
    if (s.state === 'errored') { this._closed.reject(s.storedError); this._closed.promise.catch(() => {}); }
  }

  get closed() { return this._closed.promise; }

  /** ReadableStreamDefaultReaderRead (§4.4.4). */
  read() {
    const s = this.#s;
    if (s === null) return Promise.reject(new TypeError('Invalid state: The reader is released'));
    s.disturbed = true;
    if (s.state === 'closed') return Promise.resolve({ value: undefined, done: true });
    if (s.state === 'errored') return Promise.reject(s.storedError);
    if (s.queue.length > 0) {
      const value = s.queue.shift();
      if (s.closeRequested && s.queue.length === 0) ReadableStreamClose(s);
      else callPullIfNeeded(s, s.controller);
      return Promise.resolve({ value, done: false });
    }
    const request = deferred();
    s.readRequests.push(request);
    callPullIfNeeded(s, s.controller);
    return request.promise;
  }

  releaseLock() {
    const s = this.#s;
    if (s === null) return;
    const released = new TypeError('Invalid state: Releasing reader');
    for (const r of s.readRequests.splice(0)) r.reject(released);
    if (s.state === 'readable') this._closed.reject(released);
    this._closed.promise.catch(() => {});
    s.reader = null;
    this.#s = null;
  }

  cancel(reason) {
    if (this.#s === null) return Promise.reject(new TypeError('Invalid state: The reader is released'));
    return ReadableStreamCancel(this.#s, reason);
  }
}

/** ReadableStreamCancel (§4.9.3). */
function ReadableStreamCancel(s, reason) {
  s.disturbed = true;
  if (s.state === 'closed') return Promise.resolve(undefined);
  if (s.state === 'errored') return Promise.reject(s.storedError);
  s.queue = [];
  ReadableStreamClose(s);
  return Promise.resolve().then(() => (s.cancel === null ? undefined : s.cancel(reason))).then(() => undefined);
}

export class ReadableStream {
  constructor(underlyingSource = {}, strategy = {}) {
    if (underlyingSource === null || typeof underlyingSource !== 'object') underlyingSource = {};
    if (underlyingSource.type !== undefined) throw new RangeError('pgo: ReadableStream byte streams (type: "bytes") are not supported');
    const s = new StreamState();
    if (strategy.highWaterMark !== undefined) {
      const hwm = Number(strategy.highWaterMark);
      if (Number.isNaN(hwm) || hwm < 0) throw new RangeError('Invalid highWaterMark');
      s.highWaterMark = hwm;
    }
    const source = underlyingSource;
    if (typeof source.pull === 'function') s.pull = (c) => source.pull(c);
    if (typeof source.cancel === 'function') s.cancel = (r) => source.cancel(r);
    states.set(this, s);
    const controller = new ReadableStreamDefaultController(s);
    s.controller = controller;
    const started = typeof source.start === 'function' ? source.start(controller) : undefined;
    Promise.resolve(started).then(() => { s.started = true; callPullIfNeeded(s, controller); }, (e) => ReadableStreamError(s, e));
  }

  /** ReadableStream.from(asyncIterable) (§4.2.4): a stream of what the iterator yields. */
  static from(iterable) {
    const method = iterable?.[Symbol.asyncIterator] ?? iterable?.[Symbol.iterator];
    if (typeof method !== 'function') throw new TypeError('ReadableStream.from: the argument is not iterable');
    const iterator = method.call(iterable);
    return new ReadableStream({
      async pull(controller) {
        const step = await iterator.next();
        if (step.done) controller.close();
        else controller.enqueue(await step.value);
      },
      async cancel(reason) { if (typeof iterator.return === 'function') await iterator.return(reason); },
    }, { highWaterMark: 0 });
  }

  get locked() { return stateOf(this).reader !== null; }

  cancel(reason) {
    const s = stateOf(this);
    if (s.reader !== null) return Promise.reject(new TypeError('Invalid state: ReadableStream is locked'));
    return ReadableStreamCancel(s, reason);
  }

  getReader(options = undefined) {
    if (options?.mode !== undefined) throw new RangeError('pgo: only default readers are supported (no BYOB)');
    return new ReadableStreamDefaultReader(this);
  }

  /** ReadableStreamDefaultTee (§4.9.10): two streams of the same chunks, pulled as either reads. */
  tee() {
    const reader = this.getReader();
    let reading = false;
    const branches = [];
    const pull = () => {
      if (reading) return undefined;
      reading = true;
      return reader.read().then(({ value, done }) => {
        reading = false;
        for (const c of branches) {
          if (c === null) continue;
          if (done) c.close(); else c.enqueue(value);
        }
      }, (e) => { for (const c of branches) c?.error(e); });
    };
    const branch = (i) => new ReadableStream({
      start(c) { branches[i] = c; },
      pull,
      cancel() { branches[i] = null; if (branches.every((c) => c === null)) return reader.cancel(); return undefined; },
    });
    return [branch(0), branch(1)];
  }

  values(options = undefined) {
    const reader = this.getReader();
    const preventCancel = Boolean(options?.preventCancel);
    return Object.setPrototypeOf({
      next() { return reader.read(); },
      return(value) {
        const done = preventCancel ? Promise.resolve() : reader.cancel(value);
        return done.then(() => { reader.releaseLock(); return { value, done: true }; });
      },
    }, AsyncIteratorPrototype);
  }

  [Symbol.asyncIterator](options = undefined) { return this.values(options); }

  get [Symbol.toStringTag]() { return 'ReadableStream'; }
}

/** %AsyncIteratorPrototype%, so that the stream's iterator is itself async-iterable. */
const AsyncIteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf(async function* () {}).prototype);

/** Whether `stream` has been read from or cancelled (IsReadableStreamDisturbed), for bodyUsed. */
export function isDisturbed(stream) { return stateOf(stream).disturbed; }
