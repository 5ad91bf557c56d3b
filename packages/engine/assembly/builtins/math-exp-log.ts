// exp, log and the hyperbolic functions of Math as V8 computes them, so results are bit-identical
// with node: V8 uses ports of fdlibm (src/base/ieee754.cc). AssemblyScript's NativeMath is a musl
// port whose exp/log/pow are newer table-driven algorithms and whose large-argument pi/2 reduction
// keeps fewer bits, so those differ in the last bit; the ones that agree (asin, acos, atan,
// cbrt) are used from NativeMath directly by math.ts.
//
// ====================================================
// Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
//
// Developed at SunSoft, a Sun Microsystems, Inc. business.
// Permission to use, copy, modify, and distribute this
// software is freely granted, provided that this notice
// is preserved.
// ====================================================

// ---- word access (fdlibm's GET_HIGH_WORD & co.) ----
// @ts-ignore: decorator
@inline export function HI(x: f64): i32 { return <i32>(reinterpret<u64>(x) >> 32); }
// @ts-ignore: decorator
@inline export function LO(x: f64): u32 { return <u32>reinterpret<u64>(x); }
// @ts-ignore: decorator
@inline export function words(hi: i32, lo: u32): f64 { return reinterpret<f64>((<u64><u32>hi << 32) | <u64>lo); }
// @ts-ignore: decorator
@inline export function setLow(x: f64, lo: u32): f64 { return words(HI(x), lo); }
// @ts-ignore: decorator
@inline export function setHigh(x: f64, hi: i32): f64 { return words(hi, LO(x)); }

const LN2_HI: f64 = 6.93147180369123816490e-01; // 0x3FE62E42 FEE00000
const LN2_LO: f64 = 1.90821492927058770002e-10; // 0x3DEA39EF 35793C76
const INVLN2: f64 = 1.44269504088896338700e+00; // 0x3FF71547 652B82FE
const TWO54: f64 = 1.80143985094819840000e+16;
export const HUGE: f64 = 1.0e300;
export const TINY: f64 = 1.0e-300;

// ---- exponentials ----

/** exp(x): x = k*ln2 + r, |r| <= ln2/2, exp(r) by a rational approximation (fdlibm e_exp.c). */
export function ieeeExp(x: f64): f64 {
  const P1 = 1.66666666666666019037e-01, P2 = -2.77777777770155933842e-03,
    P3 = 6.61375632143793436117e-05, P4 = -1.65339022054652515390e-06,
    P5 = 4.13813679705723846039e-08;
  const o_threshold = 7.09782712893383973096e+02, u_threshold = -7.45133219101941108420e+02;
  const twom1000 = 9.33263618503218878990e-302, two1023 = 8.988465674311579539e307;
  let hx = <u32>HI(x);
  const xsb = <i32>(hx >> 31);
  hx &= 0x7FFFFFFF;
  let hi: f64 = 0, lo: f64 = 0, k: i32 = 0;
  if (hx >= 0x40862E42) { // |x| >= 709.78
    if (hx >= 0x7FF00000) {
      if (((hx & 0xFFFFF) | LO(x)) != 0) return x + x; // NaN
      return xsb == 0 ? x : 0.0;
    }
    if (x > o_threshold) return Infinity;
    if (x < u_threshold) return 0.0;
  }
  if (hx > 0x3FD62E42) { // |x| > ln2/2
    if (hx < 0x3FF0A2B2) { // |x| < 1.5 ln2
      if (x == 1.0) return 2.718281828459045; // V8 special-cases e
      hi = xsb == 0 ? x - LN2_HI : x + LN2_HI;
      lo = xsb == 0 ? LN2_LO : -LN2_LO;
      k = 1 - xsb - xsb;
    } else {
      k = <i32>(INVLN2 * x + (xsb == 0 ? 0.5 : -0.5));
      const t = <f64>k;
      hi = x - t * LN2_HI;
      lo = t * LN2_LO;
    }
    x = hi - lo;
  } else if (hx < 0x3E300000) { // |x| < 2^-28
    return 1.0 + x;
  }
  const t = x * x;
  const twopk = k >= -1021 ? words(0x3FF00000 + (k << 20), 0) : words(0x3FF00000 + ((k + 1000) << 20), 0);
  const c = x - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
  if (k == 0) return 1.0 - ((x * c) / (c - 2.0) - x);
  const y = 1.0 - ((lo - (x * c) / (2.0 - c)) - hi);
  if (k >= -1021) {
    if (k == 1024) return y * 2.0 * two1023;
    return y * twopk;
  }
  return y * twopk * twom1000;
}

