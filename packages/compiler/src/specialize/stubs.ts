// The specializer: one method per stub kind of the stub table (engine layout/stubs.mjs), as
// Warp transpiles CacheIR stubs. Each method turns one recorded stub, its fields as constants,
// into an inline *case*: a guard and the stub's fast code, tried before the site's generic path;
// when every guard fails the site runs its generic inline cache, so behaviour never depends on the
// profile. A method may refuse a stub (with the reason the build report prints). The table's type
// has one entry per StubKindName, so adding a kind to the stub table without its method does not
// compile; a kind the table does not know is refused at run of the build.
import binaryen from 'binaryen';
import { layout, type StubKindName } from '@pgo/engine';
import type { Shape, StubFieldValue } from '@pgo/profile';
import type { FunctionCompiler } from '../lower/function.js';
import type { FunctionScope } from '../analyze/scope.js';
import type { ShapeDescriptor } from './shape-descriptors.js';
import { inlineBuiltins, integralNumber, wrappedInt32 } from './builtins.js';
import { inlineConstructThis } from '../lower/alloc.js';
import { type Expr, i32, i64 } from '../lower/wasm.js';

/** A property site being lowered: its receiver in local `o` (i64); `p` (i32) holds the receiver's
 *  cell pointer once the receiver is known to be an object. */
export interface PropertySite {
  readonly kind: 'GetProp' | 'SetProp';
  readonly fc: FunctionCompiler;
  readonly key: string;
  readonly cell: number;
  readonly o: number;
  readonly p: number;
  /** SetProp: the value to store, in an i64 local. */
  readonly v: number;
}

export interface ElementSite {
  readonly kind: 'GetElem' | 'SetElem';
  readonly fc: FunctionCompiler;
  /** Receiver, key and (SetElem) value in i64 locals. */
  readonly o: number;
  readonly k: number;
  readonly v: number;
}

export interface CallSite {
  readonly kind: 'Call' | 'New';
  readonly fc: FunctionCompiler;
  /** The callee's cell pointer (i32 local), known to be a function cell. */
  readonly f: number;
  /** Arguments: `this` and the argument vector as the uniform calling convention takes them. */
  readonly thisValue: () => Expr;
  readonly argv: () => Expr;
  readonly argc: number;
  /** New: the site's IC cell (free at a New site: it caches the constructor's `prototype`
   *  slot) and a frame slot that roots the new object during the call. */
  readonly cell: number;
  readonly objSlot: number;
}

export type StubSite = PropertySite | ElementSite | CallSite;

/** A stub as inline code. `needsObject`: the guard reads `p`, so it goes after the object test. */
export interface StubCase {
  readonly needsObject: boolean;
  readonly guard: Expr;
  /** The fast path: for a get or call its i64 value; for a store, code yielding nothing. */
  readonly code: Expr;
  /** Descriptors whose entries the case guards on: a miss while one is empty tries adoption,
   *  `before` with the receiver's shape before the generic path, `after` with its shape after. */
  readonly adoptBefore: readonly ShapeDescriptor[];
  readonly adoptAfter: readonly ShapeDescriptor[];
  /** What the report adds to the stub's line (a call's target inlined, or why not). */
  readonly note?: string;
}

export interface CallTarget {
  /** The generated function to call directly, and its table index (FN_CODE of its closures). */
  name: string;
  tableIndex: number;
  scope: FunctionScope;
  /** A constructor whose [[Construct]] makes `this` from its `prototype` (not a class that
   *  extends another, not a generator, arrow or method). */
  ordinaryConstructor: boolean;
  /** The most own properties the profile saw on objects whose prototype is its `prototype`. */
  instanceSlots: number;
}

