// Where a match can start, computed once per compiled pattern and kept in the program header
// (bytecode.ts P_START) so the matcher's scan for a start position tests one bit per code unit
// instead of running the program at every index:
//
//   P_START + 0: kind bits: START_SET (the units below are the only ones a match can start
//                with), START_NON_ASCII (a unit >= 0x80 may start one), START_ANCHORED (every
//                path passes ^ without m first: a match can only start at index 0)
//   P_START + 4: the ASCII units a match can start with (ascii-set.ts)
//
// The walk follows every path from the program's start through the instructions that consume
// nothing (SAVE, assertions, SPLIT and GOTO, loop bookkeeping, lookarounds skipped whole) to
// the first character matcher, and adds what that matcher accepts. A path that can reach MATCH
// without consuming (an empty match), or a backreference, leaves no set.
import {
  OP_CHAR, OP_ANY, OP_ANY_ALL, OP_CLASS, OP_BOL, OP_EOL, OP_BOL_M, OP_EOL_M, OP_WORD_B,
  OP_NOT_WORD_B, OP_SAVE, OP_SPLIT, OP_GOTO, OP_REP_INIT, OP_REP_HEAD, OP_REP_ENTER, OP_REP_TAIL,
  OP_LOOK, OP_SIMPLE_REP, F_IGNORE_CASE, F_UNICODE, F_UNICODE_SETS, P_FLAGS, P_START, P_CODE,
  instrLength,
} from "./bytecode";
import { ASCII_SET_WORDS, addMatcherAscii, asciiSetSize } from "./ascii-set";

export const START_SET: u32 = 1;
export const START_NON_ASCII: u32 = 2;
export const START_ANCHORED: u32 = 4;

/** Paths explored before giving up (zero-width alternatives can multiply paths). */
const MAX_STEPS: i32 = 2000;

// The walk in progress.
let code: usize = 0;
let set: usize = 0;
let ignoreCase = false;
let unicode = false;
let steps: i32 = 0;
let known = true;      // the set is exact so far
let nonAscii = false;
let anchored = true;   // every path so far passed ^

// @ts-ignore: decorator
@inline function word(pc: u32): u32 { return load<u32>(code + (<usize>pc << 2)); }

/** Compute and store the start set of the finished program `prog`. */
export function storeStartSet(prog: usize): void {
  code = prog + P_CODE;
  set = prog + P_START + 4;
  const flags = load<u32>(prog, P_FLAGS);
  ignoreCase = (flags & F_IGNORE_CASE) != 0;
  unicode = (flags & (F_UNICODE | F_UNICODE_SETS)) != 0;
  steps = 0; known = true; nonAscii = false; anchored = true;
  memory.fill(set, 0, <usize>ASCII_SET_WORDS << 2);
  walk(0, false);
  let kind: u32 = 0;
  if (steps > MAX_STEPS) { known = false; anchored = false; }
  // A set that lets nearly everything through costs more to test than it saves.
  if (known && !(nonAscii && asciiSetSize(set) >= 0x70)) kind |= START_SET | (nonAscii ? START_NON_ASCII : 0);
  if (anchored) kind |= START_ANCHORED;
  store<u32>(prog, kind, P_START);
}

/** A path ends at `pc` (a character matcher or where the walk stops). */
function endPath(passedBol: bool): void {
  if (!passedBol) anchored = false;
}

/** Follow the paths from `pc` up to their first character matchers. */
function walk(pc0: u32, bol0: bool): void {
  let pc = pc0, bol = bol0;
  while (true) {
    if (++steps > MAX_STEPS) return;
    const op = word(pc); // top level: only forward instructions (OP_BACK is inside lookbehinds)
    switch (op) {
      case OP_CHAR: case OP_ANY: case OP_CLASS:
        addMatcher(pc);
        endPath(bol);
        return;
      case OP_SIMPLE_REP:
        addMatcher(pc + 4);
        endPath(bol); // the path that takes an iteration starts here
        if (word(pc + 1) >= 1) return;
        pc += instrLength(code, pc);
        continue;
      case OP_BOL: bol = true; pc++; continue;
      case OP_EOL: case OP_BOL_M: case OP_EOL_M: case OP_WORD_B: case OP_NOT_WORD_B: pc++; continue;
      case OP_SAVE: case OP_REP_INIT: pc += 2; continue;
      case OP_REP_ENTER: pc += 4; continue;
      case OP_SPLIT: walk(pc + word(pc + 1), bol); pc += 2; continue;
      case OP_GOTO: pc += word(pc + 1); continue;
      case OP_REP_HEAD:
        if (word(pc + 2) == 0) walk(pc + word(pc + 5), bol); // min 0: the loop may be skipped
        pc += 6;
        continue;
      case OP_REP_TAIL: {
        // An iteration that consumed nothing: the loop may go round again (the paths from its
        // head are being walked) or leave, so continue at its exit.
        const head = pc + word(pc + 3);
        pc = head + word(head + 5);
        continue;
      }
      case OP_LOOK: pc += word(pc + 2); continue; // zero-width: what follows still starts the match
      default: // OP_MATCH (an empty match), OP_BACKREF, OP_ANY_ALL
        known = false;
        endPath(bol);
        return;
    }
  }
}

function addMatcher(m: u32): void {
  if (word(m) == OP_ANY_ALL) { known = false; return; }
  if (addMatcherAscii(set, code + (<usize>m << 2), ignoreCase, unicode)) nonAscii = true;
}
