/**
 * A lean `wasi_snapshot_preview1` for pgo's output: a WASI preview1 command
 * that exports `memory` and `_start`.
 *
 * node:wasi spends ~800 µs per instance on its import wrappers; this host is
 * plain JS functions over the instance's memory, so a fresh instance costs
 * about as much as a module with trivial imports. It has stdio, args, environ,
 * clocks, random, sched_yield and clock-only poll_oneoff; no files (no preopens,
 * every fd past 2 is EBADF) and every other WASI function returns ENOSYS.
 */
import fs from 'node:fs';
import { getRandomValues } from 'node:crypto';
import { HostError, hostMessages } from './errors.js';
import { StdinChannel, type ChannelRead } from './stdin-channel.js';
import { clockNow, clockResolution, sleepNanos } from './clocks.js';

/** The import module name of WASI preview1. */
export const WASI_MODULE = 'wasi_snapshot_preview1';

/** The errno values this host returns (WASI preview1 numbering). */
export const Errno = {
  SUCCESS: 0,
  BADF: 8,
  FAULT: 21,
  INVAL: 28,
  IO: 29,
  NOSYS: 52,
  PIPE: 64,
  SPIPE: 70,
} as const;

const FILETYPE_CHARACTER_DEVICE = 2;
const RIGHT_FD_READ = 1n << 1n;
const RIGHT_FD_WRITE = 1n << 6n;
const RIGHT_POLL_FD_READWRITE = 1n << 27n;

const EVENTTYPE_CLOCK = 0;
const EVENTTYPE_FD_READ = 1;
const EVENTTYPE_FD_WRITE = 2;
const EVENTRWFLAGS_HANGUP = 1;
const SUBCLOCKFLAGS_ABSTIME = 1;
const SUBSCRIPTION_SIZE = 48;
const EVENT_SIZE = 32;

const RANDOM_CHUNK = 65536;

/** Options of one WASI host (one instance). */
export interface WasiOptions {
  /** Arguments after argv[0]. Default: none. */
  args?: readonly string[];
  /** The environment the module sees. Default: empty (not `process.env`). */
  env?: Readonly<Record<string, string>>;
  /** Standard input: all of it, or a channel it arrives on while the instance runs (fd_read then
   *  waits for it); fd 0 is at EOF when absent. */
  stdin?: Uint8Array | StdinChannel;
  /** Collect stdout/stderr in memory instead of writing to fds 1 and 2. */
  capture?: boolean;
  /** argv[0]. Default: `"main"`. */
  programName?: string;
  /** Hand each stdout write to this function as it happens (a copy of the bytes), instead of
   *  capturing or writing it: `pgo serve` streams a response body out this way. */
  onStdout?: (bytes: Uint8Array) => void;
}

/** The part of an instance the host needs: its exports. */
export type WasiInstance = Pick<WebAssembly.Instance, 'exports'>;

/**
 * Thrown by `proc_exit` to unwind out of `_start`; the runner catches it and
 * reads {@link ProcExit.code}. Internal to the host: not part of the CLI's API.
 * @internal
 */
export class ProcExit extends Error {
  override readonly name = 'ProcExit';
  constructor(readonly code: number) {
    super(`proc_exit(${code})`);
  }
}

/** A guest pointer/length that falls outside the memory; becomes EFAULT. */
class Fault extends RangeError {}

/** Any WASI function this host does not implement. Shared by every instance. */
const enosys = (): number => Errno.NOSYS;

const encoder = new TextEncoder();
const emptyBytes = new Uint8Array(0);

/** Names of WASI functions a module imports that this host has no implementation for, per module. */
const unimplementedByModule = new WeakMap<WebAssembly.Module, readonly string[]>();

