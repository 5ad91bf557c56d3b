// Calls and `new`. Arguments go to consecutive frame slots (rooted); the callee is called
// directly through the table when it is a function cell (the generic Call stub inline), else the
// engine's CallNamed reports node's "x is not a function".
import type * as ESTree from 'estree';
import { layout } from '@pgo/engine';
import type { FunctionCompiler } from './function.js';
import { lowerExpression, spreadInto, lowerThis, lowerSuperMember } from './expressions.js';
import { superCall, privateGet } from './classes.js';
import { getProp, getElem, stubCases, caseBranches } from './properties.js';
import { SiteTable, type Site } from '../ir/sites.js';
import { recordCall } from './record.js';
import { type Expr, i32, i64 } from './wasm.js';
import binaryen from 'binaryen';

const CALL_PARAMS = binaryen.createType([i32, i64, i32, i32]);

type Callee = ESTree.Expression | ESTree.Super;

/** An expression's text as V8 prints it in messages ("o.f is not a function"). */
export function calleeText(e: ESTree.Node): string {
  switch (e.type) {
    case 'Identifier': return e.name;
    case 'ThisExpression': return 'this';
    case 'MemberExpression': {
      const obj = calleeText(e.object);
      const key = e.property;
      if (!e.computed && key.type === 'Identifier') return `${obj}.${key.name}`;
      if (key.type === 'Identifier') return `${obj}[${key.name}]`;
      if (key.type === 'Literal' && typeof key.value === 'string') return `${obj}.${key.value}`;
      if (key.type === 'Literal' && typeof key.value === 'number') return `${obj}[${key.raw ?? key.value}]`;
      return `${obj}[...]`;
    }
    case 'CallExpression': return `${calleeText(e.callee)}(...)`;
    case 'ChainExpression': return calleeText(e.expression);
    default: return '(intermediate value)';
  }
}

/** Store the arguments into `n` consecutive slots starting at `first`. */
function storeArgs(fc: FunctionCompiler, args: ESTree.Node[], first: number): Expr[] {
  return args.map((a, i) => fc.storeSlot(first + i, lowerExpression(fc, a)));
}

/** Emit the call of the function value in `fnSlot` with `this` from `thisSlot` (or undefined):
 *  the profile's direct calls first, then the call through the table. */
function invoke(fc: FunctionCompiler, site: Site, fnSlot: number, thisValue: () => Expr, argSlot: number, argc: number,
                text: string): Expr {
  const m = fc.m, w = fc.w;
  const f = fc.local(i64), p = fc.local(i32);
  const argv = (): Expr => fc.slotAddr(argSlot);
  const called = fc.label('called');
  const cases = stubCases(fc, site, { kind: 'Call', fc, f: p, thisValue, argv, argc, cell: SiteTable.cellOffset(site), objSlot: -1 });
  return fc.checked(m.block(null, [
    fc.set(f, fc.loadSlot(fnSlot)),
    m.if(
      m.i32.and(w.isObject(fc.get(f, i64)),
        m.i32.eq(m.i32.load8_u(layout.HDR_KIND, 1, w.ptr(fc.get(f, i64))), w.i32c(layout.CELL_FUNCTION))),
      m.block(called, [
        fc.set(p, w.ptr(fc.get(f, i64))),
        ...caseBranches(fc, cases, called, true),
        m.global.set(fc.ctx.rt.global('newTarget'), w.undef()),
        m.call_indirect(fc.ctx.rt.table, w.load32(fc.get(p, i32), layout.FN_CODE),
          [fc.get(p, i32), thisValue(), argv(), w.i32c(argc)], CALL_PARAMS, i64),
      ], i64),
      fc.call('CallNamed', [fc.get(f, i64), thisValue(), argv(), w.i32c(argc), fc.strPtr(text)], i64),
    ),
  ], i64));
}

