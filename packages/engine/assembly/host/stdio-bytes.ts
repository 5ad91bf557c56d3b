// Whole-stream byte I/O for the serve ABI (packages/compiler/runtime/web/serve.js): a fetch-handler
// program reads its serialized request from stdin and writes its serialized response to stdout,
// both as raw bytes, which process.stdout.write (strings only) cannot do. Exposed as the hidden
// `process._stdioBytes` { read(): Uint8Array, readSome(): Uint8Array | null, write(bytes):
// undefined }, meant for pgo's bundled
// runtime library only: on `process` (as node keeps its internals, `process._rawDebug`) and not
// on the global object, whose keys programs list and compare with node's. A program that never
// names it does not import WASI fd_read (compiler analyze/capabilities.ts).
import { UNDEFINED, NULL, EXCEPTION, isObject, boxObject, ptr } from "../value";
import { CELL_TYPED_ARRAY, TA_KIND } from "../layout.generated";
import { cellKind } from "../heap/alloc";
import { pushRoot, saveSp, restoreSp } from "../heap/stack";
import { ensureFamily, LAZY_BINARY } from "../builtins/lazy";
import { TypedArrayCreate } from "../builtins/typed-array";
import { ELEM_UINT8, bufferData, taBuffer, taOffset, taLength } from "../ops/typed-array-access";
import { arg, defineMethod, defineNamespaceObject } from "../builtins/native";
import { throwTypeError } from "../errors";
import { flushFd, initializing } from "../io/output";

// @ts-ignore: decorator
@external("wasi_snapshot_preview1", "fd_read")
declare function fd_read(fd: u32, iovs: usize, iovsLen: u32, nread: usize): u32;
// @ts-ignore: decorator
@external("wasi_snapshot_preview1", "fd_write")
declare function fd_write(fd: u32, iovs: usize, iovsLen: u32, nwritten: usize): u32;

const iov = memory.data(16);
const FIRST_CAPACITY: f64 = 65536;

/** The data pointer of Uint8Array cell `o`. */
function u8Data(o: usize): usize { return bufferData(taBuffer(o)) + taOffset(o); }

/** process._stdioBytes.read(): all of stdin up to EOF, as a Uint8Array (read errors end the input). */
function stdio_read(c: u32, thisv: i64, argv: usize, argc: i32): i64 {
  if (initializing) return throwTypeError("process._stdioBytes.read: stdin cannot be read at build time");
  ensureFamily(LAZY_BINARY);
  let cap = FIRST_CAPACITY;
  let buf = TypedArrayCreate(ELEM_UINT8, cap);
  if (buf == 0) return EXCEPTION;
  const sp0 = saveSp();
  pushRoot(boxObject(buf));
  let len: usize = 0;
  for (;;) {
    if (<f64>len == cap) {
      // Full: a buffer twice the size (the old one stays rooted while the new one is made).
      const bigger = TypedArrayCreate(ELEM_UINT8, cap * 2);
      if (bigger == 0) { restoreSp(sp0); return EXCEPTION; }
      memory.copy(u8Data(bigger), u8Data(buf), len);
      buf = bigger; cap *= 2;
      pushRoot(boxObject(buf));
    }
    store<u32>(iov, <u32>(u8Data(buf) + len));
    store<u32>(iov, <u32>(<usize>cap - len), 4);
    if (fd_read(0, iov, 1, iov + 8) != 0) break;
    const n = <usize>load<u32>(iov, 8);
    if (n == 0) break;
    len += n;
  }
  const exact = TypedArrayCreate(ELEM_UINT8, <f64>len);
  if (exact == 0) { restoreSp(sp0); return EXCEPTION; }
  if (len > 0) memory.copy(u8Data(exact), u8Data(buf), len);
  restoreSp(sp0);
  return boxObject(exact);
}

/** How much one readSome asks for: a request body arrives in chunks of about this size. */
const SOME_CAPACITY: f64 = 65536;

/** process._stdioBytes.readSome(): what one fd_read gives (it waits for at least a byte), or
 *  null at EOF; a failed read (a request body the host refused) throws, unlike read()'s EOF. */
function stdio_read_some(c: u32, thisv: i64, argv: usize, argc: i32): i64 {
  if (initializing) return throwTypeError("process._stdioBytes.readSome: stdin cannot be read at build time");
  ensureFamily(LAZY_BINARY);
  const buf = TypedArrayCreate(ELEM_UINT8, SOME_CAPACITY);
  if (buf == 0) return EXCEPTION;
  const sp0 = saveSp();
  pushRoot(boxObject(buf));
  store<u32>(iov, <u32>u8Data(buf));
  store<u32>(iov, <u32>SOME_CAPACITY, 4);
  if (fd_read(0, iov, 1, iov + 8) != 0) { restoreSp(sp0); return throwTypeError("stdin: the read failed"); }
  const n = <usize>load<u32>(iov, 8);
  if (n == 0) { restoreSp(sp0); return NULL; }
  const exact = TypedArrayCreate(ELEM_UINT8, <f64>n);
  if (exact == 0) { restoreSp(sp0); return EXCEPTION; }
  memory.copy(u8Data(exact), u8Data(buf), n);
  restoreSp(sp0);
  return boxObject(exact);
}

/** process._stdioBytes.write(bytes): write a Uint8Array's bytes to stdout, after what console.log and
 *  process.stdout.write have buffered. */
function stdio_write(c: u32, thisv: i64, argv: usize, argc: i32): i64 {
  const v = arg(argv, argc, 0);
  if (!isObject(v) || cellKind(ptr(v)) != CELL_TYPED_ARRAY || load<u32>(ptr(v), TA_KIND) != ELEM_UINT8) {
    return throwTypeError("process._stdioBytes.write: expected a Uint8Array");
  }
  if (initializing) return throwTypeError("process._stdioBytes.write: stdout cannot be written at build time");
  flushFd(1);
  let p = u8Data(ptr(v));
  let n = <usize>taLength(ptr(v));
  while (n > 0) {
    store<u32>(iov, <u32>p);
    store<u32>(iov, <u32>n, 4);
    if (fd_write(1, iov, 1, iov + 8) != 0) break;
    const w = <usize>load<u32>(iov, 8);
    p += w; n -= w;
  }
  return UNDEFINED;
}

/** Define process._stdioBytes on `processObject`. */
export function initStdioBytes(processObject: usize): void {
  const o = defineNamespaceObject(processObject, "_stdioBytes");
  defineMethod(o, "read", 0, stdio_read);
  defineMethod(o, "readSome", 0, stdio_read_some);
  defineMethod(o, "write", 1, stdio_write);
}
