// The analysis walk: one pass over the AST that builds scopes, hoists declarations, resolves
// references and rejects syntax outside the supported language with its location.
import type * as ESTree from 'estree';
import { messages } from '../errors.js';
import { Scope, FunctionScope, type Analysis, type Resolution, type FunctionNode } from './scope.js';

/** Reports an error at a node; never returns. */
export type Reporter = (node: ESTree.Node, message: string) => never;

type AnyNode = ESTree.Node & { start?: number };
type AnyEnd = ESTree.Node & { end: number };

export function analyze(program: ESTree.Program, strict: boolean, report: Reporter): Analysis {
  const functions: FunctionScope[] = [];
  const references = new Map<ESTree.Identifier, Resolution>();
  const scopes = new Map<ESTree.Node, Scope>();
  const functionOf = new Map<ESTree.Node, FunctionScope>();

  let scope!: Scope;
  let func!: FunctionScope;

  function unsupported(node: ESTree.Node, what: string): never {
    return report(node, messages.unsupported(what));
  }

  // ---- Declarations ----

  /** Hoist `var` declarations of a function body (not nested functions) into the function scope. */
  function hoistVars(node: ESTree.Node | null | undefined, into: Scope): void {
    if (!node) return;
    switch (node.type) {
      case 'VariableDeclaration':
        if (node.kind === 'var') for (const d of node.declarations) declarePattern(d.id, into, 'var');
        return;
      case 'FunctionDeclaration': case 'FunctionExpression': case 'ArrowFunctionExpression':
        return;
      case 'BlockStatement': for (const s of node.body) hoistVars(s, into); return;
      case 'IfStatement': hoistVars(node.consequent, into); hoistVars(node.alternate, into); return;
      case 'ForStatement': hoistVars(node.init as ESTree.Node, into); hoistVars(node.body, into); return;
      case 'ForOfStatement': case 'ForInStatement': hoistVars(node.left, into); hoistVars(node.body, into); return;
      case 'WhileStatement': case 'DoWhileStatement': hoistVars(node.body, into); return;
      case 'LabeledStatement': hoistVars(node.body, into); return;
      case 'TryStatement':
        hoistVars(node.block, into); hoistVars(node.handler?.body, into); hoistVars(node.finalizer, into); return;
      case 'SwitchStatement': for (const c of node.cases) for (const s of c.consequent) hoistVars(s, into); return;
      default: return;
    }
  }

  function declarePattern(p: ESTree.Pattern, into: Scope, kind: 'var' | 'let' | 'const' | 'param' | 'catch',
                          declEnd = -1): void {
    if (p.type === 'Identifier') { into.declare(p.name, kind, declEnd); return; }
    if (p.type === 'AssignmentPattern' && kind === 'param') { declarePattern(p.left, into, kind); return; }
    unsupported(p, 'destructuring patterns');
  }

  /** Lexical declarations directly in a statement list: let, const, function declarations. */
  function declareLexical(body: ESTree.Node[], into: Scope): void {
    for (const s of body) {
      if (s.type === 'VariableDeclaration' && s.kind !== 'var') {
        for (const d of s.declarations) declarePattern(d.id, into, s.kind as 'let' | 'const', (d as AnyEnd).end);
      } else if (s.type === 'FunctionDeclaration') {
        if (s.async || s.generator) unsupported(s, s.async ? 'async functions' : 'generators');
        into.declare(s.id!.name, 'function');
      } else if (s.type === 'ClassDeclaration') {
        unsupported(s, 'classes');
      } else if (s.type === 'ExportNamedDeclaration' && s.declaration) {
        declareLexical([s.declaration], into);
        if (s.declaration.type === 'VariableDeclaration' && s.declaration.kind === 'var') {
          for (const d of s.declaration.declarations) declarePattern(d.id, func.scope, 'var');
        }
      }
    }
  }

  // ---- Scopes ----

  function withScope<T>(kind: Scope['kind'], node: ESTree.Node, fn: (s: Scope) => T): T {
    const saved = scope;
    scope = new Scope(kind, saved, func, node);
    scopes.set(node, scope);
    try { return fn(scope); } finally { scope = saved; }
  }

  function visitFunction(node: FunctionNode): void {
    if (node.type !== 'Program') {
      if (node.async) unsupported(node, 'async functions');
      if (node.generator) unsupported(node, 'generators');
    }
    const parentFunc = func;
    const savedScope = scope;
    const body = node.type === 'Program' ? node.body
      : node.body.type === 'BlockStatement' ? node.body.body : null;
    const isStrict = (parentFunc?.strict ?? strict) || hasUseStrict(body);
    const fs = new FunctionScope(node, parentFunc ?? null, isStrict, functions.length);
    functions.push(fs);
    functionOf.set(node, fs);
    parentFunc?.inner.push(fs);
    func = fs;
    scope = new Scope('function', savedScope ?? null, fs, node);
    fs.scope = scope;
    scopes.set(node, scope);
    try {
      if (node.type !== 'Program') {
        if (node.type === 'FunctionExpression' && node.id) {
          fs.calleeBinding = scope.declare(node.id.name, 'callee');
        }
        for (const p of node.params) declarePattern(p, scope, 'param');
      }
      if (body) {
        for (const s of body) hoistVars(s, scope);
        declareLexical(body, scope);
        for (const s of body) visitStatement(s);
      } else {
        for (const p of (node as ESTree.ArrowFunctionExpression).params) visitParamDefaults(p);
        visitExpression((node as ESTree.ArrowFunctionExpression).body as ESTree.Expression);
        return;
      }
      if (node.type !== 'Program') for (const p of node.params) visitParamDefaults(p);
    } finally {
      func = parentFunc;
      scope = savedScope;
    }
  }

  function visitParamDefaults(p: ESTree.Pattern): void {
    if (p.type !== 'AssignmentPattern') return;
    if (p.left.type === 'Identifier') nameAnonymous(p.right, p.left.name);
    visitExpression(p.right);
  }

  function hasUseStrict(body: ESTree.Node[] | null): boolean {
    if (!body) return false;
    for (const s of body) {
      if (s.type !== 'ExpressionStatement' || !('directive' in s) || !s.directive) return false;
      if (s.directive === 'use strict') return true;
    }
    return false;
  }

  // ---- References ----

  function reference(id: ESTree.Identifier, assign: boolean): void {
    const b = scope.lookup(id.name) ?? null;
    references.set(id, b);
    if (!b) {
      if (id.name === 'eval' && !assign) return; // a call is reported at the call site
      return;
    }
    if (b.scope.func !== func) b.captured = true;
    if (assign) b.assigned = true;
  }

  function useThis(node: ESTree.Node): void {
    const owner = func.thisOwner;
    owner.usesThis = true;
    if (owner !== func) {
      if (!owner.thisBinding) owner.thisBinding = owner.scope.declare('this', 'this');
      owner.thisBinding.captured = true;
    }
    void node;
  }

  // ---- Statements ----

  function visitStatements(body: ESTree.Statement[]): void {
    for (const s of body) visitStatement(s);
  }

  function visitStatement(s: ESTree.Node): void {
    switch (s.type) {
      case 'ExpressionStatement': visitExpression(s.expression); return;
      case 'VariableDeclaration':
        for (const d of s.declarations) {
          if (d.id.type !== 'Identifier') unsupported(d.id, 'destructuring patterns');
          if (d.init) { nameAnonymous(d.init, d.id.name); visitExpression(d.init); }
          reference(d.id, false);
        }
        return;
      case 'FunctionDeclaration': visitFunction(s); return;
      case 'ReturnStatement': if (s.argument) visitExpression(s.argument); return;
      case 'IfStatement':
        visitExpression(s.test); visitStatement(s.consequent); if (s.alternate) visitStatement(s.alternate);
        return;
      case 'BlockStatement':
        withScope('block', s, (sc) => { declareLexical(s.body, sc); visitStatements(s.body); });
        return;
      case 'EmptyStatement': case 'DebuggerStatement': return;
      case 'WhileStatement': visitExpression(s.test); visitStatement(s.body); return;
      case 'DoWhileStatement': visitStatement(s.body); visitExpression(s.test); return;
      case 'ForStatement':
        withScope('for', s, (sc) => {
          if (s.init && s.init.type === 'VariableDeclaration') {
            if (s.init.kind !== 'var') declareLexical([s.init], sc);
            visitStatement(s.init);
          } else if (s.init) visitExpression(s.init);
          if (s.test) visitExpression(s.test);
          if (s.update) visitExpression(s.update);
          visitStatement(s.body);
        });
        return;
      case 'ForOfStatement':
        if (s.await) unsupported(s, 'for await');
        withScope('for', s, (sc) => {
          if (s.left.type === 'VariableDeclaration') {
            if (s.left.kind !== 'var') declareLexical([s.left], sc);
            const d = s.left.declarations[0];
            if (d.id.type !== 'Identifier') unsupported(d.id, 'destructuring patterns');
            reference(d.id, true);
          } else visitAssignTarget(s.left);
          visitExpression(s.right);
          visitStatement(s.body);
        });
        return;
      case 'ForInStatement': return unsupported(s, 'for-in loops');
      case 'BreakStatement': case 'ContinueStatement': return;
      case 'LabeledStatement': visitStatement(s.body); return;
      case 'ThrowStatement': visitExpression(s.argument); return;
      case 'TryStatement':
        visitStatement(s.block);
        if (s.handler) {
          const h = s.handler;
          withScope('catch', h, (sc) => {
            if (h.param) declarePattern(h.param, sc, 'catch');
            if (h.param?.type === 'Identifier') reference(h.param, true);
            withScope('block', h.body, (bs) => { declareLexical(h.body.body, bs); visitStatements(h.body.body); });
          });
        }
        if (s.finalizer) visitStatement(s.finalizer);
        return;
      case 'SwitchStatement':
        visitExpression(s.discriminant);
        withScope('switch', s, (sc) => {
          for (const c of s.cases) declareLexical(c.consequent, sc);
          for (const c of s.cases) { if (c.test) visitExpression(c.test); visitStatements(c.consequent); }
        });
        return;
      case 'WithStatement': return report(s, messages.unsupportedWith());
      case 'ExportNamedDeclaration':
        if (s.declaration) visitStatement(s.declaration);
        for (const spec of s.specifiers) {
          if (spec.local.type === 'Identifier') reference(spec.local, false);
        }
        if (s.source) unsupported(s, 're-export from another module after bundling');
        return;
      case 'ExportDefaultDeclaration': return unsupported(s, 'export default (export a function named main)');
      case 'ClassDeclaration': return unsupported(s, 'classes');
      default: return unsupported(s, describe(s));
    }
  }

  // ---- Expressions ----

  function visitAssignTarget(t: ESTree.Pattern | ESTree.Expression): void {
    if (t.type === 'Identifier') reference(t, true);
    else if (t.type === 'MemberExpression') visitMember(t);
    else unsupported(t, 'destructuring assignment');
  }

  function visitMember(m: ESTree.MemberExpression): void {
    if (m.object.type === 'Super') unsupported(m, 'super');
    visitExpression(m.object as ESTree.Expression);
    if (m.computed) visitExpression(m.property as ESTree.Expression);
    else if (m.property.type === 'PrivateIdentifier') unsupported(m, 'private fields');
  }

  function visitExpression(e: ESTree.Node): void {
    switch (e.type) {
      case 'Identifier': reference(e, false); return;
      case 'Literal':
        if ('bigint' in e && e.bigint) unsupported(e, 'BigInt');
        return;
      case 'TemplateLiteral': for (const x of e.expressions) visitExpression(x); return;
      case 'TaggedTemplateExpression': return unsupported(e, 'tagged templates');
      case 'ThisExpression': useThis(e); return;
      case 'ArrayExpression':
        for (const el of e.elements) {
          if (el && el.type === 'SpreadElement') unsupported(el, 'spread elements');
          if (el) visitExpression(el);
        }
        return;
      case 'ObjectExpression':
        for (const p of e.properties) {
          if (p.type === 'SpreadElement') unsupported(p, 'object spread');
          // Getters and setters are named "get x" / "set x" (SetFunctionName with a prefix).
          const prefix = p.kind === 'init' ? '' : `${p.kind} `;
          if (p.computed) visitExpression(p.key);
          else nameAnonymous(p.value, prefix + (p.key.type === 'Identifier' ? p.key.name : String((p.key as ESTree.Literal).value)));
          if (p.method || p.kind !== 'init') (p.value as FunctionAnnotations).isMethod = true;
          visitExpression(p.value);
        }
        return;
      case 'FunctionExpression': case 'ArrowFunctionExpression': visitFunction(e); return;
      case 'ClassExpression': return unsupported(e, 'classes');
      case 'UnaryExpression':
        if (e.operator === 'delete' && e.argument.type === 'Identifier') {
          unsupported(e, 'delete of a variable');
        }
        visitExpression(e.argument); return;
      case 'UpdateExpression': visitAssignTarget(e.argument); return;
      case 'BinaryExpression':
        if (e.left.type === 'PrivateIdentifier') unsupported(e, 'private fields');
        visitExpression(e.left); visitExpression(e.right); return;
      case 'LogicalExpression': visitExpression(e.left); visitExpression(e.right); return;
      case 'AssignmentExpression':
        if (e.left.type === 'Identifier') nameAnonymous(e.right, e.left.name);
        visitAssignTarget(e.left); visitExpression(e.right); return;
      case 'ConditionalExpression':
        visitExpression(e.test); visitExpression(e.consequent); visitExpression(e.alternate); return;
      case 'SequenceExpression': for (const x of e.expressions) visitExpression(x); return;
      case 'MemberExpression': visitMember(e); return;
      case 'ChainExpression': visitExpression(e.expression); return;
      case 'CallExpression':
        if (e.callee.type === 'Identifier' && e.callee.name === 'eval' && !scope.lookup('eval')) {
          return report(e, messages.unsupportedEval());
        }
        if (e.callee.type === 'Super') unsupported(e, 'super');
        visitExpression(e.callee);
        for (const a of e.arguments) {
          if (a.type === 'SpreadElement') unsupported(a, 'spread arguments');
          visitExpression(a);
        }
        return;
      case 'NewExpression':
        if (e.callee.type === 'Identifier' && e.callee.name === 'Function' && !scope.lookup('Function')) {
          return report(e, messages.unsupportedNewFunction());
        }
        visitExpression(e.callee);
        for (const a of e.arguments) {
          if (a.type === 'SpreadElement') unsupported(a, 'spread arguments');
          visitExpression(a);
        }
        return;
      case 'MetaProperty':
        if (e.meta.name === 'new' && e.property.name === 'target') { func.thisOwner.usesNewTarget = true; return; }
        return unsupported(e, `${e.meta.name}.${e.property.name}`);
      case 'AwaitExpression': return unsupported(e, 'await');
      case 'YieldExpression': return unsupported(e, 'yield');
      case 'ImportExpression': return unsupported(e, 'dynamic import()');
      default: return unsupported(e, describe(e));
    }
  }

  visitFunction(program);
  return { program: functions[0], functions, references, scopes, functionOf };
}

/** Annotations the analysis puts on function nodes. */
export interface FunctionAnnotations {
  /** NamedEvaluation: the name an anonymous function gets from what it is assigned to. */
  inferredName?: string;
  /** A method of an object literal: not a constructor, no prototype. */
  isMethod?: boolean;
}

function nameAnonymous(value: ESTree.Node, name: string): void {
  if ((value.type === 'FunctionExpression' && !value.id) || value.type === 'ArrowFunctionExpression') {
    (value as FunctionAnnotations).inferredName = name;
  }
}

function describe(n: AnyNode): string {
  return n.type.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}