/** Arguments with a spread: collected into an array in slot `slot`. */
function collectArgs(fc: FunctionCompiler, args: ESTree.Node[], slot: number): Expr[] {
  const code: Expr[] = [fc.storeSlot(slot, fc.call('rt_new_array', [fc.w.i32c(0)], i64))];
  for (const a of args) {
    if (a.type === 'SpreadElement') { code.push(spreadInto(fc, slot, a, 1)); continue; }
    const v = fc.local(i64);
    code.push(fc.set(v, lowerExpression(fc, a)));
    code.push(fc.call('rt_array_push', [fc.loadSlot(slot), fc.get(v, i64)], 0));
  }
  return code;
}

function hasSpread(args: ESTree.Node[]): boolean { return args.some((a) => a.type === 'SpreadElement'); }

export function lowerCall(fc: FunctionCompiler, e: ESTree.CallExpression): Expr {
  const m = fc.m, w = fc.w;
  const callee = e.callee as Callee;
  const spread = hasSpread(e.arguments);
  const argc = spread ? 1 : e.arguments.length;
  const text = calleeText(callee);
  const fnSlot = fc.allocTemp();
  const thisSlot = fc.allocTemp();
  const argSlot = fc.allocTemps(argc);
  const code: Expr[] = [];
  let thisValue: () => Expr;
  if (callee.type === 'Super') {
    code.push(...(spread ? collectArgs(fc, e.arguments, argSlot) : storeArgs(fc, e.arguments, argSlot)));
    const r = superCall(fc, callee, spread ? { array: argSlot } : { argv: argSlot, argc: e.arguments.length });
    fc.freeTemps(argSlot, spread ? 1 : e.arguments.length);
    fc.freeTemp(thisSlot);
    fc.freeTemp(fnSlot);
    return m.block(null, [...code, r], i64);
  }
  if (callee.type === 'MemberExpression' && callee.object.type === 'Super') {
    // super.m(...): the method from the home object's prototype, called on `this`.
    code.push(fc.storeSlot(thisSlot, lowerThis(fc)));
    code.push(fc.storeSlot(fnSlot, lowerSuperMember(fc, callee, callee.object)));
    thisValue = () => fc.loadSlot(thisSlot);
  } else if (callee.type === 'MemberExpression') {
    const [object, fn] = methodCallee(fc, callee, thisSlot);
    code.push(object, fc.storeSlot(fnSlot, fn));
    thisValue = () => fc.loadSlot(thisSlot);
  } else if (callee.type === 'ChainExpression' && callee.expression.type === 'MemberExpression') {
    // `(a?.b)()`: a method call on `a` unless the chain short-circuits (then the callee is undefined).
    const saved = fc.chainLabel;
    fc.chainLabel = fc.label('chain');
    const [object, fn] = methodCallee(fc, callee.expression, thisSlot);
    code.push(fc.storeSlot(fnSlot, m.block(fc.chainLabel, [object, fn], i64)));
    fc.chainLabel = saved;
    thisValue = () => fc.loadSlot(thisSlot);
  } else {
    code.push(fc.storeSlot(fnSlot, lowerExpression(fc, callee as ESTree.Expression)));
    thisValue = () => w.undef();
  }
  if ((e as ESTree.SimpleCallExpression).optional) code.push(shortCircuit(fc, fc.loadSlot(fnSlot)));
  code.push(...(spread ? collectArgs(fc, e.arguments, argSlot) : storeArgs(fc, e.arguments, argSlot)));
  const site = fc.ctx.sites.add('Call', fc.fs.id, (e as { start?: number }).start ?? 0);
  code.push(...recordCall(fc, site, fc.loadSlot(fnSlot), false));
  const result = spread
    ? fc.checked(fc.call('rt_call_spread', [fc.loadSlot(fnSlot), thisValue(), fc.loadSlot(argSlot), fc.strPtr(text)], i64))
    : invoke(fc, site, fnSlot, thisValue, argSlot, argc, text);
  fc.freeTemps(argSlot, argc);
  fc.freeTemp(thisSlot);
  fc.freeTemp(fnSlot);
  return m.block(null, [...code, result], i64);
}

/** A method call's callee `o.m` / `o[k]` / `o.#m`: code that stores `o` (the call's `this`,
 *  evaluated once) in `thisSlot`, and the method's value. */
