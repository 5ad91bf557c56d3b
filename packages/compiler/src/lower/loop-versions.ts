// Loop versions, in the optimizing tier: a hot loop (the profile counted its iterations) that
// uses bindings from outside as numbers and assigns them only Numbers is lowered twice. On entry,
// one test of those bindings' current values picks the version: all Numbers of the assumed types
// (analyze/number-types.ts, NumberTypes.loop) → the typed version, where they live unboxed in Wasm
// locals; anything else → the generic version, the loop as it is lowered without this pass. The
// typed version needs no guard inside: every value it stores into a typed binding is a Number by
// construction. Leaving it by any edge (its end, a break, continue or return past it, an
// exception) stores the bindings back, boxed, where the code around the loop keeps them.
import type * as ESTree from 'estree';
import type { FunctionCompiler } from './function.js';
import type { NumberType } from '../analyze/number-types.js';
import { boxNumber, unboxNumber, wasmType } from './numeric.js';
import { offsetOf } from './expressions.js';
import { type Expr, i64 } from './wasm.js';

/** Loops iterated fewer times than this while recording keep one (generic) version. */
export const HOT_LOOP_ITERATIONS = 256;
/** Larger loops keep one version: the code size would double. */
const MAX_LOOP_NODES = 3000;

const TYPE_NAMES: Record<NumberType, string> = { i32: 'an int32', u32: 'a uint32', f64: 'a number' };

type Loop = ESTree.ForStatement | ESTree.WhileStatement | ESTree.DoWhileStatement;

/** `loop` lowered by `lower`, in two versions when that pays (see above). */
export function lowerLoopVersions(fc: FunctionCompiler, loop: Loop, lower: () => Expr): Expr {
  const outer = fc.numbers, spec = fc.ctx.specializer;
  if (!outer || !spec || !hot(fc, loop) || !versionable(loop)) return lower();
  const plan = outer.loop(loop);
  if (!plan) {
    spec.report.loop(fc.fs, offsetOf(loop), 'one version: no binding from outside it would be unboxed by an entry check', false);
    return lower();
  }
  spec.report.loop(fc.fs, offsetOf(loop), `two versions: typed if ${plan.guarded.map((b) => `${b.name} is ${TYPE_NAMES[plan.binding(b)!]}`).join(', ')} on entry`, true);
  const m = fc.m;
  // The guarded bindings' values on entry, read where the code around the loop keeps them.
  const entry = plan.guarded.map((b) => ({ b, value: fc.local(i64), type: plan.binding(b)! }));
  const read = entry.map(({ b, value }) => fc.set(value, fc.readBinding(b, offsetOf(loop))));
  const test = entry.map(({ value, type }) => fits(fc, value, type)).reduce((x, y) => m.i32.and(x, y));
  const mark = spec.feedback.markSites();

  fc.numbers = plan;
  const typedLocal = entry.map(({ b }) => fc.typedBinding(b)!.local);
  const unboxed = entry.map(({ value, type }, i) => fc.set(typedLocal[i], unboxNumber(fc, fc.get(value, i64), type)));
  const writeBack = (): Expr => {
    const saved = fc.numbers;
    fc.numbers = outer;
    const code = entry.map(({ b, type }, i) => fc.writeBinding(b, boxNumber(fc, fc.get(typedLocal[i], wasmType(type)), type)));
    fc.numbers = saved;
    return m.block(null, code);
  };
  const thrown = fc.label('typedThrow'), done = fc.label('typedDone');
  const outerHandler = fc.handler;
  // A jump out of the loop runs the write-back as it would a finally block on its way.
  fc.finallyStack.push({ body: writeBack, outerHandler, scopeDepth: fc.scopeStack.length });
  fc.handler = thrown;
  const typedLoop = lower();
  fc.handler = outerHandler;
  fc.finallyStack.pop();
  fc.numbers = outer;

  // The generic version: its sites are numbered as the typed version's were, so both find the
  // same feedback; its decisions are the same and are reported once.
  spec.feedback.rewindSites(mark);
  spec.report.muted++;
  const genericLoop = lower();
  spec.report.muted--;
  const typed = m.block(done, [
    m.block(thrown, [...unboxed, typedLoop, writeBack(), m.br(done)]),
    writeBack(),
    m.br(outerHandler),
  ]);
  return m.block(null, [...read, m.if(test, typed, genericLoop)]);
}

function hot(fc: FunctionCompiler, loop: Loop): boolean {
  const iterations = fc.ctx.specializer!.feedback.loopIterations(fc.fs, offsetOf(loop.body));
  return iterations !== null && iterations >= HOT_LOOP_ITERATIONS;
}

/** Whether `loop` can be lowered twice: small enough, and nothing in it that must exist once
 *  per program (a class's private names, a tagged template's cached strings object). */
function versionable(loop: Loop): boolean {
  let nodes = 0, ok = true;
  const visit = (n: unknown): void => {
    if (!ok) return;
    if (Array.isArray(n)) { for (const x of n) visit(x); return; }
    if (n === null || typeof n !== 'object' || typeof (n as ESTree.Node).type !== 'string') return;
    const t = (n as ESTree.Node).type;
    if (++nodes > MAX_LOOP_NODES || t === 'ClassExpression' || t === 'ClassDeclaration' || t === 'TaggedTemplateExpression') {
      ok = false;
      return;
    }
    for (const k in n) if (k !== 'type') visit((n as Record<string, unknown>)[k]);
  };
  visit(loop);
  return ok;
}

/** Whether boxed `value` (a local) is a Number that type `t` holds exactly (an int32 excludes -0). */
function fits(fc: FunctionCompiler, value: number, t: NumberType): Expr {
  const m = fc.m, w = fc.w;
  const v = (): Expr => fc.get(value, i64);
  if (t === 'f64') return w.isNumber(v());
  const d = (): Expr => w.toF64(v());
  const exact = t === 'i32' ? m.f64.eq(m.f64.convert_s.i32(m.i32.trunc_s_sat.f64(d())), d())
    : m.f64.eq(m.f64.convert_u.i32(m.i32.trunc_u_sat.f64(d())), d());
  return m.if(w.isNumber(v()), m.i32.and(exact, m.i64.ne(v(), w.number(-0))), w.i32c(0));
}
