// The pattern compiler — §22.2.1 (syntax) and §22.2.2 (the semantics the bytecode encodes): a
// recursive-descent parser over the pattern string that emits matcher instructions (bytecode.ts)
// as it goes. A quantifier wraps the atom already emitted; inside a lookbehind each term moves
// in front of the previous ones, so the matcher reads the input right to left.
import { UNDEFINED, boxObject } from "../value";
import { saveSp, restoreSp, pushRoot } from "../heap/stack";
import {
  OP_BACK, OP_CHAR, OP_ANY, OP_ANY_ALL, OP_CLASS, OP_BOL, OP_EOL, OP_BOL_M, OP_EOL_M, OP_WORD_B,
  OP_NOT_WORD_B, OP_SAVE, OP_SPLIT, OP_GOTO, OP_REP_INIT, OP_REP_HEAD, OP_REP_ENTER, OP_REP_TAIL,
  OP_BACKREF, OP_LOOK, OP_LOOK_END, OP_MATCH, OP_SIMPLE_REP, LOOK_NEGATIVE, LOOK_BEHIND, INFINITE,
  F_IGNORE_CASE, F_MULTILINE, F_DOT_ALL, F_UNICODE, F_UNICODE_SETS,
  wbOpen, wbEmit, wbEmit2, wbGet, wbSet, wbLength, wbInsert, wbTruncate, wbRotateToFront,
  wbFinishProgram, instrLength, wbAddr,
} from "./bytecode";
import { canonicalize } from "./chars";
import { storeStartSet } from "./start-set";
import {
  pos, uMode, iMode, backward, wb, capCount, nextCap, nextReg, hasNames, parseError, beginParse,
  setPos, advance, setBackward, setCapCount, takeCapture, takeRegisters, fail, atEnd, peek, peekAt,
  eat, takePatternChar, isDigit,
} from "./parser-state";
import {
  scanGroups, collectGroupNames, parseGroupNameDecl, parseNamedReference, parseCharacterEscape,
  appendClassEscape, appendPropertyEscape, parseClass, finishClass,
} from "./parser-escapes";

export { parseError };

let mFlag: bool = false;
let sFlag: bool = false;
let depth: i32 = 0;
const MAX_DEPTH: i32 = 400;
const MAX_WORDS: u32 = 1 << 24;

// What kind of term was just parsed, for the quantifier after it.
const T_ATOM: i32 = 0;          // quantifiable
const T_ASSERTION: i32 = 1;     // ^ $ \b \B: "Nothing to repeat"
const T_LOOKBEHIND: i32 = 2;    // "Invalid quantifier"
const T_LOOKAHEAD: i32 = 3;     // quantifiable outside u mode (Annex B)

/** Compile `source` under `flags` into out[0] (the program, a boxed raw cell) and out[1] (the
 *  group names vector, or undefined). `out` must be two rooted slots. False on a syntax error,
 *  whose message is parseError. */
export function compilePattern(source: usize, flags: u32, out: usize): bool {
  const sp0 = saveSp();
  pushRoot(boxObject(source)); // boxed as an object: a string cell needs no special tag to be marked
  const names = pushRoot(UNDEFINED);
  const buffer = wbOpen();
  beginParse(source, (flags & (F_UNICODE | F_UNICODE_SETS)) != 0, (flags & F_IGNORE_CASE) != 0, buffer, names);
  mFlag = (flags & F_MULTILINE) != 0;
  sFlag = (flags & F_DOT_ALL) != 0;
  depth = 0;
  setCapCount(scanGroups(0));
  collectGroupNames(capCount);
  let ok = parseDisjunction();
  if (ok && !atEnd()) ok = fail(peek() == 0x29 ? "Unmatched ')'" : "Unexpected character");
  if (ok && wbLength(wb) > MAX_WORDS) ok = fail("Regular expression too large");
  if (!ok) { restoreSp(sp0); return false; }
  wbEmit(wb, OP_MATCH);
  const prog = wbFinishProgram(wb, flags, capCount, 2 * capCount + nextReg);
  storeStartSet(prog);
  store<i64>(out, boxObject(prog));
  store<i64>(out, load<i64>(names), 8);
  restoreSp(sp0);
  return true;
}

