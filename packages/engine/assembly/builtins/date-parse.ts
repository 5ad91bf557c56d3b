// Date.parse — ECMA-262 §21.4.3.2: the Date Time String Format (§21.4.1.32) as V8 reads it (date
// alone is UTC, date and time without an offset local time — also UTC here; days up to 31 in any
// month; 24:00 ends a day), then V8's legacy fallback for the forms toString and toUTCString
// produce and the common "Nov 24 2026 10:00 PM", "11/24/2026", "1995-12-17 03:24:00",
// "GMT+0100" variants. Anything else is NaN.
import { strLength, strCharAt } from "../string/string";
import { MakeDay, MakeTime, MakeDate, TimeClip } from "./date-time";

let src: usize = 0;
let len: i32 = 0;
let pos: i32 = 0;

// @ts-ignore: decorator
@inline function peek(): i32 { return pos < len ? <i32>strCharAt(src, pos) : -1; }
// @ts-ignore: decorator
@inline function isDigit(c: i32): bool { return c >= 48 && c <= 57; }
// @ts-ignore: decorator
@inline function lower(c: i32): i32 { return c >= 65 && c <= 90 ? c + 32 : c; }
// @ts-ignore: decorator
@inline function isAlpha(c: i32): bool { const l = lower(c); return l >= 97 && l <= 122; }

/** Exactly `n` digits as a number, or -1. */
function digits(n: i32): f64 {
  let v: f64 = 0;
  for (let i = 0; i < n; i++) {
    const c = peek();
    if (!isDigit(c)) return -1;
    v = v * 10 + <f64>(c - 48);
    pos++;
  }
  return v;
}

/** Consume `c` if it is next. */
function accept(c: i32): bool {
  if (peek() != c) return false;
  pos++;
  return true;
}

/** The time value of string `s`, or NaN. */
export function parseDate(s: usize): f64 {
  src = s;
  len = strLength(s);
  pos = 0;
  const iso = parseISO();
  if (iso == iso) return iso;
  pos = 0;
  const c = peek();
  if (c == 43 || c == 45) return NaN; // a malformed expanded year is not a legacy form either
  return parseLegacy();
}

// ---- Date Time String Format ----

function parseISO(): f64 {
  let year: f64;
  const c = peek();
  if (c == 43 || c == 45) { // expanded year: sign and six digits, never -000000
    pos++;
    year = digits(6);
    if (year < 0 || (c == 45 && year == 0)) return NaN;
    if (c == 45) year = -year;
  } else {
    year = digits(4);
    if (year < 0) return NaN;
  }
  let month: f64 = 1, day: f64 = 1;
  if (accept(45)) {
    month = digits(2);
    if (month < 1 || month > 12) return NaN;
    if (accept(45)) {
      day = digits(2);
      if (day < 1 || day > 31) return NaN;
    }
  }
  let h: f64 = 0, m: f64 = 0, sec: f64 = 0, ms: f64 = 0;
  let offset: f64 = 0;
  if (peek() == 84 || peek() == 116) { // T
    pos++;
    h = digits(2);
    if (h < 0 || !accept(58)) return NaN;
    m = digits(2);
    if (m < 0 || m > 59) return NaN;
    if (accept(58)) {
      sec = digits(2);
      if (sec < 0 || sec > 59) return NaN;
      if (accept(46)) { // fraction: any number of digits, milliseconds from the first three
        if (!isDigit(peek())) return NaN;
        let scale: f64 = 100;
        while (isDigit(peek())) { ms += <f64>(peek() - 48) * scale; scale /= 10; pos++; }
        ms = Math.floor(ms);
      }
    }
    if (h > 24 || (h == 24 && (m != 0 || sec != 0 || ms != 0))) return NaN;
    const z = peek();
    if (z == 90 || z == 122) pos++;
    else if (z == 43 || z == 45) {
      pos++;
      const oh = digits(2);
      if (oh < 0) return NaN;
      accept(58); // V8 also takes +hhmm
      const om = digits(2);
      if (om < 0 || oh > 23 || om > 59) return NaN;
      offset = (z == 45 ? -1 : 1) * (oh * 60 + om) * 60000;
    }
  }
  if (pos != len) return NaN;
  return TimeClip(MakeDate(MakeDay(year, month - 1, day), MakeTime(h, m, sec, ms)) - offset);
}

// ---- Legacy forms ----

const MONTHS = "janfebmaraprmayjunjulaugsepoctnovdec";
const NUMS = memory.data(3 * 8);      // up to three date numbers

