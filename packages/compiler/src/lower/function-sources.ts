// The source text of each function literal, for Function.prototype.toString (§20.2.3.5: the
// function's [[SourceText]], exactly as written). It is the function's span in the program, which
// for a method runs from the start of its property (`m() {}`, `async *g() {}`), and for a class's
// constructor is the class. A bundled program's text is esbuild's reprint (comments dropped, code
// re-indented), so there the span's start is mapped back through the source map into the original
// file, and the text is that of the node of the same type that starts there in the original.
import * as acorn from 'acorn';
import type * as ESTree from 'estree';
import type { Bundle } from '../bundle/bundle.js';
import type { ClassElementsAnnotation } from '../analyze/classes.js';
import type { ProgramContext } from './context.js';

type Spanned = ESTree.Node & { start: number; end: number; loc: ESTree.SourceLocation };

/** Each function's source text, by its node. */
export function functionSources(ctx: ProgramContext, origin: Bundle['origin']): Map<ESTree.Node, string> {
  const outer = new Map<ESTree.Node, Spanned>(); // a method's function → its property
  const visit = (n: unknown): void => {
    if (Array.isArray(n)) { for (const x of n) visit(x); return; }
    if (n === null || typeof n !== 'object' || typeof (n as ESTree.Node).type !== 'string') return;
    const node = n as ESTree.Node;
    if (node.type === 'Property' && node.method) outer.set(node.value, node as Spanned);
    if (node.type === 'MethodDefinition' && node.kind !== 'constructor') outer.set(node.value, node as Spanned);
    for (const k in node) if (k !== 'type') visit((node as unknown as Record<string, unknown>)[k]);
  };
  visit(ctx.analysis.program.node);
  const originals = new OriginalNodes(origin);
  const sources = new Map<ESTree.Node, string>();
  for (const fs of ctx.analysis.functions) {
    if (fs.isProgram) continue;
    const cls = (fs.node as ClassElementsAnnotation).classCtor;
    const node = (cls ? cls.node : fs.node) as Spanned;
    const first = outer.get(node) ?? node;
    const text = originals.text(first) ?? ctx.source.slice(first.start, node.end);
    // V8 prints a static method without its `static` keyword.
    sources.set(fs.node, first.type === 'MethodDefinition' && first.static ? text.replace(/^static\s*/, '') : text);
  }
  return sources;
}

/** The nodes of the original files, by their start offset, parsed once per file. */
class OriginalNodes {
  private readonly files = new Map<string, Map<number, Spanned[]>>();
  constructor(private readonly origin: Bundle['origin']) {}

  /** The original text of the bundle's node `n`, or null (not bundled, no mapping, no such node). */
  text(n: Spanned): string | null {
    const o = n.loc ? this.origin(n.loc.start.line, n.loc.start.column) : null; // synthesized nodes have none
    if (!o) return null;
    const found = this.nodesOf(o.text).get(o.offset)?.find((m) => kindOf(m) === kindOf(n));
    return found ? o.text.slice(found.start, found.end) : null;
  }

  private nodesOf(text: string): Map<number, Spanned[]> {
    let nodes = this.files.get(text);
    if (nodes) return nodes;
    this.files.set(text, nodes = new Map());
    const program = parseAny(text);
    const visit = (n: unknown): void => {
      if (Array.isArray(n)) { for (const x of n) visit(x); return; }
      if (n === null || typeof n !== 'object' || typeof (n as ESTree.Node).type !== 'string') return;
      const node = n as Spanned;
      const at = nodes!.get(node.start);
      if (at) at.push(node); else nodes!.set(node.start, [node]);
      for (const k in node) if (k !== 'type' && k !== 'loc') visit((node as unknown as Record<string, unknown>)[k]);
    };
    if (program) visit(program);
    return nodes;
  }
}

/** Node types esbuild may print one as the other: `class A {}` as `var A = class _A {}`, and
 *  `export default function () {}` as a declaration with a name. */
function kindOf(n: ESTree.Node): string {
  return n.type === 'ClassDeclaration' ? 'ClassExpression' : n.type === 'FunctionDeclaration' ? 'FunctionExpression' : n.type;
}

/** A file of the program as a module or else as a script; null if it is neither (e.g. TypeScript:
 *  its functions keep the bundle's text). */
function parseAny(text: string): acorn.Node | null {
  for (const sourceType of ['module', 'script'] as const) {
    try {
      return acorn.parse(text, { ecmaVersion: 'latest', sourceType, allowHashBang: true, allowReturnOutsideFunction: sourceType === 'script' });
    } catch { /* try the other */ }
  }
  return null;
}