/** Disjunction — alternatives tried in order: SPLIT to the next one, GOTO past the rest. The
 *  GOTOs are chained through their operands until the end is known. */
function parseDisjunction(): bool {
  if (++depth > MAX_DEPTH) return fail("Regular expression too large");
  let altStart = wbLength(wb);
  if (!parseAlternative()) return false;
  let chain: u32 = INFINITE;
  while (eat(0x7c)) {
    wbInsert(wb, altStart, 2);
    wbSet(wb, altStart, OP_SPLIT);
    wbEmit2(wb, OP_GOTO, chain);
    chain = wbLength(wb) - 2;
    wbSet(wb, altStart + 1, wbLength(wb) - altStart);
    altStart = wbLength(wb);
    if (!parseAlternative()) return false;
  }
  const end = wbLength(wb);
  while (chain != INFINITE) {
    const next = wbGet(wb, chain + 1);
    wbSet(wb, chain + 1, end - chain);
    chain = next;
  }
  depth--;
  return true;
}

function parseAlternative(): bool {
  const altStart = wbLength(wb);
  while (!atEnd() && peek() != 0x7c && peek() != 0x29) {
    const termStart = wbLength(wb);
    if (!parseTerm()) return false;
    if (backward) wbRotateToFront(wb, altStart, termStart);
  }
  return true;
}

/** Term — §22.2.1: an assertion, or an atom with an optional quantifier. */
function parseTerm(): bool {
  const atomStart = wbLength(wb);
  const capBefore = nextCap;
  const kind = parseAtom();
  if (kind < 0) return false;
  return parseQuantifier(atomStart, capBefore, kind);
}

/** The atom or assertion at pos: its T_* kind, or -1 on an error. */
function parseAtom(): i32 {
  const c = peek();
  const back = backward ? OP_BACK : 0;
  switch (c) {
    case 0x5e: advance(1); wbEmit(wb, mFlag ? OP_BOL_M : OP_BOL); return T_ASSERTION;
    case 0x24: advance(1); wbEmit(wb, mFlag ? OP_EOL_M : OP_EOL); return T_ASSERTION;
    case 0x2e: advance(1); wbEmit(wb, (sFlag ? OP_ANY_ALL : OP_ANY) | back); return T_ATOM;
    case 0x28: return parseGroup();
    case 0x5b: advance(1); return parseClass() ? T_ATOM : -1;
    case 0x5c: return parseAtomEscape();
    case 0x2a: case 0x2b: case 0x3f: fail("Nothing to repeat"); return -1;
    case 0x7b:
      if (isBracedQuantifier()) { fail("Nothing to repeat"); return -1; }
      if (uMode) { fail("Lone quantifier brackets"); return -1; }
      break;
    case 0x7d: case 0x5d:
      if (uMode) { fail("Lone quantifier brackets"); return -1; }
      break;
  }
  emitChar(takePatternChar());
  return T_ATOM;
}

function emitChar(c: u32): void {
  wbEmit2(wb, OP_CHAR | (backward ? OP_BACK : 0), iMode ? canonicalize(c, uMode) : c);
}

