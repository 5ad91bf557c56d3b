// Time values — ECMA-262 §21.4.1: days, years, months and dates of a time value (ms since the
// epoch, UTC), MakeTime/MakeDay/MakeDate/TimeClip, and the current time. The local time zone is
// UTC: WASI has no time zone (and node runs the corpus with TZ=UTC), so LocalTime and UTC are the
// identity and the offset is 0.
import { clockRealtimeMillis } from "../io/clock";
import { initializing } from "../io/output";

export const msPerDay: f64 = 86400000;
const msPerHour: f64 = 3600000;
const msPerMinute: f64 = 60000;
const msPerSecond: f64 = 1000;

/** Day(t) — §21.4.1.3. */
// @ts-ignore: decorator
@inline export function Day(t: f64): f64 { return Math.floor(t / msPerDay); }

/** TimeWithinDay(t) — §21.4.1.4 (always non-negative). */
export function TimeWithinDay(t: f64): f64 {
  const r = t % msPerDay;
  return r < 0 ? r + msPerDay : r;
}

/** DaysInYear(y) — §21.4.1.5 as 365 or 366. */
export function DaysInYear(y: f64): f64 {
  if (y % 4 != 0) return 365;
  if (y % 100 != 0) return 366;
  return y % 400 != 0 ? 365 : 366;
}

/** DayFromYear(y) — §21.4.1.6. */
export function DayFromYear(y: f64): f64 {
  return 365 * (y - 1970) + Math.floor((y - 1969) / 4) - Math.floor((y - 1901) / 100) + Math.floor((y - 1601) / 400);
}

/** YearFromTime(t) — §21.4.1.8: an estimate from the mean year, corrected by one either way. */
export function YearFromTime(t: f64): f64 {
  const day = Day(t);
  let y = Math.floor(day / 365.2425) + 1970;
  while (DayFromYear(y) > day) y--;
  while (DayFromYear(y + 1) <= day) y++;
  return y;
}

/** First day of each month in a common year; leap years add one from March on. */
const MONTH_START = memory.data<u16>([0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365]);

// @ts-ignore: decorator
@inline function monthStart(m: i32, leap: bool): f64 {
  return <f64>load<u16>(MONTH_START + (<usize>m << 1)) + (leap && m >= 2 ? 1 : 0);
}

/** The year, month (0-11) and date (1-31) of time value `t`, left in the globals below
 *  (YearFromTime, MonthFromTime and DateFromTime — §21.4.1.8-11 — in one pass). */
export let civilYear: f64 = 0;
export let civilMonth: i32 = 0;
export let civilDate: i32 = 0;
export function splitDate(t: f64): void {
  const y = YearFromTime(t);
  const dayInYear = Day(t) - DayFromYear(y);
  const leap = DaysInYear(y) == 366;
  let m = 0;
  while (m < 11 && dayInYear >= monthStart(m + 1, leap)) m++;
  civilYear = y;
  civilMonth = m;
  civilDate = <i32>(dayInYear - monthStart(m, leap)) + 1;
}

/** WeekDay(t) — §21.4.1.12: 0 is Sunday. */
export function WeekDay(t: f64): i32 {
  const r = (Day(t) + 4) % 7;
  return <i32>(r < 0 ? r + 7 : r);
}

/** HourFromTime, MinFromTime, SecFromTime, msFromTime — §21.4.1.13. */
export function HourFromTime(t: f64): i32 { return <i32>Math.floor(TimeWithinDay(t) / msPerHour); }
export function MinFromTime(t: f64): i32 { return <i32>(Math.floor(TimeWithinDay(t) / msPerMinute) % 60); }
export function SecFromTime(t: f64): i32 { return <i32>(Math.floor(TimeWithinDay(t) / msPerSecond) % 60); }
export function msFromTime(t: f64): i32 { return <i32>(TimeWithinDay(t) % msPerSecond); }

/** ToIntegerOrInfinity for the Make* operations (their arguments are finite here). */
// @ts-ignore: decorator
@inline function integer(d: f64): f64 { const t = Math.trunc(d); return t == 0 ? 0 : t; }

/** MakeTime(hour, min, sec, ms) — §21.4.1.14. */
export function MakeTime(hour: f64, min: f64, sec: f64, ms: f64): f64 {
  if (!isFinite(hour) || !isFinite(min) || !isFinite(sec) || !isFinite(ms)) return NaN;
  return integer(hour) * msPerHour + integer(min) * msPerMinute + integer(sec) * msPerSecond + integer(ms);
}

/** MakeDay(year, month, date) — §21.4.1.15. Years far outside TimeClip's range give NaN. */
export function MakeDay(year: f64, month: f64, date: f64): f64 {
  if (!isFinite(year) || !isFinite(month) || !isFinite(date)) return NaN;
  const m = integer(month);
  const ym = integer(year) + Math.floor(m / 12);
  if (!isFinite(ym) || Math.abs(ym) > 1000000) return NaN;
  let mn = m % 12;
  if (mn < 0) mn += 12;
  const day = DayFromYear(ym) + monthStart(<i32>mn, DaysInYear(ym) == 366);
  return day + integer(date) - 1;
}

/** MakeDate(day, time) — §21.4.1.16. */
export function MakeDate(day: f64, time: f64): f64 {
  if (!isFinite(day) || !isFinite(time)) return NaN;
  const tv = day * msPerDay + time;
  return isFinite(tv) ? tv : NaN;
}

/** TimeClip(time) — §21.4.1.31. */
export function TimeClip(time: f64): f64 {
  if (!isFinite(time) || Math.abs(time) > 8.64e15) return NaN;
  return integer(time);
}

/** The current time value. A main module's top level runs at build time, under Wizer, where WASI
 *  cannot be called: there the clock reads NaN (an invalid date) rather than trap. */
export function now(): f64 {
  if (initializing) return NaN;
  return clockRealtimeMillis();
}
