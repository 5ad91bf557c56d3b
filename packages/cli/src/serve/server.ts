/**
 * `pgo serve`: an HTTP server that runs every request in a brand-new instance of a fetch-handler
 * module (compiled once), over the serve ABI (README.md here): the request body goes in as it
 * arrives and the response out as the instance writes it. Each failure stays with its own
 * request: a malformed request is a 400 (a body past the limit a 413), a handler that throws or
 * exhausts its memory a 500 with nothing of the error in the response (the error goes to the
 * server's log), a handler past the time limit is stopped and answered 504.
 */
import http from 'node:http';
import os from 'node:os';
import type { AddressInfo } from 'node:net';
import { encodeRequestHead, ResponseReader, type RequestHead } from './abi.js';
import { StdinChannel } from '../host/stdin-channel.js';
import { InstancePool, type InstanceOutcome } from './pool.js';

export interface ServeOptions {
  /** The compiled fetch-handler module (pgo build of a program with `export default { fetch }`). */
  module: WebAssembly.Module;
  /** Port to listen on (0: any free port). Default 8080. */
  port?: number;
  /** Address to listen on. Default 127.0.0.1. */
  host?: string;
  /** A request's instance is stopped after this many milliseconds (504). Default 10,000. */
  timeoutMs?: number;
  /** Largest request body in bytes (413 past it). Default 1 MiB. */
  maxBodyBytes?: number;
  /** Requests run at once, each on its own worker thread. Default: the machine's parallelism. */
  workers?: number;
  /** Where the server's log lines go (default stderr): errors, and what handlers log. */
  log?: (line: string) => void;
}

/** Per-request figures, for benchmarks (the last `STATS_KEPT` requests). */
export interface ServeStats {
  requests: number;
  /** Milliseconds to instantiate each request's instance. */
  instantiateMs: number[];
  /** Milliseconds of each request's instance from instantiation to exit (in its worker). */
  runMs: number[];
}

export interface RunningServer {
  server: http.Server;
  /** The port listened on. */
  port: number;
  /** `http://host:port`. */
  url: string;
  stats: ServeStats;
  close(): Promise<void>;
}

const STATS_KEPT = 100_000;

/** What a client sees for each failure: the status and a fixed body, never the error itself. */
const failures = {
  badRequest: { status: 400, body: 'Bad Request' },
  tooLarge: { status: 413, body: 'Payload Too Large' },
  internal: { status: 500, body: 'Internal Server Error' },
  timeout: { status: 504, body: 'Gateway Timeout' },
} as const;

function sendFailure(res: http.ServerResponse, f: { status: number; body: string }): void {
  if (res.writableEnded) return; // the response was complete before the failure (waitUntil work)
  if (res.headersSent) { res.destroy(); return; }
  res.writeHead(f.status, { 'content-type': 'text/plain; charset=utf-8', 'content-length': Buffer.byteLength(f.body) });
  res.end(f.body);
}

/** The request's head for the guest, or null if it cannot be a URL (a bad Host header). */
function requestHead(req: http.IncomingMessage): RequestHead | null {
  const host = req.headers.host;
  if (host === undefined || req.url === undefined || !req.url.startsWith('/')) return null;
  const url = `http://${host}${req.url}`;
  if (!URL.canParse(url)) return null;
  const headers: [string, string][] = [];
  for (let i = 0; i < req.rawHeaders.length; i += 2) headers.push([req.rawHeaders[i]!, req.rawHeaders[i + 1]!]);
  return { method: req.method ?? 'GET', url, headers };
}

/** The instance's stdin: the request head, then the body as the client sends it (none for GET
 *  and HEAD). The channel holds what the body may be (its Content-Length, else the limit); a
 *  body past it fails the channel (the guest's read fails) and sets `tooLarge`. */
function requestStdin(req: http.IncomingMessage, head: RequestHead, declared: number | null, limit: number): { channel: StdinChannel; tooLarge: () => boolean } {
  const line = encodeRequestHead(head);
  const bodyless = head.method === 'GET' || head.method === 'HEAD';
  const channel = new StdinChannel(line.length + (bodyless ? 0 : declared ?? limit));
  channel.push(line);
  let over = false;
  if (bodyless) {
    req.resume();
    channel.end();
  } else {
    req.on('data', (c: Buffer) => {
      if (over || channel.push(c)) return;
      over = true;
      channel.end(true);
    });
    req.on('end', () => channel.end());
    req.on('close', () => channel.end(!req.complete));
  }
  return { channel, tooLarge: () => over };
}

/** The request's Content-Length, or null without one. */
function contentLength(req: http.IncomingMessage): number | null {
  const v = req.headers['content-length'];
  return v === undefined || !/^\d+$/.test(v) ? null : Number(v);
}

/** The serve ABI version a module speaks (its `pgo_serve_abi` export), or null if it is not a
 *  fetch-handler module. Instantiating costs tens of µs and runs nothing of the program. */
