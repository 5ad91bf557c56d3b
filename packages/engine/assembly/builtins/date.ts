// The Date constructor and Date.prototype — ECMA-262 §21.4. A Date is a CELL_DATE object whose
// OBJ_AUX holds [[DateValue]] as a number. The time math is in date-time.ts, the string forms in
// date-format.ts, parsing in date-parse.ts. Local time is UTC, so each getter and setter serves
// its UTC twin as well (the same native under two names).
import { CELL_DATE, OBJ_AUX, OBJ_AUX_BYTES, PROP_CONFIGURABLE } from "../layout.generated";
import {
  UNDEFINED, NULL, EXCEPTION, isObject, isString, isNumber, toF64, fromF64, boxObject, boxString, ptr,
} from "../value";
import { cellKind } from "../heap/alloc";
import { pushRoot, saveSp, restoreSp } from "../heap/stack";
import { internStatic } from "../string/atoms";
import { allocObject, OrdinaryObjectCreate, putHidden } from "../object/object";
import { newTarget, isCallable } from "../object/function";
import { ObjectPrototype, DatePrototype, setDatePrototype } from "../realm";
import { throwTypeError, throwRangeError } from "../errors";
import { ToNumber, ToPrimitive, ToStringValue, OrdinaryToPrimitive } from "../ops/conversion";
import { throwWithValue } from "../ops/property-errors";
import { strIsStatic } from "./inspect-primitive";
import { SymbolToPrimitive } from "./symbol";
import { GetV } from "../ops/property";
import { Call } from "../ops/call";
import { arg, defineConstructor, defineMethod, defineKeyedMethod, GetPrototypeFromConstructor } from "./native";
import { throwIncompatible } from "./collections-common";
import { toObjectOrThrow } from "./object";
import {
  Day, TimeWithinDay, MakeDay, MakeTime, MakeDate, TimeClip, splitDate, civilYear, civilMonth,
  civilDate, WeekDay, HourFromTime, MinFromTime, SecFromTime, msFromTime, now,
} from "./date-time";
import {
  formatDate, FORMAT_FULL, FORMAT_DATE, FORMAT_TIME, FORMAT_UTC, FORMAT_ISO, FORMAT_LOCALE,
  FORMAT_LOCALE_DATE, FORMAT_LOCALE_TIME,
} from "./date-format";
import { parseDate } from "./date-parse";

// @ts-ignore: decorator
@inline export function isDate(v: i64): bool { return isObject(v) && cellKind(ptr(v)) == CELL_DATE; }

/** [[DateValue]] of Date cell `o`. */
// @ts-ignore: decorator
@inline export function dateValue(o: usize): f64 { return toF64(load<i64>(o, OBJ_AUX)); }
// @ts-ignore: decorator
@inline function setDateValue(o: usize, t: f64): void { store<i64>(o, fromF64(t), OBJ_AUX); }

// ---- The constructor and its functions ----

/** The time value of the components in `argv` (year, month [, date, hours, minutes, seconds,
 *  ms]) — Date(...values) step 5 and Date.UTC — or NaN with an exception pending (`failed`). */
let failed = false;
function timeFromComponents(argv: usize, argc: i32): f64 {
  const sp0 = saveSp();
  const parts = memory.data(7 * 8);
  for (let i = 0; i < 7; i++) {
    let d: f64 = i == 0 ? NaN : i == 2 ? 1 : 0; // Date.UTC() has no year: NaN
    if (i < argc) {
      const n = ToNumber(arg(argv, argc, i));
      if (n == EXCEPTION) { failed = true; restoreSp(sp0); return NaN; }
      d = toF64(n);
    }
    store<f64>(parts + (<usize>i << 3), d);
  }
  restoreSp(sp0);
  let y = load<f64>(parts);
  if (y == y) { const yi = Math.trunc(y); if (yi >= 0 && yi <= 99) y = 1900 + yi; }
  return MakeDate(MakeDay(y, load<f64>(parts, 8), load<f64>(parts, 16)),
    MakeTime(load<f64>(parts, 24), load<f64>(parts, 32), load<f64>(parts, 40), load<f64>(parts, 48)));
}