/** Writes all of `bytes[offset, offset+length)` to a file descriptor, retrying on EAGAIN. */
function writeAllSync(fd: number, bytes: Uint8Array, offset: number, length: number): number {
  let written = 0;
  while (written < length) {
    try {
      written += fs.writeSync(fd, bytes, offset + written, length - written);
    } catch (err) {
      // stdout/stderr may be a non-blocking pipe or tty: wait a moment and retry.
      if ((err as NodeJS.ErrnoException).code === 'EAGAIN') sleepNanos(1_000_000n);
      else if (written > 0) return written;
      else throw err;
    }
  }
  return written;
}

/** Maps a Node error from writing to fd 1/2 to a WASI errno. */
function errnoOfWriteError(err: unknown): number {
  return (err as NodeJS.ErrnoException).code === 'EPIPE' ? Errno.PIPE : Errno.IO;
}

/** Encodes `strings` as consecutive NUL-terminated UTF-8. */
function encodeCStrings(strings: readonly string[]): { items: Uint8Array[]; size: number } {
  const items = strings.map((s) => encoder.encode(s));
  let size = 0;
  for (const item of items) size += item.length + 1;
  return { items, size };
}

/** A pending clock subscription of poll_oneoff. */
interface ClockWait {
  userdata: bigint;
  clock: number;
  deadline: bigint;
}

/** An event poll_oneoff reports. */
interface PollEvent {
  userdata: bigint;
  error: number;
  type: number;
  nbytes: bigint;
  flags: number;
}

/**
 * The `wasi_snapshot_preview1` imports for one instance.
 *
 * Usage: `const host = new WasiHost(opts, module)`, instantiate with
 * `host.imports`, then `host.bind(instance)` before calling `_start`.
 * Memory is read lazily through `instance.exports.memory`, and the views are
 * re-created whenever the memory has grown (its buffer changed).
 */
export class WasiHost {
  /** The import object to instantiate with. */
  readonly imports: WebAssembly.Imports;

  private readonly args: readonly string[];
  private readonly env: Readonly<Record<string, string>>;
  private readonly capture: boolean;
  private readonly onStdout: ((bytes: Uint8Array) => void) | undefined;
  private readonly stdin: Uint8Array;
  private readonly stdinChannel: StdinChannel | undefined;
  private stdinPos = 0;
  private readonly closed = [false, false, false];
  private readonly outChunks: Uint8Array[] = [];
  private readonly errChunks: Uint8Array[] = [];
  private argvEncoded: { items: Uint8Array[]; size: number } | undefined;
  private envEncoded: { items: Uint8Array[]; size: number } | undefined;

  private instance: WasiInstance | undefined;
  private memory: WebAssembly.Memory | undefined;
  private buffer: ArrayBuffer | SharedArrayBuffer | undefined;
  private u8: Uint8Array = emptyBytes;
  private dv: DataView = new DataView(new ArrayBuffer(0));

