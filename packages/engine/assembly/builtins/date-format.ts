// The string forms of a time value, as V8 writes them: Date.prototype.toString (§21.4.4.41
// ToDateString, TimeString, DateString, TimeZoneString), toDateString, toTimeString, toUTCString
// (§21.4.4.43), toISOString (§21.4.4.36, Date Time String Format §21.4.1.32) and the en-US forms
// of toLocaleString/toLocaleDateString/toLocaleTimeString ("1/2/2026, 3:04:05 PM"). The local
// time zone is UTC (date-time.ts). Every function returns a new string cell.
import { internStatic } from "../string/atoms";
import { sbOpen, sbAppendChar, sbAppendStatic, sbFinish } from "../string/builder";
import {
  splitDate, civilYear, civilMonth, civilDate, WeekDay, HourFromTime, MinFromTime, SecFromTime,
  msFromTime,
} from "./date-time";

const DAY_NAMES = "SunMonTueWedThuFriSat";
const MONTH_NAMES = "JanFebMarAprMayJunJulAugSepOctNovDec";

/** The three-letter English name at `i` of a table of names. */
function appendName(sb: usize, table: string, i: i32): void {
  for (let k = 0; k < 3; k++) sbAppendChar(sb, table.charCodeAt(i * 3 + k));
}

/** Append non-negative integer `n` with at least `width` digits. */
export function appendPadded(sb: usize, n: f64, width: i32): void {
  const digits = memory.data(24);
  let k = 0;
  let v = n;
  do { store<u8>(digits + k++, <u8>(48 + <i32>(v % 10))); v = Math.floor(v / 10); } while (v > 0);
  for (let i = k; i < width; i++) sbAppendChar(sb, 48);
  while (k > 0) sbAppendChar(sb, load<u8>(digits + --k));
}

/** A year as toString and toUTCString write it: at least four digits, "-" before negatives. */
function appendYear(sb: usize, y: f64): void {
  if (y < 0) sbAppendChar(sb, 45);
  appendPadded(sb, Math.abs(y), 4);
}

/** "HH:mm:ss" */
function appendTime(sb: usize, t: f64): void {
  appendPadded(sb, <f64>HourFromTime(t), 2);
  sbAppendChar(sb, 58);
  appendPadded(sb, <f64>MinFromTime(t), 2);
  sbAppendChar(sb, 58);
  appendPadded(sb, <f64>SecFromTime(t), 2);
}

/** DateString(tv) — §21.4.4.41.2: "Tue Nov 24 2026". */
function appendDateString(sb: usize, t: f64): void {
  splitDate(t);
  appendName(sb, DAY_NAMES, WeekDay(t));
  sbAppendChar(sb, 32);
  appendName(sb, MONTH_NAMES, civilMonth);
  sbAppendChar(sb, 32);
  appendPadded(sb, <f64>civilDate, 2);
  sbAppendChar(sb, 32);
  appendYear(sb, civilYear);
}

/** TimeString(tv) + TimeZoneString(tv): "10:00:00 GMT+0000 (Coordinated Universal Time)". */
function appendTimeAndZone(sb: usize, t: f64): void {
  appendTime(sb, t);
  sbAppendStatic(sb, " GMT+0000 (Coordinated Universal Time)");
}

export const FORMAT_FULL: i32 = 0;  // toString
export const FORMAT_DATE: i32 = 1;  // toDateString
export const FORMAT_TIME: i32 = 2;  // toTimeString
export const FORMAT_UTC: i32 = 3;   // toUTCString
export const FORMAT_ISO: i32 = 4;   // toISOString (valid times only)
export const FORMAT_LOCALE: i32 = 5;       // toLocaleString
export const FORMAT_LOCALE_DATE: i32 = 6;  // toLocaleDateString
export const FORMAT_LOCALE_TIME: i32 = 7;  // toLocaleTimeString

/** The string of time value `t` in `format`; "Invalid Date" for NaN. */
export function formatDate(t: f64, format: i32): usize {
  if (t != t) return internStatic("Invalid Date");
  const sb = sbOpen();
  switch (format) {
    case FORMAT_FULL: appendDateString(sb, t); sbAppendChar(sb, 32); appendTimeAndZone(sb, t); break;
    case FORMAT_DATE: appendDateString(sb, t); break;
    case FORMAT_TIME: appendTimeAndZone(sb, t); break;
    case FORMAT_UTC: appendUTCString(sb, t); break;
    case FORMAT_ISO: appendISOString(sb, t); break;
    default: appendLocale(sb, t, format);
  }
  return sbFinish(sb);
}

/** toUTCString — §21.4.4.43: "Tue, 24 Nov 2026 10:00:00 GMT". */
function appendUTCString(sb: usize, t: f64): void {
  splitDate(t);
  appendName(sb, DAY_NAMES, WeekDay(t));
  sbAppendStatic(sb, ", ");
  appendPadded(sb, <f64>civilDate, 2);
  sbAppendChar(sb, 32);
  appendName(sb, MONTH_NAMES, civilMonth);
  sbAppendChar(sb, 32);
  appendYear(sb, civilYear);
  sbAppendChar(sb, 32);
  appendTime(sb, t);
  sbAppendStatic(sb, " GMT");
}

/** toISOString — "2026-11-24T10:00:00.000Z"; years outside 0-9999 as expanded years
 *  ("+010000", "-000001"). */
function appendISOString(sb: usize, t: f64): void {
  splitDate(t);
  const y = civilYear;
  if (y >= 0 && y <= 9999) appendPadded(sb, y, 4);
  else { sbAppendChar(sb, y < 0 ? 45 : 43); appendPadded(sb, Math.abs(y), 6); }
  sbAppendChar(sb, 45);
  appendPadded(sb, <f64>(civilMonth + 1), 2);
  sbAppendChar(sb, 45);
  appendPadded(sb, <f64>civilDate, 2);
  sbAppendChar(sb, 84);
  appendTime(sb, t);
  sbAppendChar(sb, 46);
  appendPadded(sb, <f64>msFromTime(t), 3);
  sbAppendChar(sb, 90);
}

/** en-US (ICU's default pattern): "11/24/2026, 10:00:00 AM"; years up to 0 count back from
 *  1 BC ("1/1/2" for the year -1). */
function appendLocale(sb: usize, t: f64, format: i32): void {
  if (format != FORMAT_LOCALE_TIME) {
    splitDate(t);
    appendPadded(sb, <f64>(civilMonth + 1), 1);
    sbAppendChar(sb, 47);
    appendPadded(sb, <f64>civilDate, 1);
    sbAppendChar(sb, 47);
    appendPadded(sb, civilYear <= 0 ? 1 - civilYear : civilYear, 1);
    if (format == FORMAT_LOCALE_DATE) return;
    sbAppendStatic(sb, ", ");
  }
  const h = HourFromTime(t);
  appendPadded(sb, <f64>(h % 12 == 0 ? 12 : h % 12), 1);
  sbAppendChar(sb, 58);
  appendPadded(sb, <f64>MinFromTime(t), 2);
  sbAppendChar(sb, 58);
  appendPadded(sb, <f64>SecFromTime(t), 2);
  sbAppendStatic(sb, h < 12 ? " AM" : " PM");
}
