// sin, cos, tan and atan2 of Math: fdlibm's kernels with its argument reduction
// (__ieee754_rem_pio2, 64-bit precision for huge arguments), as V8's src/base/ieee754.cc has them,
// so results are bit-identical with node. (musl's kernels, in NativeMath, differ in the last bit.)
//
// ====================================================
// Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
//
// Developed at SunSoft, a Sun Microsystems, Inc. business.
// Permission to use, copy, modify, and distribute this
// software is freely granted, provided that this notice
// is preserved.
// ====================================================
import { HI, LO, words, setLow } from "./math-exp-log";

/** 2/pi in 24-bit chunks (396 hex digits). */
const TWO_OVER_PI = memory.data<i32>([
  0xA2F983, 0x6E4E44, 0x1529FC, 0x2757D1, 0xF534DD, 0xC0DB62, 0x95993C,
  0x439041, 0xFE5163, 0xABDEBB, 0xC561B7, 0x246E3A, 0x424DD2, 0xE00649,
  0x2EEA09, 0xD1921C, 0xFE1DEB, 0x1CB129, 0xA73EE8, 0x8235F5, 0x2EBB44,
  0x84E99C, 0x7026B4, 0x5F7E41, 0x3991D6, 0x398353, 0x39F49C, 0x845F8B,
  0xBDF928, 0x3B1FF8, 0x97FFDE, 0x05980F, 0xEF2F11, 0x8B5A0A, 0x6D1F6D,
  0x367ECF, 0x27CB09, 0xB74F46, 0x3F669E, 0x5FEA2D, 0x7527BA, 0xC7EBE5,
  0xF17B3D, 0x0739F7, 0x8A5292, 0xEA6BFB, 0x5FB11F, 0x8D5D08, 0x560330,
  0x46FC7B, 0x6BABF0, 0xCFBC20, 0x9AF436, 0x1DA9E3, 0x91615E, 0xE61B08,
  0x659985, 0x5F14A0, 0x68408D, 0xFFD880, 0x4D7327, 0x310606, 0x1556CA,
  0x73A8C9, 0x60E27B, 0xC08C6B,
]);

/** High words of n*pi/2 for n = 1..32: a quick test for cancellation in the medium reduction. */
const NPIO2_HW = memory.data<i32>([
  0x3FF921FB, 0x400921FB, 0x4012D97C, 0x401921FB, 0x401F6A7A, 0x4022D97C,
  0x4025FDBB, 0x402921FB, 0x402C463A, 0x402F6A7A, 0x4031475C, 0x4032D97C,
  0x40346B9C, 0x4035FDBB, 0x40378FDB, 0x403921FB, 0x403AB41B, 0x403C463A,
  0x403DD85A, 0x403F6A7A, 0x40407E4C, 0x4041475C, 0x4042106C, 0x4042D97C,
  0x4043A28C, 0x40446B9C, 0x404534AC, 0x4045FDBB, 0x4046C6CB, 0x40478FDB,
  0x404858EB, 0x404921FB,
]);

/** pi/2 in 24-bit chunks. */
const PIO2 = memory.data<f64>([
  1.57079625129699707031e+00, 7.54978941586159635335e-08, 5.39030252995776476554e-15,
  3.28200341580791294123e-22, 1.27065575308067607349e-29, 1.22933308981111328932e-36,
  2.73370053816464559624e-44, 2.16741683877804819444e-51,
]);

// Scratch arrays of the reduction (never re-entered).
const IQ = memory.data(20 * 4);
const F = memory.data(20 * 8);
const FQ = memory.data(20 * 8);
const Q = memory.data(20 * 8);
const TX = memory.data(3 * 8);

// @ts-ignore: decorator
@inline function ld(a: usize, i: i32): f64 { return load<f64>(a + (<usize>i << 3)); }
// @ts-ignore: decorator
@inline function st(a: usize, i: i32, v: f64): void { store<f64>(a + (<usize>i << 3), v); }
// @ts-ignore: decorator
@inline function ldi(a: usize, i: i32): i32 { return load<i32>(a + (<usize>i << 2)); }
// @ts-ignore: decorator
@inline function sti(a: usize, i: i32, v: i32): void { store<i32>(a + (<usize>i << 2), v); }

/** The reduced argument of the last remPio2: y0 + y1. */
let y0: f64 = 0;
let y1: f64 = 0;

