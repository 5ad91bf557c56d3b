// Scope analysis: declares every binding (var/let/const/function/param/catch hoisting rules),
// resolves each identifier reference to its binding or to the global object, and marks bindings
// captured by inner functions. The result drives where each binding lives: a frame slot on the
// shadow stack, or a slot of a heap environment when a closure can see it.
import type * as ESTree from 'estree';
import type { ClassInfo } from './classes.js';

export type BindingKind = 'var' | 'let' | 'const' | 'function' | 'param' | 'catch' | 'this' | 'new.target' | 'callee' | 'arguments';

export interface Binding {
  readonly name: string;
  readonly kind: BindingKind;
  readonly scope: Scope;
  /** Referenced from a function other than the one declaring it: lives in an environment. */
  captured: boolean;
  /** Assigned anywhere after its declaration (const bindings are never assigned). */
  assigned: boolean;
  /** Frame slot (not captured) or environment slot (captured); set by the lowering. */
  slot: number;
  /** End offset of the declaration (let/const): a same-function read after it needs no TDZ check. */
  declEnd: number;
  /** A parameter its function's mapped arguments object aliases: the index (analyze/arguments.ts). */
  argumentIndex?: number;
}

/** 'body': a function body's own scope for its var and lexical declarations when its parameters
 *  contain expressions (FunctionScope.bodyScope). */
export type ScopeKind = 'function' | 'body' | 'block' | 'catch' | 'for' | 'switch' | 'class' | 'object';

export class Scope {
  readonly bindings = new Map<string, Binding>();
  readonly children: Scope[] = [];
  /** Number of captured bindings: > 0 means the scope allocates an environment. */
  envSize = 0;
  constructor(readonly kind: ScopeKind, readonly parent: Scope | null, readonly func: FunctionScope,
              readonly node: ESTree.Node) {
    parent?.children.push(this);
  }
  get needsEnv(): boolean { return this.envSize > 0; }

  declare(name: string, kind: BindingKind, declEnd = -1): Binding {
    const existing = this.bindings.get(name);
    if (existing) return existing;
    const b: Binding = { name, kind, scope: this, captured: false, assigned: false, slot: -1, declEnd };
    this.bindings.set(name, b);
    return b;
  }

  lookup(name: string): Binding | undefined {
    for (let s: Scope | null = this; s; s = s.parent) {
      const b = s.bindings.get(name);
      if (b) return b;
    }
    return undefined;
  }
}

export type FunctionNode = ESTree.FunctionDeclaration | ESTree.FunctionExpression |
  ESTree.ArrowFunctionExpression | ESTree.Program;

/** One function (or the program's top level) and what the lowering needs to know about it. */
export class FunctionScope {
  /** The function's own top scope: parameters, vars, top-level functions. */
  scope!: Scope;
  /** With parameter expressions (defaults, computed keys), the body's declarations are in a scope
   *  of their own, inside `scope`, which closures in the parameters cannot see (§10.2.11 steps
   *  27-28: a separate varEnv); a var named like a parameter starts with its value. Else null. */
  bodyScope: Scope | null = null;
  /** Inner function literals, in source order. */
  readonly inner: FunctionScope[] = [];
  usesThis = false;
  usesNewTarget = false;
  /** References `arguments` (itself or from an arrow function inside). */
  usesArguments = false;
  /** With a mapped arguments object: the hidden binding that holds it (analyze/arguments.ts). */
  argumentsObject: Binding | null = null;
  /** The binding of `this` when an arrow function inside captures it. */
  thisBinding: Binding | null = null;
  /** The binding of new.target when an arrow function inside reads it. */
  newTargetBinding: Binding | null = null;
  /** For named function expressions: the binding of the function's own name. */
  calleeBinding: Binding | null = null;
  /** For the program: a module whose top level awaits (§16.2.1.5.3: its evaluation is an async
   *  function body, so the program is lowered as one). */
  topLevelAwait = false;
  constructor(readonly node: FunctionNode, readonly parent: FunctionScope | null,
              readonly strict: boolean, readonly id: number) {}
  get isArrow(): boolean { return this.node.type === 'ArrowFunctionExpression'; }
  get isProgram(): boolean { return this.node.type === 'Program'; }
  get isGenerator(): boolean { return this.node.type !== 'Program' && this.node.generator === true; }
  get isAsync(): boolean { return this.node.type === 'Program' ? this.topLevelAwait : this.node.async === true; }
  /** Its body can suspend (a generator or async function): lowered as a coroutine body. */
  get isCoroutine(): boolean { return this.isGenerator || this.isAsync; }
  /** The nearest enclosing non-arrow function: owner of `this`. */
  get thisOwner(): FunctionScope {
    let f: FunctionScope = this;
    while (f.isArrow && f.parent) f = f.parent;
    return f;
  }
}

/** A reference resolved by the analysis: the binding, or null for a global-object property. */
export type Resolution = Binding | null;

export interface Analysis {
  readonly program: FunctionScope;
  readonly functions: FunctionScope[];
  /** Identifier node → its binding (or null: global). */
  readonly references: Map<ESTree.Identifier, Resolution>;
  /** Scope introduced by a node (function, block, for, catch, switch). */
  readonly scopes: Map<ESTree.Node, Scope>;
  /** The FunctionScope of each function node. */
  readonly functionOf: Map<ESTree.Node, FunctionScope>;
  /** Each class node's analysis (analyze/classes.ts). */
  readonly classes: Map<ESTree.Node, ClassInfo>;
  /** `super`: the hidden binding of its home object (`%proto`, `%ctor` for statics and calls). */
  readonly superHomes: Map<ESTree.Super, Binding>;
  /** `#x`: the binding of the private name in its class scope. */
  readonly privateNames: Map<ESTree.PrivateIdentifier, Binding>;
}
