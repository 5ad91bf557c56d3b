// Callee inlining, in the optimizing tier: a call site whose recorded target dominates
// (Call.Function / New.Function, guarded by the callee's code) gets the target's body lowered in
// place of the direct call. The body is lowered by the same code as the target's own function
// (program.ts lowerFunctionBody), by a FunctionCompiler that lives inside the caller: its locals
// are the caller's, its bindings and temporaries sit in the caller's frame above the caller's live
// slots, and the calling convention's values (callee cell, `this`, argv, argc) are caller locals.
// What disappears is the call's cost: the indirect call, the callee's frame set-up and zeroing,
// and the argument count checks, which fold away on a constant argc; the inlined body's own sites
// find the target's feedback as in its own function.
//
// The result is what a call would give: the return value, or EXCEPTION with the exception
// pending. Observable behaviour stays the same: the callee is on the call stack (Error.stack
// names it) and counts towards the call depth limit (deep recursion still throws RangeError).
import type * as ESTree from 'estree';
import type { FunctionScope } from '../analyze/scope.js';
import type { ClassElementsAnnotation } from '../analyze/classes.js';
import { FunctionCompiler } from './function.js';
import { lowerFunctionBody } from './program.js';
import { type Expr, i32, i64 } from './wasm.js';

/** Largest body inlined, in AST nodes: raytracer's `Vec.dot` is 40, `Sphere.intersect` 150.
 *  An inlined body carries its sites' guarded cases and generic paths: on raytracer, budgets of
 *  (80 nodes, depth 2, 800 a function) ran 4.5% fewer instructions a run for 22% more code;
 *  (160, 2, 1500) ran fewer calls but 3% fewer instructions for 33% more code (callgrind). */
export const MAX_INLINE_NODES = 80;
/** Calls inlined into calls inlined into... at most this deep. */
export const MAX_INLINE_DEPTH = 2;
/** AST nodes inlined into one function in all: beyond it, calls stay direct calls. */
export const MAX_INLINED_NODES_PER_FUNCTION = 800;

/** The target's body in place of a call from `caller` with `argc` arguments (in argv) and
 *  `thisValue`; `callee` is the caller's i32 local holding the callee's function cell. Returns
 *  the i64 result expression, or why the call is not inlined. */
export function inlineCall(caller: FunctionCompiler, target: FunctionScope, callee: number, thisValue: Expr,
                           argv: Expr, argc: number): Expr | string {
  const why = refusal(caller, target);
  if (why) return why;
  const ctx = caller.ctx, m = caller.m, w = caller.w, spec = ctx.specializer!;
  caller.inlined.nodes += bodyFacts(target.node).nodes;
  const thisLocal = caller.local(i64), argvLocal = caller.local(i32), argcLocal = caller.local(i32);
  const fc = new FunctionCompiler(ctx, target, { caller, callee, thisValue: thisLocal, argv: argvLocal, argc: argcLocal });
  // Its sites number as in its own function, so they find its feedback; its decisions were
  // reported there.
  const mark = spec.feedback.markSites();
  spec.feedback.restartSites(target);
  spec.report.muted++;
  const { prologue, code } = lowerFunctionBody(fc);
  spec.report.muted--;
  spec.feedback.rewindSites(mark);
  caller.reserveFrame(fc);
  spec.report.inlinedCall();

  const depth = ctx.rt.global('callDepth');
  const tooDeep = m.i32.ge_s(m.global.get(depth, i32), m.global.get(ctx.rt.global('callDepthLimit'), i32));
  return m.block(null, [
    fc.set(thisLocal, thisValue),
    fc.set(argvLocal, argv),
    fc.set(argcLocal, w.i32c(argc)),
    m.if(tooDeep, fc.set(fc.ret, fc.call('rt_stack_overflow', [], i64)), m.block(null, [
      // callStack[callDepth] = the callee's info, as its own entry would.
      m.i32.store(0, 4, m.i32.add(m.global.get(ctx.rt.global('callStack'), i32), m.i32.shl(m.global.get(depth, i32), w.i32c(2))),
        m.global.get(ctx.infoGlobal(target), i32)),
      m.global.set(depth, m.i32.add(m.global.get(depth, i32), w.i32c(1))),
      fc.set(fc.ret, w.undef()),
      m.block(fc.doneLabel, [
        m.block(fc.throwLabel, [...prologue, ...code, m.br(fc.doneLabel)]),
        fc.set(fc.ret, w.exception()),
      ]),
      m.global.set(depth, m.i32.sub(m.global.get(depth, i32), w.i32c(1))),
    ])),
    fc.get(fc.ret, i64),
  ], i64);
}

/** Why `target` is not inlined into `caller`, or null. */
function refusal(caller: FunctionCompiler, target: FunctionScope): string | null {
  if (caller.fs.isCoroutine) return 'the caller is a generator or async function';
  if (target.isCoroutine || target.isProgram) return 'the target is a generator or async function';
  if (caller.inlineChain.includes(target)) return 'a recursive call';
  if (caller.inlineChain.length > MAX_INLINE_DEPTH) return `inlined ${MAX_INLINE_DEPTH} calls deep already`;
  if (target.usesArguments) return 'the target uses `arguments`';
  if ((target.node as ClassElementsAnnotation).classElements) return 'the target initializes class elements';
  const { nodes, makesObjectsOnce } = bodyFacts(target.node);
  if (nodes > MAX_INLINE_NODES) return `the target is too large (${nodes} nodes, the budget is ${MAX_INLINE_NODES})`;
  if (caller.inlined.nodes + nodes > MAX_INLINED_NODES_PER_FUNCTION) return `the caller's inlining budget of ${MAX_INLINED_NODES_PER_FUNCTION} nodes is spent`;
  if (makesObjectsOnce) return 'the target makes closures, classes or tagged templates';
  return null;
}

interface BodyFacts {
  /** AST nodes of the function literal (its parameters and body). */
  nodes: number;
  /** Whether the body has what must exist once per evaluation of the literal's code, not per
   *  copy (a class's private names, a tagged template's strings object), or a nested function
   *  literal (its closures would capture the inlined body's environment: correct, but an
   *  allocation per call that inlining does not remove). */
  makesObjectsOnce: boolean;
}

const facts = new WeakMap<ESTree.Node, BodyFacts>();

function bodyFacts(fn: ESTree.Node): BodyFacts {
  let f = facts.get(fn);
  if (!f) {
    const found: BodyFacts = { nodes: 0, makesObjectsOnce: false };
    walk(fn, (n) => {
      found.nodes++;
      const t = n.type;
      if (n !== fn && (t === 'FunctionExpression' || t === 'ArrowFunctionExpression' || t === 'FunctionDeclaration' ||
          t === 'ClassExpression' || t === 'ClassDeclaration' || t === 'TaggedTemplateExpression')) found.makesObjectsOnce = true;
    });
    facts.set(fn, f = found);
  }
  return f;
}

/** Visit every node under `root`, itself first. */
function walk(root: ESTree.Node, visit: (n: ESTree.Node) => void): void {
  const go = (x: unknown): void => {
    if (Array.isArray(x)) { for (const y of x) go(y); return; }
    if (x === null || typeof x !== 'object' || typeof (x as ESTree.Node).type !== 'string') return;
    visit(x as ESTree.Node);
    for (const k in x) if (k !== 'type' && k !== 'loc') go((x as Record<string, unknown>)[k]);
  };
  go(root);
}
