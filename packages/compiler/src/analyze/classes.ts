// What the analysis records about a class (ECMA-262 §15.7): its scope (the inner name binding,
// private names, and hidden bindings the lowering fills in), its constructor (written or default),
// and two synthetic functions that run its field initializers: one per construction with `this`
// = the new object, one once with `this` = the class (static fields and blocks, in order).
import type * as ESTree from 'estree';
import type { Binding, Scope } from './scope.js';

export type ClassElement = ESTree.MethodDefinition | ESTree.PropertyDefinition | ESTree.StaticBlock;

export interface ClassInfo {
  readonly node: ESTree.Class;
  readonly scope: Scope;
  readonly derived: boolean;
  /** The constructor function literal (a synthesized one for a class without constructor). */
  ctor: ESTree.FunctionExpression;
  /** Synthetic initializer of instance elements (private methods, then fields), or null. */
  fieldInit: ESTree.FunctionExpression | null;
  /** Synthetic initializer of static fields and blocks, or null. */
  staticInit: ESTree.FunctionExpression | null;
  /** Hidden bindings: a computed field key evaluated at class definition, an instance private
   *  method's closure. */
  readonly elementBindings: Map<ClassElement, Binding>;
}

/** Annotation on the synthetic initializer functions: the elements they initialize. */
export interface ClassElementsAnnotation {
  classElements?: { cls: ClassInfo; elements: ClassElement[]; isStatic: boolean };
  /** On a constructor: its class. */
  classCtor?: ClassInfo;
}

type Spanned = { start: number; end: number };

/** A synthetic function literal spanning `span` (for locations), with an empty body. */
export function syntheticFunction(node: Spanned): ESTree.FunctionExpression {
  const span = { start: node.start, end: node.end };
  return {
    type: 'FunctionExpression', id: null, params: [], generator: false, async: false,
    body: { type: 'BlockStatement', body: [], ...span } as ESTree.BlockStatement, ...span,
  } as ESTree.FunctionExpression;
}

/** The default constructor (§15.7.14 step 14): `constructor() {}`, or for a derived class
 *  `constructor(...args) { super(...args); }`. */
export function defaultConstructor(node: Spanned, derived: boolean): ESTree.FunctionExpression {
  const span = { start: node.start, end: node.end };
  const f = syntheticFunction(span);
  if (!derived) return f;
  const args = (): ESTree.Identifier => ({ type: 'Identifier', name: 'args', ...span }) as ESTree.Identifier;
  f.params = [{ type: 'RestElement', argument: args(), ...span } as ESTree.RestElement];
  f.body.body = [{
    type: 'ExpressionStatement', ...span,
    expression: {
      type: 'CallExpression', optional: false, ...span,
      callee: { type: 'Super', ...span } as ESTree.Super,
      arguments: [{ type: 'SpreadElement', argument: args(), ...span } as ESTree.SpreadElement],
    } as ESTree.CallExpression,
  } as ESTree.ExpressionStatement];
  return f;
}

/** The name a class element's key gives its function (`m`, `#m`, `get m`), or null if computed. */
export function elementName(el: ESTree.MethodDefinition | ESTree.PropertyDefinition): string | null {
  if (el.computed) return null;
  const k = el.key;
  const base = k.type === 'PrivateIdentifier' ? `#${k.name}` : k.type === 'Identifier' ? k.name : String((k as ESTree.Literal).value);
  if (el.type === 'MethodDefinition' && (el.kind === 'get' || el.kind === 'set')) return `${el.kind} ${base}`;
  return base;
}
