import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import binaryen from 'binaryen';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { HostError } from './errors.js';
import { loadModule, runModule, TRAP_EXIT_CODE } from './run.js';
import { measureStartup } from './startup.js';
import { Errno, ProcExit, WasiHost } from './wasi.js';

/** Compiles a WAT text with binaryen into a WebAssembly.Module. */
function wat(text: string): WebAssembly.Module {
  return new WebAssembly.Module(watBytes(text));
}

function watBytes(text: string): Uint8Array<ArrayBuffer> {
  const mod = binaryen.parseText(text);
  try {
    if (!mod.validate()) throw new Error('invalid test module');
    return new Uint8Array(mod.emitBinary());
  } finally {
    mod.dispose();
  }
}

const W = 'wasi_snapshot_preview1';
const FD_WRITE = `(import "${W}" "fd_write" (func $fd_write (param i32 i32 i32 i32) (result i32)))`;
const PROC_EXIT = `(import "${W}" "proc_exit" (func $proc_exit (param i32)))`;

/** A module writing `text` (ASCII) to `fd` with one fd_write. */
function writer(fd: number, text: string): string {
  return `(module
    ${FD_WRITE}
    (memory (export "memory") 1)
    (data (i32.const 16) "${text.replace(/\n/g, '\\n')}")
    (func (export "_start")
      (i32.store (i32.const 0) (i32.const 16))
      (i32.store (i32.const 4) (i32.const ${text.length}))
      (drop (call $fd_write (i32.const ${fd}) (i32.const 0) (i32.const 1) (i32.const 8)))))`;
}

/** A module printing each string of argv (or environ) on its own line, via the pointers of *_get. */
function listPrinter(sizesGet: string, get: string): string {
  return `(module
    (import "${W}" "${sizesGet}" (func $sizes (param i32 i32) (result i32)))
    (import "${W}" "${get}" (func $get (param i32 i32) (result i32)))
    ${FD_WRITE}
    (memory (export "memory") 1)
    (data (i32.const 100) "\\n")
    (func $strlen (param $p i32) (result i32)
      (local $n i32)
      (block $done
        (loop $next
          (br_if $done (i32.eqz (i32.load8_u (i32.add (local.get $p) (local.get $n)))))
          (local.set $n (i32.add (local.get $n) (i32.const 1)))
          (br $next)))
      (local.get $n))
    (func (export "_start")
      (local $i i32) (local $count i32) (local $p i32)
      (drop (call $sizes (i32.const 0) (i32.const 4)))
      (local.set $count (i32.load (i32.const 0)))
      (drop (call $get (i32.const 1024) (i32.const 4096)))
      (block $done
        (loop $next
          (br_if $done (i32.ge_u (local.get $i) (local.get $count)))
          (local.set $p (i32.load (i32.add (i32.const 1024) (i32.shl (local.get $i) (i32.const 2)))))
          ;; two iovecs: the string, then "\\n"
          (i32.store (i32.const 16) (local.get $p))
          (i32.store (i32.const 20) (call $strlen (local.get $p)))
          (i32.store (i32.const 24) (i32.const 100))
          (i32.store (i32.const 28) (i32.const 1))
          (drop (call $fd_write (i32.const 1) (i32.const 16) (i32.const 2) (i32.const 8)))
          (local.set $i (i32.add (local.get $i) (i32.const 1)))
          (br $next)))))`;
}

const hello = wat(writer(1, 'hello\n'));

const exit3 = wat(`(module
  ${PROC_EXIT} ${FD_WRITE}
  (memory (export "memory") 1)
  (data (i32.const 16) "not reached\\n")
  (func (export "_start")
    (call $proc_exit (i32.const 3))
    (i32.store (i32.const 0) (i32.const 16))
    (i32.store (i32.const 4) (i32.const 12))
    (drop (call $fd_write (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 8)))))`);

const trapping = wat(`(module
  ${FD_WRITE}
  (memory (export "memory") 1)
  (data (i32.const 16) "before\\n")
  (func (export "_start")
    (i32.store (i32.const 0) (i32.const 16))
    (i32.store (i32.const 4) (i32.const 7))
    (drop (call $fd_write (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 8)))
    (unreachable)))`);

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pgo-host-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** Replaces fs.writeSync for the host's (fd, bytes, offset, length) calls. */
function mockWriteSync(impl: (fd: number, buf: Uint8Array, off: number, len: number) => number): void {
  vi.spyOn(fs, 'writeSync').mockImplementation(impl as unknown as typeof fs.writeSync);
}

