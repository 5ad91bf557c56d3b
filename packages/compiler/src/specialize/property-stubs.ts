// The property stubs (GetProp.*, SetProp.*), as CacheIR's GuardShape + LoadFixedSlot: shape
// guards with constant slots, and prototype holders guarded by their own shape.
import { layout, type RuntimeGlobal } from '@pgo/engine';
import type { FunctionCompiler } from '../lower/function.js';
import { type Expr, i32, i64 } from '../lower/wasm.js';
import type { ShapeDescriptor } from './shape-descriptors.js';
import type { StubFieldValue } from '@pgo/profile';
import {
  type CallSite, type Method, type PropertySite, type SpecializeContext, type StubCase, allOf, callTarget, shapeField, u32Field,
} from './stub-site.js';

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

/** An own-slot stub {shape, slot}: receiver shape == shape → `access` the slot (its vector's
 *  address and the slot's offset). */
function ownSlot(site: PropertySite, fields: readonly StubFieldValue[], cx: SpecializeContext, writable: boolean,
                 access: (vector: Expr, offset: number) => Expr): StubCase | string {
  const slot = u32Field(fields[1]);
  const d = slotShape(site, cx, shapeField(fields[0]), slot, writable);
  if (typeof d === 'string') return d;
  return {
    needsObject: true, guard: shapeIs(site, d),
    code: access(slotAddress(site, site.fc.get(site.p, i32)), layout.VEC_DATA + slot * 8),
    adoptBefore: [d], adoptAfter: [],
  };
}

/** GetProp.OwnSlot{shape, slot}: receiver shape == shape → load slot `slot`. */
export const getOwnSlot: Method = (s, fields, cx) =>
  ownSlot(s as PropertySite, fields, cx, false, (vector, offset) => s.fc.w.load64(vector, offset));

/** The receiver's descriptor for a stub that looks past it (its shape lacks the key). */
function protoReceiver(site: PropertySite, cx: SpecializeContext, index: number): ShapeDescriptor | string {
  const receiver = cx.shapes[index];
  if (!receiver) return 'no such shape';
  if (receiver.keys.some((k) => k.name === site.key)) return 'the receiver shape has the key itself';
  return cx.shape(index);
}

/** The receiver's direct prototype (an i32 cell pointer), read through its shape. */
function directProto(site: PropertySite): Expr {
  const { fc } = site, m = fc.m, w = fc.w;
  return w.ptr(m.i64.load(layout.SHAPE_PROTO, 8, w.load32(fc.get(site.p, i32), layout.OBJ_SHAPE)));
}

/** The receiver's shape is `recv` and its direct prototype's shape is `holder`. The receiver's
 *  shape fixes its prototype and proves it lacks the key; the prototype's shape proves the key is
 *  there. A holder further up the chain fails the guard and takes the generic path. */
function protoGuard(site: PropertySite, recv: ShapeDescriptor, holder: ShapeDescriptor): Expr {
  const { fc } = site, m = fc.m;
  return allOf(fc, [shapeIs(site, recv),
    m.i32.eq(m.i32.load(layout.OBJ_SHAPE, 4, directProto(site)), fc.ctx.specializer!.descriptors.entry(m, holder))]);
}

/** GetProp.ProtoSlot{shape, holder, slot}: receiver shape == shape and its prototype's shape ==
 *  holder → load the prototype's slot. */
export const getProtoSlot: Method = (s, fields, cx) => {
  const site = s as PropertySite, { fc } = site, w = fc.w;
  const recv = protoReceiver(site, cx, shapeField(fields[0]));
  if (typeof recv === 'string') return recv;
  const slot = u32Field(fields[2]);
  const holder = slotShape(site, cx, shapeField(fields[1]), slot, false);
  if (typeof holder === 'string') return holder;
  return {
    needsObject: true, guard: protoGuard(site, recv, holder),
    code: w.load64(slotAddress(site, directProto(site)), layout.VEC_DATA + slot * 8),
    adoptBefore: [recv], adoptAfter: [],
  };
};

/** GetProp.ProtoGetter{shape, holder, getter}: receiver shape == shape, its prototype's shape ==
 *  holder, and the accessor's getter a closure of `getter` → the getter called directly with the
 *  receiver as `this`, or its body inlined. The holder's shape fixes where the accessor pair is,
 *  not which getter it holds (defineProperty may replace it): that is the code guard's job. */
