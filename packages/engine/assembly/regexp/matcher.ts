// The backtracking matcher — §22.2.2: runs a compiled program (bytecode.ts) over a string. The
// continuation-passing semantics of the spec become an explicit backtrack stack of choice points
// and an undo log: every register write first pushes the old value, so failing back to a choice
// point restores the captures and loop counters of that moment. Only lookarounds recurse, as
// deep as they nest in the pattern (bounded by the parser), never per input character.
//
// Stack entries are 4 words: kind|pc, position or old value, count, start (for OP_SIMPLE_REP).
import { CELL_RAW } from "../layout.generated";
import { allocCell } from "../heap/alloc";
import { markCell } from "../heap/gc";
import { strLength, strData } from "../string/string";
import {
  OP_BACK, OP_CHAR, OP_ANY, OP_ANY_ALL, OP_CLASS, OP_BOL, OP_EOL, OP_BOL_M, OP_EOL_M, OP_WORD_B,
  OP_NOT_WORD_B, OP_SAVE, OP_SPLIT, OP_GOTO, OP_REP_INIT, OP_REP_HEAD, OP_REP_ENTER, OP_REP_TAIL,
  OP_BACKREF, OP_LOOK, OP_LOOK_END, OP_MATCH, OP_SIMPLE_REP, LOOK_NEGATIVE, F_IGNORE_CASE,
  F_UNICODE, F_UNICODE_SETS, P_FLAGS, P_NCAP, P_NSLOTS, P_START, P_CODE, CLASS_ASCII, CLASS_RANGES,
  instrLength,
} from "./bytecode";
import { canonicalize, isLineTerminator, isWordChar, classContains } from "./chars";
import { asciiSetHas } from "./ascii-set";
import { START_SET, START_NON_ASCII, START_ANCHORED } from "./start-set";

const E_CHOICE: u32 = 0;
const E_UNDO: u32 = 1 << 28;
const E_GREEDY: u32 = 2 << 28;
const E_LAZY: u32 = 3 << 28;
const E_KIND: u32 = 0xf << 28;
const ENTRY: usize = 16;
/** Backtrack entries before the match gives up with V8's stack-overflow RangeError. */
const MAX_ENTRIES: u32 = 4 << 20;

export const MATCH_FAILED: i32 = -1;
export const MATCH_OVERFLOW: i32 = -2;

// Reused between matches: the registers and the backtrack stack (raw cells, heap/roots.ts).
let slotsCell: usize = 0;
let stackCell: usize = 0;
let stackCap: u32 = 0;
let top: u32 = 0;

// The match in progress.
let code: usize = 0;
let input: usize = 0; // first code unit
let inputLen: i32 = 0;
let ignoreCase: bool = false;
let unicode: bool = false;
let ncap: u32 = 0;

export function markMatcherRoots(): void { markCell(slotsCell); markCell(stackCell); }

// @ts-ignore: decorator
@inline function slot(i: u32): i32 { return load<i32>(slotsCell + 8 + (<usize>i << 2)); }
// @ts-ignore: decorator
@inline function setSlotRaw(i: u32, v: i32): void { store<i32>(slotsCell + 8 + (<usize>i << 2), v); }
// @ts-ignore: decorator
@inline function word(pc: u32): u32 { return load<u32>(code + (<usize>pc << 2)); }
// @ts-ignore: decorator
@inline function unit(i: i32): u32 { return load<u16>(input + (<usize>i << 1)); }

/** Capture register `i` of the last successful match (2k: start of group k, 2k+1: end; -1). */
export function captureSlot(i: u32): i32 { return slot(i); }

/** Push an entry; false when the stack limit is reached. */
// @ts-ignore: decorator
@inline function push(a: u32, b: i32, c: u32, d: i32): bool {
  if (top == stackCap && !growStack()) return false;
  const e = stackCell + 8 + <usize>top * ENTRY;
  store<u32>(e, a); store<i32>(e, b, 4); store<u32>(e, c, 8); store<i32>(e, d, 12);
  top++;
  return true;
}