/** Date(...values) — §21.4.2.1. */
function Date_ctor(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  const nt = newTarget; // only valid at entry
  if (nt == UNDEFINED) return boxString(formatDate(now(), FORMAT_FULL));
  let tv: f64;
  if (argc == 0) tv = now();
  else if (argc == 1) {
    const value = arg(argv, argc, 0);
    if (isDate(value)) tv = dateValue(ptr(value));
    else {
      const v = ToPrimitive(value, 0);
      if (v == EXCEPTION) return EXCEPTION;
      if (isString(v)) tv = parseDate(ptr(v));
      else {
        const n = ToNumber(v);
        if (n == EXCEPTION) return EXCEPTION;
        tv = TimeClip(toF64(n));
      }
    }
  } else {
    failed = false;
    tv = timeFromComponents(argv, argc);
    if (failed) return EXCEPTION;
  }
  const proto = GetPrototypeFromConstructor(nt, callee, DatePrototype);
  if (proto == EXCEPTION) return EXCEPTION;
  const sp0 = saveSp();
  pushRoot(proto);
  const o = allocObject(CELL_DATE, OBJ_AUX_BYTES, proto);
  setDateValue(o, TimeClip(tv));
  restoreSp(sp0);
  return boxObject(o);
}

/** Date.now() — §21.4.3.1. */
function Date_now(c: u32, thisv: i64, argv: usize, argc: i32): i64 { return fromF64(now()); }

/** Date.parse(string) — §21.4.3.2. */
function Date_parse(c: u32, thisv: i64, argv: usize, argc: i32): i64 {
  const v = arg(argv, argc, 0);
  let s: usize;
  if (isString(v)) s = ptr(v);
  else {
    const r = ToStringValue(v);
    if (r == EXCEPTION) return EXCEPTION;
    s = ptr(r);
  }
  return fromF64(parseDate(s));
}

/** Date.UTC(year [, month [, date [, hours [, minutes [, seconds [, ms]]]]]]) — §21.4.3.4. */
function Date_UTC(c: u32, thisv: i64, argv: usize, argc: i32): i64 {
  failed = false;
  const t = timeFromComponents(argv, argc);
  if (failed) return EXCEPTION;
  return fromF64(TimeClip(t));
}

// ---- Getters ----

const F_YEAR: i32 = 0;
const F_MONTH: i32 = 1;
const F_DATE: i32 = 2;
const F_HOURS: i32 = 3;
const F_MINUTES: i32 = 4;
const F_SECONDS: i32 = 5;
const F_MS: i32 = 6;
const F_DAY: i32 = 7;
const F_TIME: i32 = 8;
const F_OFFSET: i32 = 9;

/** Field `field` of a time value (finite). */
function fieldOf(t: f64, field: i32): f64 {
  switch (field) {
    case F_YEAR: splitDate(t); return civilYear;
    case F_MONTH: splitDate(t); return <f64>civilMonth;
    case F_DATE: splitDate(t); return <f64>civilDate;
    case F_HOURS: return <f64>HourFromTime(t);
    case F_MINUTES: return <f64>MinFromTime(t);
    case F_SECONDS: return <f64>SecFromTime(t);
    case F_MS: return <f64>msFromTime(t);
    case F_DAY: return <f64>WeekDay(t);
    case F_OFFSET: return 0; // (t - LocalTime(t)) / msPerMinute, UTC
  }
  return t;
}

/** The getters (§21.4.4.2-20): NaN for an invalid date; V8's TypeError for other receivers. */
function getField(thisv: i64, field: i32): i64 {
  if (!isDate(thisv)) return throwTypeError("this is not a Date object.");
  const t = dateValue(ptr(thisv));
  return fromF64(t != t ? NaN : fieldOf(t, field));
}

