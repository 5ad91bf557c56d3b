// for-of, for-await-of and for-in. for-of runs the iterator protocol (engine ops/iteration.ts;
// arrays and strings take an index fast path there) and closes the iterator when the loop is left
// early: on `break` of this loop, on jumps and returns out of it (a finalizer, like a finally
// block), and on a throw from the head's binding or the body (IteratorClose with a throw completion).
// A throw from the iterator's own `next` does not close it.
import type * as ESTree from 'estree';
import type { FunctionCompiler } from './function.js';
import { lowerExpression } from './expressions.js';
import { lowerStatement, pushTarget, copyEnvironment } from './statements.js';
import { bindPattern, valueText } from './patterns.js';
import { recordLoop } from './record.js';
import { awaitValue } from './coroutines.js';
import { type Expr, i64 } from './wasm.js';

/** V8's ITER_MSG_SYNTAX wording for "x is not iterable" (engine ops/iteration.ts). */
const ITER_MSG_SYNTAX = 0;
/** rt_yield flag (engine ops/coroutine.ts): resume without throwing a rejection. */
const YIELD_RAW_RESUME = 1;

/** Bind the loop variable (a declaration's pattern, or an assignment target) to `value`. */
function bindHead(fc: FunctionCompiler, left: ESTree.VariableDeclaration | ESTree.Pattern, value: Expr): Expr {
  if (left.type === 'VariableDeclaration') return bindPattern(fc, left.declarations[0].id, value, 'init');
  return bindPattern(fc, left, value, 'assign');
}

/** How a for-of loop drives its iterator record (two rooted slots at `rec`): `for await` awaits
 *  each result and the result of closing (engine builtins/async-iteration.ts). */
interface IterationSteps {
  /** Get the iterator of `iterable` into the record. */
  start(iterable: Expr, text: string | null): Expr;
  /** The next value (i64), or EMPTY when done. */
  step(): Expr;
  /** IteratorClose with a normal completion (break, return, continue outward). */
  close(): Expr;
  /** IteratorClose with the pending throw completion, then rethrow it. */
  closeOnThrow(): Expr[];
}

function syncSteps(fc: FunctionCompiler, rec: number): IterationSteps {
  const m = fc.m, w = fc.w;
  return {
    start: (iterable, text) => m.drop(fc.checked(fc.call('rt_get_iterator', [iterable, fc.slotAddr(rec),
      text !== null ? fc.strPtr(text) : w.i32c(0), w.i32c(ITER_MSG_SYNTAX)], i64))),
    step: () => fc.checked(fc.call('rt_iterator_step', [fc.slotAddr(rec)], i64)),
    close: () => m.drop(fc.checked(fc.call('rt_iterator_close', [fc.slotAddr(rec)], i64))),
    closeOnThrow: () => [fc.call('rt_iterator_close_throw', [fc.slotAddr(rec)], 0), fc.throwPending()],
  };
}

function asyncSteps(fc: FunctionCompiler, rec: number): IterationSteps {
  const m = fc.m, w = fc.w;
  const closing = fc.local(i64);
  return {
    start: (iterable, text) => m.drop(fc.checked(fc.call('rt_get_async_iterator', [iterable, fc.slotAddr(rec),
      text !== null ? fc.strPtr(text) : w.i32c(0)], i64))),
    step: () => fc.checked(fc.call('rt_async_iterator_value', [fc.slotAddr(rec),
      awaitValue(fc, fc.checked(fc.call('rt_async_iterator_next', [fc.slotAddr(rec)], i64)))], i64)),
    close: () => m.block(null, [
      fc.set(closing, fc.checked(fc.call('rt_async_iterator_return', [fc.slotAddr(rec), w.i32c(0)], i64))),
      m.if(m.i32.eqz(w.isEmpty(fc.get(closing, i64))), m.drop(fc.checked(fc.call('rt_async_iterator_close_result',
        [awaitValue(fc, fc.get(closing, i64))], i64)))),
    ]),
    closeOnThrow: () => {
      // The exception waits in a rooted slot while `return`'s result is awaited (its errors and
      // rejection are ignored).
      const thrown = fc.allocTemp();
      const code = [
        fc.storeSlot(thrown, fc.call('takeException', [], i64)),
        fc.set(closing, fc.call('rt_async_iterator_return', [fc.slotAddr(rec), w.i32c(1)], i64)),
        m.if(m.i32.eqz(w.isEmpty(fc.get(closing, i64))),
          m.drop(fc.call('rt_yield', [fc.get(closing, i64), w.i32c(YIELD_RAW_RESUME)], i64))),
        m.drop(fc.call('throwValue', [fc.loadSlot(thrown)], i64)),
        fc.throwPending(),
      ];
      fc.freeTemp(thrown);
      return code;
    },
  };
}