/** expm1(x) = exp(x) - 1 accurately near 0 (fdlibm s_expm1.c). */
export function ieeeExpm1(x: f64): f64 {
  const Q1 = -3.33333333333331316428e-02, Q2 = 1.58730158725481460165e-03,
    Q3 = -7.93650757867487942473e-05, Q4 = 4.00821782732936239552e-06,
    Q5 = -2.01099218183624371326e-07;
  const o_threshold = 7.09782712893383973096e+02;
  let hx = <u32>HI(x);
  const xsb = hx & 0x80000000;
  hx &= 0x7FFFFFFF;
  if (hx >= 0x4043687A) { // |x| >= 56 ln2
    if (hx >= 0x40862E42) {
      if (hx >= 0x7FF00000) {
        if (((hx & 0xFFFFF) | LO(x)) != 0) return x + x;
        return xsb == 0 ? x : -1.0;
      }
      if (x > o_threshold) return Infinity;
    }
    if (xsb != 0) return TINY - 1.0; // x < -56 ln2
  }
  let k: i32 = 0, c: f64 = 0;
  if (hx > 0x3FD62E42) {
    let hi: f64, lo: f64;
    if (hx < 0x3FF0A2B2) {
      if (xsb == 0) { hi = x - LN2_HI; lo = LN2_LO; k = 1; }
      else { hi = x + LN2_HI; lo = -LN2_LO; k = -1; }
    } else {
      k = <i32>(INVLN2 * x + (xsb == 0 ? 0.5 : -0.5));
      const t = <f64>k;
      hi = x - t * LN2_HI;
      lo = t * LN2_LO;
    }
    x = hi - lo;
    c = (hi - x) - lo;
  } else if (hx < 0x3C900000) { // |x| < 2^-54
    return x;
  }
  const hfx = 0.5 * x;
  const hxs = x * hfx;
  const r1 = 1.0 + hxs * (Q1 + hxs * (Q2 + hxs * (Q3 + hxs * (Q4 + hxs * Q5))));
  let t = 3.0 - r1 * hfx;
  let e = hxs * ((r1 - t) / (6.0 - x * t));
  if (k == 0) return x - (x * e - hxs);
  const twopk = words(0x3FF00000 + (k << 20), 0);
  e = x * (e - c) - c;
  e -= hxs;
  if (k == -1) return 0.5 * (x - e) - 0.5;
  if (k == 1) {
    if (x < -0.25) return -2.0 * (e - (x + 0.5));
    return 1.0 + 2.0 * (x - e);
  }
  let y: f64;
  if (k <= -2 || k > 56) {
    y = 1.0 - (e - x);
    y = k == 1024 ? y * 2.0 * 8.98846567431158e+307 : y * twopk;
    return y - 1.0;
  }
  if (k < 20) {
    t = words(0x3FF00000 - (0x200000 >> k), 0); // 1 - 2^-k
    y = (t - (e - x)) * twopk;
  } else {
    t = words((0x3FF - k) << 20, 0); // 2^-k
    y = ((x - (e + t)) + 1.0) * twopk;
  }
  return y;
}

// ---- logarithms ----

const Lg1: f64 = 6.666666666666735130e-01, Lg2: f64 = 3.999999999940941908e-01,
  Lg3: f64 = 2.857142874366239149e-01, Lg4: f64 = 2.222219843214978396e-01,
  Lg5: f64 = 1.818357216161805012e-01, Lg6: f64 = 1.531383769920937332e-01,
  Lg7: f64 = 1.479819860511658591e-01;

