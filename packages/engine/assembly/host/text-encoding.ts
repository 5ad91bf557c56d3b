// TextEncoder and TextDecoder (WHATWG Encoding Standard, node's lib/internal/encoding.js), UTF-8
// only. The decoder keeps an incomplete trailing sequence between `stream: true` calls and drops
// a leading byte order mark unless ignoreBOM.
import { UNDEFINED, NULL, EXCEPTION, TRUE, FALSE, isObject, boxObject, boxString, fromBool, ptr } from "../value";
import { pushRoot, saveSp, restoreSp } from "../heap/stack";
import { markCell } from "../heap/gc";
import { internStatic } from "../string/atoms";
import { strLength, strCharAt, newStringFromStatic } from "../string/string";
import { sbOpen, sbAppendStatic, sbAppendString, sbFinish } from "../string/builder";
import { newVector, vecGet, vecSet } from "../object/vector";
import { newTarget } from "../object/function";
import { OrdinaryObjectCreate } from "../object/object";
import { ObjectPrototype } from "../realm";
import { A_prototype } from "../names";
import { TYPE_ERROR, RANGE_ERROR, throwTypeError } from "../errors";
import { ToString, ToBoolean } from "../ops/conversion";
import { Get } from "../ops/property";
import { utf8Length, utf8Encode, utf8Decode } from "../string/utf8";
import { arg, defineConstructor, defineMethod, defineGetter } from "../builtins/native";
import { allocHostObject, asHostObject, hostData, setHostData, HOST_TEXT_ENCODER, HOST_TEXT_DECODER } from "./host-object";
import { throwNodeError, throwInvalidArgType } from "./node-errors";
import { newByteBuffer, byteLength, newUint8Array, bufferSourceBytes, BYTES_DATA } from "./bytes";

let TextEncoderPrototype: usize = 0;
let TextDecoderPrototype: usize = 0;

/** The prototype for `new C()` (GetPrototypeFromConstructor), or 0 after a throwing lookup. */
function prototypeFor(callee: u32, fallback: usize): usize {
  const nt = newTarget;
  if (nt == boxObject(<usize>callee)) return fallback;
  const p = Get(nt, A_prototype, nt);
  if (p == EXCEPTION) return 0;
  return isObject(p) ? ptr(p) : fallback;
}

// ---- TextEncoder ----

function TextEncoder_ctor(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  if (newTarget == UNDEFINED) return throwTypeError("Class constructor TextEncoder cannot be invoked without 'new'");
  const proto = prototypeFor(callee, TextEncoderPrototype);
  if (proto == 0) return EXCEPTION;
  return boxObject(allocHostObject(HOST_TEXT_ENCODER, boxObject(proto)));
}

/** TextEncoder.prototype.encode(input = ""). */
function TextEncoder_encode(c: u32, thisv: i64, argv: usize, argc: i32): i64 {
  if (asHostObject(thisv, HOST_TEXT_ENCODER) == 0) return throwInvalidThis("TextEncoder");
  const input = arg(argv, argc, 0);
  const s = input == UNDEFINED ? internStatic("") : ToString(input);
  if (s == 0) return EXCEPTION;
  const sp0 = saveSp();
  pushRoot(boxString(s));
  const n = utf8Length(s);
  const b = newByteBuffer(n);
  pushRoot(boxObject(b));
  utf8Encode(s, b + BYTES_DATA);
  const r = newUint8Array(b + BYTES_DATA, <u32>n);
  restoreSp(sp0);
  return r;
}

function TextEncoder_encoding(c: u32, thisv: i64, argv: usize, argc: i32): i64 {
  if (asHostObject(thisv, HOST_TEXT_ENCODER) == 0) return throwInvalidThis("TextEncoder");
  return boxString(internStatic("utf-8"));
}

function throwInvalidThis(name: string): i64 {
  const sb = sbOpen();
  sbAppendStatic(sb, "Value of \"this\" must be of type ");
  sbAppendStatic(sb, name);
  return throwNodeError(TYPE_ERROR, sbFinish(sb), "ERR_INVALID_THIS");
}

// ---- TextDecoder ----
// The decoder's data: the Vector [fatal, ignoreBOM, pending bytes (a byte buffer) or undefined,
// bomSeen (the stream has started)].
const D_FATAL: u32 = 0;
const D_IGNORE_BOM: u32 = 1;
const D_PENDING: u32 = 2;
const D_STARTED: u32 = 3;