/** What a stub method sees of the build: shape descriptors and call targets. */
export interface SpecializeContext {
  shape(index: number): ShapeDescriptor | string;
  /** Generated function name and table index of a profiled call target, or the reason it has none. */
  target(field: StubFieldValue): CallTarget | string;
  shapes: readonly Shape[];
  /** The code (FN_CODE) of the builtin at `path` from the global object, as an i32 Expr. */
  builtinCode(path: string): Expr;
  /** The target's body in place of a call at `site` with `thisValue` (lower/inline.ts): an i64
   *  result as a call's, or why the call is not inlined. */
  inline(site: CallSite, target: CallTarget, thisValue: Expr): Expr | string;
}

/** A direct call of `t` at `site`, or its body inlined: the expression and the report's note. */
function callTarget(site: CallSite, t: CallTarget, thisValue: Expr, cx: SpecializeContext): { call: Expr; note: string } {
  const { fc } = site;
  const inlined = cx.inline(site, t, thisValue);
  if (typeof inlined !== 'string') return { call: inlined, note: 'inlined' };
  const call = fc.m.call(t.name, [fc.get(site.f, i32), thisValue, site.argv(), fc.w.i32c(site.argc)], i64);
  return { call, note: `called directly (not inlined: ${inlined})` };
}

type Method = (site: StubSite, fields: readonly StubFieldValue[], cx: SpecializeContext) => StubCase | string;

interface Specializer {
  readonly site: StubSite['kind'];
  readonly method: Method;
}

const u32Field = (f: StubFieldValue | undefined): number => (f && 'u32' in f ? f.u32 : -1);
const shapeField = (f: StubFieldValue | undefined): number => (f && 'shape' in f ? f.shape : -1);

/** The receiver's shape equals the descriptor's entry (0 while empty: never equal). */
function shapeIs(site: PropertySite, d: ShapeDescriptor): Expr {
  const { fc } = site;
  return fc.m.i32.eq(fc.w.load32(fc.get(site.p, i32), layout.OBJ_SHAPE), fc.ctx.specializer!.descriptors.entry(fc.m, d));
}

/** The descriptor of a shape field whose key `key` is a data property at `slot`, or a refusal. */
function slotShape(site: PropertySite, cx: SpecializeContext, shapeIndex: number, slot: number,
                   writable: boolean): ShapeDescriptor | string {
  const shape = cx.shapes[shapeIndex];
  if (!shape) return 'no such shape';
  const key = shape.keys[slot];
  if (!key || key.name !== site.key) return `slot ${slot} of the shape is not '${site.key}'`;
  if (key.attributes & 8) return 'an accessor property';
  if (writable && !(key.attributes & 1)) return 'a read-only property';
  return cx.shape(shapeIndex);
}

const slotAddress = (site: PropertySite, p: Expr): Expr => site.fc.w.load32(p, layout.OBJ_SLOTS);

/** GetProp.OwnSlot{shape, slot}: receiver shape == shape → load slot `slot`. */
const getOwnSlot: Method = (s, fields, cx) => {
  const site = s as PropertySite, { fc } = site;
  const slot = u32Field(fields[1]);
  const d = slotShape(site, cx, shapeField(fields[0]), slot, false);
  if (typeof d === 'string') return d;
  return {
    needsObject: true, guard: shapeIs(site, d),
    code: fc.w.load64(slotAddress(site, fc.get(site.p, i32)), layout.VEC_DATA + slot * 8),
    adoptBefore: [d], adoptAfter: [],
  };
};

/** GetProp.ProtoSlot{shape, holder, slot}: receiver shape == shape and its prototype's shape ==
 *  holder → load the prototype's slot. The receiver's shape fixes its prototype and proves it lacks
 *  the key; the prototype's shape proves the key is there. A holder further up the chain than the
 *  direct prototype fails the guard and takes the generic path. */
