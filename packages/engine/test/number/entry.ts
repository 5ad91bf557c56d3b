// Test entry for the number conversions: thin wrappers that pass strings
// through one static UTF-16 buffer (IO), so the JS side only reads and writes
// code units at io(). Compiled in memory by number.test.ts.

import {
  NumberToString, NumberToStringRadix, NumberToFixed, NumberToExponential, NumberToPrecision,
  StringToNumber, ParseFloat, ParseInt,
} from "../../assembly/number/index";
import { computePow5, computeInvPow5, pow5Lo, pow5Hi } from "../../assembly/number/pow5";

const IO_UNITS: i32 = 4096;
const IO: usize = memory.data(IO_UNITS << 1, 16);

export function io(): usize { return IO; }
export function ioUnits(): i32 { return IO_UNITS; }

export function toString(x: f64): i32 { return NumberToString(x, IO); }
export function toStringRadix(x: f64, radix: i32): i32 { return NumberToStringRadix(x, radix, IO); }
export function toFixed(x: f64, f: i32): i32 { return NumberToFixed(x, f, IO); }
export function toExponential(x: f64, f: i32): i32 { return NumberToExponential(x, f, IO); }
export function toPrecision(x: f64, p: i32): i32 { return NumberToPrecision(x, p, IO); }
export function stringToNumber(len: i32): f64 { return StringToNumber(IO, len); }
export function parseFloat_(len: i32): f64 { return ParseFloat(IO, len); }
export function parseInt_(len: i32, radix: i32): f64 { return ParseInt(IO, len, radix); }

/** Ryū table entry i (inv: 5^-i) as the pair (lo, hi) read back with pow5Low/pow5High. */
export function pow5(i: i32, inv: bool): void {
  if (inv) computeInvPow5(<u32>i);
  else computePow5(<u32>i);
}
export function pow5Low(): u64 { return pow5Lo; }
export function pow5High(): u64 { return pow5Hi; }
