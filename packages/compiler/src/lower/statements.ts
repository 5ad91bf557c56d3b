// Statement lowering: declarations, control flow (with break/continue through finally blocks),
// exceptions (try/catch/finally over the EXCEPTION sentinel), switch and for-of.
import type * as ESTree from 'estree';
import { layout } from '@pgo/engine';
import type { Scope } from '../analyze/scope.js';
import { CompileError, messages } from '../errors.js';
import { FunctionCompiler, type JumpTarget } from './function.js';
import { lowerExpression, lowerCondition, lowerClosure, offsetOf } from './expressions.js';
import { setGlobal } from './properties.js';
import { bindPattern } from './patterns.js';
import { lowerForOf, lowerForIn } from './loops.js';
import { lowerClass, inDerivedConstructor, rawThis } from './classes.js';
import { awaitValue } from './coroutines.js';
import { recordBranch, recordLoop } from './record.js';
import { lowerNumber } from './numeric.js';
import { lowerLoopVersions } from './loop-versions.js';
import { type Expr, i32, i64 } from './wasm.js';
import { inlineAllocEnv, INLINE_ENV_SLOTS } from './alloc.js';

type Stmt = ESTree.Statement | ESTree.ModuleDeclaration | ESTree.Directive;

/** Closures for the function declarations directly in `body`, stored in their bindings. */
export function hoistFunctions(fc: FunctionCompiler, scope: Scope, body: ESTree.Node[]): Expr[] {
  const code: Expr[] = [];
  for (const s of body) {
    const decl = s.type === 'ExportNamedDeclaration' ? s.declaration : s;
    if (decl?.type !== 'FunctionDeclaration') continue;
    const b = scope.bindings.get(decl.id!.name)!;
    code.push(fc.writeBinding(b, lowerClosure(fc, decl)));
  }
  return code;
}

export function lowerStatements(fc: FunctionCompiler, body: readonly ESTree.Node[]): Expr[] {
  return body.map((s) => lowerStatement(fc, s as Stmt));
}

/** A block-like statement list in its own scope. */
export function lowerScoped(fc: FunctionCompiler, node: ESTree.Node, body: readonly ESTree.Node[]): Expr {
  const scope = fc.ctx.analysis.scopes.get(node)!;
  const code = fc.enterScope(scope, () => hoistFunctions(fc, scope, body as ESTree.Node[]));
  code.push(...lowerStatements(fc, body));
  fc.exitScope(scope);
  return fc.m.block(null, code);
}

export function lowerStatement(fc: FunctionCompiler, s: Stmt, labels: string[] = []): Expr {
  const m = fc.m;
  switch (s.type) {
    case 'ExpressionStatement': return m.drop(lowerExpression(fc, s.expression));
    case 'VariableDeclaration': return lowerVariableDeclaration(fc, s);
    case 'FunctionDeclaration': return m.nop(); // hoisted at scope entry
    case 'ClassDeclaration':
      return fc.writeBinding(fc.ctx.analysis.references.get(s.id!)!, lowerClass(fc, s));
    case 'EmptyStatement': case 'DebuggerStatement': return m.nop();
    case 'ReturnStatement': {
      let v = s.argument ? lowerExpression(fc, s.argument) : fc.w.undef();
      // An async generator awaits the value it returns (§14.10.1 ReturnStatement evaluation).
      if (s.argument && fc.fs.isAsync && fc.fs.isGenerator) v = awaitValue(fc, v);
      if (inDerivedConstructor(fc) && !fc.fs.isArrow) v = fc.checked(fc.call('rt_derived_result', [v, rawThis(fc)], i64));
      return lowerReturn(fc, v);
    }
    case 'IfStatement':
      return m.if(recordBranch(fc, s.consequent, lowerCondition(fc, s.test)), lowerStatement(fc, s.consequent),
        s.alternate ? lowerStatement(fc, s.alternate) : undefined);
    case 'BlockStatement': return lowerScoped(fc, s, s.body);
    case 'LabeledStatement': {
      const inner = [...labels, s.label.name];
      if (isLoop(s.body)) return lowerStatement(fc, s.body, inner);
      // A labeled non-loop statement: `break label` leaves it.
      const target = pushTarget(fc, inner, false);
      const body = lowerStatement(fc, s.body);
      fc.targets.pop();
      return m.block(target.breakLabel, [body]);
    }
    case 'WhileStatement': return lowerLoopVersions(fc, s, () => lowerLoop(fc, labels, null, s.test, null, s.body, false));
    case 'DoWhileStatement': return lowerLoopVersions(fc, s, () => lowerLoop(fc, labels, null, s.test, null, s.body, true));
    case 'ForStatement': return lowerLoopVersions(fc, s, () => lowerFor(fc, s, labels));
    case 'ForOfStatement': return lowerForOf(fc, s, labels);
    case 'ForInStatement': return lowerForIn(fc, s, labels);
    case 'BreakStatement': case 'ContinueStatement': return lowerJump(fc, s);
    case 'ThrowStatement':
      return m.block(null, [
        m.drop(fc.call('throwValue', [lowerExpression(fc, s.argument)], i64)),
        fc.throwPending(),
      ]);
    case 'TryStatement': return lowerTry(fc, s);
    case 'SwitchStatement': return lowerSwitch(fc, s, labels);
    case 'ExportNamedDeclaration':
      return s.declaration ? lowerStatement(fc, s.declaration) : m.nop();
    default:
      throw new CompileError(messages.unsupported(s.type));
  }
}

