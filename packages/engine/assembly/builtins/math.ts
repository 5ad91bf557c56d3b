// The Math object — ECMA-262 §21.3. Every function coerces its arguments with ToNumber (which may
// call valueOf and throw) before computing. The transcendental functions are computed as V8 computes
// them (fdlibm ports: math-exp-log.ts, math-trig.ts, math-pow.ts) so results match node bit for bit.
import { defineToStringTag } from "./symbol";
import { EXCEPTION, isNumber, toF64, fromF64 } from "../value";
import { saveSp, restoreSp, reserveSlots } from "../heap/stack";
import { ToNumber, ToInt32, ToUint32 } from "../ops/conversion";
import { NumberExponentiate } from "../ops/operators";
import { initializing } from "../io/output";
import { arg, defineMethod, defineValue, defineNamespaceObject } from "./native";
import {
  ieeeExp, ieeeExpm1, ieeeLog, ieeeLog1p, ieeeLog2, ieeeLog10, ieeeSinh, ieeeCosh, ieeeTanh,
  ieeeAsinh, ieeeAcosh, ieeeAtanh,
} from "./math-exp-log";
import { ieeeSin, ieeeCos, ieeeTan, ieeeAtan2 } from "./math-trig";

/** ToNumber(argument i) as a boxed number, or EXCEPTION. */
// @ts-ignore: decorator
@inline function numberArg(argv: usize, argc: i32, i: i32): i64 {
  const v = arg(argv, argc, i);
  return isNumber(v) ? v : ToNumber(v);
}

// ---- the one-argument functions ----

const M_ABS = 0, M_ACOS = 1, M_ACOSH = 2, M_ASIN = 3, M_ASINH = 4, M_ATAN = 5, M_ATANH = 6,
  M_CBRT = 7, M_CEIL = 8, M_CLZ32 = 9, M_COS = 10, M_COSH = 11, M_EXP = 12, M_EXPM1 = 13,
  M_FLOOR = 14, M_FROUND = 15, M_LOG = 16, M_LOG1P = 17, M_LOG10 = 18, M_LOG2 = 19, M_ROUND = 20,
  M_SIGN = 21, M_SIN = 22, M_SINH = 23, M_SQRT = 24, M_TAN = 25, M_TANH = 26, M_TRUNC = 27;

/** Math.round — §21.3.2.28: the integer closest to x, ties toward +Infinity; -0 for x in
 *  [-0.5, -0]. floor(x + 0.5) would be wrong for 0.49999999999999994 and for odd x >= 2^52. */
function mathRound(x: f64): f64 {
  const r = Math.ceil(x); // ceil keeps -0 for x in (-1, -0]
  return r - 0.5 > x ? r - 1.0 : r;
}

/** Math.sign — §21.3.2.29. */
function mathSign(x: f64): f64 {
  if (x > 0) return 1;
  if (x < 0) return -1;
  return x; // ±0 and NaN
}

function unaryOp(op: i32, x: f64): f64 {
  switch (op) {
    case M_ABS: return Math.abs(x);
    case M_ACOS: return NativeMath.acos(x);
    case M_ACOSH: return ieeeAcosh(x);
    case M_ASIN: return NativeMath.asin(x);
    case M_ASINH: return ieeeAsinh(x);
    case M_ATAN: return NativeMath.atan(x);
    case M_ATANH: return ieeeAtanh(x);
    case M_CBRT: return NativeMath.cbrt(x);
    case M_CEIL: return Math.ceil(x);
    case M_CLZ32: return <f64>clz<u32>(ToUint32(x));
    case M_COS: return ieeeCos(x);
    case M_COSH: return ieeeCosh(x);
    case M_EXP: return ieeeExp(x);
    case M_EXPM1: return ieeeExpm1(x);
    case M_FLOOR: return Math.floor(x);
    case M_FROUND: return <f64><f32>x;
    case M_LOG: return ieeeLog(x);
    case M_LOG1P: return ieeeLog1p(x);
    case M_LOG10: return ieeeLog10(x);
    case M_LOG2: return ieeeLog2(x);
    case M_ROUND: return mathRound(x);
    case M_SIGN: return mathSign(x);
    case M_SIN: return ieeeSin(x);
    case M_SINH: return ieeeSinh(x);
    case M_SQRT: return Math.sqrt(x);
    case M_TAN: return ieeeTan(x);
    case M_TANH: return ieeeTanh(x);
    case M_TRUNC: return Math.trunc(x);
  }
  return NaN;
}