  /**
   * @param options what the module sees (args, env, stdin) and where its output goes.
   * @param module when given, every WASI function it imports that this host lacks is
   *   bound to a stub returning ENOSYS (52), so instantiation never fails on them.
   */
  constructor(options: WasiOptions = {}, module?: WebAssembly.Module) {
    this.args = [options.programName ?? 'main', ...(options.args ?? [])];
    this.env = options.env ?? {};
    this.capture = options.capture ?? false;
    this.onStdout = options.onStdout;
    this.stdin = options.stdin instanceof Uint8Array ? options.stdin : emptyBytes;
    this.stdinChannel = options.stdin instanceof StdinChannel ? options.stdin : undefined;

    const ns: Record<string, (...args: never[]) => number | void> = {
      fd_write: (fd: number, iovs: number, iovsLen: number, nwritten: number): number =>
        this.fdWrite(fd, iovs >>> 0, iovsLen >>> 0, nwritten >>> 0),
      fd_read: (fd: number, iovs: number, iovsLen: number, nread: number): number =>
        this.fdRead(fd, iovs >>> 0, iovsLen >>> 0, nread >>> 0),
      fd_close: (fd: number): number => {
        if (!this.isOpen(fd)) return Errno.BADF;
        this.closed[fd] = true;
        return Errno.SUCCESS;
      },
      fd_seek: (fd: number, _offset: bigint, _whence: number, _newOffset: number): number =>
        this.isOpen(fd) ? Errno.SPIPE : Errno.BADF,
      fd_fdstat_get: (fd: number, statPtr: number): number => this.fdFdstatGet(fd, statPtr >>> 0),
      fd_prestat_get: (_fd: number, _prestatPtr: number): number => Errno.BADF,
      fd_prestat_dir_name: (_fd: number, _pathPtr: number, _pathLen: number): number => Errno.BADF,
      proc_exit: (code: number): never => {
        throw new ProcExit(code >>> 0);
      },
      args_sizes_get: (argcPtr: number, bufSizePtr: number): number =>
        this.sizesGet((this.argvEncoded ??= encodeCStrings(this.args)), argcPtr >>> 0, bufSizePtr >>> 0),
      args_get: (argvPtr: number, bufPtr: number): number =>
        this.stringsGet((this.argvEncoded ??= encodeCStrings(this.args)), argvPtr >>> 0, bufPtr >>> 0),
      environ_sizes_get: (countPtr: number, bufSizePtr: number): number =>
        this.sizesGet(this.encodedEnv(), countPtr >>> 0, bufSizePtr >>> 0),
      environ_get: (environPtr: number, bufPtr: number): number =>
        this.stringsGet(this.encodedEnv(), environPtr >>> 0, bufPtr >>> 0),
      clock_time_get: (id: number, _precision: bigint, timePtr: number): number => {
        const now = clockNow(id);
        return now === undefined ? Errno.INVAL : this.storeU64(timePtr >>> 0, now);
      },
      clock_res_get: (id: number, resPtr: number): number => {
        const res = clockResolution(id);
        return res === undefined ? Errno.INVAL : this.storeU64(resPtr >>> 0, res);
      },
      random_get: (bufPtr: number, bufLen: number): number => this.randomGet(bufPtr >>> 0, bufLen >>> 0),
      sched_yield: (): number => Errno.SUCCESS,
      poll_oneoff: (inPtr: number, outPtr: number, nsubscriptions: number, neventsPtr: number): number =>
        this.pollOneoff(inPtr >>> 0, outPtr >>> 0, nsubscriptions >>> 0, neventsPtr >>> 0),
    };
    if (module !== undefined) {
      for (const name of unimplementedImports(module, ns)) ns[name] = enosys;
    }
    this.imports = { [WASI_MODULE]: ns };
  }

  /** Tells the host which instance's memory to use. Call before `_start`. */
  bind(instance: WasiInstance): void {
    this.instance = instance;
    this.memory = undefined;
    this.buffer = undefined;
  }

  /** Captured stdout bytes (empty unless `capture`). */
  stdoutBytes(): Uint8Array {
    return Buffer.concat(this.outChunks);
  }

  /** Captured stderr bytes (empty unless `capture`). */
  stderrBytes(): Uint8Array {
    return Buffer.concat(this.errChunks);
  }

  /** Captured stdout as UTF-8 text (empty unless `capture`). */
  stdout(): string {
    return Buffer.concat(this.outChunks).toString('utf8');
  }

  /** Captured stderr as UTF-8 text (empty unless `capture`). */
  stderr(): string {
    return Buffer.concat(this.errChunks).toString('utf8');
  }

  /** Writes a message of the host itself (not the guest's) to stderr, captured or not, even if the guest closed fd 2. */
  hostError(text: string): void {
    const bytes = encoder.encode(text);
    if (this.capture) this.errChunks.push(bytes);
    else {
      try {
        writeAllSync(2, bytes, 0, bytes.length);
      } catch {
        // stderr is gone: nothing left to tell.
      }
    }
  }

  // ---- memory ------------------------------------------------------------