export function lowerVariableDeclaration(fc: FunctionCompiler, s: ESTree.VariableDeclaration): Expr {
  const code: Expr[] = [];
  for (const d of s.declarations) {
    if (d.id.type !== 'Identifier') {
      code.push(bindPattern(fc, d.id, lowerExpression(fc, d.init!), 'init', d.init));
      continue;
    }
    const b = fc.ctx.analysis.references.get(d.id);
    if (!b) {
      if (d.init) code.push(fc.m.drop(setGlobal(fc, d.id.name, lowerExpression(fc, d.init), offsetOf(d.id))));
      continue;
    }
    const typed = fc.typedBinding(b);
    if (typed && d.init) code.push(fc.set(typed.local, lowerNumber(fc, d.init, typed.type)));
    else if (d.init) code.push(fc.writeBinding(b, lowerExpression(fc, d.init)));
    else if (s.kind !== 'var') code.push(fc.writeBinding(b, fc.w.undef()));
  }
  return fc.m.block(null, code);
}

function isLoop(s: ESTree.Statement): boolean {
  return s.type === 'ForStatement' || s.type === 'WhileStatement' || s.type === 'DoWhileStatement' ||
    s.type === 'ForOfStatement' || s.type === 'ForInStatement';
}

export function pushTarget(fc: FunctionCompiler, labels: string[], loop: boolean): JumpTarget {
  const t: JumpTarget = {
    labels, breakLabel: fc.label('break'), continueLabel: loop ? fc.label('continue') : null,
    finallyDepth: fc.finallyStack.length, handler: fc.handler,
  };
  fc.targets.push(t);
  return t;
}

/** A return completion with value `v`: every enclosing finally block runs first (the value waits
 *  in a rooted slot), then the function returns. */
export function lowerReturn(fc: FunctionCompiler, v: Expr): Expr {
  const m = fc.m;
  if (fc.finallyStack.length === 0) return m.block(null, [fc.set(fc.ret, v), m.br(fc.doneLabel)]);
  const slot = fc.allocTemp();
  const code = [fc.storeSlot(slot, v), ...runFinalizers(fc, 0), fc.set(fc.ret, fc.loadSlot(slot))];
  fc.freeTemp(slot);
  return m.block(null, [...code, m.br(fc.doneLabel)]);
}

/** Inline the finally blocks above depth `depth`, innermost first. */
function runFinalizers(fc: FunctionCompiler, depth: number): Expr[] {
  const code: Expr[] = [];
  const saved = fc.finallyStack.splice(depth);
  const savedHandler = fc.handler;
  for (let i = saved.length - 1; i >= 0; i--) {
    fc.handler = saved[i].outerHandler;
    fc.finallyStack.length = depth + i;
    const body = saved[i].body;
    code.push(typeof body === 'function' ? body() : lowerStatement(fc, body));
  }
  fc.finallyStack.length = depth;
  fc.finallyStack.push(...saved);
  fc.handler = savedHandler;
  return code;
}