/** __kernel_rem_pio2 with prec = 2 (jk = 4): x (nx 24-bit pieces at TX, exponent e0) reduced
 *  mod pi/2 into y0 + y1; returns the quadrant (mod 8). */
function kernelRemPio2(e0: i32, nx: i32): i32 {
  const jk = 4, jp = 4;
  const two24 = 1.67772160000000000000e+07, twon24 = 5.96046447753906250000e-08;
  const jx = nx - 1;
  let jv = (e0 - 3) / 24;
  if (jv < 0) jv = 0;
  let q0 = e0 - 24 * (jv + 1);

  let j = jv - jx;
  const m = jx + jk;
  for (let i = 0; i <= m; i++, j++) st(F, i, j < 0 ? 0.0 : <f64>ldi(TWO_OVER_PI, j));
  for (let i = 0; i <= jk; i++) {
    let fw = 0.0;
    for (j = 0; j <= jx; j++) fw += ld(TX, j) * ld(F, jx + i - j);
    st(Q, i, fw);
  }

  let jz = jk;
  let z: f64, fw: f64, n: i32, ih: i32;
  while (true) {
    // distill q[] into iq[] reversingly
    let i = 0;
    z = ld(Q, jz);
    for (j = jz; j > 0; i++, j--) {
      fw = <f64><i32>(twon24 * z);
      sti(IQ, i, <i32>(z - two24 * fw));
      z = ld(Q, j - 1) + fw;
    }
    z = NativeMath.scalbn(z, q0);
    z -= 8.0 * Math.floor(z * 0.125);
    n = <i32>z;
    z -= <f64>n;
    ih = 0;
    if (q0 > 0) { // need iq[jz-1] to determine n
      i = ldi(IQ, jz - 1) >> (24 - q0);
      n += i;
      sti(IQ, jz - 1, ldi(IQ, jz - 1) - (i << (24 - q0)));
      ih = ldi(IQ, jz - 1) >> (23 - q0);
    } else if (q0 == 0) {
      ih = ldi(IQ, jz - 1) >> 23;
    } else if (z >= 0.5) {
      ih = 2;
    }
    if (ih > 0) { // q > 0.5
      n += 1;
      let carry = 0;
      for (i = 0; i < jz; i++) { // 1 - q
        j = ldi(IQ, i);
        if (carry == 0) {
          if (j != 0) { carry = 1; sti(IQ, i, 0x1000000 - j); }
        } else {
          sti(IQ, i, 0xFFFFFF - j);
        }
      }
      if (q0 == 1) sti(IQ, jz - 1, ldi(IQ, jz - 1) & 0x7FFFFF);
      else if (q0 == 2) sti(IQ, jz - 1, ldi(IQ, jz - 1) & 0x3FFFFF);
      if (ih == 2) {
        z = 1.0 - z;
        if (carry != 0) z -= NativeMath.scalbn(1.0, q0);
      }
    }
    // recompute with more terms of 2/pi if the fraction cancelled
    if (z == 0) {
      j = 0;
      for (i = jz - 1; i >= jk; i--) j |= ldi(IQ, i);
      if (j == 0) {
        let k = 1;
        while (jk >= k && ldi(IQ, jk - k) == 0) k++;
        for (i = jz + 1; i <= jz + k; i++) {
          st(F, jx + i, <f64>ldi(TWO_OVER_PI, jv + i));
          fw = 0.0;
          for (j = 0; j <= jx; j++) fw += ld(TX, j) * ld(F, jx + i - j);
          st(Q, i, fw);
        }
        jz += k;
        continue;
      }
    }
    break;
  }

  // chop off zero terms
  if (z == 0.0) {
    jz -= 1;
    q0 -= 24;
    while (ldi(IQ, jz) == 0) { jz--; q0 -= 24; }
  } else { // break z into 24-bit pieces if necessary
    z = NativeMath.scalbn(z, -q0);
    if (z >= two24) {
      fw = <f64><i32>(twon24 * z);
      sti(IQ, jz, <i32>(z - two24 * fw));
      jz += 1;
      q0 += 24;
      sti(IQ, jz, <i32>fw);
    } else {
      sti(IQ, jz, <i32>z);
    }
  }
  // convert the integer chunks to floating point
  fw = NativeMath.scalbn(1.0, q0);
  for (let i = jz; i >= 0; i--) {
    st(Q, i, fw * <f64>ldi(IQ, i));
    fw *= twon24;
  }
  // PIo2[0..jp] * q[jz..0]
  for (let i = jz; i >= 0; i--) {
    fw = 0.0;
    for (let k = 0; k <= jp && k <= jz - i; k++) fw += ld(PIO2, k) * ld(Q, i + k);
    st(FQ, jz - i, fw);
  }
  // compress fq[] into y0 + y1
  fw = 0.0;
  for (let i = jz; i >= 0; i--) fw += ld(FQ, i);
  y0 = ih == 0 ? fw : -fw;
  fw = ld(FQ, 0) - fw;
  for (let i = 1; i <= jz; i++) fw += ld(FQ, i);
  y1 = ih == 0 ? fw : -fw;
  return n & 7;
}