const getProtoSlot: Method = (s, fields, cx) => {
  const site = s as PropertySite, { fc } = site, m = fc.m, w = fc.w;
  const receiver = cx.shapes[shapeField(fields[0])];
  if (!receiver) return 'no such shape';
  if (receiver.keys.some((k) => k.name === site.key)) return 'the receiver shape has the key itself';
  const recv = cx.shape(shapeField(fields[0]));
  if (typeof recv === 'string') return recv;
  const slot = u32Field(fields[2]);
  const holder = slotShape(site, cx, shapeField(fields[1]), slot, false);
  if (typeof holder === 'string') return holder;
  const proto = (): Expr => w.ptr(m.i64.load(layout.SHAPE_PROTO, 8, w.load32(fc.get(site.p, i32), layout.OBJ_SHAPE)));
  const protoShape = m.i32.load(layout.OBJ_SHAPE, 4, proto());
  return {
    needsObject: true,
    guard: m.if(shapeIs(site, recv), m.i32.eq(protoShape, fc.ctx.specializer!.descriptors.entry(m, holder)), w.i32c(0)),
    code: w.load64(slotAddress(site, proto()), layout.VEC_DATA + slot * 8),
    adoptBefore: [recv], adoptAfter: [],
  };
};

const arrayLength: Method = (s) => {
  const { fc } = s as PropertySite, m = fc.m, w = fc.w;
  if ((s as PropertySite).key !== 'length') return `the site reads '${(s as PropertySite).key}', not 'length'`;
  const p = (): Expr => fc.get((s as PropertySite).p, i32);
  return {
    needsObject: true,
    guard: m.i32.eq(m.i32.load8_u(layout.HDR_KIND, 1, p()), w.i32c(layout.CELL_ARRAY)),
    code: w.fromF64(m.f64.convert_u.i32(w.load32(p(), layout.OBJ_LENGTH))),
    adoptBefore: [], adoptAfter: [],
  };
};

const stringLength: Method = (s) => {
  const site = s as PropertySite, { fc } = site, m = fc.m, w = fc.w;
  if (site.key !== 'length') return `the site reads '${site.key}', not 'length'`;
  return {
    needsObject: false,
    guard: w.isString(fc.get(site.o, i64)),
    code: w.fromF64(m.f64.convert_u.i32(w.load32(w.ptr(fc.get(site.o, i64)), layout.STR_LENGTH))),
    adoptBefore: [], adoptAfter: [],
  };
};

/** SetProp.OwnSlot{shape, slot}: receiver shape == shape → store into slot `slot`. */
const setOwnSlot: Method = (s, fields, cx) => {
  const site = s as PropertySite, { fc } = site;
  const slot = u32Field(fields[1]);
  const d = slotShape(site, cx, shapeField(fields[0]), slot, true);
  if (typeof d === 'string') return d;
  return {
    needsObject: true, guard: shapeIs(site, d),
    code: fc.w.store64(slotAddress(site, fc.get(site.p, i32)), layout.VEC_DATA + slot * 8, fc.get(site.v, i64)),
    adoptBefore: [d], adoptAfter: [],
  };
};

/** SetProp.AddSlot{shape, next, slot}: receiver shape == shape, extensible, room in its slot
 *  vector, and the prototype chain checked (rt_validate_add, cached per protoEpoch in the cell's
 *  IC_STATE) → store the value and move the receiver to `next`. */
