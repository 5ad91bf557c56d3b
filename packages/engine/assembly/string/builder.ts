// String builders: build a string from parts without quadratic copying. A builder is a raw buffer
// cell whose pointer lives in a shadow-stack slot, so it stays rooted (and can be replaced when it
// grows) while the parts it appends allocate. Builders nest strictly: finish the inner one first.
//
//   raw buffer:  0 header | 8 length | 12 capacity | 16 u16 code units [capacity]
import { CELL_RAW, STR_DATA } from "../layout.generated";
import { allocCellUninitialized } from "../heap/alloc";
import { pushRoot, setSp, saveSp, restoreSp } from "../heap/stack";
import { boxObject, boxString, ptr } from "../value";
import { allocString, strLength } from "./string";

const SB_LENGTH: usize = 8;
const SB_CAPACITY: usize = 12;
const SB_DATA: usize = 16;

/** Open a builder; returns its handle (a shadow-stack slot). */
export function sbOpen(): usize {
  const buf = allocCellUninitialized(CELL_RAW, SB_DATA + 64 * 2);
  store<u32>(buf, 0, SB_LENGTH);
  store<u32>(buf, 64, SB_CAPACITY);
  return pushRoot(boxObject(buf));
}

// @ts-ignore: decorator
@inline function buffer(sb: usize): usize { return ptr(load<i64>(sb)); }

export function sbLength(sb: usize): i32 { return <i32>load<u32>(buffer(sb), SB_LENGTH); }

/** Make room for `extra` more code units; returns the buffer. */
function reserve(sb: usize, extra: i32): usize {
  let buf = buffer(sb);
  const len = load<u32>(buf, SB_LENGTH);
  const cap = load<u32>(buf, SB_CAPACITY);
  if (len + <u32>extra <= cap) return buf;
  let ncap = cap * 2;
  if (ncap < len + <u32>extra) ncap = len + <u32>extra;
  const nbuf = allocCellUninitialized(CELL_RAW, SB_DATA + (<usize>ncap << 1));
  memory.copy(nbuf + SB_DATA, buf + SB_DATA, <usize>len << 1);
  store<u32>(nbuf, len, SB_LENGTH);
  store<u32>(nbuf, ncap, SB_CAPACITY);
  store<i64>(sb, boxObject(nbuf));
  return nbuf;
}

export function sbAppendChar(sb: usize, c: u32): void {
  const buf = reserve(sb, 1);
  const len = load<u32>(buf, SB_LENGTH);
  store<u16>(buf + SB_DATA + (<usize>len << 1), <u16>c);
  store<u32>(buf, len + 1, SB_LENGTH);
}

export function sbAppendUtf16(sb: usize, src: usize, n: i32): void {
  const buf = reserve(sb, n);
  const len = load<u32>(buf, SB_LENGTH);
  memory.copy(buf + SB_DATA + (<usize>len << 1), src, <usize>n << 1);
  store<u32>(buf, len + <u32>n, SB_LENGTH);
}

/** Append a JS string cell. */
export function sbAppendString(sb: usize, s: usize): void {
  const sp0 = saveSp();
  pushRoot(boxString(s)); // growing the buffer may collect; s is often a fresh, unrooted string
  sbAppendUtf16(sb, s + STR_DATA, strLength(s));
  restoreSp(sp0);
}

/** Append an AssemblyScript string literal. */
export function sbAppendStatic(sb: usize, lit: string): void {
  sbAppendUtf16(sb, changetype<usize>(lit), lit.length);
}

/** Append `n` code units of a scratch buffer (e.g. number formatting output). */
export function sbAppendScratch(sb: usize, src: usize, n: i32): void { sbAppendUtf16(sb, src, n); }

/** Close the builder and return the string it built. */
export function sbFinish(sb: usize): usize {
  const buf = buffer(sb);
  const len = <i32>load<u32>(buf, SB_LENGTH);
  const s = allocString(len);
  memory.copy(s + STR_DATA, buffer(sb) + SB_DATA, <usize>len << 1);
  setSp(sb + 8);
  return s;
}

/** Close the builder, discarding its contents. */
export function sbDiscard(sb: usize): void { setSp(sb + 8); }