function Date_getFullYear(c: u32, t: i64, a: usize, n: i32): i64 { return getField(t, F_YEAR); }
function Date_getMonth(c: u32, t: i64, a: usize, n: i32): i64 { return getField(t, F_MONTH); }
function Date_getDate(c: u32, t: i64, a: usize, n: i32): i64 { return getField(t, F_DATE); }
function Date_getDay(c: u32, t: i64, a: usize, n: i32): i64 { return getField(t, F_DAY); }
function Date_getHours(c: u32, t: i64, a: usize, n: i32): i64 { return getField(t, F_HOURS); }
function Date_getMinutes(c: u32, t: i64, a: usize, n: i32): i64 { return getField(t, F_MINUTES); }
function Date_getSeconds(c: u32, t: i64, a: usize, n: i32): i64 { return getField(t, F_SECONDS); }
function Date_getMilliseconds(c: u32, t: i64, a: usize, n: i32): i64 { return getField(t, F_MS); }
function Date_getTime(c: u32, t: i64, a: usize, n: i32): i64 { return getField(t, F_TIME); }
function Date_getTimezoneOffset(c: u32, t: i64, a: usize, n: i32): i64 { return getField(t, F_OFFSET); }

/** Date.prototype.getYear() — §B.2.3.1. */
function Date_getYear(c: u32, thisv: i64, a: usize, n: i32): i64 {
  if (!isDate(thisv)) return throwIncompatible("Date.prototype.getYear", thisv);
  const t = dateValue(ptr(thisv));
  return fromF64(t != t ? NaN : fieldOf(t, F_YEAR) - 1900);
}

// ---- Setters ----

/** The setters (§21.4.4.20-28): arguments replace up to `max` fields from `first` (in the order
 *  year, month, date, hours, minutes, seconds, ms). As in V8, an invalid date converts only the
 *  first argument and stays invalid, except that setFullYear starts from +0. */
