// JSON.parse's parser — ECMA-262 §25.5.1 steps 1–4: the JSON grammar (ECMA-404) of a string, with
// node's (V8's json-parser.cc) SyntaxError messages and positions. Recursive descent over the
// UTF-16 code units of the source string; it runs no JS, so its state can be module globals.
// Values are built as they are parsed: every partial object or array is on the shadow stack.
import { SYNTAX_ERROR, throwError, throwRangeError } from "../errors";
import { UNDEFINED, NULL, TRUE, FALSE, EXCEPTION, boxObject, boxString, fromF64 } from "../value";
import { pushRoot, saveSp, restoreSp } from "../heap/stack";
import { strData, strLength, allocString, newStringFromUtf16 } from "../string/string";
import { intern, internDataUtf16 } from "../string/atoms";
import { sbOpen, sbAppendChar, sbAppendStatic, sbAppendUtf16, sbFinish } from "../string/builder";
import { OrdinaryObjectCreate, putOwn } from "../object/object";
import { ArrayCreate, arrayPush } from "../object/array";
import { ObjectPrototype } from "../realm";
import { A_empty } from "../names";
import { hexDigitValue } from "../number/chars";
import { StringToNumber } from "../number/index";

// The source: a rooted string cell (the caller keeps it on the shadow stack), its code units.
let src: usize = 0;
let len: i32 = 0;
let pos: i32 = 0;
let depth: i32 = 0;
/** V8's parser is iterative (no nesting limit); this one recurses, so past this nesting it throws
 *  a RangeError instead of overflowing the Wasm stack. */
const MAX_DEPTH: i32 = 50000;

// Error kinds: TOKEN derives the message from the character at the error position (V8's
// LookUpErrorMessageForJsonToken); the others are fixed templates "... in JSON at position N".
const E_TOKEN = 0, E_NO_NUMBER_AFTER_MINUS = 1, E_UNTERMINATED_FRACTION = 2, E_EXPONENT_MISSING = 3,
  E_UNTERMINATED_STRING = 4, E_BAD_ESCAPE = 5, E_BAD_UNICODE = 6, E_BAD_CONTROL = 7,
  E_PROP_OR_RBRACE = 8, E_DQ_PROPERTY_NAME = 9, E_COLON = 10, E_COMMA_OR_RBRACK = 11,
  E_COMMA_OR_RBRACE = 12, E_NON_WHITESPACE = 13;

// @ts-ignore: decorator
@inline function ch(i: i32): u32 { return i < len ? <u32>load<u16>(src + (<usize>i << 1)) : 0xFFFFFFFF; }
// @ts-ignore: decorator
@inline function isDigit(c: u32): bool { return c - 48 < 10; }
// @ts-ignore: decorator
@inline function isJsonWhitespace(c: u32): bool { return c == 32 || c == 9 || c == 10 || c == 13; }

function skipWhitespace(): void {
  while (pos < len && isJsonWhitespace(ch(pos))) pos++;
}

// ---- Errors ----

function appendInt(sb: usize, n: i32): void {
  if (n >= 10) appendInt(sb, n / 10);
  sbAppendChar(sb, 48 + <u32>(n % 10));
}

/** Whether the whole source is one of the strings V8 reports without a token ("undefined"...). */
function isSpecialSource(): bool {
  return equalsStatic("[object Object]") || equalsStatic("undefined") || equalsStatic("Infinity") ||
    equalsStatic("NaN");
}
function equalsStatic(lit: string): bool {
  return lit.length == len && memory.compare(src, changetype<usize>(lit), <usize>len << 1) == 0;
}

/** Up to 10 characters of context either side of the bad token, as V8 prints them. */
function appendTokenContext(sb: usize, at: i32): void {
  sbAppendStatic(sb, "Unexpected token '");
  sbAppendUtf16(sb, src + (<usize>at << 1), 1);
  sbAppendStatic(sb, "', ");
  if (len < 21) {
    sbAppendChar(sb, 34);
    sbAppendUtf16(sb, src, len);
    sbAppendChar(sb, 34);
  } else {
    const start = at < 10 ? 0 : at - 10;
    const end = at < len - 10 ? at + 10 : len;
    if (start > 0) sbAppendStatic(sb, "...");
    sbAppendChar(sb, 34);
    sbAppendUtf16(sb, src + (<usize>start << 1), end - start);
    sbAppendChar(sb, 34);
    if (end < len) sbAppendStatic(sb, "...");
  }
  sbAppendStatic(sb, " is not valid JSON");
}

