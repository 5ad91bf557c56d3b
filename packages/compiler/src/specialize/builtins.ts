// Builtins a profile-guided build runs inline (the Call.Builtin stub), as Warp inlines natives:
// one row per builtin, by the name the recorder saw, with the path that finds it from the global
// object and its inline code. The guard compares the callee's code with the builtin's (a global
// set during initialization from the path, so after the snapshot it is a constant); the inline
// code then checks its own argument types and otherwise declines to the ordinary call.
import { layout } from '@pgo/engine';
import type binaryen from 'binaryen';
import type { FunctionCompiler } from '../lower/function.js';
import type { CallSite } from './stubs.js';
import { type Expr, i32, i64 } from '../lower/wasm.js';
import { wrappedInt32 } from '../lower/numeric.js';

/** A builtin's inline form: `guard` (beyond the code check) and `value`, both i32/i64 Exprs. */
interface InlineBuiltin {
  /** Where it is, from the global object. */
  readonly path: string;
  /** The argument counts it handles inline. */
  readonly argc: readonly number[];
  readonly emit: (site: CallSite) => { guard: Expr[]; value: Expr };
}

const arg = (site: CallSite, i: number): Expr => site.fc.w.load64(site.argv(), i * 8);

/** Math.<name>(x) for a number x as one f64 instruction. */
function mathUnary(name: string, op: (m: binaryen.Module, x: Expr) => Expr): [string, InlineBuiltin] {
  return [name, {
    path: `Math.${name}`, argc: [1],
    emit: (site) => {
      const { m, w } = site.fc;
      return { guard: [w.isNumber(arg(site, 0))], value: w.fromF64(op(m, w.toF64(arg(site, 0)))) };
    },
  }];
}

/** Math.min/max(a, b) for numbers: Wasm's min/max order -0 below 0 and propagate NaN, as JS does. */
function mathBinary(name: string, op: (m: binaryen.Module, a: Expr, b: Expr) => Expr): [string, InlineBuiltin] {
  return [name, {
    path: `Math.${name}`, argc: [2],
    emit: (site) => {
      const { m, w } = site.fc;
      return { guard: [w.isNumber(arg(site, 0)), w.isNumber(arg(site, 1))],
        value: w.fromF64(op(m, w.toF64(arg(site, 0)), w.toF64(arg(site, 1)))) };
    },
  }];
}

/** Guards that value `v` is an integral number within ±2^63: its ToInt32 is then the low 32 bits
 *  of its i64 truncation (`wrappedInt32`). */
export function integralNumber(fc: FunctionCompiler, v: () => Expr): Expr[] {
  const m = fc.m, w = fc.w;
  const d = (): Expr => w.toF64(v());
  return [w.isNumber(v()), m.f64.eq(m.f64.trunc(d()), d()), m.f64.lt(m.f64.abs(d()), m.f64.const(2 ** 63))];
}

/** Math.imul(a, b) for integral numbers: the low 32 bits of the product. */
function mathImul(): [string, InlineBuiltin] {
  return ['imul', {
    path: 'Math.imul', argc: [2],
    emit: (site) => {
      const { fc } = site, m = fc.m, w = fc.w;
      const int32 = (i: number): Expr => wrappedInt32(m, w.toF64(arg(site, i)));
      return { guard: [...integralNumber(fc, () => arg(site, 0)), ...integralNumber(fc, () => arg(site, 1))],
        value: w.fromF64(m.f64.convert_s.i32(m.i32.mul(int32(0), int32(1)))) };
    },
  }];
}

/** The receiver as an array with ordinary dense elements (header flags 0: the engine's dense test). */
function denseArray(fc: FunctionCompiler, recv: number, els: number): Expr[] {
  const m = fc.m, w = fc.w;
  const p = (): Expr => w.ptr(fc.get(recv, i64));
  return [
    w.isObject(fc.get(recv, i64)),
    m.i32.eq(m.i32.load8_u(layout.HDR_KIND, 1, p()), w.i32c(layout.CELL_ARRAY)),
    m.i32.eqz(m.i32.load16_u(layout.HDR_FLAGS, 2, p())),
    m.block(null, [fc.set(els, w.load32(p(), layout.OBJ_ELEMENTS)), m.i32.ne(fc.get(els, i32), w.i32c(0))], i32),
  ];
}

const elementAt = (fc: FunctionCompiler, els: number, index: Expr): Expr =>
  fc.m.i32.add(fc.get(els, i32), fc.m.i32.shl(index, fc.w.i32c(3)));

