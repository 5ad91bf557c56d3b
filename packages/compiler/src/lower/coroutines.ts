// The suspension points of coroutine bodies: `yield` and `yield*` in generators, `await` in async
// functions. Each calls the engine's rt_yield, which the Asyncify pass makes a suspension point
// (engine ops/coroutine.ts). When the body is resumed the call returns the value sent in (or the
// awaited value), or throws it (gen.throw, a rejection); for gen.return the code here makes a
// return completion at the yield, so enclosing finally blocks run as for a return statement.
import type * as ESTree from 'estree';
import type { FunctionCompiler } from './function.js';
import { lowerExpression } from './expressions.js';
import { lowerReturn } from './statements.js';
import { type Expr, i32, i64 } from './wasm.js';

// Engine constants (ops/coroutine.ts, builtins/generator.ts, ops/iteration.ts).
const RESUME_RETURN = 2;
const YIELD_RAW_RESUME = 1, YIELD_RESULT = 2;
const DELEGATE_DONE = 1, DELEGATE_RETURN = 2;
const ITER_MSG_BUILTIN = 2, ITER_NO_FAST_PATH = 4;

export function lowerYield(fc: FunctionCompiler, e: ESTree.YieldExpression): Expr {
  if (e.delegate) return lowerYieldStar(fc, e.argument!);
  const m = fc.m, w = fc.w;
  const v = e.argument ? lowerExpression(fc, e.argument) : w.undef();
  const received = fc.local(i64);
  return m.block(null, [
    fc.set(received, fc.checked(fc.call('rt_yield', [v, w.i32c(0)], i64))),
    m.if(resumeModeIs(fc, RESUME_RETURN), lowerReturn(fc, fc.get(received, i64))),
    fc.get(received, i64),
  ], i64);
}

/** `await v` — §27.7.5.3: the engine resumes the body when the promise settles. */
export function lowerAwait(fc: FunctionCompiler, e: ESTree.AwaitExpression): Expr {
  return fc.checked(fc.call('rt_yield', [lowerExpression(fc, e.argument), fc.w.i32c(0)], i64));
}

function resumeModeIs(fc: FunctionCompiler, mode: number): Expr {
  return fc.m.i32.eq(fc.m.global.get(fc.ctx.rt.global('resumeMode'), i32), fc.w.i32c(mode));
}

/** `yield* iterable` — §15.5.5: each step (engine rt_yield_star) passes the way the generator was
 *  resumed on to the inner iterator, and yields the inner result object as it is. */
function lowerYieldStar(fc: FunctionCompiler, argument: ESTree.Expression): Expr {
  const m = fc.m, w = fc.w;
  const rec = fc.allocTemps(2);
  const received = fc.allocTemp();
  const mode = fc.local(i32);
  const result = fc.local(i64);
  const exit = fc.label('delegated');
  const top = fc.label('delegate');
  const outcome = m.global.get(fc.ctx.rt.global('delegateOutcome'), i32);
  const code = [
    m.drop(fc.checked(fc.call('rt_get_iterator', [lowerExpression(fc, argument), fc.slotAddr(rec), w.i32c(0),
      w.i32c(ITER_MSG_BUILTIN | ITER_NO_FAST_PATH)], i64))),
    fc.storeSlot(received, w.undef()),
    fc.set(mode, w.i32c(0)),
    m.block(exit, [m.loop(top, m.block(null, [
      fc.set(result, fc.checked(fc.call('rt_yield_star', [fc.slotAddr(rec), fc.get(mode, i32), fc.loadSlot(received)], i64))),
      m.drop(m.br(exit, m.i32.eq(outcome, w.i32c(DELEGATE_DONE)), fc.get(result, i64))),
      m.if(m.i32.eq(outcome, w.i32c(DELEGATE_RETURN)), lowerReturn(fc, fc.get(result, i64))),
      fc.storeSlot(received, fc.checked(fc.call('rt_yield', [fc.get(result, i64), w.i32c(YIELD_RAW_RESUME | YIELD_RESULT)], i64))),
      fc.set(mode, m.global.get(fc.ctx.rt.global('resumeMode'), i32)),
      m.br(top),
    ]))], i64),
  ];
  fc.freeTemp(received);
  fc.freeTemps(rec, 2);
  return m.block(null, code, i64);
}