/** log(x): x = 2^k (1+f), log(1+f) from s = f/(2+f) (fdlibm e_log.c). */
export function ieeeLog(x: f64): f64 {
  let hx = HI(x);
  const lx = LO(x);
  let k: i32 = 0;
  if (hx < 0x00100000) { // x < 2^-1022 (or negative)
    if (((hx & 0x7FFFFFFF) | lx) == 0) return -Infinity;
    if (hx < 0) return NaN;
    k -= 54;
    x *= TWO54;
    hx = HI(x);
  }
  if (hx >= 0x7FF00000) return x + x;
  k += (hx >> 20) - 1023;
  hx &= 0x000FFFFF;
  let i = (hx + 0x95F64) & 0x100000;
  x = setHigh(x, hx | (i ^ 0x3FF00000)); // normalize x or x/2
  k += i >> 20;
  const f = x - 1.0;
  let dk: f64;
  if ((0x000FFFFF & (2 + hx)) < 3) { // -2^-20 <= f < 2^-20
    if (f == 0) {
      if (k == 0) return 0;
      dk = <f64>k;
      return dk * LN2_HI + dk * LN2_LO;
    }
    const R = f * f * (0.5 - 0.33333333333333333 * f);
    if (k == 0) return f - R;
    dk = <f64>k;
    return dk * LN2_HI - ((R - dk * LN2_LO) - f);
  }
  const s = f / (2.0 + f);
  dk = <f64>k;
  const z = s * s;
  i = hx - 0x6147A;
  const w = z * z;
  const j = 0x6B851 - hx;
  const t1 = w * (Lg2 + w * (Lg4 + w * Lg6));
  const t2 = z * (Lg1 + w * (Lg3 + w * (Lg5 + w * Lg7)));
  i |= j;
  const R = t2 + t1;
  if (i > 0) {
    const hfsq = 0.5 * f * f;
    if (k == 0) return f - (hfsq - s * (hfsq + R));
    return dk * LN2_HI - ((hfsq - (s * (hfsq + R) + dk * LN2_LO)) - f);
  }
  if (k == 0) return f - s * (f - R);
  return dk * LN2_HI - ((s * (f - R) - dk * LN2_LO) - f);
}

/** log1p(x) = log(1 + x) accurately near 0 (fdlibm s_log1p.c). */
export function ieeeLog1p(x: f64): f64 {
  const hx = HI(x);
  const ax = hx & 0x7FFFFFFF;
  let k: i32 = 1, f: f64 = 0, c: f64 = 0, hu: i32 = 0;
  if (hx < 0x3FDA827A) { // 1+x < sqrt(2)+
    if (ax >= 0x3FF00000) { // x <= -1
      return x == -1.0 ? -Infinity : NaN;
    }
    if (ax < 0x3E200000) { // |x| < 2^-29
      if (ax < 0x3C900000) return x;
      return x - x * x * 0.5;
    }
    if (hx > 0 || hx <= <i32>0xBFD2BEC4) { k = 0; f = x; hu = 1; } // sqrt(2)/2- <= 1+x < sqrt(2)+
  }
  if (hx >= 0x7FF00000) return x + x;
  if (k != 0) {
    let u: f64;
    if (hx < 0x43400000) {
      u = 1.0 + x;
      hu = HI(u);
      k = (hu >> 20) - 1023;
      c = k > 0 ? 1.0 - (u - x) : x - (u - 1.0); // correction term
      c /= u;
    } else {
      u = x;
      hu = HI(u);
      k = (hu >> 20) - 1023;
      c = 0;
    }
    hu &= 0x000FFFFF;
    if (hu < 0x6A09E) {
      u = setHigh(u, hu | 0x3FF00000); // normalize u
    } else {
      k += 1;
      u = setHigh(u, hu | 0x3FE00000); // normalize u/2
      hu = (0x00100000 - hu) >> 2;
    }
    f = u - 1.0;
  }
  const hfsq = 0.5 * f * f;
  const dk = <f64>k;
  if (hu == 0) { // |f| < 2^-20
    if (f == 0) {
      if (k == 0) return 0;
      c += dk * LN2_LO;
      return dk * LN2_HI + c;
    }
    const R = hfsq * (1.0 - 0.66666666666666666 * f);
    if (k == 0) return f - R;
    return dk * LN2_HI - ((R - (dk * LN2_LO + c)) - f);
  }
  const s = f / (2.0 + f);
  const z = s * s;
  const R = z * (Lg1 + z * (Lg2 + z * (Lg3 + z * (Lg4 + z * (Lg5 + z * (Lg6 + z * Lg7))))));
  if (k == 0) return f - (hfsq - s * (hfsq + R));
  return dk * LN2_HI - ((hfsq - (s * (hfsq + R) + (dk * LN2_LO + c))) - f);
}

