// BoundNames (ECMA-262 §8.2.1) of a binding pattern: the identifiers it declares.
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
