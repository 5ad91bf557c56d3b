// The suspension points of coroutine bodies: `yield` and `yield*` in generators, `await` in async
// functions, and both in async generators. Each calls the engine's rt_yield, which the Asyncify
// pass makes a suspension point (engine ops/coroutine.ts). When the body is resumed the call
// returns the value sent in (or the awaited value), or throws it (gen.throw, a rejection); for
// gen.return the code here makes a return completion at the yield, so enclosing finally blocks run
// as for a return statement.
import type * as ESTree from 'estree';
import type { FunctionCompiler } from './function.js';
import { lowerExpression } from './expressions.js';
import { lowerReturn } from './statements.js';
import { type Expr, i32, i64 } from './wasm.js';

// Engine constants (ops/coroutine.ts, builtins/generator.ts, builtins/async-iteration.ts,
// ops/iteration.ts).
const RESUME_RETURN = 2;
const YIELD_RAW_RESUME = 1, YIELD_RESULT = 2, YIELD_ASYNC_GENERATOR = 4;
const DELEGATE_DONE = 1, DELEGATE_RETURN = 2, DELEGATE_AWAIT_RETURN = 5;
const ITER_MSG_BUILTIN = 2, ITER_NO_FAST_PATH = 4;

/** Await(v): the settled value, or a throw of the rejection reason. */
export function awaitValue(fc: FunctionCompiler, v: Expr): Expr {
  return suspend(fc, v, 0);
}

export function lowerAwait(fc: FunctionCompiler, e: ESTree.AwaitExpression): Expr {
  return awaitValue(fc, lowerExpression(fc, e.argument));
}

/** A call of rt_yield with `flags`: the value the body is resumed with (checked). */
function suspend(fc: FunctionCompiler, v: Expr, flags: number): Expr {
  return fc.checked(fc.call('rt_yield', [v, fc.w.i32c(flags)], i64));
}

export function lowerYield(fc: FunctionCompiler, e: ESTree.YieldExpression): Expr {
  const async = fc.fs.isAsync;
  if (e.delegate) return async ? lowerAsyncYieldStar(fc, e.argument!) : lowerYieldStar(fc, e.argument!);
  const m = fc.m, w = fc.w;
  let v = e.argument ? lowerExpression(fc, e.argument) : w.undef();
  // An async generator awaits the operand first (§15.5.5 Yield).
  if (async) v = awaitValue(fc, v);
  const received = fc.local(i64);
  return m.block(null, [
    fc.set(received, suspend(fc, v, async ? YIELD_ASYNC_GENERATOR : 0)),
    m.if(resumeModeIs(fc, RESUME_RETURN), lowerReturn(fc, fc.get(received, i64))),
    fc.get(received, i64),
  ], i64);
}

function resumeModeIs(fc: FunctionCompiler, mode: number): Expr {
  return fc.m.i32.eq(fc.m.global.get(fc.ctx.rt.global('resumeMode'), i32), fc.w.i32c(mode));
}

/** What a `yield*` loop keeps: the inner iterator record and the value resumed with (rooted
 *  slots), the resumption mode. */
interface Delegation { rec: number; received: number; mode: number; exit: string; top: string }

/** Lower a `yield*` loop: `start` gets the iterator into the record, `round` is one round. */
function delegation(fc: FunctionCompiler, start: (d: Delegation) => Expr, round: (d: Delegation) => Expr[]): Expr {
  const m = fc.m, w = fc.w;
  const d: Delegation = {
    rec: fc.allocTemps(2), received: fc.allocTemp(), mode: fc.local(i32),
    exit: fc.label('delegated'), top: fc.label('delegate'),
  };
  const code = [
    start(d),
    fc.storeSlot(d.received, w.undef()),
    fc.set(d.mode, w.i32c(0)),
    m.block(d.exit, [m.loop(d.top, m.block(null, [...round(d), m.br(d.top)]))], i64),
  ];
  fc.freeTemp(d.received);
  fc.freeTemps(d.rec, 2);
  return m.block(null, code, i64);
}

/** After a round's step produced `result` with the outcome in delegateOutcome: finish `yield*`,
 *  return from the generator (an async one awaits the value first), or yield (`flags`) and take
 *  the resumption. */
function delegationTail(fc: FunctionCompiler, d: Delegation, result: number, flags: number): Expr[] {
  const m = fc.m, w = fc.w;
  const outcome = m.global.get(fc.ctx.rt.global('delegateOutcome'), i32);
  const returned = fc.get(result, i64);
  return [
    m.drop(m.br(d.exit, m.i32.eq(outcome, w.i32c(DELEGATE_DONE)), fc.get(result, i64))),
    m.if(m.i32.eq(outcome, w.i32c(DELEGATE_RETURN)),
      lowerReturn(fc, fc.fs.isAsync ? awaitValue(fc, returned) : returned)),
    fc.storeSlot(d.received, suspend(fc, fc.get(result, i64), flags | YIELD_RAW_RESUME)),
    fc.set(d.mode, m.global.get(fc.ctx.rt.global('resumeMode'), i32)),
  ];
}

/** `yield* iterable` — §15.5.5: each step (engine rt_yield_star) passes the way the generator was
 *  resumed on to the inner iterator, and yields the inner result object as it is. */
function lowerYieldStar(fc: FunctionCompiler, argument: ESTree.Expression): Expr {
  const w = fc.w;
  const result = fc.local(i64);
  return delegation(fc,
    (d) => fc.m.drop(fc.checked(fc.call('rt_get_iterator', [lowerExpression(fc, argument), fc.slotAddr(d.rec),
      w.i32c(0), w.i32c(ITER_MSG_BUILTIN | ITER_NO_FAST_PATH)], i64))),
    (d) => [
      fc.set(result, fc.checked(fc.call('rt_yield_star', [fc.slotAddr(d.rec), fc.get(d.mode, i32), fc.loadSlot(d.received)], i64))),
      ...delegationTail(fc, d, result, YIELD_RESULT),
    ]);
}

/** `yield*` in an async generator: the inner iterator is async (or a sync one wrapped), each of
 *  its results is awaited, and the values are yielded (engine builtins/async-iteration.ts). */
function lowerAsyncYieldStar(fc: FunctionCompiler, argument: ESTree.Expression): Expr {
  const m = fc.m, w = fc.w;
  const how = fc.local(i32);
  const awaited = fc.local(i64);
  const result = fc.local(i64);
  return delegation(fc,
    (d) => m.drop(fc.checked(fc.call('rt_get_async_iterator', [lowerExpression(fc, argument), fc.slotAddr(d.rec), w.i32c(0)], i64))),
    (d) => [
      fc.set(awaited, fc.checked(fc.call('rt_async_delegate_call', [fc.slotAddr(d.rec), fc.get(d.mode, i32), fc.loadSlot(d.received)], i64))),
      fc.set(how, m.global.get(fc.ctx.rt.global('delegateOutcome'), i32)),
      fc.set(awaited, awaitValue(fc, fc.get(awaited, i64))),
      m.if(m.i32.eq(fc.get(how, i32), w.i32c(DELEGATE_AWAIT_RETURN)), lowerReturn(fc, fc.get(awaited, i64))),
      fc.set(result, fc.checked(fc.call('rt_async_delegate_result', [fc.get(awaited, i64), fc.get(how, i32)], i64))),
      ...delegationTail(fc, d, result, YIELD_ASYNC_GENERATOR),
    ]);
}