function setFields(thisv: i64, argv: usize, argc: i32, first: i32, max: i32, method: string): i64 {
  if (!isDate(thisv)) return throwIncompatible(method, thisv);
  const vals = memory.data(7 * 8);
  const sp0 = saveSp();
  pushRoot(thisv);
  const count = argc < 1 ? 1 : (argc < max ? argc : max);
  let t: f64 = 0;
  for (let i = 0; i < count; i++) {
    const n = ToNumber(arg(argv, argc, i));
    if (n == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
    store<f64>(vals + (<usize>i << 3), toF64(n));
    if (i == 0) {
      t = dateValue(ptr(thisv));
      if (t != t) {
        if (first != F_YEAR) { restoreSp(sp0); return fromF64(NaN); }
        t = 0;
      }
    }
  }
  restoreSp(sp0);
  const fields = memory.data(7 * 8);
  for (let f = 0; f < 7; f++) store<f64>(fields + (<usize>f << 3), fieldOf(t, f));
  for (let i = 0; i < count; i++) store<f64>(fields + (<usize>(first + i) << 3), load<f64>(vals + (<usize>i << 3)));
  const u = TimeClip(MakeDate(
    MakeDay(load<f64>(fields), load<f64>(fields, 8), load<f64>(fields, 16)),
    MakeTime(load<f64>(fields, 24), load<f64>(fields, 32), load<f64>(fields, 40), load<f64>(fields, 48))));
  setDateValue(ptr(thisv), u);
  return fromF64(u);
}

function Date_setFullYear(c: u32, t: i64, a: usize, n: i32): i64 { return setFields(t, a, n, F_YEAR, 3, "Date.prototype.setFullYear"); }
function Date_setMonth(c: u32, t: i64, a: usize, n: i32): i64 { return setFields(t, a, n, F_MONTH, 2, "Date.prototype.setMonth"); }
function Date_setDate(c: u32, t: i64, a: usize, n: i32): i64 { return setFields(t, a, n, F_DATE, 1, "Date.prototype.setDate"); }
function Date_setHours(c: u32, t: i64, a: usize, n: i32): i64 { return setFields(t, a, n, F_HOURS, 4, "Date.prototype.setHours"); }
function Date_setMinutes(c: u32, t: i64, a: usize, n: i32): i64 { return setFields(t, a, n, F_MINUTES, 3, "Date.prototype.setMinutes"); }
function Date_setSeconds(c: u32, t: i64, a: usize, n: i32): i64 { return setFields(t, a, n, F_SECONDS, 2, "Date.prototype.setSeconds"); }
function Date_setMilliseconds(c: u32, t: i64, a: usize, n: i32): i64 { return setFields(t, a, n, F_MS, 1, "Date.prototype.setMilliseconds"); }

/** Date.prototype.setTime(time) — §21.4.4.27. */
function Date_setTime(c: u32, thisv: i64, argv: usize, argc: i32): i64 {
  if (!isDate(thisv)) return throwIncompatible("Date.prototype.setTime", thisv);
  const n = ToNumber(arg(argv, argc, 0));
  if (n == EXCEPTION) return EXCEPTION;
  const u = TimeClip(toF64(n));
  setDateValue(ptr(thisv), u);
  return fromF64(u);
}

// ---- String forms ----

function toStringForm(thisv: i64, format: i32, method: string): i64 {
  if (!isDate(thisv)) return throwIncompatible(method, thisv);
  const t = dateValue(ptr(thisv));
  if (format == FORMAT_ISO && t != t) return throwRangeError("Invalid time value");
  return boxString(formatDate(t, format));
}

function Date_toString(c: u32, t: i64, a: usize, n: i32): i64 { return toStringForm(t, FORMAT_FULL, "Date.prototype.toString"); }
function Date_toDateString(c: u32, t: i64, a: usize, n: i32): i64 { return toStringForm(t, FORMAT_DATE, "Date.prototype.toDateString"); }
function Date_toTimeString(c: u32, t: i64, a: usize, n: i32): i64 { return toStringForm(t, FORMAT_TIME, "Date.prototype.toTimeString"); }
function Date_toISOString(c: u32, t: i64, a: usize, n: i32): i64 { return toStringForm(t, FORMAT_ISO, "Date.prototype.toISOString"); }
function Date_toUTCString(c: u32, t: i64, a: usize, n: i32): i64 { return toStringForm(t, FORMAT_UTC, "Date.prototype.toUTCString"); }
function Date_toLocaleString(c: u32, t: i64, a: usize, n: i32): i64 { return toStringForm(t, FORMAT_LOCALE, "Date.prototype.toLocaleString"); }
function Date_toLocaleDateString(c: u32, t: i64, a: usize, n: i32): i64 { return toStringForm(t, FORMAT_LOCALE_DATE, "Date.prototype.toLocaleDateString"); }
function Date_toLocaleTimeString(c: u32, t: i64, a: usize, n: i32): i64 { return toStringForm(t, FORMAT_LOCALE_TIME, "Date.prototype.toLocaleTimeString"); }

/** Date.prototype.toJSON(key) — §21.4.4.37. */
function Date_toJSON(c: u32, thisv: i64, argv: usize, argc: i32): i64 {
  const o = toObjectOrThrow(thisv);
  if (o == EXCEPTION) return EXCEPTION;
  const sp0 = saveSp();
  pushRoot(o);
  const tv = ToPrimitive(o, 1);
  if (tv == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
  if (isNumber(tv) && !isFinite(toF64(tv))) { restoreSp(sp0); return NULL; }
  const f = GetV(o, internStatic("toISOString"));
  if (f == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
  if (!isCallable(f)) { restoreSp(sp0); return throwTypeError("toISOString is not a function"); }
  const r = Call(f, o, 0, 0);
  restoreSp(sp0);
  return r;
}

export function initDate(global: usize): void {
  const proto = OrdinaryObjectCreate(boxObject(ObjectPrototype));
  setDatePrototype(proto);
  const ctor = defineConstructor(global, "Date", 7, Date_ctor, proto, true);
  defineMethod(ctor, "now", 0, Date_now);
  defineMethod(ctor, "parse", 1, Date_parse);
  defineMethod(ctor, "UTC", 7, Date_UTC);
  // In V8's property order.
  defineMethod(proto, "toString", 0, Date_toString);
  defineMethod(proto, "toDateString", 0, Date_toDateString);
  defineMethod(proto, "toTimeString", 0, Date_toTimeString);
  defineMethod(proto, "toISOString", 0, Date_toISOString);
  const utc = defineMethod(proto, "toUTCString", 0, Date_toUTCString);
  putHidden(proto, internStatic("toGMTString"), boxObject(utc)); // the same function (§B.2.3.3)
  defineMethod(proto, "getDate", 0, Date_getDate);
  defineMethod(proto, "setDate", 1, Date_setDate);
  defineMethod(proto, "getDay", 0, Date_getDay);
  defineMethod(proto, "getFullYear", 0, Date_getFullYear);
  defineMethod(proto, "setFullYear", 3, Date_setFullYear);
  defineMethod(proto, "getHours", 0, Date_getHours);
  defineMethod(proto, "setHours", 4, Date_setHours);
  defineMethod(proto, "getMilliseconds", 0, Date_getMilliseconds);
  defineMethod(proto, "setMilliseconds", 1, Date_setMilliseconds);
  defineMethod(proto, "getMinutes", 0, Date_getMinutes);
  defineMethod(proto, "setMinutes", 3, Date_setMinutes);
  defineMethod(proto, "getMonth", 0, Date_getMonth);
  defineMethod(proto, "setMonth", 2, Date_setMonth);
  defineMethod(proto, "getSeconds", 0, Date_getSeconds);
  defineMethod(proto, "setSeconds", 2, Date_setSeconds);
  defineMethod(proto, "getTime", 0, Date_getTime);
  defineMethod(proto, "setTime", 1, Date_setTime);
  defineMethod(proto, "getTimezoneOffset", 0, Date_getTimezoneOffset);
  defineMethod(proto, "getUTCDate", 0, Date_getDate);
  defineMethod(proto, "setUTCDate", 1, Date_setDate);
  defineMethod(proto, "getUTCDay", 0, Date_getDay);
  defineMethod(proto, "getUTCFullYear", 0, Date_getFullYear);
  defineMethod(proto, "setUTCFullYear", 3, Date_setFullYear);
  defineMethod(proto, "getUTCHours", 0, Date_getHours);
  defineMethod(proto, "setUTCHours", 4, Date_setHours);
  defineMethod(proto, "getUTCMilliseconds", 0, Date_getMilliseconds);
  defineMethod(proto, "setUTCMilliseconds", 1, Date_setMilliseconds);
  defineMethod(proto, "getUTCMinutes", 0, Date_getMinutes);
  defineMethod(proto, "setUTCMinutes", 3, Date_setMinutes);
  defineMethod(proto, "getUTCMonth", 0, Date_getMonth);
  defineMethod(proto, "setUTCMonth", 2, Date_setMonth);
  defineMethod(proto, "getUTCSeconds", 0, Date_getSeconds);
  defineMethod(proto, "setUTCSeconds", 2, Date_setSeconds);
  defineMethod(proto, "valueOf", 0, Date_getTime);
  defineMethod(proto, "getYear", 0, Date_getYear);
  defineMethod(proto, "toJSON", 1, Date_toJSON);
  defineMethod(proto, "toLocaleString", 0, Date_toLocaleString);
  defineMethod(proto, "toLocaleDateString", 0, Date_toLocaleDateString);
  defineMethod(proto, "toLocaleTimeString", 0, Date_toLocaleTimeString);
  defineKeyedMethod(proto, SymbolToPrimitive(), "[Symbol.toPrimitive]", 1, Date_toPrimitive, PROP_CONFIGURABLE);
}

/** Date.prototype[@@toPrimitive](hint) — §21.4.4.45: "default" converts as "string" does. */
function Date_toPrimitive(callee: u32, thisv: i64, argv: usize, argc: i32): i64 {
  if (!isObject(thisv)) return throwTypeError("Date.prototype [ @@toPrimitive ] called on non-object");
  const hint = arg(argv, argc, 0);
  if (isString(hint)) {
    const h = ptr(hint);
    if (strIsStatic(h, "string") || strIsStatic(h, "default")) return OrdinaryToPrimitive(thisv, 2);
    if (strIsStatic(h, "number")) return OrdinaryToPrimitive(thisv, 1);
  }
  return throwWithValue("Invalid hint: ", hint, "");
}