export const getProtoGetter: Method = (s, fields, cx) => {
  const site = s as PropertySite, { fc } = site, m = fc.m, w = fc.w;
  const recv = protoReceiver(site, cx, shapeField(fields[0]));
  if (typeof recv === 'string') return recv;
  const holderShape = cx.shapes[shapeField(fields[1])];
  const slot = holderShape ? holderShape.keys.findIndex((k) => k.name === site.key) : -1;
  if (slot < 0 || !(holderShape!.keys[slot]!.attributes & layout.PROP_ACCESSOR)) return `the holder has no accessor '${site.key}'`;
  const holder = cx.shape(shapeField(fields[1]));
  if (typeof holder === 'string') return holder;
  const target = cx.target(fields[2]!);
  if (typeof target === 'string') return target;
  const g = fc.local(i64), f = fc.local(i32);
  const pair = w.ptr(w.load64(slotAddress(site, directProto(site)), layout.VEC_DATA + slot * 8));
  const getter: CallSite = {
    kind: 'Call', fc, f, thisValue: () => fc.get(site.o, i64),
    argv: () => m.global.get(fc.ctx.rt.global('sp'), i32), argc: 0, cell: site.cell, objSlot: -1,
  };
  const { call, note } = callTarget(getter, target, getter.thisValue(), cx);
  return {
    needsObject: true,
    guard: allOf(fc, [
      protoGuard(site, recv, holder),
      m.block(null, [fc.set(g, w.load64(pair, layout.VEC_DATA)), w.isObject(fc.get(g, i64))], i32),
      m.block(null, [fc.set(f, w.ptr(fc.get(g, i64))),
        m.i32.eq(m.i32.load8_u(layout.HDR_KIND, 1, fc.get(f, i32)), w.i32c(layout.CELL_FUNCTION))], i32),
      m.i32.eq(w.load32(fc.get(f, i32), layout.FN_CODE), w.i32c(target.tableIndex)),
    ]),
    code: m.block(null, [m.global.set(fc.ctx.rt.global('newTarget'), w.undef()), fc.checked(call)], i64),
    adoptBefore: [recv], adoptAfter: [], note,
  };
};

/** GetProp.PrimitiveProto{receiver, holder, slot}: a string (or number) and its prototype's shape
 *  == holder → load the prototype's slot. The prototype is the realm's (an engine global whose
 *  value the snapshot fixes); its shape proves the key's slot. */
export const getPrimitiveProto: Method = (s, fields, cx) => {
  const site = s as PropertySite, { fc } = site, m = fc.m, w = fc.w;
  const type = fields[0] && 'name' in fields[0] ? fields[0].name : '';
  const receiver = primitiveReceivers.get(type);
  if (!receiver) return `a ${type || 'primitive'} receiver stays generic`;
  const slot = u32Field(fields[2]);
  const holder = slotShape(site, cx, shapeField(fields[1]), slot, false);
  if (typeof holder === 'string') return holder;
  const proto = (): Expr => m.global.get(fc.ctx.rt.global(receiver.prototype), i32);
  return {
    needsObject: false,
    guard: allOf(fc, [receiver.is(fc, fc.get(site.o, i64)),
      m.i32.eq(w.load32(proto(), layout.OBJ_SHAPE), fc.ctx.specializer!.descriptors.entry(m, holder))]),
    code: w.load64(slotAddress(site, proto()), layout.VEC_DATA + slot * 8),
    adoptBefore: [], adoptAfter: [],
  };
};

/** The primitive types GetProp.PrimitiveProto serves (as typeof names them): their test and the
 *  engine global holding their prototype. */
const primitiveReceivers = new Map<string, { is(fc: FunctionCompiler, v: Expr): Expr; prototype: RuntimeGlobal }>([
  ['string', { is: (fc, v) => fc.w.isString(v), prototype: 'StringPrototype' }],
  ['number', { is: (fc, v) => fc.w.isNumber(v), prototype: 'NumberPrototype' }],
]);

/** GetProp.FunctionLength{shape}: a function cell of a shape without an own `length` → its
 *  FunctionInfo's parameter count (the virtual property Get reads before the prototype chain).
 *  The kind test matters: an ordinary object may have a function's shape (Object.create). */
export const functionLength: Method = (s, fields, cx) => {
  const site = s as PropertySite, { fc } = site, m = fc.m, w = fc.w;
  if (site.key !== 'length') return `the site reads '${site.key}', not 'length'`;
  const recv = protoReceiver(site, cx, shapeField(fields[0]));
  if (typeof recv === 'string') return recv;
  const p = (): Expr => fc.get(site.p, i32);
  return {
    needsObject: true,
    guard: allOf(fc, [shapeIs(site, recv), m.i32.eq(m.i32.load8_u(layout.HDR_KIND, 1, p()), w.i32c(layout.CELL_FUNCTION))]),
    code: w.fromF64(m.f64.convert_u.i32(w.load32(w.load32(p(), layout.FN_INFO), layout.FI_LENGTH))),
    adoptBefore: [recv], adoptAfter: [],
  };
};

export const arrayLength: Method = (s) => {
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

export const stringLength: Method = (s) => {
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
export const setOwnSlot: Method = (s, fields, cx) =>
  ownSlot(s as PropertySite, fields, cx, true, (vector, offset) => s.fc.w.store64(vector, offset, s.fc.get((s as PropertySite).v, i64)));

/** SetProp.AddSlot{shape, next, slot}: receiver shape == shape, extensible, room in its slot
 *  vector, and the prototype chain checked (rt_validate_add, cached per protoEpoch in the cell's
 *  IC_STATE) → store the value and move the receiver to `next`. */
export const setAddSlot: Method = (s, fields, cx) => {
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