/** `\` AtomEscape, or the assertions \b and \B. */
function parseAtomEscape(): i32 {
  advance(1);
  const c = peek();
  if (c < 0) { fail("\\ at end of pattern"); return -1; }
  if (c == 0x62 || c == 0x42) { advance(1); wbEmit(wb, c == 0x62 ? OP_WORD_B : OP_NOT_WORD_B); return T_ASSERTION; }
  if (c >= 0x31 && c <= 0x39) { // DecimalEscape: a backreference, or Annex B octal/identity
    const save = pos;
    let n: u32 = 0;
    while (isDigit(peek())) { n = n * 10 + <u32>(peek() - 0x30); if (n > 100000) n = 100000; advance(1); }
    if (n < capCount) { wbEmit2(wb, OP_BACKREF | (backward ? OP_BACK : 0), n); return T_ATOM; }
    if (uMode) { fail("Invalid escape"); return -1; }
    setPos(save);
  } else if (c == 0x6b && (uMode || hasNames)) { // \k<name>
    advance(1);
    const n = parseNamedReference();
    if (n < 0) return -1;
    wbEmit2(wb, OP_BACKREF | (backward ? OP_BACK : 0), n);
    return T_ATOM;
  } else if (uMode && (c == 0x70 || c == 0x50)) { // \p{..} \P{..}
    advance(1);
    return emitClassWith(0, c == 0x50) ? T_ATOM : -1;
  } else if (appendClassEscapeAtom(c)) {
    return T_ATOM;
  }
  const v = parseCharacterEscape(false);
  if (v < 0) return -1;
  emitChar(<u32>v);
  return T_ATOM;
}

/** \d \D \s \S \w \W outside a class: a class of their ranges. */
function appendClassEscapeAtom(c: i32): bool {
  const lower = c | 0x20;
  if (lower != 0x64 && lower != 0x73 && lower != 0x77) return false;
  advance(1);
  emitClassWith(c, false);
  return true;
}

/** An OP_CLASS of class escape `c` (or, when c == 0, of the property escape at pos). */
function emitClassWith(c: i32, negate: bool): bool {
  const at = wbLength(wb);
  wbEmit(wb, OP_CLASS | (backward ? OP_BACK : 0));
  wbEmit2(wb, 0, 0);
  if (c != 0) appendClassEscape(c);
  else if (!appendPropertyEscape(negate)) return false;
  wbSet(wb, at + 2, (wbLength(wb) - at - 3) >> 1);
  finishClass(at);
  return true;
}

/** A group: capturing, named, non-capturing, or a lookaround. */
function parseGroup(): i32 {
  advance(1);
  let kind = T_ATOM;
  if (eat(0x3f)) {
    const c = peek();
    if (c == 0x3a) { // (?:
      advance(1);
      if (!parseDisjunction()) return -1;
    } else if (c == 0x3d || c == 0x21 || (c == 0x3c && (peekAt(1) == 0x3d || peekAt(1) == 0x21))) {
      const behind = c == 0x3c;
      if (behind) advance(1);
      const negative = peek() == 0x21;
      advance(1);
      kind = behind ? T_LOOKBEHIND : T_LOOKAHEAD;
      if (!parseLookaround(behind, negative)) return -1;
    } else if (c == 0x3c) { // (?<name>
      const index = takeCapture();
      if (!parseGroupNameDecl(index)) return -1;
      if (!parseCapture(index)) return -1;
    } else {
      fail("Invalid group");
      return -1;
    }
  } else {
    if (!parseCapture(takeCapture())) return -1;
  }
  if (!eat(0x29)) { fail("Unterminated group"); return -1; }
  return kind;
}

/** The body of capture group `index`: SAVE start, body, SAVE end (swapped when backward). */
function parseCapture(index: u32): bool {
  wbEmit2(wb, OP_SAVE, 2 * index + (backward ? 1 : 0));
  if (!parseDisjunction()) return false;
  wbEmit2(wb, OP_SAVE, 2 * index + (backward ? 0 : 1));
  return true;
}

/** (?= (?! (?<= (?<! : OP_LOOK kind end, the body (backward for lookbehind), OP_LOOK_END. */
function parseLookaround(behind: bool, negative: bool): bool {
  const at = wbLength(wb);
  wbEmit(wb, OP_LOOK);
  wbEmit2(wb, (negative ? LOOK_NEGATIVE : 0) | (behind ? LOOK_BEHIND : 0), 0);
  const saved = backward;
  setBackward(behind);
  const ok = parseDisjunction();
  setBackward(saved);
  if (!ok) return false;
  wbEmit(wb, OP_LOOK_END);
  wbSet(wb, at + 2, wbLength(wb) - at);
  return true;
}

// ---- Quantifiers ----

const quantMin = memory.data(4);
const quantMax = memory.data(4);

