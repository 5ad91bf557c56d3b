// The compiled form of a pattern: a program of u32 words in a raw cell (never scanned by the
// collector: it holds no pointers), and the growable word buffer the parser emits into.
//
//   program:  0 header | 8 flags | 12 capture count (group 0 included) | 16 slot count
//             | 20 code length (words) | 24 start set (5 words, start-set.ts) | 44 code words ...
//
// Slots are the matcher's registers: 2 per capture group (start, end; -1 when unmatched), then
// two per quantifier (iteration count, position at the start of the iteration). Jumps are
// relative to the word of the instruction that holds them, so the parser can move a compiled
// atom (to put a quantifier around it, or to reverse a lookbehind's terms) without fixing it up.
import { CELL_RAW } from "../layout.generated";
import { allocCell } from "../heap/alloc";
import { pushRoot } from "../heap/stack";
import { boxObject, ptr } from "../value";

// Flag bits (program header and RegExp data).
export const F_HAS_INDICES: u32 = 1;   // d
export const F_GLOBAL: u32 = 2;        // g
export const F_IGNORE_CASE: u32 = 4;   // i
export const F_MULTILINE: u32 = 8;     // m
export const F_DOT_ALL: u32 = 16;      // s
export const F_UNICODE: u32 = 32;      // u
export const F_UNICODE_SETS: u32 = 64; // v
export const F_STICKY: u32 = 128;      // y

export const P_FLAGS: usize = 8;
export const P_NCAP: usize = 12;
export const P_NSLOTS: usize = 16;
export const P_LENGTH: usize = 20;
export const P_START: usize = 24;
export const P_CODE: usize = 44;

// Opcodes (word 0 of an instruction; operands follow). OP_BACK marks the backward (lookbehind)
// variant of the instructions that consume input.
export const OP_BACK: u32 = 0x80;
export const OP_CHAR: u32 = 1;        // c: one character (code point under u; canonicalized under i)
export const OP_ANY: u32 = 2;         // . without s: anything but a line terminator
export const OP_ANY_ALL: u32 = 3;     // . with s
export const OP_CLASS: u32 = 4;       // negated, n, ASCII set (4 words), lo0, hi0, ... (sorted, disjoint ranges)
export const OP_BOL: u32 = 5;         // ^ (input start, or a line start under m)
export const OP_EOL: u32 = 6;         // $
export const OP_BOL_M: u32 = 7;
export const OP_EOL_M: u32 = 8;
export const OP_WORD_B: u32 = 9;      // \b
export const OP_NOT_WORD_B: u32 = 10; // \B
export const OP_SAVE: u32 = 11;       // slot: slot = position
export const OP_SPLIT: u32 = 12;      // rel: try the next instruction, on failure here + rel
export const OP_GOTO: u32 = 13;       // rel
export const OP_REP_INIT: u32 = 14;   // reg: count = 0
export const OP_REP_HEAD: u32 = 15;   // reg, min, max, greedy, exitRel; REP_ENTER follows
export const OP_REP_ENTER: u32 = 16;  // reg, capLo, capHi: record the position, reset captures
export const OP_REP_TAIL: u32 = 17;   // reg, min, headRel: empty check, count++, loop
export const OP_BACKREF: u32 = 18;    // group
export const OP_LOOK: u32 = 19;       // kind (LOOK_*), endRel; the body ends with LOOK_END
export const OP_LOOK_END: u32 = 20;
export const OP_MATCH: u32 = 21;
export const OP_SIMPLE_REP: u32 = 22; // min, max, greedy, then one character matcher (CHAR/ANY/CLASS)

// OP_CLASS operands: the ASCII members (exact, after negation and case folding: ascii-set.ts)
// let the matcher test one bit for the common characters; the ranges decide the others.
export const CLASS_ASCII: u32 = 3;
export const CLASS_RANGES: u32 = 7;

export const LOOK_NEGATIVE: u32 = 1;
export const LOOK_BEHIND: u32 = 2;
export const INFINITE: u32 = 0xffffffff;

/** Words in the instruction at `pc` of `code` (a word address). */
export function instrLength(code: usize, pc: u32): u32 {
  const op = load<u32>(code + (<usize>pc << 2)) & ~OP_BACK;
  switch (op) {
    case OP_CHAR: case OP_SAVE: case OP_SPLIT: case OP_GOTO: case OP_REP_INIT: case OP_BACKREF: return 2;
    case OP_CLASS: return CLASS_RANGES + 2 * load<u32>(code + (<usize>(pc + 2) << 2));
    case OP_REP_HEAD: return 6;
    case OP_REP_ENTER: return 4;
    case OP_REP_TAIL: return 4;
    case OP_LOOK: return 3;
    case OP_SIMPLE_REP: return 4 + instrLength(code, pc + 4);
  }
  return 1;
}