describe('runModule', () => {
  it('runs hello: stdout, exit code 0', () => {
    const r = runModule(hello, { capture: true });
    expect(r).toMatchObject({ exitCode: 0, stdout: 'hello\n', stderr: '' });
    expect(r.instance).toBeInstanceOf(WebAssembly.Instance);
  });

  it('returns the proc_exit code and stops there', () => {
    const r = runModule(exit3, { capture: true });
    expect(r).toMatchObject({ exitCode: 3, stdout: '', stderr: '' });
  });

  it('writes to stderr', () => {
    const r = runModule(wat(writer(2, 'oops\n')), { capture: true });
    expect(r).toMatchObject({ exitCode: 0, stdout: '', stderr: 'oops\n' });
  });

  it('passes argv: program name, then args, as UTF-8', () => {
    const m = wat(listPrinter('args_sizes_get', 'args_get'));
    const r = runModule(m, { capture: true, programName: 'prog', args: ['a', 'héllo wörld', ''] });
    expect(r).toMatchObject({ exitCode: 0, stdout: 'prog\na\nhéllo wörld\n\n' });
    expect(runModule(m, { capture: true }).stdout).toBe('main\n');
  });

  it('passes the environment as K=V', () => {
    const m = wat(listPrinter('environ_sizes_get', 'environ_get'));
    expect(runModule(m, { capture: true, env: { A: '1', PATH: '/x:/y' } }).stdout).toBe('A=1\nPATH=/x:/y\n');
    expect(runModule(m, { capture: true }).stdout).toBe('');
  });

  it('reports a trap as exit code 134 with a one-line message, keeping earlier output', () => {
    const r = runModule(trapping, { capture: true });
    expect(r.exitCode).toBe(TRAP_EXIT_CODE);
    expect(r.exitCode).toBe(134);
    expect(r.stdout).toBe('before\n');
    expect(r.stderr).toBe('pgo: wasm trap: unreachable\n');
  });

  it('reports Wasm stack exhaustion as a trap too', () => {
    const m = wat(`(module (memory (export "memory") 1)
      (func $f (call $f))
      (func (export "_start") (call $f)))`);
    const r = runModule(m, { capture: true });
    expect(r.exitCode).toBe(134);
    expect(r.stderr).toMatch(/^pgo: wasm trap: .*call stack.*\n$/);
  });

  it('echoes stdin through fd_read, then sees EOF', () => {
    const m = wat(`(module
      (import "${W}" "fd_read" (func $fd_read (param i32 i32 i32 i32) (result i32)))
      ${FD_WRITE} ${PROC_EXIT}
      (memory (export "memory") 1)
      (func (export "_start")
        (local $n i32)
        (loop $next
          (i32.store (i32.const 0) (i32.const 1024))
          (i32.store (i32.const 4) (i32.const 7))
          (if (i32.ne (call $fd_read (i32.const 0) (i32.const 0) (i32.const 1) (i32.const 8)) (i32.const 0))
            (then (call $proc_exit (i32.const 9))))
          (local.set $n (i32.load (i32.const 8)))
          (if (local.get $n) (then
            (i32.store (i32.const 4) (local.get $n))
            (drop (call $fd_write (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 12)))
            (br $next))))))`);
    const input = 'a line of input that is longer than 7 bytes\nand ünïcode\n';
    expect(runModule(m, { capture: true, stdin: new TextEncoder().encode(input) })).toMatchObject({
      exitCode: 0,
      stdout: input,
    });
    expect(runModule(m, { capture: true })).toMatchObject({ exitCode: 0, stdout: '' });
  });

  it('follows memory growth between calls', () => {
    const m = wat(`(module
      ${FD_WRITE}
      (memory (export "memory") 1)
      (data (i32.const 16) "low\\n")
      (func (export "_start")
        (i32.store (i32.const 0) (i32.const 16))
        (i32.store (i32.const 4) (i32.const 4))
        (drop (call $fd_write (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 8)))
        (drop (memory.grow (i32.const 1)))
        (i32.store (i32.const 65552) (i32.const 0x68676968)) ;; "high"
        (i32.store8 (i32.const 65556) (i32.const 10))
        (i32.store (i32.const 0) (i32.const 65552))
        (i32.store (i32.const 4) (i32.const 5))
        (drop (call $fd_write (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 8)))))`);
    expect(runModule(m, { capture: true })).toMatchObject({ exitCode: 0, stdout: 'low\nhigh\n' });
  });

  it('answers WASI functions it does not implement with ENOSYS', () => {
    const m = wat(`(module
      (import "${W}" "path_open" (func $path_open (param i32 i32 i32 i32 i32 i64 i64 i32 i32) (result i32)))
      ${PROC_EXIT}
      (memory (export "memory") 1)
      (func (export "_start")
        (call $proc_exit (call $path_open (i32.const 3) (i32.const 0) (i32.const 0) (i32.const 0)
          (i32.const 0) (i64.const 0) (i64.const 0) (i32.const 0) (i32.const 0)))))`);
    expect(runModule(m, { capture: true }).exitCode).toBe(52);
  });

  it('throws a HostError for a module without _start', () => {
    const m = wat('(module (memory (export "memory") 1))');
    expect(() => runModule(m, { capture: true })).toThrow(HostError);
    expect(() => runModule(m, { capture: true })).toThrow(/no "_start"/);
  });

  describe('without capture', () => {
    afterEach(() => vi.restoreAllMocks());

    it('writes straight to fds 1 and 2 with fs.writeSync', () => {
      const writes: [number, string][] = [];
      mockWriteSync((fd, buf, off, len) => {
        writes.push([fd, Buffer.from(buf.subarray(off, off + len)).toString()]);
        return len;
      });
      const out = runModule(hello);
      const err = runModule(wat(writer(2, 'oops\n')));
      const trap = runModule(trapping);
      expect([out.stdout, out.stderr, err.stderr, trap.stderr]).toEqual(['', '', '', '']);
      expect(trap.exitCode).toBe(134);
      expect(writes).toEqual([
        [1, 'hello\n'],
        [2, 'oops\n'],
        [1, 'before\n'],
        [2, 'pgo: wasm trap: unreachable\n'],
      ]);
    });

    it('retries a write on EAGAIN and finishes partial writes', () => {
      let calls = 0;
      const written: string[] = [];
      mockWriteSync((_fd, buf, off, len) => {
        calls++;
        if (calls === 1) throw Object.assign(new Error('EAGAIN'), { code: 'EAGAIN' });
        const n = Math.min(len, 2);
        written.push(Buffer.from(buf.subarray(off, off + n)).toString());
        return n;
      });
      expect(runModule(hello).exitCode).toBe(0);
      expect(written.join('')).toBe('hello\n');
    });
  });
});