function unary(argv: usize, argc: i32, op: i32): i64 {
  const n = numberArg(argv, argc, 0);
  if (n == EXCEPTION) return EXCEPTION;
  return fromF64(unaryOp(op, toF64(n)));
}

function Math_abs(c: u32, t: i64, argv: usize, argc: i32): i64 { return unary(argv, argc, M_ABS); }
function Math_acos(c: u32, t: i64, argv: usize, argc: i32): i64 { return unary(argv, argc, M_ACOS); }
function Math_acosh(c: u32, t: i64, argv: usize, argc: i32): i64 { return unary(argv, argc, M_ACOSH); }
function Math_asin(c: u32, t: i64, argv: usize, argc: i32): i64 { return unary(argv, argc, M_ASIN); }
function Math_asinh(c: u32, t: i64, argv: usize, argc: i32): i64 { return unary(argv, argc, M_ASINH); }
function Math_atan(c: u32, t: i64, argv: usize, argc: i32): i64 { return unary(argv, argc, M_ATAN); }
function Math_atanh(c: u32, t: i64, argv: usize, argc: i32): i64 { return unary(argv, argc, M_ATANH); }
function Math_cbrt(c: u32, t: i64, argv: usize, argc: i32): i64 { return unary(argv, argc, M_CBRT); }
function Math_ceil(c: u32, t: i64, argv: usize, argc: i32): i64 { return unary(argv, argc, M_CEIL); }
function Math_clz32(c: u32, t: i64, argv: usize, argc: i32): i64 { return unary(argv, argc, M_CLZ32); }
function Math_cos(c: u32, t: i64, argv: usize, argc: i32): i64 { return unary(argv, argc, M_COS); }
function Math_cosh(c: u32, t: i64, argv: usize, argc: i32): i64 { return unary(argv, argc, M_COSH); }
function Math_exp(c: u32, t: i64, argv: usize, argc: i32): i64 { return unary(argv, argc, M_EXP); }
function Math_expm1(c: u32, t: i64, argv: usize, argc: i32): i64 { return unary(argv, argc, M_EXPM1); }
function Math_floor(c: u32, t: i64, argv: usize, argc: i32): i64 { return unary(argv, argc, M_FLOOR); }
function Math_fround(c: u32, t: i64, argv: usize, argc: i32): i64 { return unary(argv, argc, M_FROUND); }
function Math_log(c: u32, t: i64, argv: usize, argc: i32): i64 { return unary(argv, argc, M_LOG); }
function Math_log1p(c: u32, t: i64, argv: usize, argc: i32): i64 { return unary(argv, argc, M_LOG1P); }
function Math_log10(c: u32, t: i64, argv: usize, argc: i32): i64 { return unary(argv, argc, M_LOG10); }
function Math_log2(c: u32, t: i64, argv: usize, argc: i32): i64 { return unary(argv, argc, M_LOG2); }
function Math_round(c: u32, t: i64, argv: usize, argc: i32): i64 { return unary(argv, argc, M_ROUND); }
function Math_sign(c: u32, t: i64, argv: usize, argc: i32): i64 { return unary(argv, argc, M_SIGN); }
function Math_sin(c: u32, t: i64, argv: usize, argc: i32): i64 { return unary(argv, argc, M_SIN); }
function Math_sinh(c: u32, t: i64, argv: usize, argc: i32): i64 { return unary(argv, argc, M_SINH); }
function Math_sqrt(c: u32, t: i64, argv: usize, argc: i32): i64 { return unary(argv, argc, M_SQRT); }
function Math_tan(c: u32, t: i64, argv: usize, argc: i32): i64 { return unary(argv, argc, M_TAN); }
function Math_tanh(c: u32, t: i64, argv: usize, argc: i32): i64 { return unary(argv, argc, M_TANH); }
function Math_trunc(c: u32, t: i64, argv: usize, argc: i32): i64 { return unary(argv, argc, M_TRUNC); }