/** Double the backtrack stack; false at its limit. */
function growStack(): bool {
  if (stackCap >= MAX_ENTRIES) return false;
  const ncap = stackCap < 256 ? 256 : stackCap * 2;
  const cell = allocCell(CELL_RAW, 8 + <usize>ncap * ENTRY);
  if (stackCell != 0) memory.copy(cell + 8, stackCell + 8, <usize>top * ENTRY);
  stackCell = cell;
  stackCap = ncap;
  return true;
}

/** Set register `i`, logging the old value. */
function setSlot(i: u32, v: i32): bool {
  if (!push(E_UNDO | i, slot(i), 0, 0)) return false;
  setSlotRaw(i, v);
  return true;
}

/** The code point read at `pos` (backward: the one ending at pos), with its width in units in
 *  bits 21+; -1 at the input's edge. `limit` bounds a backward pair (a match start). */
function readChar(pos: i32, back: bool): i64 {
  if (!back) {
    if (pos >= inputLen) return -1;
    const c = unit(pos);
    if (unicode && (c & 0xfc00) == 0xd800 && pos + 1 < inputLen) {
      const d = unit(pos + 1);
      if ((d & 0xfc00) == 0xdc00) return <i64>(((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000) | (2 << 21);
    }
    return <i64>c | (1 << 21);
  }
  if (pos <= 0) return -1;
  const c = unit(pos - 1);
  if (unicode && (c & 0xfc00) == 0xdc00 && pos >= 2) {
    const l = unit(pos - 2);
    if ((l & 0xfc00) == 0xd800) return <i64>(((l - 0xd800) << 10) + (c - 0xdc00) + 0x10000) | (2 << 21);
  }
  return <i64>c | (1 << 21);
}

/** Whether the character matcher at `pc` (opcode `op`: CHAR, ANY, ANY_ALL, CLASS) accepts the
 *  code point `c`. */
// @ts-ignore: decorator
@inline function accepts(pc: u32, op: u32, c: u32): bool {
  switch (op & ~OP_BACK) {
    case OP_CHAR: return (ignoreCase ? canonicalize(c, unicode) : c) == word(pc + 1);
    case OP_ANY: return !isLineTerminator(c);
    case OP_CLASS: return c < 0x80 ? asciiSetHas(code + (<usize>(pc + CLASS_ASCII) << 2), c) : classAccepts(pc, c);
    default: return true; // OP_ANY_ALL
  }
}

/** The class at `pc` on a character its ASCII set does not cover. */
function classAccepts(pc: u32, c: u32): bool {
  return classContains(code + (<usize>(pc + CLASS_RANGES) << 2), word(pc + 2), c, ignoreCase, unicode) != (word(pc + 1) != 0);
}

// @ts-ignore: decorator
@inline function isSurrogate(c: u32): bool { return (c & 0xf800) == 0xd800; }

/** One character matcher (CHAR, ANY, ANY_ALL, CLASS) at `pc`: the new position or -1. The
 *  common case, forward over a code unit that is not half of a pair under u, inline. */
// @ts-ignore: decorator
@inline function matchOne(pc: u32, pos: i32): i32 {
  const op = word(pc);
  if ((op & OP_BACK) == 0 && pos < inputLen) {
    const c = unit(pos);
    if (!unicode || !isSurrogate(c)) return accepts(pc, op, c) ? pos + 1 : -1;
  }
  return matchOneChar(pc, op, pos);
}

/** matchOne on the code point at (or, backward, before) `pos`. */
function matchOneChar(pc: u32, op: u32, pos: i32): i32 {
  const back = (op & OP_BACK) != 0;
  const r = readChar(pos, back);
  if (r < 0 || !accepts(pc, op, <u32>r & 0x1fffff)) return -1;
  const w = <i32>(<u32>(r >> 21));
  return back ? pos - w : pos + w;
}

/** Words in the character matcher at `pc` (opcode `op`). */
// @ts-ignore: decorator
@inline function matcherLength(pc: u32, op: u32): u32 {
  const k = op & ~OP_BACK;
  return k == OP_CLASS ? CLASS_RANGES + 2 * word(pc + 2) : (k == OP_CHAR ? 2 : 1);
}

/** BackreferenceMatcher — §22.2.2.7.2 for group `n`: the new position or -1. */
function matchBackref(n: u32, pos: i32, back: bool): i32 {
  const s = slot(2 * n), e = slot(2 * n + 1);
  if (s < 0 || e < 0) return pos;
  const len = e - s;
  const from = back ? pos - len : pos;
  if (from < 0 || from + len > inputLen) return -1;
  for (let k = 0; k < len; k++) {
    const a = unit(s + k), b = unit(from + k);
    if (a == b) continue;
    if (!ignoreCase || canonicalize(a, unicode) != canonicalize(b, unicode)) return -1;
  }
  return back ? from : pos + len;
}

function isWordAt(i: i32): bool {
  return i >= 0 && i < inputLen && isWordChar(unit(i), unicode && ignoreCase);
}

/** Run the program from `pc` at `pos` until MATCH (or LOOK_END): the end position, or
 *  MATCH_FAILED once backtracking empties the stack down to `base`, or MATCH_OVERFLOW. */
function run(pc0: u32, pos0: i32, base: u32): i32 {
  let pc = pc0, pos = pos0;
  while (true) {
    const op = word(pc);
    let ok = true;
    switch (op & ~OP_BACK) {
      case OP_CHAR: case OP_ANY: case OP_ANY_ALL: case OP_CLASS: {
        const r = matchOne(pc, pos);
        if (r < 0) { ok = false; break; }
        pos = r;
        pc += matcherLength(pc, op);
        break;
      }
      case OP_BOL: ok = pos == 0; pc++; break;
      case OP_EOL: ok = pos == inputLen; pc++; break;
      case OP_BOL_M: ok = pos == 0 || isLineTerminator(unit(pos - 1)); pc++; break;
      case OP_EOL_M: ok = pos == inputLen || isLineTerminator(unit(pos)); pc++; break;
      case OP_WORD_B: ok = isWordAt(pos - 1) != isWordAt(pos); pc++; break;
      case OP_NOT_WORD_B: ok = isWordAt(pos - 1) == isWordAt(pos); pc++; break;
      case OP_SAVE:
        if (!setSlot(word(pc + 1), pos)) return MATCH_OVERFLOW;
        pc += 2;
        break;
      case OP_SPLIT:
        // A first branch whose first character fails here is skipped without a choice point.
        if (failsAt(pc + 2, pos)) { pc += word(pc + 1); break; }
        if (!push(E_CHOICE | (pc + word(pc + 1)), pos, 0, 0)) return MATCH_OVERFLOW;
        pc += 2;
        break;
      case OP_GOTO: pc += word(pc + 1); break;
      case OP_REP_INIT:
        if (!setSlot(word(pc + 1), 0)) return MATCH_OVERFLOW;
        pc += 2;
        break;
      case OP_REP_HEAD: {
        const count = <u32>slot(word(pc + 1));
        const exit = pc + word(pc + 5), enter = pc + 6;
        if (count >= word(pc + 3)) { pc = exit; break; }
        if (count < word(pc + 2)) { pc = enter; break; }
        const greedy = word(pc + 4) != 0;
        if (greedy && failsAt(enter + 4, pos)) { pc = exit; break; } // past REP_ENTER: the body
        if (!push(E_CHOICE | (greedy ? exit : enter), pos, 0, 0)) return MATCH_OVERFLOW;
        pc = greedy ? enter : exit;
        break;
      }
      case OP_REP_ENTER: {
        if (!setSlot(word(pc + 1) + 1, pos)) return MATCH_OVERFLOW;
        const hi = word(pc + 3);
        for (let s = word(pc + 2); s < hi; s++) {
          if (slot(s) != -1 && !setSlot(s, -1)) return MATCH_OVERFLOW;
        }
        pc += 4;
        break;
      }
      case OP_REP_TAIL: {
        const reg = word(pc + 1);
        const count = <u32>slot(reg);
        // An optional iteration that matched the empty string fails (§22.2.2.3.1 step 2.b).
        if (count >= word(pc + 2) && pos == slot(reg + 1)) { ok = false; break; }
        if (!setSlot(reg, <i32>(count + 1))) return MATCH_OVERFLOW;
        pc += word(pc + 3);
        break;
      }
      case OP_BACKREF: {
        const r = matchBackref(word(pc + 1), pos, (op & OP_BACK) != 0);
        if (r < 0) { ok = false; break; }
        pos = r;
        pc += 2;
        break;
      }
      case OP_LOOK: {
        const r = runLookaround(pc, pos);
        if (r == MATCH_OVERFLOW) return r;
        if (r < 0) { ok = false; break; }
        pc += word(pc + 2);
        break;
      }
      case OP_SIMPLE_REP: {
        const r = enterSimpleRep(pc, pos);
        if (r == MATCH_OVERFLOW) return r;
        if (r < 0) { ok = false; break; }
        pos = r;
        pc += 4 + instrLength(code, pc + 4);
        break;
      }
      default: return pos; // OP_MATCH, OP_LOOK_END
    }
    if (ok) continue;
    // Backtrack: undo register writes down to the most recent choice point.
    while (true) {
      if (top == base) return MATCH_FAILED;
      const e = stackCell + 8 + <usize>(top - 1) * ENTRY;
      const a = load<u32>(e), kind = a & E_KIND;
      if (kind == E_UNDO) { setSlotRaw(a & ~E_KIND, load<i32>(e, 4)); top--; continue; }
      pc = a & ~E_KIND;
      if (kind == E_CHOICE) { pos = load<i32>(e, 4); top--; break; }
      const r = resumeSimpleRep(e, pc);
      if (r < 0) continue;
      pos = r;
      pc += 4 + instrLength(code, pc + 4);
      break;
    }
  }
}

/** Whether the code from `pc` certainly fails at `pos`: its first instruction past SAVEs is a
 *  character matcher (or a repeat of at least one) that does not accept the character there. */
function failsAt(pc: u32, pos: i32): bool {
  while (word(pc) == OP_SAVE) pc += 2;
  let op = word(pc);
  if (op == OP_SIMPLE_REP && word(pc + 1) >= 1) { pc += 4; op = word(pc); }
  return (op == OP_CHAR || op == OP_CLASS) && matchOne(pc, pos) < 0;
}

/** OP_SIMPLE_REP (min, max, greedy, one character matcher): match as many (greedy) or as few
 *  (lazy) characters as allowed and leave one entry that gives one back / takes one more. */
function enterSimpleRep(pc: u32, pos: i32): i32 {
  const min = word(pc + 1), max = word(pc + 2), greedy = word(pc + 3) != 0;
  const limit = greedy ? max : min;
  const start = pos;
  const m = pc + 4;
  const forward = (word(m) & OP_BACK) == 0;
  let count: u32 = 0;
  while (count < limit) {
    if (forward) {
      const p = scanUnits(m, pos, limit - count);
      count += <u32>(p - pos);
      pos = p;
      // Stopped by the limit, the end, or a character that failed: done. Else a surrogate under u.
      if (count >= limit || pos >= inputLen || !unicode || !isSurrogate(unit(pos))) break;
    }
    const r = matchOne(m, pos);
    if (r < 0) break;
    pos = r;
    count++;
  }
  if (count < min) return MATCH_FAILED;
  const follow = followUnit(pc);
  if (follow >= 0) { // skip the positions where what follows cannot match
    if (greedy) {
      while (count > min && (pos >= inputLen || unit(pos) != <u32>follow)) { pos--; count--; }
    } else if (pos >= inputLen || unit(pos) != <u32>follow) {
      const p = takeUntil(m, pos, max - count, <u32>follow);
      if (p < 0) return MATCH_FAILED;
      count += <u32>(p - pos);
      pos = p;
    }
  }
  if (greedy ? count > min : count < max) {
    if (!push((greedy ? E_GREEDY : E_LAZY) | pc, pos, count, start)) return MATCH_OVERFLOW;
  }
  return pos;
}

/** The code unit that must be at the end of the OP_SIMPLE_REP at `pc` for the match to go on
 *  (the literal that follows it, past SAVEs), or -1. Only for a forward repeat without u or i,
 *  where a character is one unit compared exactly. */
function followUnit(pc: u32): i32 {
  if (unicode || ignoreCase || (word(pc + 4) & OP_BACK) != 0) return -1;
  let n = pc + 4 + matcherLength(pc + 4, word(pc + 4));
  while (word(n) == OP_SAVE) n += 2;
  return word(n) == OP_CHAR && word(n + 1) < 0x10000 ? <i32>word(n + 1) : -1;
}

/** A lazy repeat's next stop (no u): the first position from `pos` whose unit is `follow`,
 *  taking at most `room` characters that the matcher at `m` accepts; -1 if there is none. */
function takeUntil(m: u32, pos: i32, room: u32, follow: u32): i32 {
  const op = word(m);
  let end = inputLen;
  if (<u64>room < <u64>(end - pos)) end = pos + <i32>room;
  while (pos < end && unit(pos) != follow) {
    if (!accepts(m, op, unit(pos))) return -1;
    pos++;
  }
  return pos < inputLen && unit(pos) == follow ? pos : -1;
}

/** The position after the code units from `pos` that the forward character matcher at `m`
 *  accepts, at most `limit` of them; under u it stops before a surrogate (the caller reads the
 *  code point). The loop of a greedy repeat, one per matcher kind. */
function scanUnits(m: u32, pos: i32, limit: u32): i32 {
  const op = word(m);
  let end = inputLen;
  if (<u64>limit < <u64>(end - pos)) end = pos + <i32>limit;
  if (op == OP_CLASS) {
    const set = code + (<usize>(m + CLASS_ASCII) << 2);
    while (pos < end) {
      const c = unit(pos);
      if (c < 0x80) { if (!asciiSetHas(set, c)) break; }
      else if ((unicode && isSurrogate(c)) || !classAccepts(m, c)) break;
      pos++;
    }
  } else if (op == OP_ANY) {
    while (pos < end) {
      const c = unit(pos);
      if (isLineTerminator(c) || (unicode && isSurrogate(c))) break;
      pos++;
    }
  } else if (op == OP_ANY_ALL && !unicode) {
    pos = end;
  } else {
    while (pos < end) {
      const c = unit(pos);
      if ((unicode && isSurrogate(c)) || !accepts(m, op, c)) break;
      pos++;
    }
  }
  return pos;
}

/** Backtrack into the OP_SIMPLE_REP entry `e` (the top of the stack): the next position to try
 *  after it, or -1 (entry popped) when it has no alternative left. */
function resumeSimpleRep(e: usize, pc: u32): i32 {
  const min = word(pc + 1), max = word(pc + 2);
  const back = (word(pc + 4) & OP_BACK) != 0;
  let pos = load<i32>(e, 4);
  let count = load<u32>(e, 8);
  const follow = followUnit(pc);
  if ((load<u32>(e) & E_KIND) == E_LAZY) {
    let r = matchOne(pc + 4, pos); // take one more
    if (r < 0) { top--; return -1; }
    count++;
    if (follow >= 0 && count < max) { // and on to where what follows can match (no u: units)
      const p = takeUntil(pc + 4, r, max - count, <u32>follow);
      if (p < 0) { top--; return -1; }
      count += <u32>(p - r);
      r = p;
    }
    pos = r;
    if (count >= max) top--;
  } else {
    // Give back one character: the one that ends (or, backward, starts) at pos.
    const start = load<i32>(e, 12);
    const r = readChar(pos, !back);
    let w = <i32>(<u32>(r >> 21));
    if (back ? pos + w > start : pos - w < start) w = 1; // never split below the start
    pos = back ? pos + w : pos - w;
    count--;
    if (follow >= 0) while (count > min && unit(pos) != <u32>follow) { pos--; count--; }
    if (count <= min) top--;
  }
  store<i32>(e, pos, 4);
  store<u32>(e, count, 8);
  return pos;
}

/** OP_LOOK — §22.2.2.4 (?= (?! (?<= (?<!: the body runs as a nested match from `pos`. The
 *  capture registers are logged first, so backtracking past the assertion restores them. */
function runLookaround(pc: u32, pos: i32): i32 {
  for (let s: u32 = 2; s < 2 * ncap; s++) {
    if (!push(E_UNDO | s, slot(s), 0, 0)) return MATCH_OVERFLOW;
  }
  const h = top;
  const r = run(pc + 3, pos, h);
  if (r == MATCH_OVERFLOW) return r;
  top = h; // the body's choice points are gone: a lookaround is atomic
  const negative = (word(pc + 1) & LOOK_NEGATIVE) != 0;
  if (negative) return r >= 0 ? MATCH_FAILED : pos;
  return r >= 0 ? pos : MATCH_FAILED;
}

/** Whether a match can start with code unit `c` (the start set at `set`). */
// @ts-ignore: decorator
@inline function startsWith(set: usize, nonAscii: bool, c: u32): bool {
  return c < 0x80 ? asciiSetHas(set, c) : nonAscii;
}

/** Code units of the character at i (2 for a surrogate pair under u). */
function charWidth(i: i32): i32 {
  return unicode && i + 1 < inputLen && (unit(i) & 0xfc00) == 0xd800 && (unit(i + 1) & 0xfc00) == 0xdc00 ? 2 : 1;
}

/** Load the program and input for a match. */
function setup(prog: usize, str: usize): void {
  code = prog + P_CODE;
  input = strData(str);
  inputLen = strLength(str);
  const flags = load<u32>(prog, P_FLAGS);
  ignoreCase = (flags & F_IGNORE_CASE) != 0;
  unicode = (flags & (F_UNICODE | F_UNICODE_SETS)) != 0;
  ncap = load<u32>(prog, P_NCAP);
  const nslots = load<u32>(prog, P_NSLOTS);
  if (slotsCell == 0 || load<u32>(slotsCell, 4) < 8 + (nslots << 2)) {
    slotsCell = allocCell(CELL_RAW, 8 + (<usize>nslots << 2));
  }
}

/** Try a match at each position from `start` (only at `start` when sticky): the position of
 *  the match (captures in captureSlot), MATCH_FAILED, or MATCH_OVERFLOW. `prog` and `str` must be
 *  rooted by the caller (the backtrack stack may grow). */
export function matchFrom(prog: usize, str: usize, start: i32, sticky: bool): i32 {
  setup(prog, str);
  const nslots = load<u32>(prog, P_NSLOTS);
  // Under u the input is code points: a start inside a surrogate pair means the pair's start.
  if (unicode && start > 0 && start < inputLen && (unit(start) & 0xfc00) == 0xdc00 &&
      (unit(start - 1) & 0xfc00) == 0xd800) start--;
  // Where a match can start (start-set.ts): only at 0 when anchored by ^; else only where the
  // first code unit is in the start set (a match then consumes it, so not at the end).
  const kind = load<u32>(prog, P_START);
  if ((kind & START_ANCHORED) != 0) {
    if (start != 0) return MATCH_FAILED;
    sticky = true; // one attempt, at 0
  }
  const filter = (kind & START_SET) != 0;
  const set = prog + P_START + 4;
  const nonAscii = (kind & START_NON_ASCII) != 0;
  for (let i = start; i <= inputLen; ) {
    if (filter) {
      if (!sticky) while (i < inputLen && !startsWith(set, nonAscii, unit(i))) i++;
      if (i >= inputLen || !startsWith(set, nonAscii, unit(i))) break;
    }
    memory.fill(slotsCell + 8, 0xff, <usize>nslots << 2);
    top = 0;
    const r = run(0, i, 0);
    if (r >= 0) {
      setSlotRaw(0, i);
      setSlotRaw(1, r);
      releaseStack();
      return i;
    }
    if (r == MATCH_OVERFLOW || sticky) { releaseStack(); return r; }
    i += charWidth(i); // AdvanceStringIndex: by code point under u
  }
  releaseStack();
  return MATCH_FAILED;
}

/** Let a backtrack stack that grew past 1 MB go after the match (the next one starts small). */
function releaseStack(): void {
  if (stackCap > (1 << 16)) { stackCell = 0; stackCap = 0; }
}
