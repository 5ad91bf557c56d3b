// JSON.stringify's serializer — ECMA-262 §25.5.2.2–§25.5.2.6 (SerializeJSONProperty,
// QuoteJSONString, SerializeJSONObject, SerializeJSONArray). The text goes into one string
// builder; the state of one call (replacer, property list, gap, stack) lives in shadow-stack slots
// so that a toJSON or replacer that calls JSON.stringify again gets its own.
import { CELL_PRIMITIVE_WRAPPER, OBJ_AUX } from "../layout.generated";
import {
  UNDEFINED, NULL, TRUE, EXCEPTION, isNumber, isString, isObject, isBoolean, isSymbol, isBigInt,
  toF64, boxString, boxObject, fromF64, ptr,
} from "../value";
import { cellKind } from "../heap/alloc";
import { pushRoot, saveSp, restoreSp, reserveSlots } from "../heap/stack";
import { strLength, strCharAt, strData } from "../string/string";
import { internStatic } from "../string/atoms";
import { sbAppendChar, sbAppendStatic, sbAppendString, sbAppendUtf16, sbAppendScratch } from "../string/builder";
import { arrayLength, arrayGet, arrayPush, arraySetLength } from "../object/array";
import { isCallable } from "../object/function";
import { throwRangeError, throwTypeError } from "../errors";
import { ToNumber, ToString } from "../ops/conversion";
import { Get, GetV, EnumerableOwnKeys, indexString } from "../ops/property";
import { Call } from "../ops/call";
import { NumberToString } from "../number/index";
import { isArray, lengthOf, getAt } from "./array-common";
import { throwCircular } from "./json-circular";

// The state slots of one JSON.stringify call (JSON_stringify reserves them).
export const ST_REPLACER: usize = 0;  // ReplacerFunction or undefined
export const ST_PROPERTIES: usize = 8; // PropertyList: an array of atoms, or undefined
export const ST_GAP: usize = 16;       // gap: a string (empty: no indentation)
export const ST_STACK: usize = 24;     // stack: an array of (key, object) pairs, for cycles
export const ST_SLOTS: i32 = 4;

/** Nesting past this throws like V8's stack check instead of overflowing the Wasm stack. */
const MAX_DEPTH: u32 = 5000;

const numberScratch = memory.data(2400);
const HEX = "0123456789abcdef";

/** The key of a property as a string: array elements carry their index as a number. */
function keyString(key: i64): i64 {
  return isNumber(key) ? boxString(indexString(<u32>toF64(key))) : key;
}

/** SerializeJSONProperty steps 1–4 after the Get: toJSON, the replacer function, then unwrapping
 *  Number/String/Boolean objects. The value to serialize, or EXCEPTION. */