function methodCallee(fc: FunctionCompiler, callee: ESTree.MemberExpression, thisSlot: number): [Expr, Expr] {
  const m = fc.m;
  const object = m.block(null, [fc.storeSlot(thisSlot, lowerExpression(fc, callee.object as ESTree.Expression)),
    callee.optional ? shortCircuit(fc, fc.loadSlot(thisSlot)) : m.nop()]);
  const fn = callee.property.type === 'PrivateIdentifier' ? privateGet(fc, fc.loadSlot(thisSlot), callee.property)
    : callee.computed
    ? getElem(fc, fc.loadSlot(thisSlot), lowerExpression(fc, callee.property as ESTree.Expression), (callee as { start?: number }).start ?? 0)
    : getProp(fc, fc.loadSlot(thisSlot), (callee.property as ESTree.Identifier).name, (callee.property as { start?: number }).start ?? 0);
  return [object, fn];
}

/** In an optional chain: if `v` is null or undefined, the whole chain is undefined. */
export function shortCircuit(fc: FunctionCompiler, v: Expr): Expr {
  if (!fc.chainLabel) throw new Error('optional link outside a chain');
  return fc.m.drop(fc.m.br(fc.chainLabel, fc.w.isNullish(v), fc.w.undef()));
}

export function lowerNew(fc: FunctionCompiler, e: ESTree.NewExpression): Expr {
  const m = fc.m, w = fc.w;
  const spread = hasSpread(e.arguments);
  const argc = spread ? 1 : e.arguments.length;
  const fnSlot = fc.allocTemp();
  const argSlot = fc.allocTemps(argc);
  const code = [fc.storeSlot(fnSlot, lowerExpression(fc, e.callee as ESTree.Expression)),
    ...(spread ? collectArgs(fc, e.arguments, argSlot) : storeArgs(fc, e.arguments, argSlot))];
  const site = fc.ctx.sites.add('New', fc.fs.id, (e as { start?: number }).start ?? 0);
  code.push(...recordCall(fc, site, fc.loadSlot(fnSlot), true));
  const text = fc.strPtr(calleeText(e.callee));
  const generic = (): Expr => fc.checked(fc.call('ConstructNamed', [fc.loadSlot(fnSlot), fc.slotAddr(argSlot), w.i32c(argc), text], i64));
  const r = spread
    ? fc.checked(fc.call('rt_construct_spread', [fc.loadSlot(fnSlot), fc.loadSlot(argSlot), text], i64))
    : constructDirect(fc, site, fnSlot, argSlot, argc, generic);
  fc.freeTemps(argSlot, argc);
  fc.freeTemp(fnSlot);
  return m.block(null, [...code, r], i64);
}

/** `new F(...)` with the profile's direct constructor calls first (New.Function), else `generic`. */
function constructDirect(fc: FunctionCompiler, site: Site, fnSlot: number, argSlot: number, argc: number,
                         generic: () => Expr): Expr {
  if (!fc.ctx.specializer) return generic();
  const m = fc.m, w = fc.w;
  const f = fc.local(i64), p = fc.local(i32), objSlot = fc.allocTemp();
  const done = fc.label('constructed');
  const cases = stubCases(fc, site, {
    kind: 'New', fc, f: p, thisValue: () => w.undef(), argv: () => fc.slotAddr(argSlot), argc,
    cell: SiteTable.cellOffset(site), objSlot,
  });
  fc.freeTemp(objSlot);
  if (cases.length === 0) return generic();
  return m.block(done, [
    fc.set(f, fc.loadSlot(fnSlot)),
    m.if(m.i32.and(w.isObject(fc.get(f, i64)),
      m.i32.eq(m.i32.load8_u(layout.HDR_KIND, 1, w.ptr(fc.get(f, i64))), w.i32c(layout.CELL_FUNCTION))),
      m.block(null, [fc.set(p, w.ptr(fc.get(f, i64))), ...caseBranches(fc, cases, done, true)])),
    generic(),
  ], i64);
}
