// The WASI preview1 functions the engine calls, over WASI 0.2's wasi:http/proxy world, for
// `pgo build --component --http`. The proxy world has stdout, stderr, clocks and randomness but no
// filesystem, environment or exit, and jco ships no preview1 adapter for it; so an http build
// imports no preview1 at all: the linker gives each remaining wasi_snapshot_preview1 import a body
// that calls the rt_p2_ function of the same name here (compiler link/wasi-imports.ts), and the
// rest (fd_read, args, environ) answer ENOSYS, as a host without them does. Each function covers
// exactly what the engine asks of it (io/output.ts, io/clock.ts, io/sleep.ts, builtins/math.ts).
// proc_exit is in wasi-http.ts: ending a handler is the request's business.

// @ts-ignore: decorator
@external("wasi:cli/stdout@0.2.0", "get-stdout") declare function get_stdout(): u32;
// @ts-ignore: decorator
@external("wasi:cli/stderr@0.2.0", "get-stderr") declare function get_stderr(): u32;
// @ts-ignore: decorator
@external("wasi:io/streams@0.2.0", "[method]output-stream.blocking-write-and-flush")
declare function blocking_write_and_flush(stream: u32, p: usize, n: usize, ret: usize): void;
// @ts-ignore: decorator
@external("wasi:io/error@0.2.0", "[resource-drop]error") declare function drop_error(h: u32): void;
// @ts-ignore: decorator
@external("wasi:clocks/monotonic-clock@0.2.0", "now") declare function monotonic_now(): u64;
// @ts-ignore: decorator
@external("wasi:clocks/monotonic-clock@0.2.0", "subscribe-duration") declare function subscribe_duration(ns: u64): u32;
// @ts-ignore: decorator
@external("wasi:io/poll@0.2.0", "[method]pollable.block") declare function pollable_block(h: u32): void;
// @ts-ignore: decorator
@external("wasi:io/poll@0.2.0", "[resource-drop]pollable") declare function drop_pollable(h: u32): void;
// @ts-ignore: decorator
@external("wasi:clocks/wall-clock@0.2.0", "now") declare function wall_now(ret: usize): void;
// @ts-ignore: decorator
@external("wasi:random/random@0.2.0", "get-random-u64") declare function random_u64(): u64;

const ERRNO_BADF: u32 = 8;
const ERRNO_INVAL: u32 = 28;
const ERRNO_IO: u32 = 29;
const ERRNO_NOSYS: u32 = 52;
/** The most output-stream.blocking-write-and-flush takes in one call (wasi:io/streams). */
export const MAX_WRITE: usize = 4096;

/** Return area of the calls here: result<_, stream-error> (tag u8 @0, stream-error tag u8 @4,
 *  its error handle @8) and datetime (seconds u64 @0, nanoseconds u32 @8). */
const ret = memory.data(16, 8);
let stdoutStream: u32 = 0;
let stderrStream: u32 = 0;

/** Write `n` bytes at `p` to output-stream `stream`, in the chunks the stream takes; false when
 *  the stream failed or closed. */
export function writeStream(stream: u32, p: usize, n: usize): bool {
  while (n > 0) {
    const chunk = n < MAX_WRITE ? n : MAX_WRITE;
    blocking_write_and_flush(stream, p, chunk, ret);
    if (load<u8>(ret) != 0) {
      if (load<u8>(ret, 4) == 0) drop_error(load<u32>(ret, 8)); // last-operation-failed(error)
      return false;
    }
    p += chunk; n -= chunk;
  }
  return true;
}

/** fd_write on stdout and stderr (the handles are taken once per instance). */
export function rt_p2_fd_write(fd: u32, iovs: usize, iovsLen: u32, nwritten: usize): u32 {
  if (fd != 1 && fd != 2) return ERRNO_BADF;
  if (fd == 1 && stdoutStream == 0) stdoutStream = get_stdout();
  if (fd == 2 && stderrStream == 0) stderrStream = get_stderr();
  const stream = fd == 1 ? stdoutStream : stderrStream;
  let total: u32 = 0;
  for (let i: u32 = 0; i < iovsLen; i++) {
    const p = <usize>load<u32>(iovs + (<usize>i << 3));
    const n = load<u32>(iovs + (<usize>i << 3), 4);
    if (!writeStream(stream, p, n)) {
      store<u32>(nwritten, total);
      return total > 0 ? 0 : ERRNO_IO;
    }
    total += n;
  }
  store<u32>(nwritten, total);
  return 0;
}

/** clock_time_get: realtime (0) from wall-clock, monotonic (1) from monotonic-clock, in ns. */
export function rt_p2_clock_time_get(id: u32, precision: u64, out: usize): u32 {
  if (id == 0) {
    wall_now(ret);
    store<u64>(out, load<u64>(ret) * 1000000000 + <u64>load<u32>(ret, 8));
    return 0;
  }
  if (id == 1) { store<u64>(out, monotonic_now()); return 0; }
  return ERRNO_INVAL;
}

/** random_get from wasi:random's secure generator, eight bytes a call. */
export function rt_p2_random_get(buf: usize, len: u32): u32 {
  let i: u32 = 0;
  for (; i + 8 <= len; i += 8) store<u64>(buf + i, random_u64());
  if (i < len) {
    let r = random_u64();
    for (; i < len; i++) { store<u8>(buf + i, <u8>r); r >>= 8; }
  }
  return 0;
}

/** poll_oneoff for the one subscription io/sleep.ts makes: a relative monotonic-clock timeout
 *  (subscription: userdata u64 @0, tag u8 @8, clock id u32 @16, timeout u64 @24, flags u16 @40;
 *  event: userdata u64 @0, error u16 @8, type u8 @10). Anything else is ENOSYS, and the engine
 *  spins on the clock instead. */
export function rt_p2_poll_oneoff(inPtr: usize, outPtr: usize, nsubscriptions: u32, neventsPtr: usize): u32 {
  if (nsubscriptions != 1 || load<u8>(inPtr, 8) != 0 || load<u32>(inPtr, 16) != 1 || load<u16>(inPtr, 40) != 0) return ERRNO_NOSYS;
  const pollable = subscribe_duration(load<u64>(inPtr, 24));
  pollable_block(pollable);
  drop_pollable(pollable);
  memory.fill(outPtr, 0, 32);
  store<u64>(outPtr, load<u64>(inPtr));
  store<u32>(neventsPtr, 1);
  return 0;
}