export const inlineBuiltins: ReadonlyMap<string, InlineBuiltin> = new Map<string, InlineBuiltin>([
  mathUnary('sqrt', (m, x) => m.f64.sqrt(x)),
  mathUnary('floor', (m, x) => m.f64.floor(x)),
  mathUnary('ceil', (m, x) => m.f64.ceil(x)),
  mathUnary('trunc', (m, x) => m.f64.trunc(x)),
  mathUnary('abs', (m, x) => m.f64.abs(x)),
  mathBinary('min', (m, a, b) => m.f64.min(a, b)),
  mathBinary('max', (m, a, b) => m.f64.max(a, b)),
  mathImul(),
  ['push', {
    // A dense array with room: store at the length, which grows by one (Array.prototype.push).
    path: 'Array.prototype.push', argc: [1],
    emit: (site) => {
      const { fc } = site, m = fc.m, w = fc.w;
      const recv = fc.local(i64), els = fc.local(i32), len = fc.local(i32);
      const p = (): Expr => w.ptr(fc.get(recv, i64));
      return {
        guard: [
          m.block(null, [fc.set(recv, site.thisValue()), w.i32c(1)], i32),
          ...denseArray(fc, recv, els),
          m.block(null, [fc.set(len, w.load32(p(), layout.OBJ_LENGTH)), w.i32c(1)], i32),
          m.i32.lt_u(fc.get(len, i32), w.load32(fc.get(els, i32), layout.VEC_CAPACITY)),
        ],
        value: m.block(null, [
          w.store64(elementAt(fc, els, fc.get(len, i32)), layout.VEC_DATA, arg(site, 0)),
          m.i32.store(layout.OBJ_LENGTH, 4, p(), m.i32.add(fc.get(len, i32), w.i32c(1))),
          w.fromF64(m.f64.convert_u.i32(m.i32.add(fc.get(len, i32), w.i32c(1)))),
        ], i64),
      };
    },
  }],
  ['pop', {
    // A dense array whose last element is present (a hole would read the prototype chain).
    path: 'Array.prototype.pop', argc: [0],
    emit: (site) => {
      const { fc } = site, m = fc.m, w = fc.w;
      const recv = fc.local(i64), els = fc.local(i32), last = fc.local(i32), v = fc.local(i64);
      const p = (): Expr => w.ptr(fc.get(recv, i64));
      return {
        guard: [
          m.block(null, [fc.set(recv, site.thisValue()), w.i32c(1)], i32),
          ...denseArray(fc, recv, els),
          m.block(null, [fc.set(last, m.i32.sub(w.load32(p(), layout.OBJ_LENGTH), w.i32c(1))), m.i32.ge_s(fc.get(last, i32), w.i32c(0))], i32),
          m.i32.lt_u(fc.get(last, i32), w.load32(fc.get(els, i32), layout.VEC_CAPACITY)),
          m.block(null, [fc.set(v, w.load64(elementAt(fc, els, fc.get(last, i32)), layout.VEC_DATA)), m.i32.eqz(w.isEmpty(fc.get(v, i64)))], i32),
        ],
        value: m.block(null, [
          w.store64(elementAt(fc, els, fc.get(last, i32)), layout.VEC_DATA, w.empty()),
          m.i32.store(layout.OBJ_LENGTH, 4, p(), fc.get(last, i32)),
          fc.get(v, i64),
        ], i64),
      };
    },
  }],
  ['charCodeAt', {
    // A string receiver and an integer index within it: the UTF-16 code unit.
    path: 'String.prototype.charCodeAt', argc: [1],
    emit: (site) => {
      const { fc } = site, m = fc.m, w = fc.w;
      const s = fc.local(i64), idx = fc.local(i32);
      const d = (): Expr => w.toF64(arg(site, 0));
      return {
        guard: [
          m.block(null, [fc.set(s, site.thisValue()), w.isString(fc.get(s, i64))], i32),
          w.isNumber(arg(site, 0)),
          m.block(null, [fc.set(idx, m.i32.trunc_u_sat.f64(d())), m.f64.eq(m.f64.convert_u.i32(fc.get(idx, i32)), d())], i32),
          m.i32.lt_u(fc.get(idx, i32), w.load32(w.ptr(fc.get(s, i64)), layout.STR_LENGTH)),
        ],
        value: w.fromF64(m.f64.convert_u.i32(m.i32.load16_u(layout.STR_DATA, 2,
          m.i32.add(w.ptr(fc.get(s, i64)), m.i32.shl(fc.get(idx, i32), w.i32c(1)))))),
      };
    },
  }],
]);
