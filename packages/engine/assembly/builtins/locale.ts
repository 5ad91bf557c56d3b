// The `locales` argument of Number and BigInt toLocaleString without Intl's data: ECMA-402
// CanonicalizeLocaleList (§9.2.1: a string or an array-like of strings, each a well-formed
// Unicode locale identifier, else a RangeError), the first tag chosen as ICU would pick it, and
// the number symbols node's ICU prints for the languages and regions listed below. Any other
// well-formed tag gets the default locale's (en-US) form; node, with all of ICU's data, may differ.
import { UNDEFINED, EXCEPTION, NULL, isString, isObject, boxString, ptr } from "../value";
import { pushRoot, saveSp, restoreSp } from "../heap/stack";
import { strLength, strCharAt } from "../string/string";
import { ToString } from "../ops/conversion";
import { HasProperty, Get, indexKey } from "../ops/property";
import { RANGE_ERROR, throwError, throwTypeError, throwRangeError } from "../errors";
import { sbOpen, sbAppendStatic, sbAppendChar, sbFinish } from "../string/builder";
import { toObjectOrThrow } from "./object";
import { lengthOf } from "./array-common";

/** A number format, packed: the group separator (bits 0-15), the decimal separator (16-23),
 *  FMT_MIN_TWO (group only from 5 integer digits: ICU's minimumGroupingDigits 2), FMT_INDIAN
 *  (groups of 2 above the last 3 digits). */
export const FMT_MIN_TWO: u32 = 1 << 24;
export const FMT_INDIAN: u32 = 1 << 25;
export const FORMAT_EN_US: u32 = 44 | (46 << 16); // "1,234.5"
const DOT_COMMA: u32 = 46 | (44 << 16);             // "1.234,5"
const NBSP_COMMA: u32 = 0xA0 | (44 << 16);          // "1 234,5", a no-break space
const NNBSP_COMMA: u32 = 0x202F | (44 << 16);       // "1 234,5", a narrow one

/** The separator before integer digit `i` of `n` in format `fmt`. */
export function groupSeparatorBefore(i: i32, n: i32, fmt: u32): bool {
  const left = n - i; // digits from i to the end
  if (i == 0 || left < 3 || ((fmt & FMT_MIN_TWO) != 0 && n < 5)) return false;
  if ((fmt & FMT_INDIAN) != 0 && left > 3) return (left - 3) % 2 == 0;
  return left % 3 == 0;
}

/** The format of the first locale in `locales` (§9.2.1), or -1 with an exception pending. */
export function LocaleNumberFormat(locales: i64): i64 {
  const tag = firstLocale(locales);
  if (tag == EXCEPTION) return -1;
  return tag == UNDEFINED ? FORMAT_EN_US : formatOf(ptr(tag));
}

/** CanonicalizeLocaleList(locales)'s first tag (a string), UNDEFINED for none, or EXCEPTION. */
function firstLocale(locales: i64): i64 {
  if (locales == UNDEFINED) return UNDEFINED;
  if (isString(locales)) return validTag(locales);
  const o = toObjectOrThrow(locales);
  if (o == EXCEPTION) return EXCEPTION;
  const sp0 = saveSp();
  pushRoot(o);
  const len = lengthOf(o);
  let first = UNDEFINED;
  const slot = pushRoot(UNDEFINED);
  for (let k: f64 = 0; k < len && first != EXCEPTION; k++) {
    const key = indexKey(<u32>k);
    if (!HasProperty(o, key)) continue;
    const v = Get(o, key, o);
    if (v == EXCEPTION) { first = EXCEPTION; break; }
    if (!isString(v) && !isObject(v)) { first = throwTypeError("Language ID should be string or object."); break; }
    const s = ToString(v);
    if (s == 0) { first = EXCEPTION; break; }
    const t = validTag(boxString(s));
    if (t == EXCEPTION) first = EXCEPTION;
    else if (first == UNDEFINED) { first = t; store<i64>(slot, t); }
  }
  restoreSp(sp0);
  return first;
}

// @ts-ignore: decorator
@inline function isAlpha(c: u32): bool { return (c | 32) >= 97 && (c | 32) <= 122; }
// @ts-ignore: decorator
@inline function isDigit(c: u32): bool { return c >= 48 && c <= 57; }

