// The analysis walk: one pass over the AST that builds scopes, hoists declarations, resolves
// references and rejects syntax outside the supported language with its location.
import type * as ESTree from 'estree';
import { messages } from '../errors.js';
import { containsExpression } from './bound-names.js';
import { planMappedArguments } from './arguments.js';
import { Scope, FunctionScope, type Analysis, type Binding, type Resolution, type FunctionNode } from './scope.js';
import {
  type ClassInfo, type ClassElement, type ClassElementsAnnotation, defaultConstructor, syntheticFunction, elementName,
} from './classes.js';

/** Reports an error at a node; never returns. */
export type Reporter = (node: ESTree.Node, message: string) => never;

type AnyNode = ESTree.Node & { start?: number };
type AnyEnd = ESTree.Node & { end: number };

/** The name a declared identifier had in the source as written (the bundler may rename it). */
export type NameOf = (id: ESTree.Identifier) => string;

export function analyze(program: ESTree.Program, strict: boolean, report: Reporter,
                        nameOf: NameOf = (id) => id.name): Analysis {
  const functions: FunctionScope[] = [];
  const references = new Map<ESTree.Identifier, Resolution>();
  const scopes = new Map<ESTree.Node, Scope>();
  const classes = new Map<ESTree.Node, ClassInfo>();
  const superHomes = new Map<ESTree.Super, Binding>();
  const privateNames = new Map<ESTree.PrivateIdentifier, Binding>();
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

  /** Declare every identifier a binding pattern binds (`a`, `[a, ...b]`, `{k: {c = 1}}`). */
  function declarePattern(p: ESTree.Pattern, into: Scope, kind: 'var' | 'let' | 'const' | 'param' | 'catch',
                          declEnd = -1): void {
    switch (p.type) {
      case 'Identifier': into.declare(p.name, kind, declEnd); return;
      case 'AssignmentPattern': declarePattern(p.left, into, kind, declEnd); return;
      case 'RestElement': declarePattern(p.argument, into, kind, declEnd); return;
      case 'ArrayPattern': for (const el of p.elements) if (el) declarePattern(el, into, kind, declEnd); return;
      case 'ObjectPattern':
        for (const prop of p.properties) {
          declarePattern(prop.type === 'RestElement' ? prop : prop.value, into, kind, declEnd);
        }
        return;
      default: unsupported(p, 'this binding pattern');
    }
  }

  /** Lexical declarations directly in a statement list: let, const, function declarations. */
  function declareLexical(body: ESTree.Node[], into: Scope): void {
    for (const s of body) {
      if (s.type === 'VariableDeclaration' && s.kind !== 'var') {
        for (const d of s.declarations) declarePattern(d.id, into, s.kind as 'let' | 'const', (d as AnyEnd).end);
      } else if (s.type === 'FunctionDeclaration') {
        into.declare(s.id!.name, 'function');
      } else if (s.type === 'ClassDeclaration') {
        into.declare(s.id!.name, 'let', (s as AnyEnd).end);
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

  function visitFunction(node: FunctionNode, inside?: () => void): void {
    if (node.type !== 'Program') {
    }
    const parentFunc = func;
    const savedScope = scope;
    const body = node.type === 'Program' ? node.body
      : node.body.type === 'BlockStatement' ? node.body.body : null;
    const isStrict = (parentFunc?.strict ?? strict) || inClassBody || hasUseStrict(body);
    const fs = new FunctionScope(node, parentFunc ?? null, isStrict, functions.length);
    functions.push(fs);
    functionOf.set(node, fs);
    parentFunc?.inner.push(fs);
    func = fs;
    if ((node.type === 'FunctionDeclaration' || node.type === 'FunctionExpression') && node.id) writeName(node, nameOf(node.id));
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
        const paramScope = scope;
        if (node.type !== 'Program' && node.params.some(containsExpression)) {
          scope = fs.bodyScope = new Scope('body', paramScope, fs, node.body);
          scopes.set(node.body, scope);
        }
        for (const s of body) hoistVars(s, scope);
        declareLexical(body, scope);
        for (const s of body) visitStatement(s);
        scope = paramScope;
      } else {
        for (const p of (node as ESTree.ArrowFunctionExpression).params) visitPattern(p, false);
        visitExpression((node as ESTree.ArrowFunctionExpression).body as ESTree.Expression);
        return;
      }
      if (node.type !== 'Program') for (const p of node.params) visitPattern(p, false);
      inside?.();
    } finally {
      func = parentFunc;
      scope = savedScope;
    }
  }

  /** The references, defaults and computed keys of a binding or assignment pattern. */
  function visitPattern(p: ESTree.Pattern | ESTree.Expression, assign: boolean): void {
    switch (p.type) {
      case 'Identifier': reference(p, assign); return;
      case 'MemberExpression': visitMember(p); return;
      case 'AssignmentPattern':
        if (p.left.type === 'Identifier') nameAnonymous(p.right, nameOf(p.left));
        visitExpression(p.right);
        visitPattern(p.left, assign);
        return;
      case 'RestElement': visitPattern(p.argument, assign); return;
      case 'ArrayPattern': for (const el of p.elements) if (el) visitPattern(el, assign); return;
      case 'ObjectPattern':
        for (const prop of p.properties) {
          if (prop.type === 'RestElement') { visitPattern(prop, assign); continue; }
          if (prop.computed) visitExpression(prop.key);
          visitPattern(prop.value, assign);
        }
        return;
      default: unsupported(p, 'this assignment target');
    }
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
    const b = scope.lookup(id.name) ?? argumentsBinding(id.name);
    references.set(id, b);
    if (!b) {
      if (id.name === 'eval' && !assign) return; // a call is reported at the call site
      return;
    }
    if (b.scope.func !== func) b.captured = true;
    if (assign) b.assigned = true;
  }

  /** `arguments` not declared by the program: the arguments object of the nearest non-arrow
   *  function, declared in its top scope on first use. */
  function argumentsBinding(name: string): Resolution {
    if (name !== 'arguments') return null;
    const owner = func.thisOwner;
    if (owner.isProgram) return null;
    owner.usesArguments = true;
    return owner.scope.declare('arguments', 'arguments');
  }

  function useThis(node: ESTree.Node): void {
    const owner = func.thisOwner;
    owner.usesThis = true;
    if (owner !== func) {
      if (!owner.thisBinding) owner.thisBinding = owner.scope.declare('this', 'this');
      owner.thisBinding.captured = true;
    } else if (owner.thisBinding && owner.thisBinding.scope.func !== func) {
      owner.thisBinding.captured = true;
    }
    void node;
  }

  /** new.target belongs to the nearest non-arrow function; an arrow reads it as a captured binding
   *  (at the top level, where acorn only allows it inside functions, it stays undefined). */
  function useNewTarget(): void {
    const owner = func.thisOwner;
    owner.usesNewTarget = true;
    if (owner !== func && !owner.isProgram) {
      owner.newTargetBinding ??= owner.scope.declare('new.target', 'new.target');
      owner.newTargetBinding.captured = true;
    }
  }

  /** An object literal. One with methods gets a scope of its own, where a `%home` binding (the
   *  object) is declared if a method uses `super`; each evaluation then has its own. */
  function visitObject(e: ESTree.ObjectExpression): void {
    const visitProperties = (objectScope: Scope | null): void => {
      for (const p of e.properties) {
        if (p.type === 'SpreadElement') { visitExpression(p.argument); continue; }
        // Getters and setters are named "get x" / "set x" (SetFunctionName with a prefix).
        const prefix = p.kind === 'init' ? '' : `${p.kind} `;
        if (p.computed) visitExpression(p.key);
        else nameAnonymous(p.value, prefix + (p.key.type === 'Identifier' ? p.key.name : String((p.key as ESTree.Literal).value)));
        if (p.method || p.kind !== 'init') {
          (p.value as FunctionAnnotations).isMethod = true;
          withHome({ object: objectScope! }, () => visitExpression(p.value as ESTree.Expression));
        } else {
          visitExpression(p.value as ESTree.Expression);
        }
      }
    };
    const hasMethods = e.properties.some((p) => p.type === 'Property' && (p.method || p.kind !== 'init'));
    if (hasMethods) withScope('object', e, visitProperties);
    else visitProperties(null);
  }

  // ---- Classes ----

  let inClassBody = false;

  /** The method being visited (arrow functions inside keep it), for `super`: a class element, or
   *  a method of an object literal, whose [[HomeObject]] is the literal (held by the `%home`
   *  binding of the literal's scope). acorn already rejects `super` anywhere else. */
  type Home = { cls: ClassInfo; isStatic: boolean; isCtor: boolean; object?: undefined } | { object: Scope };
  let home: Home | null = null;

  /** A hidden binding of the class scope (`%proto`, `%ctor`), declared on first use. */
  function hiddenBinding(cls: ClassInfo, name: string): Binding {
    const b = cls.scope.bindings.get(name) ?? cls.scope.declare(name, 'const');
    if (b.scope.func !== func) b.captured = true;
    return b;
  }

  function superReference(node: ESTree.Super, isCall: boolean): void {
    if (!isCall) useThis(node); // super.x reads with `this` as the receiver
    if (home?.object) {
      if (isCall) unsupported(node, "'super' call outside a derived constructor");
      const b = home.object.bindings.get('%home') ?? home.object.declare('%home', 'const');
      b.captured = true; // read by the literal's methods
      superHomes.set(node, b);
      return;
    }
    if (!home || (isCall && !home.isCtor)) unsupported(node, isCall ? "'super' call outside a derived constructor" : "'super' outside a class method");
    superHomes.set(node, hiddenBinding(home.cls, isCall || home.isStatic ? '%ctor' : '%proto'));
  }

  function privateReference(id: ESTree.PrivateIdentifier): void {
    const b = scope.lookup(`#${id.name}`);
    if (!b) report(id, messages.unsupported(`private name #${id.name} outside its class`));
    if (b.scope.func !== func) b.captured = true;
    privateNames.set(id, b);
  }

  function visitClass(node: ESTree.Class): void {
    const savedInClass = inClassBody;
    inClassBody = true; // class code is strict
    try { visitClassBody(node); } finally { inClassBody = savedInClass; }
  }

  function visitClassBody(node: ESTree.Class): void {
    withScope('class', node, (cs) => {
      const span = node as unknown as { start: number; end: number };
      const explicit = node.body.body.find((el): el is ESTree.MethodDefinition =>
        el.type === 'MethodDefinition' && el.kind === 'constructor');
      const cls: ClassInfo = {
        node, scope: cs, derived: node.superClass != null,
        ctor: explicit ? explicit.value : defaultConstructor(span, node.superClass != null),
        fieldInit: null, staticInit: null, elementBindings: new Map(),
      };
      classes.set(node, cls);
      if (node.id) writeName(node, nameOf(node.id));
      const name = node.id ? nameOf(node.id) : (node as FunctionAnnotations).inferredName ?? '';
      if (node.id) cs.declare(node.id.name, 'const');
      for (const el of node.body.body) {
        if (el.type !== 'StaticBlock' && el.key.type === 'PrivateIdentifier') cs.declare(`#${el.key.name}`, 'const');
      }
      if (node.superClass) visitExpression(node.superClass);
      const ctorNotes = cls.ctor as FunctionAnnotations & ClassElementsAnnotation;
      ctorNotes.classCtor = cls;
      ctorNotes.inferredName = name;
      const instance: ClassElement[] = [];
      const statics: ClassElement[] = [];
      for (const el of node.body.body) {
        if (el.type === 'StaticBlock') { statics.push(el); continue; }
        if (el.computed) visitExpression(el.key);
        if (el.type === 'PropertyDefinition') {
          if (el.computed) cls.elementBindings.set(el, cs.declare(`%key${cls.elementBindings.size}`, 'const'));
          (el.static ? statics : instance).push(el);
          continue;
        }
        if (el.kind === 'constructor') continue;
        const fn = el.value as ESTree.FunctionExpression & FunctionAnnotations;
        fn.isMethod = true;
        const n = elementName(el);
        if (n !== null) fn.inferredName = n;
        if (el.key.type === 'PrivateIdentifier' && !el.static) {
          cls.elementBindings.set(el, cs.declare(`%method${cls.elementBindings.size}`, 'const'));
          instance.unshift(el); // private methods are added before any field (§7.3.34)
        }
        withHome({ cls, isStatic: el.static, isCtor: false }, () => visitFunction(fn));
      }
      withHome({ cls, isStatic: false, isCtor: true }, () => visitFunction(cls.ctor));
      const ctorScope = functionOf.get(cls.ctor)!;
      ctorScope.usesNewTarget = true;
      if (cls.derived) ctorScope.thisBinding ??= ctorScope.scope.declare('this', 'this');
      cls.fieldInit = initializer(cls, instance, false);
      cls.staticInit = initializer(cls, statics, true);
      // The class scope's bindings are read by the methods and initializers: all in its environment.
      for (const b of cs.bindings.values()) b.captured = true;
    });
  }

  function withHome(h: Home, fn: () => void): void {
    const saved = home;
    home = h;
    try { fn(); } finally { home = saved; }
  }

  /** The synthetic function that initializes `elements`, visited in its own function scope. */
  function initializer(cls: ClassInfo, elements: ClassElement[], isStatic: boolean): ESTree.FunctionExpression | null {
    if (elements.length === 0) return null;
    const fn = syntheticFunction(cls.node as unknown as { start: number; end: number });
    const notes = fn as FunctionAnnotations & ClassElementsAnnotation;
    notes.isMethod = true;
    notes.classElements = { cls, elements, isStatic };
    withHome({ cls, isStatic, isCtor: false }, () => visitFunction(fn, () => {
      for (const el of elements) {
        if (el.type === 'StaticBlock') {
          withScope('block', el, (bs) => {
            for (const s of el.body) hoistVars(s, bs);
            declareLexical(el.body, bs);
            visitStatements(el.body);
          });
        } else if (el.type === 'PropertyDefinition' && el.value) {
          const n = elementName(el);
          if (n !== null) nameAnonymous(el.value, n);
          visitExpression(el.value);
        }
      }
    }));
    return fn;
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
          if (d.init) {
            if (d.id.type === 'Identifier') nameAnonymous(d.init, nameOf(d.id));
            visitExpression(d.init);
          }
          visitPattern(d.id, false);
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
      case 'ForOfStatement': case 'ForInStatement':
        if (s.type === 'ForOfStatement' && s.await && func.isProgram) func.topLevelAwait = true;
        withScope('for', s, (sc) => {
          if (s.left.type === 'VariableDeclaration') {
            if (s.left.kind !== 'var') declareLexical([s.left], sc);
            visitPattern(s.left.declarations[0].id, true);
          } else visitPattern(s.left, true);
          visitExpression(s.right);
          visitStatement(s.body);
        });
        return;
      case 'BreakStatement': case 'ContinueStatement': return;
      case 'LabeledStatement': visitStatement(s.body); return;
      case 'ThrowStatement': visitExpression(s.argument); return;
      case 'TryStatement':
        visitStatement(s.block);
        if (s.handler) {
          const h = s.handler;
          withScope('catch', h, (sc) => {
            if (h.param) declarePattern(h.param, sc, 'catch');
            if (h.param) visitPattern(h.param, true);
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
      case 'ClassDeclaration': visitClass(s); reference(s.id!, false); return;
      default: return unsupported(s, describe(s));
    }
  }

  // ---- Expressions ----

  function visitAssignTarget(t: ESTree.Pattern | ESTree.Expression): void { visitPattern(t, true); }

  function visitMember(m: ESTree.MemberExpression): void {
    if (m.object.type === 'Super') superReference(m.object, false);
    else visitExpression(m.object as ESTree.Expression);
    if (m.computed) visitExpression(m.property as ESTree.Expression);
    else if (m.property.type === 'PrivateIdentifier') privateReference(m.property);
  }

  function visitExpression(e: ESTree.Node): void {
    switch (e.type) {
      case 'Identifier': reference(e, false); return;
      case 'Literal': return;
      case 'TemplateLiteral': for (const x of e.expressions) visitExpression(x); return;
      case 'TaggedTemplateExpression':
        visitExpression(e.tag);
        for (const x of e.quasi.expressions) visitExpression(x);
        return;
      case 'ThisExpression': useThis(e); return;
      case 'ArrayExpression':
        for (const el of e.elements) if (el) visitExpression(el);
        return;
      case 'SpreadElement': visitExpression(e.argument); return;
      case 'ObjectExpression': return visitObject(e);
      case 'FunctionExpression': case 'ArrowFunctionExpression': visitFunction(e); return;
      case 'ClassExpression': visitClass(e); return;
      case 'UnaryExpression':
        if (e.operator === 'delete' && e.argument.type === 'Identifier') {
          unsupported(e, 'delete of a variable');
        }
        visitExpression(e.argument); return;
      case 'UpdateExpression': visitAssignTarget(e.argument); return;
      case 'BinaryExpression':
        if (e.left.type === 'PrivateIdentifier') privateReference(e.left);
        else visitExpression(e.left);
        visitExpression(e.right); return;
      case 'LogicalExpression': visitExpression(e.left); visitExpression(e.right); return;
      case 'AssignmentExpression':
        if (e.left.type === 'Identifier') nameAnonymous(e.right, nameOf(e.left));
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
        if (e.callee.type === 'Super') superReference(e.callee, true);
        else visitExpression(e.callee);
        for (const a of e.arguments) visitExpression(a);
        return;
      case 'NewExpression':
        if (e.callee.type === 'Identifier' && e.callee.name === 'Function' && !scope.lookup('Function')) {
          return report(e, messages.unsupportedNewFunction());
        }
        visitExpression(e.callee);
        for (const a of e.arguments) visitExpression(a);
        return;
      case 'MetaProperty':
        if (e.meta.name === 'new' && e.property.name === 'target') return useNewTarget();
        return unsupported(e, `${e.meta.name}.${e.property.name}`);
      case 'AwaitExpression':
        if (func.isProgram) func.topLevelAwait = true;
        return visitExpression(e.argument);
      case 'YieldExpression':
        if (e.argument) visitExpression(e.argument);
        return;
      case 'ImportExpression': return unsupported(e, 'dynamic import()');
      default: return unsupported(e, describe(e));
    }
  }

  visitFunction(program);
  planMappedArguments(functions);
  return { program: functions[0], functions, references, scopes, functionOf, classes, superHomes, privateNames };
}

/** Annotations the analysis puts on function nodes. */
export interface FunctionAnnotations {
  /** NamedEvaluation: the name an anonymous function gets from what it is assigned to. */
  inferredName?: string;
  /** A function or class with an id the bundler renamed: the name as written (its `name`). */
  writtenName?: string;
  /** A method of an object literal: not a constructor, no prototype. */
  isMethod?: boolean;
}

function writeName(node: ESTree.Node, name: string): void {
  if (name !== (node as { id: ESTree.Identifier }).id.name) (node as FunctionAnnotations).writtenName = name;
}

function nameAnonymous(value: ESTree.Node, name: string): void {
  if (((value.type === 'FunctionExpression' || value.type === 'ClassExpression') && !value.id) ||
      value.type === 'ArrowFunctionExpression') {
    (value as FunctionAnnotations).inferredName = name;
  }
}

function describe(n: AnyNode): string {
  return n.type.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}
