// The element stubs (GetElem.*, SetElem.*), each with its bounds check: dense arrays, typed
// arrays of one element type, string characters.
import binaryen from 'binaryen';
import { layout } from '@pgo/engine';
import type { FunctionCompiler } from '../lower/function.js';
import { type Expr, i32, i64 } from '../lower/wasm.js';
import { integralNumber } from './builtins.js';
import { wrappedInt32 } from '../lower/numeric.js';
import { type ElementSite, type Method, allOf, u32Field } from './stub-site.js';

/** The generic GetElem path already is GetElem.DenseArray inline: nothing more to emit. */
export const alreadyInline = (what: string): Method => () => `the generic inline path already is ${what}`;

/** SetElem.DenseArray: an array with no special elements (flags 0, the engine's dense test), an
 *  integer index within the element vector → store it (and extend the length past it). */
export const setDenseElement: Method = (s) => {
  const site = s as ElementSite, { fc } = site, m = fc.m, w = fc.w;
  const o = (): Expr => fc.get(site.o, i64);
  const p = (): Expr => w.ptr(o());
  const kf = (): Expr => w.toF64(fc.get(site.k, i64));
  const idx = fc.local(i32), els = fc.local(i32);
  return {
    needsObject: false,
    guard: allOf(fc, [
      w.isObject(o()),
      m.i32.eq(m.i32.load8_u(layout.HDR_KIND, 1, p()), w.i32c(layout.CELL_ARRAY)),
      m.i32.eqz(m.i32.load16_u(layout.HDR_FLAGS, 2, p())),
      w.isNumber(fc.get(site.k, i64)),
      m.block(null, [fc.set(idx, m.i32.trunc_u_sat.f64(kf())), m.f64.eq(m.f64.convert_u.i32(fc.get(idx, i32)), kf())], i32),
      m.block(null, [fc.set(els, w.load32(p(), layout.OBJ_ELEMENTS)), m.i32.ne(fc.get(els, i32), w.i32c(0))], i32),
      m.i32.lt_u(fc.get(idx, i32), w.load32(fc.get(els, i32), layout.VEC_CAPACITY)),
    ]),
    code: m.block(null, [
      w.store64(m.i32.add(fc.get(els, i32), m.i32.shl(fc.get(idx, i32), w.i32c(3))), layout.VEC_DATA, fc.get(site.v, i64)),
      m.if(m.i32.ge_u(fc.get(idx, i32), w.load32(p(), layout.OBJ_LENGTH)),
        m.i32.store(layout.OBJ_LENGTH, 4, p(), m.i32.add(fc.get(idx, i32), w.i32c(1)))),
    ]),
    adoptBefore: [], adoptAfter: [],
  };
};

/** Element types of typed arrays (engine ops/typed-array-access.ts ELEM_*): their load and store. */
interface ElementType {
  readonly shift: number;
  load(m: FunctionCompiler['m'], addr: Expr): Expr;
  /** Store f64 `d` (already proven integral within ±2^63 for integer types that wrap). */
  store(m: FunctionCompiler['m'], addr: Expr, d: Expr): Expr;
  /** The store takes any number: float types, and Uint8Clamped's ToUint8Clamp. */
  readonly anyNumber: boolean;
  readonly float: boolean;
}
const toInt = wrappedInt32;
/** ToUint8Clamp (§7.1.12): NaN is 0 (it passes max and min, and truncates to 0), and Wasm's
 *  nearest rounds half to even, as the spec's step 9 does. */
const toUint8Clamp = (m: FunctionCompiler['m'], d: Expr): Expr =>
  m.i32.trunc_u_sat.f64(m.f64.nearest(m.f64.min(m.f64.max(d, m.f64.const(0)), m.f64.const(255))));
const elementTypes: readonly ElementType[] = [
  { shift: 0, float: false, anyNumber: false, load: (m, a) => m.f64.convert_s.i32(m.i32.load8_s(0, 1, a)), store: (m, a, d) => m.i32.store8(0, 1, a, toInt(m, d)) },
  { shift: 0, float: false, anyNumber: false, load: (m, a) => m.f64.convert_u.i32(m.i32.load8_u(0, 1, a)), store: (m, a, d) => m.i32.store8(0, 1, a, toInt(m, d)) },
  { shift: 0, float: false, anyNumber: true, load: (m, a) => m.f64.convert_u.i32(m.i32.load8_u(0, 1, a)), store: (m, a, d) => m.i32.store8(0, 1, a, toUint8Clamp(m, d)) },
  { shift: 1, float: false, anyNumber: false, load: (m, a) => m.f64.convert_s.i32(m.i32.load16_s(0, 2, a)), store: (m, a, d) => m.i32.store16(0, 2, a, toInt(m, d)) },
  { shift: 1, float: false, anyNumber: false, load: (m, a) => m.f64.convert_u.i32(m.i32.load16_u(0, 2, a)), store: (m, a, d) => m.i32.store16(0, 2, a, toInt(m, d)) },
  { shift: 2, float: false, anyNumber: false, load: (m, a) => m.f64.convert_s.i32(m.i32.load(0, 4, a)), store: (m, a, d) => m.i32.store(0, 4, a, toInt(m, d)) },
  { shift: 2, float: false, anyNumber: false, load: (m, a) => m.f64.convert_u.i32(m.i32.load(0, 4, a)), store: (m, a, d) => m.i32.store(0, 4, a, toInt(m, d)) },
  { shift: 2, float: true, anyNumber: true, load: (m, a) => m.f64.promote(m.f32.load(0, 4, a)), store: (m, a, d) => m.f32.store(0, 4, a, m.f32.demote(d)) },
  { shift: 3, float: true, anyNumber: true, load: (m, a) => m.f64.load(0, 8, a), store: (m, a, d) => m.f64.store(0, 8, a, d) },
];