/** __ieee754_rem_pio2: x - n*pi/2 into y0 + y1 with |y0 + y1| <= pi/4; returns n. */
function remPio2(x: f64): i32 {
  const invpio2 = 6.36619772367581382433e-01;
  const pio2_1 = 1.57079632673412561417e+00, pio2_1t = 6.07710050650619224932e-11;
  const pio2_2 = 6.07710050630396597660e-11, pio2_2t = 2.02226624879595063154e-21;
  const pio2_3 = 2.02226624871116645580e-21, pio2_3t = 8.47842766036889956997e-32;
  const hx = HI(x);
  const ix = hx & 0x7FFFFFFF;
  if (ix <= 0x3FE921FB) { y0 = x; y1 = 0; return 0; }
  if (ix < 0x4002D97C) { // |x| < 3pi/4: n = ±1
    if (hx > 0) {
      let z = x - pio2_1;
      if (ix != 0x3FF921FB) { y0 = z - pio2_1t; y1 = (z - y0) - pio2_1t; }
      else { z -= pio2_2; y0 = z - pio2_2t; y1 = (z - y0) - pio2_2t; }
      return 1;
    }
    let z = x + pio2_1;
    if (ix != 0x3FF921FB) { y0 = z + pio2_1t; y1 = (z - y0) + pio2_1t; }
    else { z += pio2_2; y0 = z + pio2_2t; y1 = (z - y0) + pio2_2t; }
    return -1;
  }
  if (ix <= 0x413921FB) { // |x| <= 2^19 pi/2: medium size
    let t = Math.abs(x);
    const n = <i32>(t * invpio2 + 0.5);
    const fn = <f64>n;
    let r = t - fn * pio2_1;
    let w = fn * pio2_1t; // first round good to 85 bits
    if (n < 32 && ix != ldi(NPIO2_HW, n - 1)) {
      y0 = r - w;
    } else {
      const j = ix >> 20;
      y0 = r - w;
      let i = j - ((HI(y0) >> 20) & 0x7FF);
      if (i > 16) { // second iteration, good to 118 bits
        t = r;
        w = fn * pio2_2;
        r = t - w;
        w = fn * pio2_2t - ((t - r) - w);
        y0 = r - w;
        i = j - ((HI(y0) >> 20) & 0x7FF);
        if (i > 49) { // third iteration, 151 bits
          t = r;
          w = fn * pio2_3;
          r = t - w;
          w = fn * pio2_3t - ((t - r) - w);
          y0 = r - w;
        }
      }
    }
    y1 = (r - y0) - w;
    if (hx < 0) { y0 = -y0; y1 = -y1; return -n; }
    return n;
  }
  if (ix >= 0x7FF00000) { y0 = y1 = x - x; return 0; } // Infinity or NaN
  // large arguments: z = scalbn(|x|, ilogb(x) - 23) in three 24-bit pieces
  const e0 = (ix >> 20) - 1046;
  let z = words(ix - (e0 << 20), LO(x));
  for (let i = 0; i < 2; i++) {
    const p = <f64><i32>z;
    st(TX, i, p);
    z = (z - p) * 1.67772160000000000000e+07;
  }
  st(TX, 2, z);
  let nx = 3;
  while (ld(TX, nx - 1) == 0.0) nx--;
  const n = kernelRemPio2(e0, nx);
  if (hx < 0) { y0 = -y0; y1 = -y1; return -n; }
  return n;
}