function templateText(kind: i32): string {
  switch (kind) {
    case E_NO_NUMBER_AFTER_MINUS: return "No number after minus sign in JSON";
    case E_UNTERMINATED_FRACTION: return "Unterminated fractional number in JSON";
    case E_EXPONENT_MISSING: return "Exponent part is missing a number in JSON";
    case E_UNTERMINATED_STRING: return "Unterminated string in JSON";
    case E_BAD_ESCAPE: return "Bad escaped character in JSON";
    case E_BAD_UNICODE: return "Bad Unicode escape in JSON";
    case E_BAD_CONTROL: return "Bad control character in string literal in JSON";
    case E_PROP_OR_RBRACE: return "Expected property name or '}' in JSON";
    case E_DQ_PROPERTY_NAME: return "Expected double-quoted property name in JSON";
    case E_COLON: return "Expected ':' after property name in JSON";
    case E_COMMA_OR_RBRACK: return "Expected ',' or ']' after array element in JSON";
    case E_COMMA_OR_RBRACE: return "Expected ',' or '}' after property value in JSON";
    case E_NON_WHITESPACE: return "Unexpected non-whitespace character after JSON";
  }
  return "Unexpected token in JSON";
}

/** Throw node's SyntaxError for an error of `kind` at code unit `at` (V8's ReportUnexpectedToken). */
function fail(kind: i32, at: i32): i64 {
  const sb = sbOpen();
  if (kind == E_TOKEN) {
    const c = ch(at);
    if (at >= len) {
      sbAppendStatic(sb, "Unexpected end of JSON input");
    } else if (isDigit(c) || c == 45 || c == 34) {
      sbAppendStatic(sb, c == 34 ? "Unexpected string in JSON" : "Unexpected number in JSON");
      sbAppendStatic(sb, " at position ");
      appendInt(sb, at);
    } else if (isSpecialSource()) {
      sbAppendChar(sb, 34);
      sbAppendUtf16(sb, src, len);
      sbAppendStatic(sb, "\" is not valid JSON");
    } else {
      appendTokenContext(sb, at);
    }
  } else {
    sbAppendStatic(sb, templateText(kind));
    sbAppendStatic(sb, " at position ");
    appendInt(sb, at);
  }
  return throwError(SYNTAX_ERROR, sbFinish(sb));
}

/** Expect(token) after whitespace: consume `c` or fail with `kind` at the current character. */
function expect(c: u32, kind: i32): bool {
  skipWhitespace();
  if (ch(pos) == c) { pos++; return true; }
  fail(kind, pos);
  return false;
}

/** Check(token): consume `c` after whitespace if it is next. */
function check(c: u32): bool {
  skipWhitespace();
  if (ch(pos) != c) return false;
  pos++;
  return true;
}

// ---- Scalars ----

/** The rest of `true`, `false` or `null` (the first letter matched): V8's ScanLiteral reports the
 *  first differing character, or the end of input. */
function scanLiteral(lit: string, v: i64): i64 {
  const n = lit.length;
  for (let i = 1; i < n; i++) {
    if (ch(pos + i) != <u32>load<u16>(changetype<usize>(lit) + (<usize>i << 1))) return fail(E_TOKEN, pos + i);
  }
  pos += n;
  return v;
}

/** JSONNumber — validated as V8 does, converted by StringToNumber (the grammar is a subset). */
function parseNumber(): i64 {
  const start = pos;
  let c = ch(pos);
  if (c == 45) c = ch(++pos);
  if (c == 48) {
    c = ch(++pos);
    if (isDigit(c)) return fail(E_TOKEN, pos); // "Unexpected number": no leading zeros
  } else {
    const digits = pos;
    while (isDigit(ch(pos))) pos++;
    if (pos == digits) return fail(E_NO_NUMBER_AFTER_MINUS, pos);
  }
  if (ch(pos) == 46) {
    if (!isDigit(ch(++pos))) return fail(E_UNTERMINATED_FRACTION, pos);
    while (isDigit(ch(pos))) pos++;
  }
  if ((ch(pos) | 32) == 101) {
    c = ch(++pos);
    if (c == 43 || c == 45) c = ch(++pos);
    if (!isDigit(c)) return fail(E_EXPONENT_MISSING, pos);
    while (isDigit(ch(pos))) pos++;
  }
  return fromF64(StringToNumber(src + (<usize>start << 1), pos - start));
}

/** The code unit of escape letter `c` (one of "\/bfnrt), or -1. */
function simpleEscape(c: u32): i32 {
  switch (c) {
    case 34: case 47: case 92: return <i32>c;
    case 98: return 8;
    case 102: return 12;
    case 110: return 10;
    case 114: return 13;
    case 116: return 9;
  }
  return -1;
}

/** JSONString after its opening quote: a string cell (an atom for property keys), or 0 with the
 *  SyntaxError pending. A first pass validates and measures; escapes are decoded in a second. */