const setAddSlot: Method = (s, fields, cx) => {
  const site = s as PropertySite, { fc } = site, m = fc.m, w = fc.w;
  const slot = u32Field(fields[2]);
  const before = cx.shapes[shapeField(fields[0])];
  if (!before || before.keys.length !== slot) return 'the new slot does not follow the shape\'s keys';
  if (before.keys.some((k) => k.name === site.key)) return 'the shape has the key already';
  const from = cx.shape(shapeField(fields[0]));
  if (typeof from === 'string') return from;
  const to = slotShape(site, cx, shapeField(fields[1]), slot, true);
  if (typeof to === 'string') return to;
  const p = (): Expr => fc.get(site.p, i32);
  const descs = fc.ctx.specializer!.descriptors;
  const epochOk = (): Expr => m.i32.eq(fc.cellLoad(site.cell, layout.IC_STATE),
    m.i32.add(m.global.get(fc.ctx.rt.global('protoEpoch'), i32), w.i32c(1)));
  const slots = (): Expr => w.load32(p(), layout.OBJ_SLOTS);
  // Arrays and functions have virtual `length` and `name`: only an ordinary object may add them.
  const virtualKey = site.key === 'length' || site.key === 'name';
  const conditions: Expr[] = [
    shapeIs(site, from),
    m.i32.ne(descs.entry(m, to), w.i32c(0)),
    m.i32.eqz(m.i32.and(m.i32.load16_u(layout.HDR_FLAGS, 2, p()), w.i32c(layout.OBJ_FLAG_NOT_EXTENSIBLE))),
    m.i32.ne(slots(), w.i32c(0)),
    m.i32.gt_u(w.load32(slots(), layout.VEC_CAPACITY), w.i32c(slot)),
    ...(virtualKey ? [m.i32.eq(m.i32.load8_u(layout.HDR_KIND, 1, p()), w.i32c(layout.CELL_OBJECT))] : []),
  ];
  // Checked once per protoEpoch: the validation runs only when the shape guard already passed.
  const validated = m.if(epochOk(), w.i32c(1),
    fc.call('rt_validate_add', [fc.cellAddr(site.cell), m.i64.load(layout.SHAPE_PROTO, 8, w.load32(p(), layout.OBJ_SHAPE)), fc.strPtr(site.key)], i32));
  return {
    needsObject: true,
    guard: allOf(fc, [...conditions, validated]),
    code: m.block(null, [
      w.store64(slots(), layout.VEC_DATA + slot * 8, fc.get(site.v, i64)),
      m.i32.store(layout.OBJ_SHAPE, 4, p(), descs.entry(m, to)),
    ]),
    adoptBefore: [from], adoptAfter: [to],
  };
};

/** `a && b && ...` on i32 conditions, each evaluated only if the ones before held. */
export function allOf(fc: FunctionCompiler, conds: Expr[]): Expr {
  const m = fc.m;
  return conds.reduceRight((rest, c) => m.if(c, rest, m.i32.const(0)));
}

/** The generic GetElem path already is GetElem.DenseArray inline: nothing more to emit. */
const alreadyInline = (what: string): Method => () => `the generic inline path already is ${what}`;

/** SetElem.DenseArray: an array with no special elements (flags 0, the engine's dense test), an
 *  integer index within the element vector → store it (and extend the length past it). */