  /** Makes `u8`/`dv` current: fetches the memory on first use, re-creates the views after a grow. */
  private refresh(): void {
    let memory = this.memory;
    if (memory === undefined) {
      if (this.instance === undefined) throw new HostError(hostMessages.notBound());
      const exported = this.instance.exports['memory'];
      if (!(exported instanceof WebAssembly.Memory)) throw new HostError(hostMessages.noMemory());
      memory = this.memory = exported;
    }
    const buffer = memory.buffer;
    if (buffer !== this.buffer) {
      this.buffer = buffer;
      this.u8 = new Uint8Array(buffer);
      this.dv = new DataView(buffer);
    }
  }

  /** Throws {@link Fault} unless `[ptr, ptr+len)` lies in memory. Call after `refresh`. */
  private check(ptr: number, len: number): void {
    if (ptr + len > this.u8.length) throw new Fault(`${ptr}+${len} out of bounds`);
  }

  private storeU64(ptr: number, value: bigint): number {
    try {
      this.refresh();
      this.dv.setBigUint64(ptr, value, true);
      return Errno.SUCCESS;
    } catch (err) {
      return fault(err);
    }
  }

  // ---- fds -----------------------------------------------------------------

  private isOpen(fd: number): boolean {
    return fd >= 0 && fd <= 2 && !this.closed[fd];
  }

  private fdWrite(fd: number, iovs: number, iovsLen: number, nwrittenPtr: number): number {
    if ((fd !== 1 && fd !== 2) || this.closed[fd]) return Errno.BADF;
    try {
      this.refresh();
      const { u8, dv } = this;
      this.check(iovs, iovsLen * 8);
      this.check(nwrittenPtr, 4);
      let total = 0;
      for (let i = 0; i < iovsLen; i++) {
        const ptr = dv.getUint32(iovs + i * 8, true);
        const len = dv.getUint32(iovs + i * 8 + 4, true);
        if (len === 0) continue;
        this.check(ptr, len);
        if (fd === 1 && this.onStdout !== undefined) {
          this.onStdout(u8.slice(ptr, ptr + len));
          total += len;
        } else if (this.capture) {
          (fd === 1 ? this.outChunks : this.errChunks).push(u8.slice(ptr, ptr + len));
          total += len;
        } else {
          try {
            total += writeAllSync(fd, u8, ptr, len);
          } catch (err) {
            if (total === 0) return errnoOfWriteError(err);
            break;
          }
        }
      }
      dv.setUint32(nwrittenPtr, total, true);
      return Errno.SUCCESS;
    } catch (err) {
      return fault(err);
    }
  }

  private fdRead(fd: number, iovs: number, iovsLen: number, nreadPtr: number): number {
    if (fd !== 0 || this.closed[0]) return Errno.BADF;
    try {
      this.refresh();
      const { u8, dv, stdin } = this;
      this.check(iovs, iovsLen * 8);
      this.check(nreadPtr, 4);
      if (this.stdinChannel !== undefined) return this.channelRead(iovs, iovsLen, nreadPtr);
      let total = 0;
      for (let i = 0; i < iovsLen && this.stdinPos < stdin.length; i++) {
        const ptr = dv.getUint32(iovs + i * 8, true);
        const len = dv.getUint32(iovs + i * 8 + 4, true);
        this.check(ptr, len);
        const n = Math.min(len, stdin.length - this.stdinPos);
        u8.set(stdin.subarray(this.stdinPos, this.stdinPos + n), ptr);
        this.stdinPos += n;
        total += n;
      }
      dv.setUint32(nreadPtr, total, true);
      return Errno.SUCCESS;
    } catch (err) {
      return fault(err);
    }
  }

  /** fd_read from the stdin channel: one wait, into the first non-empty iovec; EIO once the
   *  channel failed (the server refused the rest of the request). */
  private channelRead(iovs: number, iovsLen: number, nreadPtr: number): number {
    const { u8, dv } = this;
    let got: ChannelRead = 0;
    for (let i = 0; i < iovsLen; i++) {
      const ptr = dv.getUint32(iovs + i * 8, true);
      const len = dv.getUint32(iovs + i * 8 + 4, true);
      this.check(ptr, len);
      if (len === 0) continue;
      got = this.stdinChannel!.read(u8.subarray(ptr, ptr + len));
      break;
    }
    if (got === 'failed') return Errno.IO;
    dv.setUint32(nreadPtr, got === 'eof' ? 0 : got, true);
    return Errno.SUCCESS;
  }