/** sin on [-pi/4, pi/4]; y is the tail of x, iy = 0 when y is zero. */
function kernelSin(x: f64, y: f64, iy: i32): f64 {
  const S1 = -1.66666666666666324348e-01, S2 = 8.33333333332248946124e-03,
    S3 = -1.98412698298579493134e-04, S4 = 2.75573137070700676789e-06,
    S5 = -2.50507602534068634195e-08, S6 = 1.58969099521155010221e-10;
  const ix = HI(x) & 0x7FFFFFFF;
  if (ix < 0x3E400000 && <i32>x == 0) return x; // |x| < 2^-27
  const z = x * x;
  const v = z * x;
  const r = S2 + z * (S3 + z * (S4 + z * (S5 + z * S6)));
  if (iy == 0) return x + v * (S1 + z * r);
  return x - ((z * (0.5 * y - v * r) - y) - v * S1);
}

/** cos on [-pi/4, pi/4]; y is the tail of x. */
function kernelCos(x: f64, y: f64): f64 {
  const C1 = 4.16666666666666019037e-02, C2 = -1.38888888888741095749e-03,
    C3 = 2.48015872894767294178e-05, C4 = -2.75573143513906633035e-07,
    C5 = 2.08757232129817482790e-09, C6 = -1.13596475577881948265e-11;
  const ix = HI(x) & 0x7FFFFFFF;
  if (ix < 0x3E400000 && <i32>x == 0) return 1.0; // |x| < 2^-27
  const z = x * x;
  const r = z * (C1 + z * (C2 + z * (C3 + z * (C4 + z * (C5 + z * C6)))));
  if (ix < 0x3FD33333) return 1.0 - (0.5 * z - (z * r - x * y)); // |x| < 0.3
  const qx = ix > 0x3FE90000 ? 0.28125 : words(ix - 0x00200000, 0); // x/4
  const iz = 0.5 * z - qx;
  const a = 1.0 - qx;
  return a - (iz - (z * r - x * y));
}

const T = memory.data<f64>([
  3.33333333333334091986e-01, 1.33333333333201242699e-01, 5.39682539762260521377e-02,
  2.18694882948595424599e-02, 8.86323982359930005737e-03, 3.59207910759131235356e-03,
  1.45620945432529025516e-03, 5.88041240820264096874e-04, 2.46463134818469906812e-04,
  7.81794442939557092300e-05, 7.14072491382608190305e-05, -1.85586374855275456654e-05,
  2.59073051863633712884e-05,
]);

/** tan on [-pi/4, pi/4] (iy = 1) or -1/tan (iy = -1); y is the tail of x. */
function kernelTan(x: f64, y: f64, iy: i32): f64 {
  const pio4 = 7.85398163397448278999e-01, pio4lo = 3.06161699786838301793e-17;
  const hx = HI(x);
  const ix = hx & 0x7FFFFFFF;
  let z: f64, r: f64, v: f64, w: f64, s: f64;
  if (ix < 0x3E300000 && <i32>x == 0) { // |x| < 2^-28
    if (((ix | <i32>LO(x)) | (iy + 1)) == 0) return 1.0 / Math.abs(x);
    if (iy == 1) return x;
    // -1 / (x + y), carefully
    w = x + y;
    z = setLow(w, 0);
    v = y - (z - x);
    const a = -1.0 / w;
    const t = setLow(a, 0);
    s = 1.0 + t * z;
    return t + a * (s + t * v);
  }
  if (ix >= 0x3FE59428) { // |x| >= 0.6744
    if (hx < 0) { x = -x; y = -y; }
    z = pio4 - x;
    w = pio4lo - y;
    x = z + w;
    y = 0.0;
  }
  z = x * x;
  w = z * z;
  r = ld(T, 1) + w * (ld(T, 3) + w * (ld(T, 5) + w * (ld(T, 7) + w * (ld(T, 9) + w * ld(T, 11)))));
  v = z * (ld(T, 2) + w * (ld(T, 4) + w * (ld(T, 6) + w * (ld(T, 8) + w * (ld(T, 10) + w * ld(T, 12))))));
  s = z * x;
  r = y + z * (s * (r + v) + y);
  r += ld(T, 0) * s;
  w = x + r;
  if (ix >= 0x3FE59428) {
    v = <f64>iy;
    return <f64>(1 - ((hx >> 30) & 2)) * (v - 2.0 * (x - (w * w / (w + v) - r)));
  }
  if (iy == 1) return w;
  // -1 / (x + r), accurately
  z = setLow(w, 0);
  v = r - (z - x);
  const a = -1.0 / w;
  const t = setLow(a, 0);
  s = 1.0 + t * z;
  return t + a * (s + t * v);
}