/** A decimal number at pos, saturating; -1 if there is no digit. */
function decimal(): i64 {
  if (!isDigit(peek())) return -1;
  let n: i64 = 0;
  while (isDigit(peek())) { n = n * 10 + <i64>(peek() - 0x30); if (n > 0xffffffff) n = 0xffffffff; advance(1); }
  return n;
}

/** Parse `{n}`, `{n,}` or `{n,m}` at pos into quantMin/quantMax; restores pos if it is not one. */
function parseBraced(): bool {
  const save = pos;
  advance(1);
  const min = decimal();
  if (min < 0) { setPos(save); return false; }
  let max = min;
  if (eat(0x2c)) {
    max = peek() == 0x7d ? <i64>INFINITE : decimal();
    if (max < 0) { setPos(save); return false; }
  }
  if (!eat(0x7d)) { setPos(save); return false; }
  store<u32>(quantMin, <u32>(min >= <i64>INFINITE ? INFINITE - 1 : min));
  store<u32>(quantMax, <u32>max);
  return true;
}

function isBracedQuantifier(): bool {
  const save = pos;
  const r = parseBraced();
  setPos(save);
  return r;
}

function parseQuantifier(atomStart: u32, capBefore: u32, kind: i32): bool {
  const c = peek();
  let min: u32, max: u32;
  if (c == 0x2a) { min = 0; max = INFINITE; advance(1); }
  else if (c == 0x2b) { min = 1; max = INFINITE; advance(1); }
  else if (c == 0x3f) { min = 0; max = 1; advance(1); }
  else if (c == 0x7b) {
    if (!parseBraced()) return uMode ? fail("Incomplete quantifier") : true;
    min = load<u32>(quantMin); max = load<u32>(quantMax);
  } else return true;
  const greedy = !eat(0x3f);
  if (kind == T_ASSERTION) return fail("Nothing to repeat");
  if (kind == T_LOOKBEHIND || (kind == T_LOOKAHEAD && uMode)) return fail("Invalid quantifier");
  if (min > max) return fail("numbers out of order in {} quantifier");
  wrapQuantifier(atomStart, capBefore, min, max, greedy);
  return true;
}

/** Whether the atom from `start` to the end is one character matcher (no captures inside). */
function isSimpleAtom(start: u32): bool {
  const op = wbGet(wb, start) & ~OP_BACK;
  if (op != OP_CHAR && op != OP_ANY && op != OP_ANY_ALL && op != OP_CLASS) return false;
  return start + instrLength(wbAddr(wb, 0), start) == wbLength(wb);
}

/** RepeatMatcher — §22.2.2.3.1 around the atom at [start, end). */
function wrapQuantifier(start: u32, capBefore: u32, min: u32, max: u32, greedy: bool): void {
  if (max == 0) { wbTruncate(wb, start); return; } // the atom never runs
  if (min == 1 && max == 1) return;
  if (isSimpleAtom(start)) {
    wbInsert(wb, start, 4);
    wbSet(wb, start, OP_SIMPLE_REP);
    wbSet(wb, start + 1, min);
    wbSet(wb, start + 2, max);
    wbSet(wb, start + 3, greedy ? 1 : 0);
    return;
  }
  const reg = 2 * capCount + takeRegisters();
  wbInsert(wb, start, 12);
  const head = start + 2;
  wbSet(wb, start, OP_REP_INIT); wbSet(wb, start + 1, reg);
  wbSet(wb, head, OP_REP_HEAD); wbSet(wb, head + 1, reg); wbSet(wb, head + 2, min);
  wbSet(wb, head + 3, max); wbSet(wb, head + 4, greedy ? 1 : 0);
  wbSet(wb, head + 6, OP_REP_ENTER); wbSet(wb, head + 7, reg);
  wbSet(wb, head + 8, 2 * capBefore); wbSet(wb, head + 9, 2 * nextCap);
  const tail = wbLength(wb);
  wbEmit2(wb, OP_REP_TAIL, reg);
  wbEmit2(wb, min, head - tail);
  wbSet(wb, head + 5, wbLength(wb) - head);
}