  private fdFdstatGet(fd: number, statPtr: number): number {
    if (!this.isOpen(fd)) return Errno.BADF;
    try {
      this.refresh();
      this.check(statPtr, 24);
      const { u8, dv } = this;
      u8.fill(0, statPtr, statPtr + 24);
      // fdstat: fs_filetype u8 @0, fs_flags u16 @2, fs_rights_base u64 @8, fs_rights_inheriting u64 @16.
      // No fd_seek/fd_tell rights, so wasi-libc's isatty() sees a terminal-like device.
      u8[statPtr] = FILETYPE_CHARACTER_DEVICE;
      const rights = (fd === 0 ? RIGHT_FD_READ : RIGHT_FD_WRITE) | RIGHT_POLL_FD_READWRITE;
      dv.setBigUint64(statPtr + 8, rights, true);
      return Errno.SUCCESS;
    } catch (err) {
      return fault(err);
    }
  }

  // ---- args, environ -------------------------------------------------------

  private encodedEnv(): { items: Uint8Array[]; size: number } {
    return (this.envEncoded ??= encodeCStrings(Object.entries(this.env).map(([k, v]) => `${k}=${v}`)));
  }

  private sizesGet(list: { items: Uint8Array[]; size: number }, countPtr: number, sizePtr: number): number {
    try {
      this.refresh();
      this.check(countPtr, 4);
      this.check(sizePtr, 4);
      this.dv.setUint32(countPtr, list.items.length, true);
      this.dv.setUint32(sizePtr, list.size, true);
      return Errno.SUCCESS;
    } catch (err) {
      return fault(err);
    }
  }

  private stringsGet(list: { items: Uint8Array[]; size: number }, ptrsPtr: number, bufPtr: number): number {
    try {
      this.refresh();
      const { u8, dv } = this;
      this.check(ptrsPtr, list.items.length * 4);
      this.check(bufPtr, list.size);
      let at = bufPtr;
      list.items.forEach((item, i) => {
        dv.setUint32(ptrsPtr + i * 4, at, true);
        u8.set(item, at);
        u8[at + item.length] = 0;
        at += item.length + 1;
      });
      return Errno.SUCCESS;
    } catch (err) {
      return fault(err);
    }
  }

  // ---- random, poll --------------------------------------------------------

  private randomGet(ptr: number, len: number): number {
    try {
      this.refresh();
      this.check(ptr, len);
      for (let at = 0; at < len; at += RANDOM_CHUNK) {
        getRandomValues(this.u8.subarray(ptr + at, ptr + Math.min(len, at + RANDOM_CHUNK)));
      }
      return Errno.SUCCESS;
    } catch (err) {
      return fault(err);
    }
  }

