/**
 * Standard input that arrives while the instance runs: `pgo serve` writes a request's body into it
 * as the client sends it, and the instance, running synchronously on a worker thread, reads it
 * with fd_read, which blocks (Atomics.wait) until bytes or the end are there. A worker busy in
 * Wasm code cannot take messages, so the bytes travel in a SharedArrayBuffer, written once,
 * front to back: its capacity is the most the request may send (the server's body limit).
 *
 *   control Int32Array [0] bytes written so far   [1] End.OPEN | EOF | FAILED
 *                      [2] changes: bumped by every write and the end, what the reader waits on
 *   data    Uint8Array (capacity bytes)
 */

/** The control words, by index. */
const enum Word { WRITTEN, END, CHANGES, COUNT }
/** The values of Word.END. */
const enum End { OPEN, EOF, FAILED }
const CONTROL_BYTES = Word.COUNT * 4;

/** What a read of the channel got. */
export type ChannelRead = number | 'eof' | 'failed';

export class StdinChannel {
  private readonly control: Int32Array;
  private readonly data: Uint8Array;
  /** How far the reader has read (the reader's side only). */
  private readPos = 0;

  /** A channel for at most `capacity` bytes, or the reader's view of `shared` (from {@link shared}). */
  constructor(capacityOrShared: number | SharedArrayBuffer) {
    const sab = typeof capacityOrShared === 'number' ? new SharedArrayBuffer(CONTROL_BYTES + capacityOrShared) : capacityOrShared;
    this.control = new Int32Array(sab, 0, Word.COUNT);
    this.data = new Uint8Array(sab, CONTROL_BYTES);
  }

  /** The memory to hand to the reading thread. */
  get shared(): SharedArrayBuffer { return this.control.buffer as SharedArrayBuffer; }

  /** Append `bytes`; false (and nothing written) when they do not fit. Writer side. */
  push(bytes: Uint8Array): boolean {
    const at = Atomics.load(this.control, Word.WRITTEN);
    if (at + bytes.length > this.data.length) return false;
    this.data.set(bytes, at);
    Atomics.store(this.control, Word.WRITTEN, at + bytes.length);
    this.changed();
    return true;
  }

  /** No more bytes will come: the reader gets EOF after the rest, or with `failed`, a read error. */
  end(failed = false): void {
    if (Atomics.compareExchange(this.control, Word.END, End.OPEN, failed ? End.FAILED : End.EOF) !== End.OPEN) return;
    this.changed();
  }

  /** Wake a waiting reader. It waits for CHANGES to differ from what it saw before it looked at
   *  WRITTEN and END, so a change made in between is never missed. */
  private changed(): void {
    Atomics.add(this.control, Word.CHANGES, 1);
    Atomics.notify(this.control, Word.CHANGES);
  }

  /** Bytes written and not read yet (reader side, for poll_oneoff). */
  available(): number { return Atomics.load(this.control, Word.WRITTEN) - this.readPos; }

  /** Whether a read would return at once. */
  ready(): boolean { return this.available() > 0 || Atomics.load(this.control, Word.END) !== End.OPEN; }

  /** Copy up to `into.length` bytes into `into`, waiting for at least one; the count, or the end.
   *  A failed channel fails reads only once the bytes before the failure are read. */
  read(into: Uint8Array): ChannelRead {
    for (;;) {
      const seen = Atomics.load(this.control, Word.CHANGES);
      const written = Atomics.load(this.control, Word.WRITTEN);
      if (written > this.readPos) {
        const n = Math.min(into.length, written - this.readPos);
        into.set(this.data.subarray(this.readPos, this.readPos + n));
        this.readPos += n;
        return n;
      }
      const end = Atomics.load(this.control, Word.END);
      if (end === End.EOF) return 'eof';
      if (end === End.FAILED) return 'failed';
      Atomics.wait(this.control, Word.CHANGES, seen);
    }
  }
}