/** The guard of a typed-array element access: an object of that element type, an integer index
 *  below its length; sets `addr` to the element's address. */
function typedElementGuard(site: ElementSite, kind: number, type: ElementType, addr: number): Expr[] {
  const { fc } = site, m = fc.m, w = fc.w;
  const o = (): Expr => fc.get(site.o, i64), p = (): Expr => w.ptr(o());
  const kf = (): Expr => w.toF64(fc.get(site.k, i64));
  const idx = fc.local(i32);
  return [
    w.isObject(o()),
    m.i32.eq(m.i32.load8_u(layout.HDR_KIND, 1, p()), w.i32c(layout.CELL_TYPED_ARRAY)),
    m.i32.eq(w.load32(p(), layout.TA_KIND), w.i32c(kind)),
    w.isNumber(fc.get(site.k, i64)),
    m.block(null, [fc.set(idx, m.i32.trunc_u_sat.f64(kf())), m.f64.eq(m.f64.convert_u.i32(fc.get(idx, i32)), kf())], i32),
    m.i32.lt_u(fc.get(idx, i32), w.load32(p(), layout.TA_LENGTH)),
    m.block(null, [
      fc.set(addr, m.i32.add(m.i32.add(w.load32(w.load32(p(), layout.TA_BUFFER), layout.AB_DATA), w.load32(p(), layout.TA_OFFSET)),
        m.i32.add(m.i32.shl(fc.get(idx, i32), w.i32c(type.shift)), w.i32c(16)))),
      w.i32c(1),
    ], i32),
  ];
}

/** GetElem.TypedArray{elementKind}: load the element; a float's NaN is made canonical (any bit
 *  pattern may sit in the buffer, and a NaN-boxed value must not look like a tag). */
export const getTypedElement: Method = (s, fields) => {
  const site = s as ElementSite, { fc } = site, m = fc.m, w = fc.w;
  const kind = u32Field(fields[0]);
  const type = elementTypes[kind];
  if (!type) return `unknown element kind ${kind}`;
  const addr = fc.local(i32), d = fc.local(binaryen.f64);
  const value = type.float
    ? m.block(null, [fc.set(d, type.load(m, fc.get(addr, i32))),
      m.if(m.f64.eq(fc.get(d, binaryen.f64), fc.get(d, binaryen.f64)), w.fromF64(fc.get(d, binaryen.f64)), w.number(NaN))], i64)
    : w.fromF64(type.load(m, fc.get(addr, i32)));
  return { needsObject: false, guard: allOf(fc, typedElementGuard(site, kind, type, addr)), code: value, adoptBefore: [], adoptAfter: [] };
};

/** SetElem.TypedArray{elementKind}: a number value stored as the element type does; for integer
 *  types that wrap only an integral value within ±2^63 (ToInt32 is then its low 32 bits). */
export const setTypedElement: Method = (s, fields) => {
  const site = s as ElementSite, { fc } = site, m = fc.m, w = fc.w;
  const kind = u32Field(fields[0]);
  const type = elementTypes[kind];
  if (!type) return `unknown element kind ${kind}`;
  const addr = fc.local(i32);
  const d = (): Expr => w.toF64(fc.get(site.v, i64));
  const valueOk = type.anyNumber ? [w.isNumber(fc.get(site.v, i64))] : integralNumber(fc, () => fc.get(site.v, i64));
  return {
    needsObject: false,
    guard: allOf(fc, [...valueOk, ...typedElementGuard(site, kind, type, addr)]),
    code: type.store(m, fc.get(addr, i32), d()),
    adoptBefore: [], adoptAfter: [],
  };
};

/** GetElem.StringChar: a string and an integer index within it whose code unit is ASCII → the
 *  engine's atom for that character (read from its table; an entry not made yet declines). */
export const getStringChar: Method = (s) => {
  const site = s as ElementSite, { fc } = site, m = fc.m, w = fc.w;
  const str = (): Expr => w.ptr(fc.get(site.o, i64));
  const kf = (): Expr => w.toF64(fc.get(site.k, i64));
  const idx = fc.local(i32), c = fc.local(i32), atom = fc.local(i32);
  return {
    needsObject: false,
    guard: allOf(fc, [
      w.isString(fc.get(site.o, i64)),
      w.isNumber(fc.get(site.k, i64)),
      m.block(null, [fc.set(idx, m.i32.trunc_u_sat.f64(kf())), m.f64.eq(m.f64.convert_u.i32(fc.get(idx, i32)), kf())], i32),
      m.i32.lt_u(fc.get(idx, i32), w.load32(str(), layout.STR_LENGTH)),
      m.block(null, [fc.set(c, m.i32.load16_u(layout.STR_DATA, 2, m.i32.add(str(), m.i32.shl(fc.get(idx, i32), w.i32c(1))))),
        m.i32.lt_u(fc.get(c, i32), w.i32c(128))], i32),
      m.block(null, [fc.set(atom, w.load32(m.i32.add(m.global.get(fc.ctx.rt.global('charAtomTable'), i32), m.i32.shl(fc.get(c, i32), w.i32c(2))), 0)),
        m.i32.ne(fc.get(atom, i32), w.i32c(0))], i32),
    ]),
    code: w.boxString(fc.get(atom, i32)),
    adoptBefore: [], adoptAfter: [],
  };
};

