// Math.pow as V8 computes it: fdlibm e_pow.c (V8 src/base/ieee754.cc, "legacy" pow), so results
// are bit-identical with node. See math-exp-log.ts for why NativeMath is not used.
//
// ====================================================
// Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
//
// Developed at SunSoft, a Sun Microsystems, Inc. business.
// Permission to use, copy, modify, and distribute this
// software is freely granted, provided that this notice
// is preserved.
// ====================================================

import { HI, LO, words, setLow, setHigh, HUGE, TINY } from "./math-exp-log";

/** x**y computed as 2^(y*log2(x)) in simulated extra precision (fdlibm e_pow.c, V8's "legacy"
 *  pow). ES semantics for ±1 ** ±Infinity (NaN) are in NumberExponentiate, which calls this. */
export function ieeePow(x: f64, y: f64): f64 {
  const dp_h1 = 5.84962487220764160156e-01, dp_l1 = 1.35003920212974897128e-08;
  const two53 = 9007199254740992.0;
  const L1 = 5.99999999999994648725e-01, L2 = 4.28571428578550184252e-01,
    L3 = 3.33333329818377432918e-01, L4 = 2.72728123808534006489e-01,
    L5 = 2.30660745775561754067e-01, L6 = 2.06975017800338417784e-01;
  const P1 = 1.66666666666666019037e-01, P2 = -2.77777777770155933842e-03,
    P3 = 6.61375632143793436117e-05, P4 = -1.65339022054652515390e-06,
    P5 = 4.13813679705723846039e-08;
  const lg2 = 6.93147180559945286227e-01, lg2_h = 6.93147182464599609375e-01,
    lg2_l = -1.90465429995776804525e-09;
  const ovt = 8.0085662595372944372e-17;
  const cp = 9.61796693925975554329e-01, cp_h = 9.61796700954437255859e-01,
    cp_l = -7.02846165095275826516e-09;
  const ivln2 = 1.44269504088896338700e+00, ivln2_h = 1.44269502162933349609e+00,
    ivln2_l = 1.92596299112661746887e-08;

  const hx = HI(x), hy = HI(y);
  const lx = LO(x), ly = LO(y);
  let ix = hx & 0x7FFFFFFF;
  const iy = hy & 0x7FFFFFFF;

  if ((iy | ly) == 0) return 1.0; // x**0 = 1
  if (ix > 0x7FF00000 || (ix == 0x7FF00000 && lx != 0) || iy > 0x7FF00000 ||
      (iy == 0x7FF00000 && ly != 0)) return x + y; // NaN

  // yisint: 0 not an integer, 1 odd, 2 even (only needed for x < 0)
  let yisint = 0;
  let j: i32, k: i32;
  if (hx < 0) {
    if (iy >= 0x43400000) yisint = 2;
    else if (iy >= 0x3FF00000) {
      k = (iy >> 20) - 0x3FF;
      if (k > 20) {
        j = <i32>(ly >> <u32>(52 - k));
        if (<u32>(j << (52 - k)) == ly) yisint = 2 - (j & 1);
      } else if (ly == 0) {
        j = iy >> (20 - k);
        if ((j << (20 - k)) == iy) yisint = 2 - (j & 1);
      }
    }
  }

  if (ly == 0) {
    if (iy == 0x7FF00000) { // y is ±Infinity
      if (((ix - 0x3FF00000) | lx) == 0) return y - y; // (±1)**±Infinity is NaN
      if (ix >= 0x3FF00000) return hy >= 0 ? y : 0.0;
      return hy < 0 ? -y : 0.0;
    }
    if (iy == 0x3FF00000) return hy < 0 ? 1.0 / x : x; // y is ±1
    if (hy == 0x40000000) return x * x; // y is 2
    if (hy == 0x3FE00000 && hx >= 0) return Math.sqrt(x); // y is 0.5
  }

  let ax = Math.abs(x);
  if (lx == 0 && (ix == 0x7FF00000 || ix == 0 || ix == 0x3FF00000)) { // x is ±0, ±Infinity, ±1
    let z = ax;
    if (hy < 0) z = 1.0 / z;
    if (hx < 0) {
      if (((ix - 0x3FF00000) | yisint) == 0) z = NaN; // (-1)**non-integer
      else if (yisint == 1) z = -z;
    }
    return z;
  }

  let n = (hx >> 31) + 1;
  if ((n | yisint) == 0) return NaN; // (x<0)**(non-integer)
  let s = 1.0;
  if ((n | (yisint - 1)) == 0) s = -1.0; // (-x)**(odd integer)

  let t1: f64, t2: f64;
  if (iy > 0x41E00000) { // |y| > 2^31
    if (iy > 0x43F00000) { // |y| > 2^64: must over/underflow
      if (ix <= 0x3FEFFFFF) return hy < 0 ? Infinity : 0.0;
      if (ix >= 0x3FF00000) return hy > 0 ? Infinity : 0.0;
    }
    if (ix < 0x3FEFFFFF) return hy < 0 ? s * HUGE * HUGE : s * TINY * TINY;
    if (ix > 0x3FF00000) return hy > 0 ? s * HUGE * HUGE : s * TINY * TINY;
    // |1 - x| <= 2^-20: log(x) by x - x^2/2 + x^3/3 - x^4/4
    const t = ax - 1.0;
    const w = (t * t) * (0.5 - t * (0.3333333333333333333333 - t * 0.25));
    const u = ivln2_h * t;
    const v = t * ivln2_l - w * ivln2;
    t1 = setLow(u + v, 0);
    t2 = v - (t1 - u);
  } else {
    n = 0;
    if (ix < 0x00100000) { // subnormal x
      ax *= two53;
      n -= 53;
      ix = HI(ax);
    }
    n += (ix >> 20) - 0x3FF;
    j = ix & 0x000FFFFF;
    ix = j | 0x3FF00000; // normalize
    if (j <= 0x3988E) k = 0; // |x| < sqrt(3/2)
    else if (j < 0xBB67A) k = 1; // |x| < sqrt(3)
    else { k = 0; n += 1; ix -= 0x00100000; }
    ax = setHigh(ax, ix);

    // ss = s_h + s_l = (x-1)/(x+1) or (x-1.5)/(x+1.5)
    const bp = k == 0 ? 1.0 : 1.5;
    let u = ax - bp;
    let v = 1.0 / (ax + bp);
    const ss = u * v;
    const s_h = setLow(ss, 0);
    let t_h = words(((ix >> 1) | 0x20000000) + 0x00080000 + (k << 18), 0);
    let t_l = ax - (t_h - bp);
    const s_l = v * ((u - s_h * t_h) - s_h * t_l);
    // log(ax)
    let s2 = ss * ss;
    let r = s2 * s2 * (L1 + s2 * (L2 + s2 * (L3 + s2 * (L4 + s2 * (L5 + s2 * L6)))));
    r += s_l * (s_h + ss);
    s2 = s_h * s_h;
    t_h = setLow(3.0 + s2 + r, 0);
    t_l = r - ((t_h - 3.0) - s2);
    u = s_h * t_h;
    v = s_l * t_h + t_l * ss;
    const p_h = setLow(u + v, 0);
    const p_l = v - (p_h - u);
    const z_h = cp_h * p_h;
    const z_l = cp_l * p_h + p_l * cp + (k == 0 ? 0.0 : dp_l1);
    const dp_h = k == 0 ? 0.0 : dp_h1;
    const t = <f64>n;
    t1 = setLow(((z_h + z_l) + dp_h) + t, 0);
    t2 = z_l - (((t1 - t) - dp_h) - z_h);
  }

  // (y1 + y2) * (t1 + t2)
  const y1 = setLow(y, 0);
  const p_l = (y - y1) * t1 + y * t2;
  let p_h = y1 * t1;
  let z = p_l + p_h;
  j = HI(z);
  let i = <i32>LO(z);
  if (j >= 0x40900000) { // z >= 1024
    if (((j - 0x40900000) | i) != 0) return s * HUGE * HUGE;
    if (p_l + ovt > z - p_h) return s * HUGE * HUGE;
  } else if ((j & 0x7FFFFFFF) >= 0x4090CC00) { // z <= -1075
    if (((j - <i32>0xC090CC00) | i) != 0) return s * TINY * TINY;
    if (p_l <= z - p_h) return s * TINY * TINY;
  }
  // 2**(p_h + p_l)
  i = j & 0x7FFFFFFF;
  k = (i >> 20) - 0x3FF;
  n = 0;
  if (i > 0x3FE00000) { // |z| > 0.5: n = [z + 0.5]
    n = j + (0x00100000 >> (k + 1));
    k = ((n & 0x7FFFFFFF) >> 20) - 0x3FF;
    const t = words(n & ~(0x000FFFFF >> k), 0);
    n = ((n & 0x000FFFFF) | 0x00100000) >> (20 - k);
    if (j < 0) n = -n;
    p_h -= t;
  }
  const t = setLow(p_l + p_h, 0);
  const u = t * lg2_h;
  const v = (p_l - (t - p_h)) * lg2 + t * lg2_l;
  z = u + v;
  const w = v - (z - u);
  const tt = z * z;
  const r1 = z - tt * (P1 + tt * (P2 + tt * (P3 + tt * (P4 + tt * P5))));
  // V8 divides by (t1 - 2) - (w + z*w), not fdlibm's (z*t1)/(t1 - 2) - (w + z*w): kept for identity.
  const r = (z * r1) / ((r1 - 2.0) - (w + z * w));
  z = 1.0 - (r - z);
  j = HI(z);
  j += n << 20;
  if ((j >> 20) <= 0) z = NativeMath.scalbn(z, n); // subnormal result
  else z = setHigh(z, HI(z) + (n << 20));
  return s * z;
}