/** Direct calls into a host bound to a bare memory. */
function bareHost(options: ConstructorParameters<typeof WasiHost>[0] = {}) {
  const memory = new WebAssembly.Memory({ initial: 1 });
  const host = new WasiHost({ capture: true, ...options });
  host.bind({ exports: { memory } });
  const fns = host.imports['wasi_snapshot_preview1'] as Record<string, (...args: unknown[]) => number>;
  const dv = () => new DataView(memory.buffer);
  return { host, memory, fns, dv };
}

describe('WasiHost', () => {
  it('treats fds 0-2 as character devices and has no preopens', () => {
    const { fns, dv } = bareHost();
    expect(fns['fd_fdstat_get']!(1, 64)).toBe(Errno.SUCCESS);
    expect(dv().getUint8(64)).toBe(2);
    expect(dv().getBigUint64(72, true) & (1n << 6n)).toBe(1n << 6n); // fd_write right
    expect(dv().getBigUint64(72, true) & (1n << 2n)).toBe(0n); // no fd_seek: a tty to isatty()
    expect(fns['fd_fdstat_get']!(3, 64)).toBe(Errno.BADF);
    expect(fns['fd_prestat_get']!(3, 64)).toBe(Errno.BADF);
    expect(fns['fd_prestat_dir_name']!(3, 64, 10)).toBe(Errno.BADF);
    expect(fns['fd_seek']!(1, 0n, 0, 64)).toBe(Errno.SPIPE);
    expect(fns['fd_seek']!(7, 0n, 0, 64)).toBe(Errno.BADF);
    expect(fns['fd_write']!(0, 0, 0, 64)).toBe(Errno.BADF);
    expect(fns['fd_read']!(1, 0, 0, 64)).toBe(Errno.BADF);
    expect(fns['sched_yield']!()).toBe(Errno.SUCCESS);
  });

  it('closes stdio fds', () => {
    const { fns } = bareHost();
    expect(fns['fd_close']!(1)).toBe(Errno.SUCCESS);
    expect(fns['fd_write']!(1, 0, 0, 64)).toBe(Errno.BADF);
    expect(fns['fd_close']!(1)).toBe(Errno.BADF);
    expect(fns['fd_close']!(5)).toBe(Errno.BADF);
  });

  it('throws ProcExit with the unsigned code', () => {
    const { fns } = bareHost();
    expect(() => fns['proc_exit']!(7)).toThrow(ProcExit);
    try {
      fns['proc_exit']!(-1);
    } catch (err) {
      expect((err as ProcExit).code).toBe(0xffffffff);
    }
  });

  it('reads the clocks in nanoseconds', () => {
    const { fns, dv } = bareHost();
    expect(fns['clock_time_get']!(0, 0n, 8)).toBe(Errno.SUCCESS);
    const realtime = dv().getBigUint64(8, true);
    expect(Math.abs(Number(realtime / 1_000_000n) - Date.now())).toBeLessThan(1000);
    fns['clock_time_get']!(1, 0n, 8);
    const a = dv().getBigUint64(8, true);
    fns['clock_time_get']!(1, 0n, 8);
    expect(dv().getBigUint64(8, true)).toBeGreaterThanOrEqual(a);
    expect(fns['clock_time_get']!(2, 0n, 8)).toBe(Errno.SUCCESS);
    expect(fns['clock_time_get']!(9, 0n, 8)).toBe(Errno.INVAL);
    expect(fns['clock_res_get']!(1, 8)).toBe(Errno.SUCCESS);
    expect(dv().getBigUint64(8, true)).toBeGreaterThan(0n);
    expect(fns['clock_res_get']!(9, 8)).toBe(Errno.INVAL);
  });

  it('fills random bytes past one 64 KiB chunk, and only the asked range', () => {
    const memory = new WebAssembly.Memory({ initial: 3 });
    const host = new WasiHost({ capture: true });
    host.bind({ exports: { memory } });
    const fns = host.imports['wasi_snapshot_preview1'] as Record<string, (...args: unknown[]) => number>;
    expect(fns['random_get']!(8, 150_000)).toBe(Errno.SUCCESS);
    const u8 = new Uint8Array(memory.buffer);
    expect(u8.subarray(0, 8).every((b) => b === 0)).toBe(true);
    expect(u8[8 + 150_000]).toBe(0);
    const tail = u8.subarray(8 + 140_000, 8 + 150_000);
    expect(tail.some((b) => b !== 0)).toBe(true);
  });

  it('returns EFAULT for pointers outside memory', () => {
    const { fns } = bareHost();
    expect(fns['random_get']!(65530, 100)).toBe(Errno.FAULT);
    expect(fns['clock_time_get']!(1, 0n, 65532)).toBe(Errno.FAULT);
    expect(fns['args_sizes_get']!(-4, 0)).toBe(Errno.FAULT); // 0xfffffffc
    expect(fns['fd_write']!(1, 65528, 2, 0)).toBe(Errno.FAULT);
  });

  it('poll_oneoff waits on a relative monotonic clock without busy-waiting', () => {
    const { fns, dv } = bareHost();
    const sub = 256;
    const d = dv();
    d.setBigUint64(sub, 42n, true); // userdata
    d.setUint8(sub + 8, 0); // clock
    d.setUint32(sub + 16, 1, true); // monotonic
    d.setBigUint64(sub + 24, 20_000_000n, true); // 20 ms
    d.setUint16(sub + 40, 0, true); // relative
    const t0 = process.hrtime.bigint();
    // A busy-wait would read the clock thousands of times; a blocking wait a handful.
    const clockReads = vi.spyOn(process.hrtime, 'bigint');
    try {
      expect(fns['poll_oneoff']!(sub, 512, 1, 0)).toBe(Errno.SUCCESS);
      expect(clockReads.mock.calls.length).toBeLessThan(10);
    } finally {
      clockReads.mockRestore();
    }
    const waited = Number(process.hrtime.bigint() - t0) / 1e6;
    expect(waited).toBeGreaterThanOrEqual(20);
    expect(d.getUint32(0, true)).toBe(1);
    expect(d.getBigUint64(512, true)).toBe(42n);
    expect(d.getUint16(520, true)).toBe(0);
    expect(d.getUint8(522)).toBe(0);
  });

  it('poll_oneoff: a past absolute deadline and a ready fd return at once', () => {
    const { fns, dv } = bareHost();
    const d = dv();
    d.setBigUint64(256, 1n, true);
    d.setUint8(256 + 8, 0);
    d.setUint32(256 + 16, 0, true); // realtime
    d.setBigUint64(256 + 24, 1n, true); // 1 ns after the epoch
    d.setUint16(256 + 40, 1, true); // abstime
    d.setBigUint64(304, 2n, true);
    d.setUint8(304 + 8, 1); // fd_read
    d.setUint32(304 + 16, 0, true); // stdin, at EOF
    const t0 = Date.now();
    expect(fns['poll_oneoff']!(256, 512, 2, 0)).toBe(Errno.SUCCESS);
    expect(Date.now() - t0).toBeLessThan(50);
    expect(d.getUint32(0, true)).toBe(2);
    const events = [0, 1].map((i) => ({
      userdata: d.getBigUint64(512 + 32 * i, true),
      type: d.getUint8(512 + 32 * i + 10),
      flags: d.getUint16(512 + 32 * i + 24, true),
    }));
    expect(events).toEqual(
      expect.arrayContaining([
        { userdata: 1n, type: 0, flags: 0 },
        { userdata: 2n, type: 1, flags: 1 }, // hangup: EOF
      ]),
    );
    expect(fns['poll_oneoff']!(256, 512, 0, 0)).toBe(Errno.INVAL);
  });

  it('throws a HostError when the instance exports no memory', () => {
    const host = new WasiHost({ capture: true });
    host.bind({ exports: {} });
    const fns = host.imports['wasi_snapshot_preview1'] as Record<string, (...args: unknown[]) => number>;
    expect(() => fns['random_get']!(0, 1)).toThrow(/no memory named "memory"/);
  });
});

