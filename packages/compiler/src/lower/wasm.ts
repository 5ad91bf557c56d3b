// A typed view of binaryen.js for the lowering: Wasm operations on NaN-boxed JS values, written
// once so the lowering reads as JS semantics, not bit twiddling. Layout constants come from the
// engine's generated layout module (the one source shared with the AssemblyScript runtime).
import binaryen from 'binaryen';
import { layout } from '@pgo/engine';

export type Expr = binaryen.ExpressionRef;
export const i32 = binaryen.i32;
export const i64 = binaryen.i64;
export const f64 = binaryen.f64;
export const none = binaryen.none;

const L = layout;

function bitsOf(d: number): [number, number] {
  const b = new DataView(new ArrayBuffer(8));
  b.setFloat64(0, d, true);
  return [b.getInt32(0, true), b.getInt32(4, true)];
}

/** The Wasm building blocks of the lowering, bound to one module. */
export class Wasm {
  constructor(readonly m: binaryen.Module) {}

  // ---- Constants ----
  i32c(n: number): Expr { return this.m.i32.const(n | 0); }
  /** An i64 constant from its low and high 32-bit words. */
  i64c(lo: number, hi: number): Expr {
    return (this.m.i64.const as unknown as (v: bigint) => Expr)(BigInt.asIntN(64, (BigInt(hi >>> 0) << 32n) | BigInt(lo >>> 0)));
  }
  special(n: number): Expr { return this.i64c(n, L.TAG_SPECIAL); }
  undef(): Expr { return this.special(L.SPECIAL_UNDEFINED); }
  nul(): Expr { return this.special(L.SPECIAL_NULL); }
  bool(b: boolean): Expr { return this.special(b ? L.SPECIAL_TRUE : L.SPECIAL_FALSE); }
  empty(): Expr { return this.special(L.SPECIAL_EMPTY); }
  exception(): Expr { return this.special(L.SPECIAL_EXCEPTION); }
  number(d: number): Expr {
    if (Number.isNaN(d)) return this.i64c(0, L.CANONICAL_NAN_HI);
    const [lo, hi] = bitsOf(d);
    return this.i64c(lo, hi);
  }

  // ---- Tests on values (v: i64) ----
  hi(v: Expr): Expr { return this.m.i32.wrap(this.m.i64.shr_u(v, this.i64c(32, 0))); }
  isNumber(v: Expr): Expr { return this.m.i32.lt_u(this.hi(v), this.i32c(L.BOX_MIN_HI)); }
  isObject(v: Expr): Expr { return this.m.i32.eq(this.hi(v), this.i32c(L.TAG_OBJECT)); }
  isString(v: Expr): Expr { return this.m.i32.eq(this.hi(v), this.i32c(L.TAG_STRING)); }
  isBigInt(v: Expr): Expr { return this.m.i32.eq(this.hi(v), this.i32c(L.TAG_BIGINT)); }
  isException(v: Expr): Expr { return this.m.i64.eq(v, this.exception()); }
  isUndefined(v: Expr): Expr { return this.m.i64.eq(v, this.undef()); }
  isEmpty(v: Expr): Expr { return this.m.i64.eq(v, this.empty()); }
  /** null or undefined: the two differ in bit 0 only. */
  isNullish(v: Expr): Expr {
    return this.m.i64.eq(this.m.i64.and(v, this.i64c(-2, -1)), this.undef());
  }

  // ---- Conversions ----
  ptr(v: Expr): Expr { return this.m.i32.wrap(v); }
  toF64(v: Expr): Expr { return this.m.f64.reinterpret(v); }
  /** Box an arithmetic result. Wasm NaN results carry our canonical payload (inputs are
   *  canonical), with either sign; both are below the tag range, so no canonicalization. */
  fromF64(d: Expr): Expr { return this.m.i64.reinterpret(d); }
  boxString(p: Expr): Expr {
    return this.m.i64.or(this.m.i64.extend_u(p), this.i64c(0, L.TAG_STRING));
  }
  boxObject(p: Expr): Expr {
    return this.m.i64.or(this.m.i64.extend_u(p), this.i64c(0, L.TAG_OBJECT));
  }
  /** Box an i32 condition (0/1) as false/true. */
  boxBool(c: Expr): Expr { return this.m.i64.or(this.m.i64.extend_u(c), this.bool(false)); }

  // ---- Memory ----
  load32(addr: Expr, offset: number): Expr { return this.m.i32.load(offset, 4, addr); }
  load64(addr: Expr, offset: number): Expr { return this.m.i64.load(offset, 8, addr); }
  store64(addr: Expr, offset: number, v: Expr): Expr { return this.m.i64.store(offset, 8, addr, v); }
  store32(addr: Expr, offset: number, v: Expr): Expr { return this.m.i32.store(offset, 4, addr, v); }
}