// ---- The word buffer the parser emits into: a raw cell in a shadow-stack slot ----
//   0 header | 8 length | 12 capacity | 16 words [capacity]
const WB_LENGTH: usize = 8;
const WB_CAPACITY: usize = 12;
export const WB_DATA: usize = 16;

/** Open a buffer; returns its shadow-stack slot (released when the caller restores sp). */
export function wbOpen(): usize {
  const buf = allocCell(CELL_RAW, WB_DATA + 64 * 4);
  store<u32>(buf, 64, WB_CAPACITY);
  return pushRoot(boxObject(buf));
}

// @ts-ignore: decorator
@inline export function wbBuf(wb: usize): usize { return ptr(load<i64>(wb)); }
// @ts-ignore: decorator
@inline export function wbLength(wb: usize): u32 { return load<u32>(wbBuf(wb), WB_LENGTH); }
// @ts-ignore: decorator
@inline export function wbAddr(wb: usize, i: u32): usize { return wbBuf(wb) + WB_DATA + (<usize>i << 2); }
// @ts-ignore: decorator
@inline export function wbGet(wb: usize, i: u32): u32 { return load<u32>(wbAddr(wb, i)); }
// @ts-ignore: decorator
@inline export function wbSet(wb: usize, i: u32, w: u32): void { store<u32>(wbAddr(wb, i), w); }

/** Make room for `n` more words. */
function wbReserve(wb: usize, n: u32): void {
  const buf = wbBuf(wb);
  const len = load<u32>(buf, WB_LENGTH), cap = load<u32>(buf, WB_CAPACITY);
  if (len + n <= cap) return;
  let ncap = cap * 2;
  if (ncap < len + n) ncap = len + n;
  const nbuf = allocCell(CELL_RAW, WB_DATA + (<usize>ncap << 2));
  memory.copy(nbuf + WB_DATA, wbBuf(wb) + WB_DATA, <usize>len << 2);
  store<u32>(nbuf, len, WB_LENGTH);
  store<u32>(nbuf, ncap, WB_CAPACITY);
  store<i64>(wb, boxObject(nbuf));
}

export function wbEmit(wb: usize, w: u32): void {
  wbReserve(wb, 1);
  const buf = wbBuf(wb);
  const len = load<u32>(buf, WB_LENGTH);
  store<u32>(buf + WB_DATA + (<usize>len << 2), w);
  store<u32>(buf, len + 1, WB_LENGTH);
}

export function wbEmit2(wb: usize, a: u32, b: u32): void { wbEmit(wb, a); wbEmit(wb, b); }

/** Open a gap of `n` words at `at` (the words from `at` move up). */
export function wbInsert(wb: usize, at: u32, n: u32): void {
  wbReserve(wb, n);
  const buf = wbBuf(wb);
  const len = load<u32>(buf, WB_LENGTH);
  const p = buf + WB_DATA + (<usize>at << 2);
  memory.copy(p + (<usize>n << 2), p, <usize>(len - at) << 2);
  store<u32>(buf, len + n, WB_LENGTH);
}

/** Drop the words from `at` on. */
export function wbTruncate(wb: usize, at: u32): void { store<u32>(wbBuf(wb), at, WB_LENGTH); }

/** Reverse words [a, b) in place. */
function wbReverse(wb: usize, a: u32, b: u32): void {
  while (a + 1 < b) {
    b--;
    const x = wbGet(wb, a);
    wbSet(wb, a, wbGet(wb, b));
    wbSet(wb, b, x);
    a++;
  }
}

/** Rotate [a, len) so that the words from `mid` come first: a lookbehind's terms run last to
 *  first, so each new term goes in front of the ones before it. */
export function wbRotateToFront(wb: usize, a: u32, mid: u32): void {
  const len = wbLength(wb);
  wbReverse(wb, a, mid);
  wbReverse(wb, mid, len);
  wbReverse(wb, a, len);
}

/** The finished program: header fields and the buffer's words in a new raw cell. */
export function wbFinishProgram(wb: usize, flags: u32, ncap: u32, nslots: u32): usize {
  const len = wbLength(wb);
  const p = allocCell(CELL_RAW, P_CODE + (<usize>len << 2));
  store<u32>(p, flags, P_FLAGS);
  store<u32>(p, ncap, P_NCAP);
  store<u32>(p, nslots, P_NSLOTS);
  store<u32>(p, len, P_LENGTH);
  memory.copy(p + P_CODE, wbBuf(wb) + WB_DATA, <usize>len << 2);
  return p;
}