function lowerJump(fc: FunctionCompiler, s: ESTree.BreakStatement | ESTree.ContinueStatement): Expr {
  const isBreak = s.type === 'BreakStatement';
  const name = s.label?.name;
  let target: JumpTarget | undefined;
  for (let i = fc.targets.length - 1; i >= 0 && !target; i--) {
    const t = fc.targets[i];
    const isLoop = t.continueLabel !== null;
    if (name !== undefined) {
      if (t.labels.includes(name) && (isBreak || isLoop)) target = t;
    } else if (isBreak ? isLoop || switchTargets.has(t) : isLoop) {
      target = t;
    }
  }
  if (!target) throw new CompileError(messages.labelNotFound(name ?? (isBreak ? 'break' : 'continue')));
  const label = isBreak ? target.breakLabel : target.continueLabel!;
  return fc.m.block(null, [...runFinalizers(fc, target.finallyDepth), fc.m.br(label)]);
}

const switchTargets = new WeakSet<JumpTarget>();

/** while / do-while / for: `block $break (loop $top (test) (block $continue body) update (br $top))`. */
function lowerLoop(fc: FunctionCompiler, labels: string[], init: Expr | null, test: ESTree.Expression | null,
                   update: (() => Expr) | null, body: ESTree.Statement, testAfter: boolean,
                   perIteration?: () => Expr): Expr {
  const m = fc.m;
  const target = pushTarget(fc, labels, true);
  const top = fc.label('loop');
  const bodyCode = lowerStatement(fc, body);
  fc.targets.pop();
  const exitIfFalse = test ? m.br_if(target.breakLabel, m.i32.eqz(lowerCondition(fc, test))) : m.nop();
  const counts = recordLoop(fc, body);
  const iteration: Expr[] = [];
  if (!testAfter) iteration.push(exitIfFalse);
  iteration.push(...counts.iteration);
  iteration.push(m.block(target.continueLabel!, [bodyCode]));
  if (perIteration) iteration.push(perIteration());
  if (update) iteration.push(update());
  if (testAfter) iteration.push(exitIfFalse);
  iteration.push(m.br(top));
  return m.block(target.breakLabel, [init ?? m.nop(), ...counts.entry, m.loop(top, m.block(null, iteration))]);
}

function lowerFor(fc: FunctionCompiler, s: ESTree.ForStatement, labels: string[]): Expr {
  const scope = fc.ctx.analysis.scopes.get(s)!;
  const code = fc.enterScope(scope, () => []);
  let init: Expr | null = null;
  if (s.init) {
    init = s.init.type === 'VariableDeclaration' ? lowerVariableDeclaration(fc, s.init)
      : fc.m.drop(lowerExpression(fc, s.init));
  }
  // CreatePerIterationEnvironment: closures capture each iteration's copy of the let bindings.
  const perIteration = scope.needsEnv ? () => copyEnvironment(fc, scope) : undefined;
  code.push(lowerLoop(fc, labels, init, s.test ?? null,
    s.update ? () => fc.m.drop(lowerExpression(fc, s.update!)) : null, s.body, false, perIteration));
  fc.exitScope(scope);
  return fc.m.block(null, code);
}

export function copyEnvironment(fc: FunctionCompiler, scope: Scope): Expr {
  const m = fc.m;
  const l = fc.envLocal.get(scope)!;
  const old = fc.local(i32);
  const code: Expr[] = [fc.set(old, fc.get(l, i32))];
  const parent = fc.w.load32(fc.get(old, i32), layout.ENV_PARENT);
  code.push(scope.envSize <= INLINE_ENV_SLOTS ? inlineAllocEnv(fc, l, parent, scope.envSize, false)
    : fc.set(l, fc.call('rt_new_env', [parent, fc.w.i32c(scope.envSize)], i32)));
  for (let i = 0; i < scope.envSize; i++) {
    const off = layout.ENV_SLOTS + i * 8;
    code.push(fc.w.store64(fc.get(l, i32), off, fc.w.load64(fc.get(old, i32), off)));
  }
  code.push(fc.storeSlot(fc.envSlot.get(scope)!, fc.w.boxObject(fc.get(l, i32))));
  return m.block(null, code);
}

/** try/catch/finally. Exceptions in the try block branch to the catch entry; the finally body is
 *  inlined on the normal paths, on jumps out (runFinalizers) and on the exceptional path. */