const setDenseElement: Method = (s) => {
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
const getTypedElement: Method = (s, fields) => {
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
const setTypedElement: Method = (s, fields) => {
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
const getStringChar: Method = (s) => {
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

/** Call.Function{target}: the callee's code is the target's → call it directly (binaryen and V8
 *  may inline a direct call; an indirect one never). */
const callFunction: Method = (s, fields, cx) => {
  const site = s as CallSite, { fc } = site, m = fc.m, w = fc.w;
  const t = cx.target(fields[0]!);
  if (typeof t === 'string') return t;
  const { call, note } = callTarget(site, t, site.thisValue(), cx);
  return {
    needsObject: false,
    guard: m.i32.eq(w.load32(fc.get(site.f, i32), layout.FN_CODE), w.i32c(t.tableIndex)),
    code: m.block(null, [m.global.set(fc.ctx.rt.global('newTarget'), w.undef()), call], i64),
    adoptBefore: [], adoptAfter: [], note,
  };
};

/** New.Function{target}: an ordinary base constructor → `this` from its `prototype` (read through
 *  the site's cell, an own-slot cache) allocated inline, a direct call, and the [[Construct]]
 *  result rule. */
const newFunction: Method = (s, fields, cx) => {
  const site = s as CallSite, { fc } = site, m = fc.m, w = fc.w;
  const t = cx.target(fields[0]!);
  if (typeof t === 'string') return t;
  if (!t.ordinaryConstructor) return 'the target is not an ordinary base constructor';
  const f = (): Expr => fc.get(site.f, i32);
  const proto = fc.local(i64), r = fc.local(i64);
  const got = fc.label('proto');
  const readPrototype = m.block(got, [
    m.if(m.i32.eq(w.load32(f(), layout.OBJ_SHAPE), fc.cellLoad(site.cell, layout.IC_SHAPE)),
      m.br(got, undefined, w.load64(m.i32.add(w.load32(f(), layout.OBJ_SLOTS),
        m.i32.shl(fc.cellLoad(site.cell, layout.IC_SLOT), w.i32c(3))), layout.VEC_DATA))),
    fc.checked(fc.call('icGetProp', [fc.cellAddr(site.cell), w.boxObject(f()), fc.strPtr('prototype')], i64)),
  ], i64);
  const { call, note } = callTarget(site, t, fc.loadSlot(site.objSlot), cx);
  return {
    needsObject: false,
    guard: m.i32.eq(w.load32(f(), layout.FN_CODE), w.i32c(t.tableIndex)),
    code: m.block(null, [
      fc.set(proto, readPrototype),
      fc.storeSlot(site.objSlot, inlineConstructThis(fc, proto, t.instanceSlots)),
      m.global.set(fc.ctx.rt.global('newTarget'), w.boxObject(f())),
      fc.set(r, fc.checked(call)),
      m.if(w.isObject(fc.get(r, i64)), fc.get(r, i64), fc.loadSlot(site.objSlot)),
    ], i64),
    adoptBefore: [], adoptAfter: [], note,
  };
};

/** Call.Builtin{name}: a builtin of the inline table (builtins.ts), guarded by its code. */
const callBuiltin: Method = (s, fields, cx) => {
  const site = s as CallSite, { fc } = site, m = fc.m, w = fc.w;
  const name = fields[0] && 'name' in fields[0] ? fields[0].name : '';
  const row = inlineBuiltins.get(name);
  if (!row) return `${name} is not inlined`;
  if (!row.argc.includes(site.argc)) return `${row.path} is inlined with ${row.argc.join(' or ')} arguments, not ${site.argc}`;
  const { guard, value } = row.emit(site);
  return {
    needsObject: false,
    guard: allOf(fc, [m.i32.eq(w.load32(fc.get(site.f, i32), layout.FN_CODE), cx.builtinCode(row.path)), ...guard]),
    code: value,
    adoptBefore: [], adoptAfter: [],
  };
};

export const specializers: { readonly [K in StubKindName]: Specializer } = {
  'GetProp.OwnSlot': { site: 'GetProp', method: getOwnSlot },
  'GetProp.ProtoSlot': { site: 'GetProp', method: getProtoSlot },
  'GetProp.ArrayLength': { site: 'GetProp', method: arrayLength },
  'GetProp.StringLength': { site: 'GetProp', method: stringLength },
  'SetProp.OwnSlot': { site: 'SetProp', method: setOwnSlot },
  'SetProp.AddSlot': { site: 'SetProp', method: setAddSlot },
  'GetElem.DenseArray': { site: 'GetElem', method: alreadyInline('a dense-array load') },
  'GetElem.TypedArray': { site: 'GetElem', method: getTypedElement },
  'GetElem.StringChar': { site: 'GetElem', method: getStringChar },
  'SetElem.DenseArray': { site: 'SetElem', method: setDenseElement },
  'SetElem.TypedArray': { site: 'SetElem', method: setTypedElement },
  'Call.Function': { site: 'Call', method: callFunction },
  'Call.Builtin': { site: 'Call', method: callBuiltin },
  'New.Function': { site: 'New', method: newFunction },
};

/** The case for one recorded stub at `site`, or why there is none. */
export function specializeStub(kind: string, site: StubSite, fields: readonly StubFieldValue[], cx: SpecializeContext): StubCase | string {
  const spec = (specializers as Record<string, Specializer | undefined>)[kind];
  if (!spec) return `unknown stub kind ${kind}`;
  if (spec.site !== site.kind) return `stub ${kind} at a ${site.kind} site`;
  return spec.method(site, fields, cx);
}
