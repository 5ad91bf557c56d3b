// The service-worker style of fetch handler: addEventListener('fetch', (event) => event.respondWith(...)).
// Listeners are registered at the program's top level, which runs at build time, so the snapshot
// already holds them.

const fetchListeners = [];

export function addEventListener(type, listener) {
  if (String(type) === 'fetch' && typeof listener === 'function' && !fetchListeners.includes(listener)) fetchListeners.push(listener);
}

export function removeEventListener(type, listener) {
  const i = String(type) === 'fetch' ? fetchListeners.indexOf(listener) : -1;
  if (i >= 0) fetchListeners.splice(i, 1);
}

/** The event a fetch listener receives (the parts of the Service Workers FetchEvent handlers use). */
export class FetchEvent {
  #request;
  #response = null;
  #pending = [];

  constructor(type, init) {
    this.type = String(type);
    this.#request = init.request;
  }

  get request() { return this.#request; }

  respondWith(response) {
    if (this.#response !== null) throw new TypeError("Failed to execute 'respondWith' on 'FetchEvent': The event has already been responded to.");
    this.#response = Promise.resolve(response);
  }

  /** Work to finish after the response: the instance runs its event loop dry before it ends. */
  waitUntil(promise) { this.#pending.push(Promise.resolve(promise)); }

  /** @internal The response promise, or null if no listener responded. */
  _response() { return this.#response; }
}

/** Dispatch `request` to the fetch listeners: the promise of the first response given. */
export function dispatchFetch(request) {
  const event = new FetchEvent('fetch', { request });
  for (const listener of fetchListeners) {
    listener(event);
    if (event._response() !== null) return event._response();
  }
  throw new TypeError('No fetch listener called event.respondWith()');
}

export function hasFetchListener() { return fetchListeners.length > 0; }
