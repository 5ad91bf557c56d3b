// The web globals pgo provides in JavaScript, for esbuild's `inject` (compiler bundle/bundle.ts):
// a program that names one of these free gets that export, and only the modules it needs.
export { URL } from './url.js';
export { URLSearchParams } from './url-search-params.js';
export { Headers } from './headers.js';
export { Request } from './request.js';
export { Response } from './response.js';
export { FetchEvent, addEventListener, removeEventListener } from './fetch-event.js';
export { ReadableStream, ReadableStreamDefaultReader, ReadableStreamDefaultController } from './readable-stream.js';
