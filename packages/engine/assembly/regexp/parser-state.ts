// The state of one pattern compilation, shared by parser.ts (terms, groups, quantifiers) and
// parser-escapes.ts (escapes, classes, group names). Compilation never calls into JS and never
// nests, so module globals hold it; the pattern string and the word buffer are rooted by
// compilePattern for the duration.
import { strLength, strCharAt } from "../string/string";
import { keepStatic } from "../string/static";

export let src: usize = 0;       // the pattern string cell
export let srcLen: i32 = 0;
export let pos: i32 = 0;
export let uMode: bool = false;  // u (or v)
export let iMode: bool = false;
export let backward: bool = false; // inside a lookbehind: terms run right to left
export let wb: usize = 0;        // the word buffer slot (bytecode.ts)
export let capCount: u32 = 1;    // capture groups including group 0 (counted before parsing)
export let nextCap: u32 = 1;
export let nextReg: u32 = 0;     // quantifier registers allocated so far
export let namesSlot: usize = 0; // shadow-stack slot: boxed Vector of group names, or undefined
export let hasNames: bool = false;
/** V8's message for the first syntax error, "" while there is none. */
export let parseError: string = "";

export function beginParse(s: usize, unicode: bool, ignoreCase: bool, buffer: usize, names: usize): void {
  src = s; srcLen = strLength(s); pos = 0; uMode = unicode; iMode = ignoreCase; backward = false;
  wb = buffer; namesSlot = names; capCount = 1; nextCap = 1; nextReg = 0; hasNames = false;
  parseError = "";
}

export function setPos(p: i32): void { pos = p; }
export function advance(n: i32): void { pos += n; }
export function setBackward(b: bool): void { backward = b; }
export function setCapCount(n: u32): void { capCount = n; }
export function setHasNames(b: bool): void { hasNames = b; }
export function takeCapture(): u32 { return nextCap++; }
export function takeRegisters(): u32 { const r = nextReg; nextReg += 2; return r; }

/** Record a syntax error (the first one wins); returns false for `return fail("...")`. */
export function fail(msg: string): bool {
  if (parseError.length == 0) {
    parseError = msg;
    keepStatic(changetype<usize>(msg)); // held by a global (string/static.ts)
  }
  return false;
}

export function atEnd(): bool { return pos >= srcLen; }
/** The code unit at pos + k, or -1 past the end. */
export function peekAt(k: i32): i32 { return pos + k < srcLen ? <i32>strCharAt(src, pos + k) : -1; }
// @ts-ignore: decorator
@inline export function peek(): i32 { return peekAt(0); }
/** Consume `c` if it is next. */
export function eat(c: i32): bool {
  if (peek() != c) return false;
  pos++;
  return true;
}

/** The code unit at absolute index i, or -1. */
export function charAt(i: i32): i32 { return i < srcLen ? <i32>strCharAt(src, i) : -1; }

/** The pattern character at pos as a code point under u (a surrogate pair is one), consumed. */
export function takePatternChar(): u32 {
  const c = <u32>strCharAt(src, pos++);
  if (uMode && (c & 0xfc00) == 0xd800 && pos < srcLen) {
    const d = <u32>strCharAt(src, pos);
    if ((d & 0xfc00) == 0xdc00) { pos++; return ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000; }
  }
  return c;
}

export function isDigit(c: i32): bool { return c >= 0x30 && c <= 0x39; }
export function hexValue(c: i32): i32 {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x61 && c <= 0x66) return c - 0x61 + 10;
  if (c >= 0x41 && c <= 0x46) return c - 0x41 + 10;
  return -1;
}