export function lowerForOf(fc: FunctionCompiler, s: ESTree.ForOfStatement, labels: string[]): Expr {
  const m = fc.m, w = fc.w;
  const scope = fc.ctx.analysis.scopes.get(s)!;
  const code = fc.enterScope(scope, () => []);
  const rec = fc.allocTemps(2);
  const steps = s.await ? asyncSteps(fc, rec) : syncSteps(fc, rec);
  code.push(steps.start(lowerExpression(fc, s.right), valueText(s.right)));
  const outer = fc.handler;
  fc.finallyStack.push({ body: steps.close, outerHandler: outer, scopeDepth: fc.scopeStack.length });
  const target = pushTarget(fc, labels, true);
  const exit = fc.label('forofexit');
  const landing = fc.label('forofthrow');
  const top = fc.label('forof');
  const next = fc.local(i64);
  const step = [fc.set(next, steps.step()), m.br_if(exit, w.isEmpty(fc.get(next, i64)))];
  fc.handler = landing;
  const bind = bindHead(fc, s.left, fc.get(next, i64));
  const bodyCode = lowerStatement(fc, s.body);
  fc.handler = outer;
  fc.targets.pop();
  fc.finallyStack.pop();
  const perIteration = scope.needsEnv ? copyEnvironment(fc, scope) : m.nop();
  const counts = recordLoop(fc, s.body);
  code.push(...counts.entry);
  code.push(m.block(exit, [
    m.block(landing, [
      m.block(target.breakLabel, [m.loop(top, m.block(null, [
        ...step, ...counts.iteration, bind, m.block(target.continueLabel!, [bodyCode]), perIteration, m.br(top),
      ]))]),
      steps.close(), // `break` out of this loop
      m.br(exit),
    ]),
    ...steps.closeOnThrow(),
  ]));
  fc.freeTemps(rec, 2);
  fc.exitScope(scope);
  return m.block(null, code);
}

export function lowerForIn(fc: FunctionCompiler, s: ESTree.ForInStatement, labels: string[]): Expr {
  const m = fc.m, w = fc.w;
  const scope = fc.ctx.analysis.scopes.get(s)!;
  const code = fc.enterScope(scope, () => []);
  const rec = fc.allocTemps(3);
  code.push(fc.call('rt_for_in_start', [lowerExpression(fc, s.right), fc.slotAddr(rec)], 0));
  const target = pushTarget(fc, labels, true);
  const top = fc.label('forin');
  const key = fc.local(i64);
  const step = [
    fc.set(key, fc.call('rt_for_in_next', [fc.slotAddr(rec)], i64)),
    m.br_if(target.breakLabel, w.isEmpty(fc.get(key, i64))),
  ];
  const bind = bindHead(fc, s.left, fc.get(key, i64));
  const bodyCode = lowerStatement(fc, s.body);
  fc.targets.pop();
  const perIteration = scope.needsEnv ? copyEnvironment(fc, scope) : m.nop();
  const counts = recordLoop(fc, s.body);
  code.push(...counts.entry, m.block(target.breakLabel, [m.loop(top, m.block(null, [
    ...step, ...counts.iteration, bind, m.block(target.continueLabel!, [bodyCode]), perIteration, m.br(top),
  ]))]));
  fc.freeTemps(rec, 3);
  fc.exitScope(scope);
  return m.block(null, code);
}