/** `tag` if it is a well-formed unicode_locale_id (UTS 35: language of 2-3 or 5-8 letters, then
 *  subtags of 1-8 letters and digits; a singleton opens an extension that needs a subtag), else a
 *  RangeError. */
function validTag(tag: i64): i64 {
  const s = ptr(tag);
  const n = strLength(s);
  let start = 0, index = 0, afterSingleton = false;
  for (let i = 0; i <= n; i++) {
    if (i < n && strCharAt(s, i) != 45) {
      const c = <u32>strCharAt(s, i);
      if (!isAlpha(c) && !(index > 0 && isDigit(c))) return badLocale();
      continue;
    }
    const len = i - start;
    if (len == 0 && i == n && index > 0) return invalidTag(s); // "en-"
    if (len < 1 || len > 8) return badLocale();
    if (index == 0 && (len < 2 || len == 4)) return badLocale();
    if (afterSingleton && len < 2 && strCharAt(s, start) != 120) return badLocale();
    afterSingleton = len == 1;
    start = i + 1;
    index++;
  }
  return afterSingleton ? invalidTag(s) : tag; // "en-a"
}

function badLocale(): i64 { return throwRangeError("Incorrect locale information provided"); }

/** V8's RangeError for a tag that ends in an empty subtag or a singleton: the tag lowercased. */
function invalidTag(s: usize): i64 {
  const sp0 = saveSp();
  pushRoot(boxString(s));
  const sb = sbOpen();
  sbAppendStatic(sb, "Invalid language tag: ");
  for (let i = 0; i < strLength(s); i++) {
    const c = <u32>strCharAt(s, i);
    sbAppendChar(sb, c >= 65 && c <= 90 ? c | 32 : c);
  }
  const message = sbFinish(sb);
  restoreSp(sp0);
  return throwError(RANGE_ERROR, message);
}

/** The lowercase ASCII of subtag [start, end) of `s` as a number (up to 3 letters), for matching. */
function subtagCode(s: usize, start: i32, end: i32): u32 {
  let code: u32 = 0;
  for (let i = start; i < end && i < start + 3; i++) code = (code << 8) | (<u32>strCharAt(s, i) | 32);
  return end - start > 3 ? 0 : code;
}

// @ts-ignore: decorator
@inline function code2(a: u32, b: u32): u32 { return (a << 8) | b; }

/** The format of well-formed tag `s`: by its language, then its region (node's ICU data). */
function formatOf(s: usize): u32 {
  const n = strLength(s);
  let end = 0;
  while (end < n && strCharAt(s, end) != 45) end++;
  const lang = subtagCode(s, 0, end);
  // The region: the first later subtag of 2 letters (after an optional 4-letter script).
  let region: u32 = 0;
  for (let start = end + 1, i = start; i <= n; i++) {
    if (i < n && strCharAt(s, i) != 45) continue;
    const len = i - start;
    if (len == 2) { region = subtagCode(s, start, i); break; }
    if (len != 4) break;
    start = i + 1;
  }
  if (lang == code2(101, 110)) { // en
    if (region == code2(105, 110)) return FORMAT_EN_US | FMT_INDIAN; // en-IN
    return region == code2(122, 97) ? NBSP_COMMA : FORMAT_EN_US; // en-ZA
  }
  if (lang == code2(104, 105)) return FORMAT_EN_US | FMT_INDIAN; // hi
  if (lang == code2(100, 101)) { // de
    if (region == code2(97, 116)) return NBSP_COMMA; // de-AT
    return region == code2(99, 104) ? 39 | (46 << 16) : DOT_COMMA; // de-CH: "1'234.5"
  }
  if (lang == code2(102, 114)) return region == code2(99, 97) ? NBSP_COMMA : NNBSP_COMMA; // fr, fr-CA
  if (lang == code2(101, 115) || lang == code2(105, 116)) return DOT_COMMA | FMT_MIN_TWO; // es, it
  if (lang == code2(110, 108) || lang == code2(112, 116)) return DOT_COMMA; // nl, pt
  if (lang == code2(112, 108)) return NBSP_COMMA | FMT_MIN_TWO; // pl
  return FORMAT_EN_US;
}