// ---- two arguments, coerced left to right ----

const B_ATAN2 = 0, B_IMUL = 1, B_POW = 2;

function binary(argv: usize, argc: i32, op: i32): i64 {
  const a = numberArg(argv, argc, 0);
  if (a == EXCEPTION) return EXCEPTION;
  const b = numberArg(argv, argc, 1);
  if (b == EXCEPTION) return EXCEPTION;
  const x = toF64(a), y = toF64(b);
  switch (op) {
    case B_ATAN2: return fromF64(ieeeAtan2(x, y));
    case B_IMUL: return fromF64(<f64>(ToInt32(x) * ToInt32(y)));
  }
  return fromF64(NumberExponentiate(x, y)); // §21.3.2.26 Math.pow is Number::exponentiate
}

/** Math.atan2(y, x) — §21.3.2.8. */
function Math_atan2(c: u32, t: i64, argv: usize, argc: i32): i64 { return binary(argv, argc, B_ATAN2); }
/** Math.imul(x, y) — §21.3.2.19. */
function Math_imul(c: u32, t: i64, argv: usize, argc: i32): i64 { return binary(argv, argc, B_IMUL); }
/** Math.pow(base, exponent) — §21.3.2.26. */
function Math_pow(c: u32, t: i64, argv: usize, argc: i32): i64 { return binary(argv, argc, B_POW); }

// ---- any number of arguments ----

/** Math.max / Math.min — §21.3.2.24/25: all arguments are coerced first; NaN wins; -0 < +0.
 *  Wasm's f64.max/f64.min have exactly these semantics. */
function minMax(argv: usize, argc: i32, isMax: bool): i64 {
  let r: f64 = isMax ? -Infinity : Infinity;
  for (let i = 0; i < argc; i++) {
    const n = numberArg(argv, argc, i);
    if (n == EXCEPTION) return EXCEPTION;
    r = isMax ? Math.max(r, toF64(n)) : Math.min(r, toF64(n));
  }
  return fromF64(r);
}
function Math_max(c: u32, t: i64, argv: usize, argc: i32): i64 { return minMax(argv, argc, true); }
function Math_min(c: u32, t: i64, argv: usize, argc: i32): i64 { return minMax(argv, argc, false); }

/** Math.hypot(...args) — §21.3.2.18: coerce every argument, then Infinity beats NaN. The sum is
 *  V8's: squares of the values scaled by the largest, with Kahan summation. */
function Math_hypot(c: u32, t: i64, argv: usize, argc: i32): i64 {
  if (argc == 0) return fromF64(0);
  const sp0 = saveSp();
  const abs = reserveSlots(argc); // doubles only: nothing for the collector to trace
  let max: f64 = 0;
  let sawNaN = false;
  for (let i = 0; i < argc; i++) {
    const n = numberArg(argv, argc, i);
    if (n == EXCEPTION) { restoreSp(sp0); return EXCEPTION; }
    const a = Math.abs(toF64(n));
    if (a != a) sawNaN = true;
    else {
      store<f64>(abs + (<usize>i << 3), a);
      if (a > max) max = a;
    }
  }
  let r: f64;
  if (max == Infinity) r = Infinity;
  else if (sawNaN) r = NaN;
  else if (max == 0) r = 0;
  else {
    let sum: f64 = 0, compensation: f64 = 0;
    for (let i = 0; i < argc; i++) {
      const n = load<f64>(abs + (<usize>i << 3)) / max;
      const summand = n * n - compensation;
      const preliminary = sum + summand;
      compensation = (preliminary - sum) - summand;
      sum = preliminary;
    }
    r = Math.sqrt(sum) * max;
  }
  restoreSp(sp0);
  return fromF64(r);
}

// ---- Math.random ----

// @ts-ignore: decorator
@external("wasi_snapshot_preview1", "random_get")
declare function random_get(buf: usize, len: u32): u32;

let state0: u64 = 0;
let state1: u64 = 0;
let seeded = false;
let seededDuringInit = false;
const seedBuf = memory.data(16);