export function servedAbi(module: WebAssembly.Module): number | null {
  if (!WebAssembly.Module.exports(module).some((e) => e.name === 'pgo_serve_abi' && e.kind === 'function')) return null;
  const imports: WebAssembly.Imports = {};
  for (const i of WebAssembly.Module.imports(module)) {
    if (i.kind !== 'function') return null;
    (imports[i.module] ??= {})[i.name] = () => 0;
  }
  const abi = (new WebAssembly.Instance(module, imports).exports['pgo_serve_abi'] as () => number)();
  return abi;
}

/** Start serving `options.module`. */
export function startServer(options: ServeOptions): Promise<RunningServer> {
  const timeoutMs = options.timeoutMs ?? 10_000;
  const maxBodyBytes = options.maxBodyBytes ?? 1 << 20;
  const log = options.log ?? ((line: string) => process.stderr.write(line + '\n'));
  const pool = new InstancePool(options.module, { workers: options.workers ?? os.availableParallelism(), timeoutMs });
  const stats: ServeStats = { requests: 0, instantiateMs: [], runMs: [] };
  let requestNumber = 0;

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const n = ++requestNumber;
    const head = requestHead(req);
    if (head === null) { req.resume(); sendFailure(res, failures.badRequest); return; }
    const declared = contentLength(req);
    if (declared !== null && declared > maxBodyBytes) { req.resume(); sendFailure(res, failures.tooLarge); return; }
    const { channel, tooLarge } = requestStdin(req, head, declared, maxBodyBytes);

    const reader = new ResponseReader();
    let bodyLeft = -1; // bytes of body still to come when the head told its length
    const onStdout = (chunk: Uint8Array): void => {
      const rest = reader.push(chunk);
      if (reader.head !== null && !res.headersSent) {
        const { status, statusText, headers, bodyLength } = reader.head;
        const flat = headers.flat();
        if (bodyLength !== undefined && !headers.some(([k]) => k.toLowerCase() === 'content-length') && status !== 204 && status !== 304) {
          flat.push('content-length', String(bodyLength));
        }
        try {
          res.writeHead(status, statusText || undefined, flat);
        } catch (e) {
          reader.error = `the response head was refused: ${(e as Error).message}`;
          return;
        }
        bodyLeft = bodyLength ?? -1;
      }
      if (rest.length > 0 && reader.error === null && !res.writableEnded) res.write(rest);
      if (bodyLeft >= 0 && reader.error === null) {
        bodyLeft -= rest.length;
        if (bodyLeft <= 0 && !res.writableEnded) res.end(); // the instance may still run waitUntil work
      }
    };
    const outcome: InstanceOutcome = await pool.run(channel.shared, onStdout);
    channel.end(true); // a body still arriving has no reader any more
    const where = `${head.method} ${req.url} (request ${n})`;
    if (outcome.kind === 'timeout') {
      log(`pgo serve: ${where}: stopped after ${outcome.timeoutMs} ms`);
      sendFailure(res, failures.timeout);
      return;
    }
    if (outcome.kind === 'crashed') {
      log(`pgo serve: ${where}: ${outcome.reason}`);
      sendFailure(res, failures.internal);
      return;
    }
    stats.requests++;
    if (stats.instantiateMs.length < STATS_KEPT) { stats.instantiateMs.push(outcome.instantiateMs); stats.runMs.push(outcome.runMs); }
    // What the handler logged (console.* writes to stderr in a fetch-handler program).
    if (outcome.stderr !== '') log(outcome.stderr.replace(/\n$/, ''));
    if (reader.head === null && tooLarge()) {
      log(`pgo serve: ${where}: the request body is larger than ${maxBodyBytes} bytes`);
      sendFailure(res, failures.tooLarge);
    } else if (reader.error !== null) {
      log(`pgo serve: ${where}: ${reader.error}`);
      sendFailure(res, failures.internal);
    } else if (reader.head === null) {
      log(`pgo serve: ${where}: ${outcome.exitCode === 0 ? 'the handler ended without a response' : `the instance exited with code ${outcome.exitCode}`}`);
      sendFailure(res, failures.internal);
    } else {
      if (outcome.exitCode !== 0) log(`pgo serve: ${where}: the instance exited with code ${outcome.exitCode} after responding`);
      // A streamed body cut short by a failure is aborted, not ended: the client must not take
      // it for the whole body.
      if (!res.writableEnded) { if (outcome.exitCode === 0) res.end(); else res.destroy(); }
    }
  }

  const server = http.createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      log(`pgo serve: ${req.method} ${req.url}: ${(e as Error).message}`);
      sendFailure(res, failures.internal);
    });
  });
  // Malformed HTTP never reaches a handler: answer 400 on the socket and close it.
  server.on('clientError', (_err, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nconnection: close\r\ncontent-length: 11\r\n\r\nBad Request');
    else socket.destroy();
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 8080, options.host ?? '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      const host = options.host ?? '127.0.0.1';
      resolve({
        server, port, url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`, stats,
        async close() {
          await new Promise<void>((r) => { server.close(() => r()); server.closeAllConnections(); });
          await pool.close();
        },
      });
    });
  });
}