function scanString(isKey: bool): usize {
  const start = pos;
  let decoded = 0;
  let escapes = false;
  while (true) {
    if (pos >= len) { fail(E_UNTERMINATED_STRING, pos); return 0; }
    const c = ch(pos);
    if (c == 34) break;
    if (c == 92) {
      escapes = true;
      const e = ch(++pos);
      if (e == 117) {
        for (let i = 0; i < 4; i++) {
          if (hexDigitValue(ch(++pos)) < 0) { fail(E_BAD_UNICODE, pos); return 0; }
        }
      } else if (pos >= len || e > 0xFF) {
        fail(E_TOKEN, pos); return 0;
      } else if (simpleEscape(e) < 0) {
        fail(E_BAD_ESCAPE, pos); return 0;
      }
    } else if (c < 0x20) {
      fail(E_BAD_CONTROL, pos); return 0;
    }
    pos++;
    decoded++;
  }
  const end = pos++;
  const from = src + (<usize>start << 1);
  if (!escapes) {
    if (isKey) return internDataUtf16(from, end - start);
    return end == start ? A_empty : newStringFromUtf16(from, end - start);
  }
  const s = allocString(decoded);
  let out = strData(s);
  for (let i = start; i < end; i++) {
    let c = ch(i);
    if (c == 92) {
      const e = ch(++i);
      if (e == 117) {
        c = <u32>((hexDigitValue(ch(i + 1)) << 12) | (hexDigitValue(ch(i + 2)) << 8) |
          (hexDigitValue(ch(i + 3)) << 4) | hexDigitValue(ch(i + 4)));
        i += 4;
      } else {
        c = <u32>simpleEscape(e);
      }
    }
    store<u16>(out, <u16>c);
    out += 2;
  }
  if (!isKey) return s;
  const sp0 = saveSp();
  pushRoot(boxString(s)); // interning copies it into a new cell
  const atom = intern(s);
  restoreSp(sp0);
  return atom;
}

// ---- Values ----

/** JSONValue at the current position (after whitespace): a value, or EXCEPTION. */
function parseValue(): i64 {
  skipWhitespace();
  const c = ch(pos);
  if (c == 34) {
    pos++;
    const s = scanString(false);
    return s == 0 ? EXCEPTION : boxString(s);
  }
  if (c == 45 || isDigit(c)) return parseNumber();
  if (c == 123 || c == 91) {
    const r = ++depth > MAX_DEPTH ? throwRangeError("Maximum call stack size exceeded")
      : c == 123 ? parseObject() : parseArray();
    depth--;
    return r;
  }
  if (c == 116) return scanLiteral("true", TRUE);
  if (c == 102) return scanLiteral("false", FALSE);
  if (c == 110) return scanLiteral("null", NULL);
  return fail(E_TOKEN, pos);
}

/** JSONObject: keys in order of first appearance, a repeated key keeps its place and takes the
 *  last value; `__proto__` is an ordinary key (CreateDataProperty, not [[Set]]). */
function parseObject(): i64 {
  pos++;
  const sp0 = saveSp();
  const o = OrdinaryObjectCreate(boxObject(ObjectPrototype));
  if (check(125)) return boxObject(o);
  pushRoot(boxObject(o));
  const keySlot = pushRoot(UNDEFINED);
  let first = true;
  let r: i64 = boxObject(o);
  while (true) {
    if (!expect(34, first ? E_PROP_OR_RBRACE : E_DQ_PROPERTY_NAME)) { r = EXCEPTION; break; }
    const key = scanString(true);
    if (key == 0) { r = EXCEPTION; break; }
    store<i64>(keySlot, boxString(key));
    // Only the first colon has its own message (V8 passes none for later ones).
    if (!expect(58, first ? E_COLON : E_TOKEN)) { r = EXCEPTION; break; }
    const v = parseValue();
    if (v == EXCEPTION) { r = EXCEPTION; break; }
    putOwn(o, key, v);
    first = false;
    if (check(44)) continue;
    if (!expect(125, E_COMMA_OR_RBRACE)) r = EXCEPTION;
    break;
  }
  restoreSp(sp0);
  return r;
}

/** JSONArray. */
function parseArray(): i64 {
  pos++;
  const sp0 = saveSp();
  const a = ArrayCreate(0, 0);
  if (check(93)) return boxObject(a);
  pushRoot(boxObject(a));
  let r: i64 = boxObject(a);
  while (true) {
    const v = parseValue();
    if (v == EXCEPTION) { r = EXCEPTION; break; }
    arrayPush(a, v);
    if (check(44)) continue;
    if (!expect(93, E_COMMA_OR_RBRACK)) r = EXCEPTION;
    break;
  }
  restoreSp(sp0);
  return r;
}

/** Parse the whole of string cell `text` (rooted by the caller): the value, or EXCEPTION with
 *  node's SyntaxError pending. */
export function ParseJSONText(text: usize): i64 {
  src = strData(text);
  len = strLength(text);
  pos = 0;
  depth = 0;
  const v = parseValue();
  if (v == EXCEPTION) return EXCEPTION;
  skipWhitespace();
  if (pos < len) {
    const sp0 = saveSp();
    pushRoot(v);
    fail(E_NON_WHITESPACE, pos);
    restoreSp(sp0);
    return EXCEPTION;
  }
  return v;
}