/** Seed xorshift128+ from the host's entropy at the first call at run time. A call during
 *  build-time initialization (under Wizer, no WASI) gets a fixed seed and is reseeded at the first
 *  run-time call, so snapshot instances never share a sequence. */
function seedRandom(): void {
  seeded = true;
  seededDuringInit = initializing;
  if (initializing || random_get(seedBuf, 16) != 0) {
    store<u64>(seedBuf, 0x9E3779B97F4A7C15);
    store<u64>(seedBuf, 0xBF58476D1CE4E5B9, 8);
  }
  state0 = load<u64>(seedBuf);
  state1 = load<u64>(seedBuf, 8);
  if ((state0 | state1) == 0) state1 = 1; // the all-zero state is a fixed point
}

/** Math.random — §21.3.2.27: xorshift128+ as V8's, 52 random bits in [0, 1). */
function Math_random(c: u32, t: i64, argv: usize, argc: i32): i64 {
  if (!seeded || (seededDuringInit && !initializing)) seedRandom();
  let s1 = state0;
  const s0 = state1;
  state0 = s0;
  s1 ^= s1 << 23;
  s1 ^= s1 >> 17;
  s1 ^= s0;
  s1 ^= s0 >> 26;
  state1 = s1;
  return fromF64(reinterpret<f64>((state0 >> 12) | 0x3FF0000000000000) - 1.0);
}

export function initMath(global: usize): void {
  const m = defineNamespaceObject(global, "Math");
  defineToStringTag(m, "Math");
  // §21.3.2 function properties, in the order node lists them
  defineMethod(m, "abs", 1, Math_abs);
  defineMethod(m, "acos", 1, Math_acos);
  defineMethod(m, "acosh", 1, Math_acosh);
  defineMethod(m, "asin", 1, Math_asin);
  defineMethod(m, "asinh", 1, Math_asinh);
  defineMethod(m, "atan", 1, Math_atan);
  defineMethod(m, "atanh", 1, Math_atanh);
  defineMethod(m, "atan2", 2, Math_atan2);
  defineMethod(m, "ceil", 1, Math_ceil);
  defineMethod(m, "cbrt", 1, Math_cbrt);
  defineMethod(m, "expm1", 1, Math_expm1);
  defineMethod(m, "clz32", 1, Math_clz32);
  defineMethod(m, "cos", 1, Math_cos);
  defineMethod(m, "cosh", 1, Math_cosh);
  defineMethod(m, "exp", 1, Math_exp);
  defineMethod(m, "floor", 1, Math_floor);
  defineMethod(m, "fround", 1, Math_fround);
  defineMethod(m, "hypot", 2, Math_hypot);
  defineMethod(m, "imul", 2, Math_imul);
  defineMethod(m, "log", 1, Math_log);
  defineMethod(m, "log1p", 1, Math_log1p);
  defineMethod(m, "log2", 1, Math_log2);
  defineMethod(m, "log10", 1, Math_log10);
  defineMethod(m, "max", 2, Math_max);
  defineMethod(m, "min", 2, Math_min);
  defineMethod(m, "pow", 2, Math_pow);
  defineMethod(m, "random", 0, Math_random);
  defineMethod(m, "round", 1, Math_round);
  defineMethod(m, "sign", 1, Math_sign);
  defineMethod(m, "sin", 1, Math_sin);
  defineMethod(m, "sinh", 1, Math_sinh);
  defineMethod(m, "sqrt", 1, Math_sqrt);
  defineMethod(m, "tan", 1, Math_tan);
  defineMethod(m, "tanh", 1, Math_tanh);
  defineMethod(m, "trunc", 1, Math_trunc);
  // §21.3.1 value properties
  defineValue(m, "E", fromF64(Math.E), 0);
  defineValue(m, "LN10", fromF64(Math.LN10), 0);
  defineValue(m, "LN2", fromF64(Math.LN2), 0);
  defineValue(m, "LOG10E", fromF64(Math.LOG10E), 0);
  defineValue(m, "LOG2E", fromF64(Math.LOG2E), 0);
  defineValue(m, "PI", fromF64(Math.PI), 0);
  defineValue(m, "SQRT1_2", fromF64(Math.SQRT1_2), 0);
  defineValue(m, "SQRT2", fromF64(Math.SQRT2), 0);
}
