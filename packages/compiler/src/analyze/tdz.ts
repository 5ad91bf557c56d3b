// Which let/const bindings may be read or written before their declaration has run: only those
// need their temporal dead zone made real (the binding set to EMPTY when its scope is entered,
// and checked at each early use). A binding all of whose uses come after its declaration, in
// the same function and outside a `switch` (whose cases share one scope but may skip a
// declaration), can never be seen uninitialized: block-structured control flow only leaves a
// block or goes back to its start, so a later use runs after the declaration did.
import type * as ESTree from 'estree';
import type { Analysis, Binding } from './scope.js';
import { boundNames } from './bound-names.js';

/** The bindings whose TDZ must be kept (all others start uninitialized harmlessly). */
export function bindingsNeedingTdz(analysis: Analysis): Set<Binding> {
  const declaring = new Set<ESTree.Identifier>();
  const visit = (n: unknown): void => {
    if (Array.isArray(n)) { for (const x of n) visit(x); return; }
    if (n === null || typeof n !== 'object' || typeof (n as ESTree.Node).type !== 'string') return;
    const node = n as ESTree.Node;
    if (node.type === 'VariableDeclaration' && node.kind !== 'var') {
      for (const d of node.declarations) for (const id of boundNames(d.id)) declaring.add(id);
    }
    for (const k in node) if (k !== 'type') visit((node as unknown as Record<string, unknown>)[k]);
  };
  visit(analysis.program.node);
  const needing = new Set<Binding>();
  for (const [id, b] of analysis.references) {
    if (!b || (b.kind !== 'let' && b.kind !== 'const') || declaring.has(id)) continue;
    const at = (id as unknown as { start: number }).start;
    if (b.declEnd < 0 || at < b.declEnd || b.scope.kind === 'switch') needing.add(b);
  }
  return needing;
}