/** log(1+f) - f + f*f/2 for 1+f in [sqrt(2)/2, sqrt(2)] (FreeBSD k_log.h). */
function kLog1p(f: f64): f64 {
  const s = f / (2.0 + f);
  const z = s * s;
  const w = z * z;
  const t1 = w * (Lg2 + w * (Lg4 + w * Lg6));
  const t2 = z * (Lg1 + w * (Lg3 + w * (Lg5 + w * Lg7)));
  const hfsq = 0.5 * f * f;
  const R = t2 + t1;
  return s * (hfsq + R);
}

/** log2(x) with the (f - f*f/2) term split in extra precision (FreeBSD e_log2.c). */
export function ieeeLog2(x: f64): f64 {
  const ivln2hi = 1.44269504072144627571e+00, ivln2lo = 1.67517131648865118353e-10;
  let hx = HI(x);
  const lx = LO(x);
  let k: i32 = 0;
  if (hx < 0x00100000) {
    if (((hx & 0x7FFFFFFF) | lx) == 0) return -Infinity;
    if (hx < 0) return NaN;
    k -= 54;
    x *= TWO54;
    hx = HI(x);
  }
  if (hx >= 0x7FF00000) return x + x;
  if (hx == 0x3FF00000 && lx == 0) return 0;
  k += (hx >> 20) - 1023;
  hx &= 0x000FFFFF;
  const i = (hx + 0x95F64) & 0x100000;
  x = setHigh(x, hx | (i ^ 0x3FF00000));
  k += i >> 20;
  const y = <f64>k;
  const f = x - 1.0;
  const hfsq = 0.5 * f * f;
  const r = kLog1p(f);
  const hi = setLow(f - hfsq, 0);
  const lo = (f - hi) - hfsq + r;
  let val_hi = hi * ivln2hi;
  let val_lo = (lo + hi) * ivln2lo + lo * ivln2hi;
  const w = y + val_hi;
  val_lo += (y - w) + val_hi;
  val_hi = w;
  return val_lo + val_hi;
}

/** log10(x) = n*log10(2) + log(x / 2^n) / ln(10) (fdlibm e_log10.c as V8 has it). */
export function ieeeLog10(x: f64): f64 {
  const ivln10 = 4.34294481903251816668e-01;
  const log10_2hi = 3.01029995663611771306e-01, log10_2lo = 3.69423907715893078616e-13;
  let hx = HI(x);
  let lx = LO(x);
  let k: i32 = 0;
  if (hx < 0x00100000) {
    if (((hx & 0x7FFFFFFF) | lx) == 0) return -Infinity;
    if (hx < 0) return NaN;
    k -= 54;
    x *= TWO54;
    hx = HI(x);
    lx = LO(x);
  }
  if (hx >= 0x7FF00000) return x + x;
  if (hx == 0x3FF00000 && lx == 0) return 0;
  k += (hx >> 20) - 1023;
  const i = <i32>(<u32>k >> 31);
  hx = (hx & 0x000FFFFF) | ((0x3FF - i) << 20);
  const y = <f64>(k + i);
  x = words(hx, lx);
  const z = y * log10_2lo + ivln10 * ieeeLog(x);
  return z + y * log10_2hi;
}

// ---- hyperbolic functions ----

/** sinh — V8's fdlibm variant. */
export function ieeeSinh(x: f64): f64 {
  const KSINH_OVERFLOW = 710.4758600739439, TWO_M28 = 3.725290298461914e-9, LOG_MAXD = 709.7822265625;
  const h: f64 = x < 0 ? -0.5 : 0.5;
  const ax = Math.abs(x);
  if (ax < 22) {
    if (ax < TWO_M28) return x;
    const t = ieeeExpm1(ax);
    if (ax < 1) return h * (2 * t - t * t / (t + 1));
    return h * (t + t / (t + 1));
  }
  if (ax < LOG_MAXD) return h * ieeeExp(ax);
  if (ax <= KSINH_OVERFLOW) {
    const w = ieeeExp(0.5 * ax);
    const t = h * w;
    return t * w;
  }
  return x * 1.0e307; // overflow to ±Infinity, or NaN
}