export function ieeeSin(x: f64): f64 {
  const ix = HI(x) & 0x7FFFFFFF;
  if (ix <= 0x3FE921FB) return kernelSin(x, 0, 0);
  if (ix >= 0x7FF00000) return x - x;
  const n = remPio2(x);
  switch (n & 3) {
    case 0: return kernelSin(y0, y1, 1);
    case 1: return kernelCos(y0, y1);
    case 2: return -kernelSin(y0, y1, 1);
    default: return -kernelCos(y0, y1);
  }
}

export function ieeeCos(x: f64): f64 {
  const ix = HI(x) & 0x7FFFFFFF;
  if (ix <= 0x3FE921FB) return kernelCos(x, 0);
  if (ix >= 0x7FF00000) return x - x;
  const n = remPio2(x);
  switch (n & 3) {
    case 0: return kernelCos(y0, y1);
    case 1: return -kernelSin(y0, y1, 1);
    case 2: return -kernelCos(y0, y1);
    default: return kernelSin(y0, y1, 1);
  }
}

export function ieeeTan(x: f64): f64 {
  const ix = HI(x) & 0x7FFFFFFF;
  if (ix <= 0x3FE921FB) return kernelTan(x, 0, 1);
  if (ix >= 0x7FF00000) return x - x;
  const n = remPio2(x);
  return kernelTan(y0, y1, 1 - ((n & 1) << 1));
}

/** atan2(y, x) — fdlibm e_atan2.c (NativeMath.atan2 differs for |y/x| > 2^60 with x < 0, where
 *  fdlibm returns ±pi/2); the kernel atan is NativeMath's, which matches fdlibm's. */
export function ieeeAtan2(y: f64, x: f64): f64 {
  const pi_o_4 = 7.8539816339744827900E-01, pi_o_2 = 1.5707963267948965580E+00,
    pi = 3.1415926535897931160E+00, pi_lo = 1.2246467991473531772E-16;
  const hx = HI(x), hy = HI(y);
  const lx = LO(x), ly = LO(y);
  const ix = hx & 0x7FFFFFFF, iy = hy & 0x7FFFFFFF;
  if ((ix | <i32>((lx | (0 - lx)) >> 31)) > 0x7FF00000 ||
      (iy | <i32>((ly | (0 - ly)) >> 31)) > 0x7FF00000) return x + y; // NaN
  if (((hx - 0x3FF00000) | <i32>lx) == 0) return NativeMath.atan(y); // x = 1
  let m = ((hy >> 31) & 1) | ((hx >> 30) & 2); // 2*sign(x) + sign(y)
  if ((iy | <i32>ly) == 0) { // y = ±0
    if (m < 2) return y;
    return m == 2 ? pi : -pi;
  }
  if ((ix | <i32>lx) == 0) return hy < 0 ? -pi_o_2 : pi_o_2; // x = ±0
  if (ix == 0x7FF00000) { // x = ±Infinity
    if (iy == 0x7FF00000) {
      if (m == 0) return pi_o_4;
      if (m == 1) return -pi_o_4;
      return m == 2 ? 3.0 * pi_o_4 : -3.0 * pi_o_4;
    }
    if (m == 0) return 0.0;
    if (m == 1) return -0.0;
    return m == 2 ? pi : -pi;
  }
  if (iy == 0x7FF00000) return hy < 0 ? -pi_o_2 : pi_o_2; // y = ±Infinity
  const k = (iy - ix) >> 20;
  let z: f64;
  if (k > 60) { // |y/x| > 2^60
    z = pi_o_2 + 0.5 * pi_lo;
    m &= 1;
  } else if (hx < 0 && k < -60) {
    z = 0.0;
  } else {
    z = NativeMath.atan(Math.abs(y / x));
  }
  switch (m) {
    case 0: return z;
    case 1: return -z;
    case 2: return pi - (z - pi_lo);
    default: return (z - pi_lo) - pi;
  }
}