function lowerTry(fc: FunctionCompiler, s: ESTree.TryStatement): Expr {
  const m = fc.m;
  const outerHandler = fc.handler;
  const after = fc.label('tryend');
  const catchEntry = fc.label('catch');
  const escape = fc.label('escape'); // exceptions that leave try/catch with a finally pending
  if (s.finalizer) fc.finallyStack.push({ body: s.finalizer, outerHandler, scopeDepth: fc.scopeStack.length });
  const finalizer = s.finalizer;
  const runFinally = (): Expr[] => {
    if (!finalizer) return [];
    const saved = fc.finallyStack.pop()!;
    const savedHandler = fc.handler;
    fc.handler = outerHandler;
    const code = lowerStatement(fc, finalizer);
    fc.handler = savedHandler;
    fc.finallyStack.push(saved);
    return [code];
  };

  fc.handler = s.handler ? catchEntry : escape;
  const tryCode = lowerStatement(fc, s.block);
  const parts: Expr[] = [];
  if (s.handler) {
    fc.handler = finalizer ? escape : outerHandler;
    const h = s.handler;
    const scope = fc.ctx.analysis.scopes.get(h)!;
    const catchCode = fc.enterScope(scope, () => []);
    const caught = fc.call('takeException', [], i64);
    if (h.param) catchCode.push(bindPattern(fc, h.param, caught, 'init'));
    else catchCode.push(m.drop(caught));
    catchCode.push(lowerStatement(fc, h.body));
    fc.exitScope(scope);
    parts.push(m.block(catchEntry, [tryCode, ...runFinally(), m.br(after)]));
    parts.push(...catchCode, ...runFinally(), m.br(after));
  } else {
    parts.push(tryCode, ...runFinally(), m.br(after));
  }
  fc.handler = outerHandler;
  if (finalizer) fc.finallyStack.pop();
  if (!finalizer) return m.block(after, parts);
  // Exceptional path through finally: hold the exception in a rooted slot, run the finally, rethrow.
  const slot = fc.allocTemp();
  const rethrow: Expr[] = [
    fc.storeSlot(slot, fc.call('takeException', [], i64)),
    lowerStatement(fc, finalizer),
    m.drop(fc.call('throwValue', [fc.loadSlot(slot)], i64)),
    m.br(outerHandler),
  ];
  fc.freeTemp(slot);
  return m.block(after, [m.block(escape, parts), ...rethrow]);
}

function lowerSwitch(fc: FunctionCompiler, s: ESTree.SwitchStatement, labels: string[]): Expr {
  const m = fc.m;
  const scope = fc.ctx.analysis.scopes.get(s)!;
  const disc = fc.allocTemp();
  const code: Expr[] = [fc.storeSlot(disc, lowerExpression(fc, s.discriminant))];
  code.push(...fc.enterScope(scope, () => hoistFunctions(fc, scope, s.cases.flatMap((c) => c.consequent))));
  const target = pushTarget(fc, labels, false);
  switchTargets.add(target);
  const caseLabels = s.cases.map(() => fc.label('case'));
  // Dispatch: strict equality against each test in order, then default (or break).
  const dispatch: Expr[] = [];
  s.cases.forEach((c, i) => {
    if (!c.test) return;
    dispatch.push(m.br_if(caseLabels[i], fc.call('rt_strict_equals', [fc.loadSlot(disc), lowerExpression(fc, c.test)], i32)));
  });
  const def = s.cases.findIndex((c) => !c.test);
  dispatch.push(m.br(def >= 0 ? caseLabels[def] : target.breakLabel));
  // Nest: block case_n-1 ( ... block case_0 (dispatch) body_0 ... ) body_n-1
  let inner: Expr = m.block(caseLabels[0], dispatch);
  for (let i = 0; i < s.cases.length; i++) {
    const body = lowerStatements(fc, s.cases[i].consequent);
    const next = i + 1 < s.cases.length ? caseLabels[i + 1] : null;
    inner = next ? m.block(next, [inner, ...body]) : m.block(null, [inner, ...body]);
  }
  fc.targets.pop();
  fc.exitScope(scope);
  code.push(m.block(target.breakLabel, [inner]));
  fc.freeTemp(disc);
  return m.block(null, code);
}
