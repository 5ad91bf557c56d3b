/**
 * The host side of the serve ABI (README.md in this folder): a request serialized onto an
 * instance's stdin, and the reader of the response the instance writes to its stdout.
 */

/** The request head as the guest reads it (runtime/web/serve.js). */
export interface RequestHead {
  method: string;
  /** Absolute: `http://<Host header><path>`. */
  url: string;
  /** In arrival order, names as sent. */
  headers: [string, string][];
}

/** The response head the guest writes. */
export interface ResponseHead {
  status: number;
  statusText: string;
  headers: [string, string][];
  /** The body's length in bytes, when the guest knows it up front (the host then ends the
   *  response as soon as it has them all). */
  bodyLength?: number;
}

const NEWLINE = 10;
/** A response head longer than this is a broken guest, not a response. */
const MAX_HEAD_BYTES = 1 << 20;

/** The start of one instance's stdin: the head as one line of JSON; the body bytes follow. */
export function encodeRequestHead(head: RequestHead): Uint8Array {
  return Buffer.from(JSON.stringify(head) + '\n', 'utf8');
}

/** Whether `v` is a well-formed response head (the guest is not trusted to be). */
function isResponseHead(v: unknown): v is ResponseHead {
  if (typeof v !== 'object' || v === null) return false;
  const h = v as Record<string, unknown>;
  return Number.isInteger(h['status']) && (h['status'] as number) >= 200 && (h['status'] as number) <= 599
    && typeof h['statusText'] === 'string' && Array.isArray(h['headers'])
    && h['headers'].every((p) => Array.isArray(p) && p.length === 2 && typeof p[0] === 'string' && typeof p[1] === 'string')
    && (h['bodyLength'] === undefined || (Number.isInteger(h['bodyLength']) && (h['bodyLength'] as number) >= 0));
}

/** Reads an instance's stdout as it streams in: the head first, then body chunks. */
export class ResponseReader {
  private pending: Uint8Array[] = [];
  private pendingBytes = 0;
  /** The parsed head, once its line is complete. */
  head: ResponseHead | null = null;
  /** Why the output is not a response, once known. */
  error: string | null = null;

  /** Feed one stdout chunk; returns body bytes that follow the head (empty until the head is read). */
  push(chunk: Uint8Array): Uint8Array {
    if (this.error !== null) return new Uint8Array(0);
    if (this.head !== null) return chunk;
    const nl = chunk.indexOf(NEWLINE);
    if (nl < 0) {
      this.pending.push(chunk);
      this.pendingBytes += chunk.length;
      if (this.pendingBytes > MAX_HEAD_BYTES) this.error = 'the response head is longer than 1 MiB';
      return new Uint8Array(0);
    }
    const line = Buffer.concat([...this.pending, chunk.subarray(0, nl)]).toString('utf8');
    this.pending = [];
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch {
      this.error = 'stdout does not start with a JSON response head';
      return new Uint8Array(0);
    }
    if (!isResponseHead(parsed)) {
      this.error = 'the response head is not {status: 200..599, statusText, headers: [[name, value]...], bodyLength?}';
      return new Uint8Array(0);
    }
    this.head = parsed;
    return chunk.subarray(nl + 1);
  }
}