/** cosh — V8's fdlibm variant. */
export function ieeeCosh(x: f64): f64 {
  const KCOSH_OVERFLOW = 710.4758600739439;
  const ix = HI(x) & 0x7FFFFFFF;
  const ax = Math.abs(x);
  if (ix < 0x3FD62E43) { // |x| < ln2/2
    const t = ieeeExpm1(ax);
    const w = 1.0 + t;
    if (ix < 0x3C800000) return w;
    return 1.0 + (t * t) / (w + w);
  }
  if (ix < 0x40360000) { // |x| < 22
    const t = ieeeExp(ax);
    return 0.5 * t + 0.5 / t;
  }
  if (ix < 0x40862E42) return 0.5 * ieeeExp(ax);
  if (ax <= KCOSH_OVERFLOW) {
    const w = ieeeExp(0.5 * ax);
    const t = 0.5 * w;
    return t * w;
  }
  if (ix >= 0x7FF00000) return x * x;
  return Infinity;
}

/** tanh (fdlibm s_tanh.c). */
export function ieeeTanh(x: f64): f64 {
  const jx = HI(x);
  const ix = jx & 0x7FFFFFFF;
  if (ix >= 0x7FF00000) return jx >= 0 ? 1.0 / x + 1.0 : 1.0 / x - 1.0;
  let z: f64;
  if (ix < 0x40360000) { // |x| < 22
    if (ix < 0x3E300000) return x; // |x| < 2^-28
    if (ix >= 0x3FF00000) {
      const t = ieeeExpm1(2.0 * Math.abs(x));
      z = 1.0 - 2.0 / (t + 2.0);
    } else {
      const t = ieeeExpm1(-2.0 * Math.abs(x));
      z = -t / (t + 2.0);
    }
  } else {
    z = 1.0 - TINY;
  }
  return jx >= 0 ? z : -z;
}

/** asinh (fdlibm s_asinh.c). */
export function ieeeAsinh(x: f64): f64 {
  const ln2 = 6.93147180559945286227e-01;
  const hx = HI(x);
  const ix = hx & 0x7FFFFFFF;
  if (ix >= 0x7FF00000) return x + x;
  if (ix < 0x3E300000) return x; // |x| < 2^-28
  let w: f64;
  if (ix > 0x41B00000) { // |x| > 2^28
    w = ieeeLog(Math.abs(x)) + ln2;
  } else if (ix > 0x40000000) { // 2 < |x| <= 2^28
    const t = Math.abs(x);
    w = ieeeLog(2.0 * t + 1.0 / (Math.sqrt(x * x + 1.0) + t));
  } else {
    const t = x * x;
    w = ieeeLog1p(Math.abs(x) + t / (1.0 + Math.sqrt(1.0 + t)));
  }
  return hx > 0 ? w : -w;
}

/** acosh (fdlibm e_acosh.c). */
export function ieeeAcosh(x: f64): f64 {
  const ln2 = 6.93147180559945286227e-01;
  const hx = HI(x);
  if (hx < 0x3FF00000) return NaN; // x < 1
  if (hx >= 0x41B00000) { // x > 2^28
    if (hx >= 0x7FF00000) return x + x;
    return ieeeLog(x) + ln2;
  }
  if (((hx - 0x3FF00000) | LO(x)) == 0) return 0; // acosh(1) = 0
  if (hx > 0x40000000) { // 2 < x < 2^28
    const t = x * x;
    return ieeeLog(2.0 * x - 1.0 / (x + Math.sqrt(t - 1.0)));
  }
  const t = x - 1.0;
  return ieeeLog1p(t + Math.sqrt(2.0 * t + t * t));
}

/** atanh (fdlibm e_atanh.c). */
export function ieeeAtanh(x: f64): f64 {
  const hx = HI(x);
  const lx = LO(x);
  const ix = hx & 0x7FFFFFFF;
  if ((ix | <i32>((lx | (0 - lx)) >> 31)) > 0x3FF00000) return NaN; // |x| > 1
  if (ix == 0x3FF00000) return x > 0 ? Infinity : -Infinity;
  if (ix < 0x3E300000) return x; // |x| < 2^-28
  x = setHigh(x, ix);
  let t: f64;
  if (ix < 0x3FE00000) {
    t = x + x;
    t = 0.5 * ieeeLog1p(t + t * x / (1.0 - x));
  } else {
    t = 0.5 * ieeeLog1p((x + x) / (1.0 - x));
  }
  return hx >= 0 ? t : -t;
}