/** Whether `label` (trimmed, any case) names UTF-8. */
function isUtf8Label(label: usize): bool {
  let start = 0, end = strLength(label);
  while (start < end && isAsciiSpace(strCharAt(label, start))) start++;
  while (end > start && isAsciiSpace(strCharAt(label, end - 1))) end--;
  return labelIs(label, start, end, "utf-8") || labelIs(label, start, end, "utf8") ||
    labelIs(label, start, end, "unicode-1-1-utf-8") || labelIs(label, start, end, "unicode11utf8") ||
    labelIs(label, start, end, "unicode20utf8") || labelIs(label, start, end, "x-unicode20utf8");
}
function isAsciiSpace(c: u32): bool { return c == 9 || c == 10 || c == 12 || c == 13 || c == 32; }
function labelIs(s: usize, start: i32, end: i32, lit: string): bool {
  if (end - start != lit.length) return false;
  for (let i = 0; i < lit.length; i++) {
    let c = strCharAt(s, start + i);
    if (c >= 65 && c <= 90) c += 32;
    if (c != <u32>lit.charCodeAt(i)) return false;
  }
  return true;
}

function TextDecoder_ctor(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  if (newTarget == UNDEFINED) return throwTypeError("Class constructor TextDecoder cannot be invoked without 'new'");
  const sp0 = saveSp();
  const labelV = arg(argv, argc, 0);
  const label = labelV == UNDEFINED ? internStatic("utf-8") : ToString(labelV);
  if (label == 0) return EXCEPTION;
  pushRoot(boxString(label));
  const options = arg(argv, argc, 1);
  if (options != UNDEFINED && options != NULL && !isObject(options)) {
    restoreSp(sp0);
    return throwInvalidArgType("options", "of type object", options);
  }
  let fatal = false, ignoreBOM = false;
  if (isObject(options)) {
    const f = Get(options, internStatic("fatal"), options);
    if (f == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
    fatal = ToBoolean(f);
    const b = Get(options, internStatic("ignoreBOM"), options);
    if (b == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
    ignoreBOM = ToBoolean(b);
  }
  if (!isUtf8Label(label)) {
    const sb = sbOpen();
    sbAppendStatic(sb, "The \"");
    sbAppendString(sb, label);
    sbAppendStatic(sb, "\" encoding is not supported");
    const r = throwNodeError(RANGE_ERROR, sbFinish(sb), "ERR_ENCODING_NOT_SUPPORTED");
    restoreSp(sp0);
    return r;
  }
  const proto = prototypeFor(callee, TextDecoderPrototype);
  if (proto == 0) { restoreSp(sp0); return EXCEPTION; }
  pushRoot(boxObject(proto));
  const d = newVector(4);
  vecSet(d, D_FATAL, fromBool(fatal));
  vecSet(d, D_IGNORE_BOM, fromBool(ignoreBOM));
  vecSet(d, D_PENDING, UNDEFINED);
  vecSet(d, D_STARTED, FALSE);
  pushRoot(boxObject(d));
  const o = allocHostObject(HOST_TEXT_DECODER, boxObject(proto));
  setHostData(o, boxObject(d));
  restoreSp(sp0);
  return boxObject(o);
}

/** How many bytes at the end of `n` bytes at `p` start a sequence that more input could
 *  complete (0-3): the decoder keeps them for the next streaming call. */
function incompleteTail(p: usize, n: usize): usize {
  for (let k: usize = 1; k <= 3 && k <= n; k++) {
    const b = <u32>load<u8>(p + n - k);
    if (b >= 0x80 && b < 0xc0) continue; // a continuation byte: look further back
    const need: usize = b >= 0xf0 && b <= 0xf4 ? 4 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xc2 && b <= 0xdf ? 2 : 0;
    if (need <= k) return 0; // complete, or not a lead byte
    // The second byte's range depends on the lead (E0, ED, F0, F4).
    if (k >= 2) {
      const c = <u32>load<u8>(p + n - k + 1);
      const lower: u32 = b == 0xe0 ? 0xa0 : b == 0xf0 ? 0x90 : 0x80;
      const upper: u32 = b == 0xed ? 0x9f : b == 0xf4 ? 0x8f : 0xbf;
      if (c < lower || c > upper) return 0;
    }
    return k;
  }
  return 0;
}

/** TextDecoder.prototype.decode(input, { stream }). */
function TextDecoder_decode(c: u32, thisv: i64, argv: usize, argc: i32): i64 {
  const o = asHostObject(thisv, HOST_TEXT_DECODER);
  if (o == 0) return throwInvalidThis("TextDecoder");
  const sp0 = saveSp();
  const d = ptr(hostData(o));
  pushRoot(boxObject(d));
  let stream = false;
  const options = arg(argv, argc, 1);
  if (isObject(options)) {
    const s = Get(options, internStatic("stream"), options);
    if (s == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
    stream = ToBoolean(s);
  }
  const input = arg(argv, argc, 0);
  let bytes = input == UNDEFINED ? newByteBuffer(0) : bufferSourceBytes(input);
  if (bytes == 0) { restoreSp(sp0); return EXCEPTION; }
  pushRoot(boxObject(bytes));
  // Pending bytes from the last streaming call go first.
  const pending = vecGet(d, D_PENDING);
  if (pending != UNDEFINED) {
    const pn = byteLength(ptr(pending)), bn = byteLength(bytes);
    const all = newByteBuffer(pn + bn);
    memory.copy(all + BYTES_DATA, ptr(pending) + BYTES_DATA, pn);
    memory.copy(all + BYTES_DATA + pn, bytes + BYTES_DATA, bn);
    bytes = all;
    pushRoot(boxObject(bytes));
    vecSet(d, D_PENDING, UNDEFINED);
  }
  let n = byteLength(bytes);
  if (stream) {
    const keep = incompleteTail(bytes + BYTES_DATA, n);
    if (keep > 0) {
      const rest = newByteBuffer(keep);
      memory.copy(rest + BYTES_DATA, bytes + BYTES_DATA + n - keep, keep);
      vecSet(d, D_PENDING, boxObject(rest));
      n -= keep;
    }
  }
  // A byte order mark at the very start of the stream is not part of the text.
  let start: usize = 0;
  if (vecGet(d, D_STARTED) == FALSE && vecGet(d, D_IGNORE_BOM) == FALSE && n >= 3 &&
      load<u8>(bytes + BYTES_DATA) == 0xef && load<u8>(bytes + BYTES_DATA + 1) == 0xbb &&
      load<u8>(bytes + BYTES_DATA + 2) == 0xbf) start = 3;
  if (n > 0) vecSet(d, D_STARTED, TRUE);
  const s = utf8Decode(bytes + BYTES_DATA + start, n - start, vecGet(d, D_FATAL) == TRUE);
  if (!stream) { vecSet(d, D_STARTED, FALSE); vecSet(d, D_PENDING, UNDEFINED); }
  restoreSp(sp0);
  if (s == 0) {
    return throwNodeError(TYPE_ERROR, newStringFromStatic("The encoded data was not valid for encoding utf-8"), "ERR_ENCODING_INVALID_ENCODED_DATA");
  }
  return boxString(s);
}

function decoderFlag(thisv: i64, slot: u32): i64 {
  const o = asHostObject(thisv, HOST_TEXT_DECODER);
  if (o == 0) return throwInvalidThis("TextDecoder");
  return vecGet(ptr(hostData(o)), slot);
}
function TextDecoder_encoding(c: u32, thisv: i64, argv: usize, argc: i32): i64 {
  if (asHostObject(thisv, HOST_TEXT_DECODER) == 0) return throwInvalidThis("TextDecoder");
  return boxString(internStatic("utf-8"));
}
function TextDecoder_fatal(c: u32, thisv: i64, argv: usize, argc: i32): i64 { return decoderFlag(thisv, D_FATAL); }
function TextDecoder_ignoreBOM(c: u32, thisv: i64, argv: usize, argc: i32): i64 { return decoderFlag(thisv, D_IGNORE_BOM); }

export function initTextEncoding(global: usize): void {
  TextEncoderPrototype = OrdinaryObjectCreate(boxObject(ObjectPrototype));
  defineConstructor(global, "TextEncoder", 0, TextEncoder_ctor, TextEncoderPrototype, true);
  defineMethod(TextEncoderPrototype, "encode", 0, TextEncoder_encode);
  defineGetter(TextEncoderPrototype, "encoding", "get encoding", TextEncoder_encoding);
  TextDecoderPrototype = OrdinaryObjectCreate(boxObject(ObjectPrototype));
  defineConstructor(global, "TextDecoder", 0, TextDecoder_ctor, TextDecoderPrototype, true);
  defineMethod(TextDecoderPrototype, "decode", 0, TextDecoder_decode);
  defineGetter(TextDecoderPrototype, "encoding", "get encoding", TextDecoder_encoding);
  defineGetter(TextDecoderPrototype, "fatal", "get fatal", TextDecoder_fatal);
  defineGetter(TextDecoderPrototype, "ignoreBOM", "get ignoreBOM", TextDecoder_ignoreBOM);
}

export function markTextEncoding(): void { markCell(TextEncoderPrototype); markCell(TextDecoderPrototype); }
