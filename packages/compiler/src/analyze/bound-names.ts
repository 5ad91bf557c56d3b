// Static semantics of binding patterns: BoundNames (ECMA-262 §8.2.1), the identifiers a pattern
// declares, and ContainsExpression (§8.5.2), whether evaluating it can run code.
import type * as ESTree from 'estree';

/** The identifiers a pattern binds, in source order. */
export function boundNames(p: ESTree.Pattern): ESTree.Identifier[] {
  switch (p.type) {
    case 'Identifier': return [p];
    case 'AssignmentPattern': return boundNames(p.left);
    case 'RestElement': return boundNames(p.argument);
    case 'ArrayPattern': return p.elements.flatMap((e) => (e ? boundNames(e) : []));
    case 'ObjectPattern': return p.properties.flatMap((q) => boundNames(q.type === 'RestElement' ? q : q.value));
    default: return [];
  }
}

/** ContainsExpression: a default value or a computed key somewhere in the pattern. */
export function containsExpression(p: ESTree.Pattern): boolean {
  switch (p.type) {
    case 'AssignmentPattern': return true;
    case 'RestElement': return containsExpression(p.argument);
    case 'ArrayPattern': return p.elements.some((e) => e !== null && containsExpression(e));
    case 'ObjectPattern':
      return p.properties.some((q) => (q.type === 'RestElement' ? containsExpression(q) : q.computed || containsExpression(q.value)));
    default: return false;
  }
}
