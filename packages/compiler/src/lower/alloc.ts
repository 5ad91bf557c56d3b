// Inline allocation: generated code bumps the engine's allocation window (engine heap/alloc.ts,
// the exported globals allocTop/allocLimit) and writes the cells itself. When the window has no
// room it calls rt_alloc, which refills it, accounts the bytes and may collect. Window memory is
// not zeroed (freed cells are not cleared at run time), so every word of a cell made here is
// written here, headers included; nothing may allocate between the bump and the last store.
import binaryen from 'binaryen';
import { layout } from '@pgo/engine';
import type { FunctionCompiler } from './function.js';
import { type Expr, i32, i64 } from './wasm.js';

// Cells are written as layout.mjs draws them: an object's shape, slots, then two zero words
// (elements + length, proto root + padding); a vector's capacity word; an environment's parent
// and count words; a function's code, environment, info and bound words. Say so loudly if the
// layout moves.
if (layout.OBJ_SHAPE !== 8 || layout.OBJ_SLOTS !== 12 || layout.OBJ_ELEMENTS !== 16 || layout.OBJ_LENGTH !== 20 ||
    layout.OBJ_PROTO_ROOT !== 24 || layout.OBJ_BYTES !== 32 || layout.VEC_CAPACITY !== 8 || layout.VEC_DATA !== 16 ||
    layout.HDR_KIND !== 0 || layout.HDR_SIZE !== 4 || layout.ENV_PARENT !== 8 || layout.ENV_COUNT !== 12 || layout.ENV_SLOTS !== 16 ||
    layout.FN_CODE !== 28 || layout.FN_ENV !== 32 || layout.FN_INFO !== 36 || layout.FN_BOUND !== 40 || layout.FN_BYTES !== 48) {
  throw new Error('lower/alloc.ts: the object or vector layout changed; update lower/alloc.ts');
}

/** A cell's header word: kind in the low byte, gc bits and flags clear, byte size in the high half. */
function header(fc: FunctionCompiler, kind: number, bytes: number): Expr { return fc.w.i64c(kind, bytes); }

/** `bytes` (a multiple of 8) from the window into i32 local `p`; the slow path may collect, so
 *  whatever the caller holds across it must be rooted. */
export function inlineAllocBytes(fc: FunctionCompiler, p: number, bytes: number): Expr {
  const m = fc.m, w = fc.w;
  const top = fc.ctx.rt.global('allocTop'), limit = fc.ctx.rt.global('allocLimit');
  const end = (): Expr => m.i32.add(fc.get(p, i32), w.i32c(bytes));
  return m.block(null, [
    fc.set(p, m.global.get(top, i32)),
    m.if(m.i32.le_u(end(), m.global.get(limit, i32)),
      m.global.set(top, end()),
      fc.set(p, fc.call('rt_alloc', [w.i32c(bytes)], i32))),
  ]);
}

/** Bytes of an ordinary object with a slot vector of `slots` values (none: no vector). */
export function objectBytes(slots: number): number {
  return layout.OBJ_BYTES + (slots > 0 ? layout.VEC_DATA + slots * 8 : 0);
}

/** An ordinary object (CELL_OBJECT) of shape `shape` with room for `slots` named properties, all
 *  undefined: the object cell and its slot vector are two adjacent cells of one bump. `shape` (an
 *  i32 expression) is evaluated after the allocation, which may collect: it must read the shape
 *  from something rooted (a prototype's root shape), not hold it in a local. The object's
 *  pointer is left in i32 local `p`. */
export function inlineAllocObject(fc: FunctionCompiler, p: number, shape: Expr, slots: number): Expr {
  const m = fc.m, w = fc.w;
  const at = (): Expr => fc.get(p, i32);
  const vec = layout.OBJ_BYTES;
  const code = [
    inlineAllocBytes(fc, p, objectBytes(slots)),
    w.store64(at(), 0, header(fc, layout.CELL_OBJECT, layout.OBJ_BYTES)),
    w.store32(at(), layout.OBJ_SHAPE, shape),
    w.store32(at(), layout.OBJ_SLOTS, slots > 0 ? m.i32.add(at(), w.i32c(vec)) : w.i32c(0)),
    w.store64(at(), layout.OBJ_ELEMENTS, w.i64c(0, 0)),
    w.store64(at(), layout.OBJ_PROTO_ROOT, w.i64c(0, 0)),
  ];
  if (slots > 0) {
    code.push(
      w.store64(at(), vec, header(fc, layout.CELL_VECTOR, layout.VEC_DATA + slots * 8)),
      w.store64(at(), vec + layout.VEC_CAPACITY, w.i64c(slots, 0)), // capacity, padding
      ...fillValues(fc, at, vec + layout.VEC_DATA, slots, layout.SPECIAL_UNDEFINED));
  }
  return m.block(null, code);
}