export function resolveValue(st: usize, holder: i64, key: i64, value: i64): i64 {
  const sp0 = saveSp();
  pushRoot(holder);
  pushRoot(key);
  const args = reserveSlots(2); // (key as a string, value): the arguments of the calls below
  store<i64>(args, keyString(key));
  store<i64>(args, value, 8);
  if (isObject(value) || isBigInt(value)) {
    const toJSON = GetV(value, internStatic("toJSON"));
    if (toJSON == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
    if (isCallable(toJSON)) {
      value = Call(toJSON, value, args, 1);
      if (value == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
      store<i64>(args, value, 8);
    }
  }
  const replacer = load<i64>(st, ST_REPLACER);
  if (replacer != UNDEFINED) {
    value = Call(replacer, holder, args, 2);
    if (value == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
    store<i64>(args, value, 8);
  }
  if (isObject(value) && cellKind(ptr(value)) == CELL_PRIMITIVE_WRAPPER) {
    const data = load<i64>(ptr(value), OBJ_AUX);
    if (isNumber(data)) value = ToNumber(value);
    else if (isString(data)) { const s = ToString(value); value = s == 0 ? EXCEPTION : boxString(s); }
    else if (isBoolean(data) || isBigInt(data)) value = data;
  }
  restoreSp(sp0);
  return value;
}

/** Whether SerializeJSONProperty produces text for `v` (it returns undefined for undefined,
 *  symbols and functions). */
export function isSerializable(v: i64): bool {
  return v != UNDEFINED && !isSymbol(v) && !isCallable(v);
}

/** SerializeJSONProperty step 5 on: append the text of `v` (isSerializable). `key` names v in the
 *  circular-structure message. TRUE or EXCEPTION. */
export function serializeValue(st: usize, sb: usize, key: i64, v: i64): i64 {
  if (v == NULL) { sbAppendStatic(sb, "null"); return TRUE; }
  if (isBoolean(v)) { sbAppendStatic(sb, v == TRUE ? "true" : "false"); return TRUE; }
  if (isString(v)) { QuoteJSONString(sb, ptr(v)); return TRUE; }
  if (isNumber(v)) {
    const d = toF64(v);
    if (!isFinite(d)) sbAppendStatic(sb, "null");
    else sbAppendScratch(sb, numberScratch, NumberToString(d, numberScratch));
    return TRUE;
  }
  if (isBigInt(v)) return throwTypeError("Do not know how to serialize a BigInt");
  return serializeContainer(st, sb, key, v);
}

/** QuoteJSONString(value) — §25.5.2.3, well-formed: lone surrogates as \udxxx escapes. `s` must be
 *  rooted. */
export function QuoteJSONString(sb: usize, s: usize): void {
  sbAppendChar(sb, 34);
  const n = strLength(s);
  let run = 0; // start of the pending run of characters copied as they are
  for (let i = 0; i < n; i++) {
    const c = strCharAt(s, i);
    let escape = c < 0x20 || c == 34 || c == 92;
    if (c >= 0xD800 && c <= 0xDFFF) {
      const next: u32 = i + 1 < n ? strCharAt(s, i + 1) : 0;
      if (c <= 0xDBFF && next >= 0xDC00 && next <= 0xDFFF) { i++; continue; } // a pair
      escape = true;
    }
    if (!escape) continue;
    sbAppendUtf16(sb, strData(s) + (<usize>run << 1), i - run);
    run = i + 1;
    sbAppendChar(sb, 92);
    switch (c) {
      case 8: sbAppendChar(sb, 98); break;
      case 9: sbAppendChar(sb, 116); break;
      case 10: sbAppendChar(sb, 110); break;
      case 12: sbAppendChar(sb, 102); break;
      case 13: sbAppendChar(sb, 114); break;
      case 34: case 92: sbAppendChar(sb, c); break;
      default: {
        sbAppendChar(sb, 117);
        for (let shift = 12; shift >= 0; shift -= 4) {
          sbAppendChar(sb, <u32>load<u16>(changetype<usize>(HEX) + ((<usize>(c >> shift) & 15) << 1)));
        }
      }
    }
  }
  sbAppendUtf16(sb, strData(s) + (<usize>run << 1), n - run);
  sbAppendChar(sb, 34);
}

/** A line break and the indent of nesting level `level` (nothing without a gap). */
function newline(st: usize, sb: usize, level: u32): void {
  const gap = ptr(load<i64>(st, ST_GAP));
  if (strLength(gap) == 0) return;
  sbAppendChar(sb, 10);
  for (let i: u32 = 0; i < level; i++) sbAppendString(sb, gap);
}

/** SerializeJSONObject — §25.5.2.5 and SerializeJSONArray — §25.5.2.6: the stack check, the
 *  members with separators and indentation, then the closing bracket. TRUE or EXCEPTION. */
function serializeContainer(st: usize, sb: usize, key: i64, value: i64): i64 {
  const stack = ptr(load<i64>(st, ST_STACK));
  const n = arrayLength(stack);
  for (let i: u32 = 1; i < n; i += 2) {
    if (arrayGet(stack, i) == value) return throwCircular(stack, i - 1, key);
  }
  const level = n / 2 + 1;
  if (level > MAX_DEPTH) return throwRangeError("Maximum call stack size exceeded");
  arrayPush(stack, key);
  arrayPush(stack, value);
  const sp0 = saveSp();
  pushRoot(value);
  const r = isArray(value) ? serializeElements(st, sb, value, level)
    : serializeMembers(st, sb, value, level);
  restoreSp(sp0);
  arraySetLength(stack, n);
  return r;
}

/** The elements of array `a` (rooted) between [ and ]: holes and unserializable values as null. */
function serializeElements(st: usize, sb: usize, a: i64, level: u32): i64 {
  const len = lengthOf(a);
  if (len < 0) return EXCEPTION;
  sbAppendChar(sb, 91);
  for (let i: f64 = 0; i < len; i++) {
    if (i > 0) sbAppendChar(sb, 44);
    newline(st, sb, level);
    let v = getAt(a, i);
    if (v == EXCEPTION) return EXCEPTION;
    const k = fromF64(i);
    v = resolveValue(st, a, k, v);
    if (v == EXCEPTION) return EXCEPTION;
    if (!isSerializable(v)) { sbAppendStatic(sb, "null"); continue; }
    const spi = saveSp();
    pushRoot(v);
    const r = serializeValue(st, sb, k, v);
    restoreSp(spi);
    if (r == EXCEPTION) return EXCEPTION;
  }
  if (len > 0) newline(st, sb, level - 1);
  sbAppendChar(sb, 93);
  return TRUE;
}

/** The members of object `o` (rooted) between { and }: the PropertyList keys, or its own
 *  enumerable string keys; members whose value serializes to nothing are left out. */
function serializeMembers(st: usize, sb: usize, o: i64, level: u32): i64 {
  let keys = load<i64>(st, ST_PROPERTIES);
  if (keys == UNDEFINED) keys = boxObject(EnumerableOwnKeys(o));
  const sp0 = saveSp();
  pushRoot(keys);
  const gap = strLength(ptr(load<i64>(st, ST_GAP))) != 0;
  sbAppendChar(sb, 123);
  let count = 0;
  let r: i64 = TRUE;
  for (let i: u32 = 0; i < arrayLength(ptr(keys)); i++) {
    const k = arrayGet(ptr(keys), i);
    let v = Get(o, ptr(k), o);
    if (v != EXCEPTION) v = resolveValue(st, o, k, v);
    if (v == EXCEPTION) { r = EXCEPTION; break; }
    if (!isSerializable(v)) continue;
    if (count++ > 0) sbAppendChar(sb, 44);
    newline(st, sb, level);
    const spi = saveSp();
    pushRoot(v);
    QuoteJSONString(sb, ptr(k));
    sbAppendChar(sb, 58);
    if (gap) sbAppendChar(sb, 32);
    r = serializeValue(st, sb, k, v);
    restoreSp(spi);
    if (r == EXCEPTION) break;
  }
  restoreSp(sp0);
  if (r == EXCEPTION) return EXCEPTION;
  if (count > 0) newline(st, sb, level - 1);
  sbAppendChar(sb, 125);
  return TRUE;
}
