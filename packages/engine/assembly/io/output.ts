// Buffered stdout/stderr over WASI fd_write, with UTF-16 → UTF-8 encoding. Output written while the
// module is being initialized (at build time, under Wizer, where WASI is not available) is kept in
// the heap and becomes part of the snapshot; `_start` flushes it first, so a program prints the
// same bytes whether its top level ran at build time or at run time.
import { CELL_RAW } from "../layout.generated";
import { allocCell } from "../heap/alloc";
import { STR_DATA } from "../layout.generated";
import { strLength } from "../string/string";

// @ts-ignore: decorator
@external("wasi_snapshot_preview1", "fd_write")
declare function fd_write(fd: u32, iovs: usize, iovsLen: u32, nwritten: usize): u32;
// @ts-ignore: decorator
@external("wasi_snapshot_preview1", "proc_exit")
declare function proc_exit(code: u32): void;

const BUF_SIZE: usize = 16384;
const stdoutBuf = memory.data(<i32>BUF_SIZE);
const stderrBuf = memory.data(<i32>BUF_SIZE);
const iov = memory.data(16);
let stdoutLen: usize = 0;
let stderrLen: usize = 0;

/** True while running under Wizer: nothing may reach WASI, output is deferred. */
export let initializing: bool = false;
export function setInitializing(v: bool): void { initializing = v; }
/** Output deferred during initialization: a raw cell (0 header | 8 length | 12 fd-tagged bytes). */
let deferred: usize = 0;
let deferredLen: usize = 0;
let deferredCap: usize = 0;
export function deferredOutput(): usize { return deferred; }

function writeAll(fd: u32, p: usize, n: usize): void {
  while (n > 0) {
    store<u32>(iov, <u32>p);
    store<u32>(iov, <u32>n, 4);
    if (fd_write(fd, iov, 1, iov + 8) != 0) return;
    const w = <usize>load<u32>(iov, 8);
    p += w; n -= w;
  }
}

function defer(fd: u32, p: usize, n: usize): void {
  // Records: u8 fd, u32 length, bytes.
  const need = deferredLen + 5 + n;
  if (need > deferredCap) {
    let cap = deferredCap * 2 + 256;
    if (cap < need) cap = need;
    const nb = allocCell(CELL_RAW, 16 + cap);
    if (deferred != 0) memory.copy(nb + 16, deferred + 16, deferredLen);
    deferred = nb; deferredCap = cap;
  }
  const q = deferred + 16 + deferredLen;
  store<u8>(q, <u8>fd);
  store<u32>(q + 1, <u32>n);
  memory.copy(q + 5, p, n);
  deferredLen = need;
}

/** Set by process.exit during initialization: the process has ended as far as the program can
 *  tell, so whatever the rest of the build-time run prints is dropped. */
let muted = false;
export function muteOutput(): void { muted = true; }

export function flushFd(fd: u32): void {
  const buf = fd == 1 ? stdoutBuf : stderrBuf;
  const n = fd == 1 ? stdoutLen : stderrLen;
  if (n == 0) return;
  if (muted) { /* dropped */ }
  else if (initializing) defer(fd, buf, n);
  else writeAll(fd, buf, n);
  if (fd == 1) stdoutLen = 0; else stderrLen = 0;
}

/** Write the output deferred at build time (called first thing by _start). */
export function flushDeferred(): void {
  let q = deferred + 16;
  const end = q + deferredLen;
  while (q < end) {
    const fd = <u32>load<u8>(q);
    const n = <usize>load<u32>(q + 1);
    writeAll(fd, q + 5, n);
    q += 5 + n;
  }
  deferred = 0; deferredLen = 0; deferredCap = 0;
}

export function flushAll(): void { flushFd(1); flushFd(2); }

// @ts-ignore: decorator
@inline function putByte(fd: u32, b: u32): void {
  if (fd == 1) {
    if (stdoutLen == BUF_SIZE) flushFd(1);
    store<u8>(stdoutBuf + stdoutLen++, <u8>b);
  } else {
    if (stderrLen == BUF_SIZE) flushFd(2);
    store<u8>(stderrBuf + stderrLen++, <u8>b);
  }
}

/** Write `n` UTF-16 code units as UTF-8; a lone surrogate becomes U+FFFD, as node writes it. */
export function writeUtf16(fd: u32, p: usize, n: i32): void {
  for (let i = 0; i < n; i++) {
    let c = <u32>load<u16>(p + (<usize>i << 1));
    if (c >= 0xd800 && c <= 0xdfff) {
      if (c <= 0xdbff && i + 1 < n) {
        const d = <u32>load<u16>(p + (<usize>(i + 1) << 1));
        if (d >= 0xdc00 && d <= 0xdfff) {
          c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
          i++;
        } else c = 0xfffd;
      } else c = 0xfffd;
    }
    if (c < 0x80) putByte(fd, c);
    else if (c < 0x800) { putByte(fd, 0xc0 | (c >> 6)); putByte(fd, 0x80 | (c & 63)); }
    else if (c < 0x10000) {
      putByte(fd, 0xe0 | (c >> 12)); putByte(fd, 0x80 | ((c >> 6) & 63)); putByte(fd, 0x80 | (c & 63));
    } else {
      putByte(fd, 0xf0 | (c >> 18)); putByte(fd, 0x80 | ((c >> 12) & 63));
      putByte(fd, 0x80 | ((c >> 6) & 63)); putByte(fd, 0x80 | (c & 63));
    }
  }
}

export function writeString(fd: u32, s: usize): void { writeUtf16(fd, s + STR_DATA, strLength(s)); }
export function writeStatic(fd: u32, lit: string): void { writeUtf16(fd, changetype<usize>(lit), lit.length); }
/** A line feed (not a literal: each run's first use of one would write its page, string/static.ts). */
export function writeNewline(fd: u32): void { putByte(fd, 10); }

/** End the process with `code` after flushing. */
export function exitProcess(code: u32): void {
  flushAll();
  proc_exit(code);
}