/** Stores of `count` copies of the special value `special` (undefined, empty) at
 *  `base() + offset`: two a store (SIMD), then one. */
function fillValues(fc: FunctionCompiler, base: () => Expr, offset: number, count: number, special: number): Expr[] {
  const m = fc.m, w = fc.w;
  const word = [special, layout.TAG_SPECIAL];
  const pair = Array.from(new Uint8Array(new Uint32Array([...word, ...word]).buffer));
  const code: Expr[] = [];
  let i = 0;
  for (; i + 2 <= count; i += 2) code.push(m.v128.store(offset + i * 8, 8, base(), m.v128.const(pair)));
  if (i < count) code.push(w.store64(base(), offset + i * 8, w.special(special)));
  return code;
}

/** Environments of at most this many slots are made inline (each slot is a store). */
export const INLINE_ENV_SLOTS = 32;

/** A closure environment (CELL_ENV) of `count` slots into i32 local `e`, its parent the i32
 *  expression `parent` (evaluated after the allocation, which may collect: read it from a rooted
 *  place). `tdz`: every slot starts EMPTY (let/const before their declaration); otherwise the
 *  caller writes every slot before it allocates again. */
export function inlineAllocEnv(fc: FunctionCompiler, e: number, parent: Expr, count: number, tdz: boolean): Expr {
  const w = fc.w;
  const at = (): Expr => fc.get(e, i32);
  return fc.m.block(null, [
    inlineAllocBytes(fc, e, layout.ENV_SLOTS + count * 8),
    w.store64(at(), 0, header(fc, layout.CELL_ENV, layout.ENV_SLOTS + count * 8)),
    w.store32(at(), layout.ENV_PARENT, parent),
    w.store32(at(), layout.ENV_COUNT, w.i32c(count)),
    ...(tdz ? fillValues(fc, at, layout.ENV_SLOTS, count, layout.SPECIAL_EMPTY) : []),
  ]);
}

/** The `this` of `new F` for an ordinary base constructor (OrdinaryCreateFromConstructor,
 *  §10.1.13), `proto` (an i64 local) being F.prototype, with room for `slots` properties: inline
 *  when proto is an object whose root shape exists (it does after F's first instance), else
 *  rt_construct_this (which makes the root shape, or uses %Object.prototype%). F must be rooted:
 *  proto is read again after the allocation, through it. */
export function inlineConstructThis(fc: FunctionCompiler, proto: number, slots: number): Expr {
  const m = fc.m, w = fc.w;
  const p = fc.local(i32);
  const root = (): Expr => w.load32(w.ptr(fc.get(proto, i64)), layout.OBJ_PROTO_ROOT);
  return m.if(m.if(w.isObject(fc.get(proto, i64)), m.i32.ne(root(), w.i32c(0)), w.i32c(0)),
    m.block(null, [inlineAllocObject(fc, p, root(), slots), w.boxObject(fc.get(p, i32))], i64),
    fc.call('rt_construct_this', [fc.get(proto, i64), w.i32c(slots)], i64));
}

/** A closure (CELL_FUNCTION) whose [[Prototype]] is %Function.prototype% and that gets no
 *  `prototype` object of its own (an arrow or a method, not async, not a generator: engine
 *  object/function.ts newClosure), its code table index `code`, its FunctionInfo and environment
 *  the i32 expressions `info` and `env`, evaluated after the allocation (read them from rooted
 *  places). Inline once %Function.prototype% has its root shape (from initialization on), else
 *  rt_new_closure. */
export function inlineAllocClosure(fc: FunctionCompiler, info: () => Expr, env: () => Expr, code: number): Expr {
  const m = fc.m, w = fc.w;
  const p = fc.local(i32);
  const at = (): Expr => fc.get(p, i32);
  const root = (): Expr => w.load32(m.global.get(fc.ctx.rt.global('FunctionPrototype'), i32), layout.OBJ_PROTO_ROOT);
  return m.if(m.i32.ne(root(), w.i32c(0)),
    m.block(null, [
      inlineAllocBytes(fc, p, layout.FN_BYTES),
      w.store64(at(), 0, header(fc, layout.CELL_FUNCTION, layout.FN_BYTES)),
      w.store32(at(), layout.OBJ_SHAPE, root()),
      w.store32(at(), layout.OBJ_SLOTS, w.i32c(0)),
      w.store64(at(), layout.OBJ_ELEMENTS, w.i64c(0, 0)),
      w.store64(at(), layout.OBJ_PROTO_ROOT, w.i64c(0, code)), // no proto root; FN_CODE
      w.store32(at(), layout.FN_ENV, env()),
      w.store32(at(), layout.FN_INFO, info()),
      w.store64(at(), layout.FN_BOUND, w.i64c(0, 0)),
      w.boxObject(at()),
    ], i64),
    fc.call('rt_new_closure', [info(), env()], i64));
}