  /**
   * Clock subscriptions wait (relative or absolute, any of the four clocks) by
   * blocking the thread with Atomics.wait, not by busy-waiting. fd subscriptions
   * are always ready: stdin is in memory or a channel (EOF is reported as HANGUP;
   * a channel's bytes not yet sent are not waited for: fd_read waits) and
   * stdout/stderr writes are synchronous. When any event is ready no clock is
   * waited for, as poll() does.
   */
  private pollOneoff(inPtr: number, outPtr: number, nsubs: number, neventsPtr: number): number {
    if (nsubs === 0) return Errno.INVAL;
    try {
      this.refresh();
      this.check(inPtr, nsubs * SUBSCRIPTION_SIZE);
      this.check(outPtr, nsubs * EVENT_SIZE);
      this.check(neventsPtr, 4);
      const events: PollEvent[] = [];
      const clocks: ClockWait[] = [];
      const dv = this.dv;
      for (let i = 0; i < nsubs; i++) {
        const base = inPtr + i * SUBSCRIPTION_SIZE;
        const userdata = dv.getBigUint64(base, true);
        const tag = dv.getUint8(base + 8);
        if (tag === EVENTTYPE_CLOCK) {
          const clock = dv.getUint32(base + 16, true);
          const timeout = dv.getBigUint64(base + 24, true);
          const flags = dv.getUint16(base + 40, true);
          const now = clockNow(clock);
          if (now === undefined) {
            events.push({ userdata, error: Errno.INVAL, type: tag, nbytes: 0n, flags: 0 });
          } else {
            const deadline = flags & SUBCLOCKFLAGS_ABSTIME ? timeout : now + timeout;
            clocks.push({ userdata, clock, deadline });
          }
        } else if (tag === EVENTTYPE_FD_READ || tag === EVENTTYPE_FD_WRITE) {
          const fd = dv.getUint32(base + 16, true);
          const readable = tag === EVENTTYPE_FD_READ && fd === 0;
          const writable = tag === EVENTTYPE_FD_WRITE && (fd === 1 || fd === 2);
          if ((readable || writable) && this.isOpen(fd)) {
            const channel = readable ? this.stdinChannel : undefined;
            const left = !readable ? 0 : channel !== undefined ? channel.available() : this.stdin.length - this.stdinPos;
            const hangup = readable && left === 0 && (channel === undefined || channel.ready()) ? EVENTRWFLAGS_HANGUP : 0;
            events.push({ userdata, error: Errno.SUCCESS, type: tag, nbytes: BigInt(left), flags: hangup });
          } else {
            events.push({ userdata, error: Errno.BADF, type: tag, nbytes: 0n, flags: 0 });
          }
        } else {
          events.push({ userdata, error: Errno.INVAL, type: tag, nbytes: 0n, flags: 0 });
        }
      }

      // Wait for the earliest clock unless something is ready already.
      for (;;) {
        let wait: bigint | undefined;
        for (const c of clocks) {
          const left = c.deadline - clockNow(c.clock)!;
          if (wait === undefined || left < wait) wait = left;
        }
        if (events.length > 0 || wait === undefined || wait <= 0n) break;
        sleepNanos(wait);
      }
      for (const c of clocks) {
        if (c.deadline - clockNow(c.clock)! <= 0n) {
          events.push({ userdata: c.userdata, error: Errno.SUCCESS, type: EVENTTYPE_CLOCK, nbytes: 0n, flags: 0 });
        }
      }

      // event: userdata u64 @0, error u16 @8, type u8 @10, fd_readwrite { nbytes u64 @16, flags u16 @24 }.
      this.refresh();
      const out = this.dv;
      this.u8.fill(0, outPtr, outPtr + events.length * EVENT_SIZE);
      events.forEach((e, i) => {
        const base = outPtr + i * EVENT_SIZE;
        out.setBigUint64(base, e.userdata, true);
        out.setUint16(base + 8, e.error, true);
        out.setUint8(base + 10, e.type);
        out.setBigUint64(base + 16, e.nbytes, true);
        out.setUint16(base + 24, e.flags, true);
      });
      out.setUint32(neventsPtr, events.length, true);
      return Errno.SUCCESS;
    } catch (err) {
      return fault(err);
    }
  }
}

/** EFAULT for a guest pointer outside memory; any other error is a host bug or a missing memory: rethrown. */
function fault(err: unknown): number {
  if (err instanceof RangeError) return Errno.FAULT;
  throw err;
}

/** The WASI functions `module` imports that `implemented` lacks (cached per module). */
function unimplementedImports(module: WebAssembly.Module, implemented: object): readonly string[] {
  let names = unimplementedByModule.get(module);
  if (names === undefined) {
    names = WebAssembly.Module.imports(module)
      .filter((imp) => imp.module === WASI_MODULE && imp.kind === 'function' && !Object.hasOwn(implemented, imp.name))
      .map((imp) => imp.name);
    unimplementedByModule.set(module, names);
  }
  return names;
}