describe('measureStartup', () => {
  it('measures hello well under 1000 µs (sanity bound, not a benchmark)', () => {
    const r = measureStartup(hello, { iterations: 200 });
    expect(r.samples).toHaveLength(200);
    expect(r.medianMicros).toBeGreaterThan(0);
    expect(r.p90Micros).toBeGreaterThanOrEqual(r.medianMicros);
    expect(r.medianMicros).toBeLessThan(1000);
    expect(r.instantiateMedianMicros).toBeGreaterThan(0);
    expect(r.instantiateMedianMicros).toBeLessThanOrEqual(r.medianMicros);
    console.log(`hello startup: median ${r.medianMicros.toFixed(1)} µs, p90 ${r.p90Micros.toFixed(1)} µs`);
  });

  it('refuses a module that fails', () => {
    expect(() => measureStartup(trapping, { iterations: 1, warmup: 0 })).toThrow(
      /exited with code 134: pgo: wasm trap: unreachable/,
    );
    expect(() => measureStartup(hello, { iterations: 0 })).toThrow(RangeError);
  });
});

describe('loadModule', () => {
  it('loads a module from a file', () => {
    const file = path.join(tmp, 'hello.wasm');
    fs.writeFileSync(file, watBytes(writer(1, 'hello\n')));
    expect(runModule(loadModule(file), { capture: true }).stdout).toBe('hello\n');
  });

  it('says "no such file" for a missing file', () => {
    const file = path.join(tmp, 'missing.wasm');
    expect(() => loadModule(file)).toThrow(new HostError(`${file}: no such file`));
  });

  it('says "not a WebAssembly module" for a text file', () => {
    const file = path.join(tmp, 'text.wasm');
    fs.writeFileSync(file, 'console.log("hi")\n');
    expect(() => loadModule(file)).toThrow(new HostError(`${file}: not a WebAssembly module`));
    const empty = path.join(tmp, 'empty.wasm');
    fs.writeFileSync(empty, '');
    expect(() => loadModule(empty)).toThrow(`${empty}: not a WebAssembly module`);
  });

  it('gives the compile error on one line for a broken module', () => {
    const file = path.join(tmp, 'broken.wasm');
    fs.writeFileSync(file, Uint8Array.of(0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 0x01, 0xff));
    let message = '';
    try {
      loadModule(file);
    } catch (err) {
      expect(err).toBeInstanceOf(HostError);
      message = (err as Error).message;
    }
    expect(message.startsWith(`${file}: `)).toBe(true);
    expect(message).toMatch(/WebAssembly/);
    expect(message).not.toContain('\n');
  });

  it('says "is a directory" for a directory', () => {
    expect(() => loadModule(tmp)).toThrow(`${tmp}: is a directory`);
  });
});