/** A word's meaning: 1-12 a month, 20 am, 21 pm, 30 a UTC designator, 40 ignorable, 0 unknown. */
function classifyWord(start: i32, end: i32): i32 {
  const n = end - start;
  if (n < 1) return 0;
  const c0 = lower(<i32>strCharAt(src, start));
  if (n == 1 && c0 == 122) return 30; // Z
  if (n < 2) return 0;
  const c1 = lower(<i32>strCharAt(src, start + 1));
  if (n == 2 && c1 == 109 && (c0 == 97 || c0 == 112)) return c0 == 97 ? 20 : 21;
  if (n < 3) return 0;
  const c2 = lower(<i32>strCharAt(src, start + 2));
  if (n == 3 && ((c0 == 117 && c1 == 116 && c2 == 99) || (c0 == 103 && c1 == 109 && c2 == 116))) return 30;
  for (let i = 0; i < 12; i++) {
    if (MONTHS.charCodeAt(i * 3) == c0 && MONTHS.charCodeAt(i * 3 + 1) == c1 && MONTHS.charCodeAt(i * 3 + 2) == c2) return i + 1;
  }
  const days = "sunmontuewedthufrisat";
  for (let i = 0; i < 7; i++) {
    if (days.charCodeAt(i * 3) == c0 && days.charCodeAt(i * 3 + 1) == c1 && days.charCodeAt(i * 3 + 2) == c2) return 40;
  }
  return 0;
}

/** A run of digits: its value, with the count in `lastDigits`. */
let lastDigits: i32 = 0;
function number(): f64 {
  let v: f64 = 0;
  lastDigits = 0;
  while (isDigit(peek())) { v = v * 10 + <f64>(peek() - 48); pos++; lastDigits++; }
  return v;
}

function parseLegacy(): f64 {
  let count = 0, namedMonth = 0, ampm = 0;
  let h: f64 = -1, m: f64 = 0, sec: f64 = 0, ms: f64 = 0;
  let hasZone = false, offset: f64 = 0;
  while (pos < len) {
    const c = peek();
    if (isDigit(c)) {
      const v = number();
      if (peek() == 58 && h < 0) { // hh:mm[:ss[.mmm]]
        h = v;
        pos++;
        m = number();
        if (lastDigits == 0) return NaN;
        if (accept(58)) { sec = number(); if (lastDigits == 0) return NaN; }
        if (accept(46)) { const f = number(); ms = lastDigits >= 3 ? Math.floor(f / Math.pow(10, lastDigits - 3)) : f * Math.pow(10, 3 - lastDigits); }
        continue;
      }
      if (count == 3) return NaN;
      store<f64>(NUMS + (<usize>count << 3), v);
      count++;
      continue;
    }
    if ((c == 43 || c == 45) && (h >= 0 || hasZone) && pos + 1 < len && isDigit(<i32>strCharAt(src, pos + 1))) {
      pos++; // a zone offset: +hh, +hhmm or +hh:mm
      let v = number();
      if (lastDigits <= 2) { v *= 100; if (accept(58)) v += number(); }
      offset = (c == 45 ? -1 : 1) * (Math.floor(v / 100) * 60 + v % 100) * 60000;
      hasZone = true;
      continue;
    }
    if (isAlpha(c)) {
      const start = pos;
      while (isAlpha(peek())) pos++;
      const w = classifyWord(start, pos);
      if (w >= 1 && w <= 12) namedMonth = w;
      else if (w == 20 || w == 21) ampm = w;
      else if (w == 30) hasZone = true;
      else if (w == 0 && (count > 0 || h >= 0 || namedMonth != 0)) return NaN;
      continue;
    }
    if (c == 40) { // a parenthesized comment
      while (pos < len && peek() != 41) pos++;
      pos++;
      continue;
    }
    // A sign before a number that does not follow one: a negative year, which V8 rejects.
    if (c == 45 && pos > 0 && !isDigit(<i32>strCharAt(src, pos - 1)) && pos + 1 < len && isDigit(<i32>strCharAt(src, pos + 1))) return NaN;
    if (c == 32 || c == 44 || c == 45 || c == 47 || c == 46 || c == 9 || c == 10 || c == 13) { pos++; continue; }
    return NaN;
  }
  // V8's DayComposer: missing numbers are 1; with a month name, day and year (year first when
  // the first number cannot be a day); else y/m/d when the first cannot be a day, else m/d/y.
  if (count == 0) return NaN;
  for (let i = count; i < 3; i++) store<f64>(NUMS + (<usize>i << 3), 1);
  const n0 = load<f64>(NUMS), n1 = load<f64>(NUMS, 8), n2 = load<f64>(NUMS, 16);
  const firstIsDay = n0 >= 1 && n0 <= 31;
  let year: f64, month: f64, day: f64;
  if (namedMonth != 0) {
    month = <f64>namedMonth;
    if (firstIsDay) { day = n0; year = n1; } else { year = n0; day = n1; }
  } else if (!firstIsDay) {
    year = n0; month = n1; day = n2;
  } else {
    month = n0; day = n1; year = n2;
  }
  if (year >= 0 && year <= 49) year += 2000;
  else if (year >= 50 && year <= 99) year += 1900;
  if (month < 1 || month > 12 || day < 1 || day > 31) return NaN;
  if (h < 0) h = 0;
  if (ampm != 0) {
    if (h > 12) return NaN;
    if (h == 12) h = 0;
    if (ampm == 21) h += 12;
  }
  if (h > 24 || m > 59 || sec > 59 || (h == 24 && (m != 0 || sec != 0 || ms != 0))) return NaN;
  return TimeClip(MakeDate(MakeDay(year, month - 1, day), MakeTime(h, m, sec, ms)) - offset);
}
