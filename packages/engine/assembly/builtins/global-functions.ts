// The numeric function properties of the global object — ECMA-262 §19.2: isFinite, isNaN,
// parseFloat, parseInt. Number.parseFloat and Number.parseInt are the same function objects
// (§21.1.2.12-13), so number.ts reads them from here; initGlobalFunctions runs first.
import { EXCEPTION, isNumber, toF64, fromF64, fromBool, boxString } from "../value";
import { pushRoot, saveSp, restoreSp } from "../heap/stack";
import { strData, strLength } from "../string/string";
import { ToNumber, ToString, ToInt32 } from "../ops/conversion";
import { ParseFloat, ParseInt } from "../number/index";
import { arg, defineMethod } from "./native";

/** The %parseFloat% and %parseInt% intrinsics. */
export let ParseFloatFunction: usize = 0;
export let ParseIntFunction: usize = 0;

/** isFinite(number) — §19.2.2. */
function global_isFinite(c: u32, t: i64, argv: usize, argc: i32): i64 {
  const v = arg(argv, argc, 0);
  const n = isNumber(v) ? v : ToNumber(v);
  if (n == EXCEPTION) return EXCEPTION;
  return fromBool(isFinite(toF64(n)));
}

/** isNaN(number) — §19.2.3. */
function global_isNaN(c: u32, t: i64, argv: usize, argc: i32): i64 {
  const v = arg(argv, argc, 0);
  const n = isNumber(v) ? v : ToNumber(v);
  if (n == EXCEPTION) return EXCEPTION;
  return fromBool(isNaN(toF64(n)));
}

/** parseFloat(string) — §19.2.4: the longest prefix of the trimmed string that is a
 *  StrDecimalLiteral. */
function global_parseFloat(c: u32, t: i64, argv: usize, argc: i32): i64 {
  const s = ToString(arg(argv, argc, 0));
  if (s == 0) return EXCEPTION;
  return fromF64(ParseFloat(strData(s), strLength(s)));
}

/** parseInt(string, radix) — §19.2.5: ToString(string) before ToInt32(radix); the string stays
 *  rooted while ToNumber(radix) may run user code. */
function global_parseInt(c: u32, t: i64, argv: usize, argc: i32): i64 {
  const s = ToString(arg(argv, argc, 0));
  if (s == 0) return EXCEPTION;
  let radix: i32 = 0;
  const r = arg(argv, argc, 1);
  if (isNumber(r)) radix = ToInt32(toF64(r));
  else {
    const sp0 = saveSp();
    pushRoot(boxString(s));
    const n = ToNumber(r);
    restoreSp(sp0);
    if (n == EXCEPTION) return EXCEPTION;
    radix = ToInt32(toF64(n));
  }
  return fromF64(ParseInt(strData(s), strLength(s), radix));
}

export function initGlobalFunctions(global: usize): void {
  ParseFloatFunction = defineMethod(global, "parseFloat", 1, global_parseFloat);
  ParseIntFunction = defineMethod(global, "parseInt", 2, global_parseInt);
  defineMethod(global, "isNaN", 1, global_isNaN);
  defineMethod(global, "isFinite", 1, global_isFinite);
}
