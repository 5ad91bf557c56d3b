// Tagged templates — ECMA-262 §13.3.11: `tag`...`` is a call of the tag (a member tag gets its
// object as `this`) with the site's template object and the substitutions. The template object
// (GetTemplateObject, §13.2.8.4) holds the cooked strings, frozen, with a frozen `raw` array; the
// engine keeps one per site, so the site yields the same object every time it runs.
import type * as ESTree from 'estree';
import type { FunctionCompiler } from './function.js';
import { lowerCall } from './calls.js';
import { lowerArray, withFirst, loweredNode } from './expressions.js';
import { type Expr, i32, i64 } from './wasm.js';

export function lowerTaggedTemplate(fc: FunctionCompiler, e: ESTree.TaggedTemplateExpression): Expr {
  const site = fc.ctx.templateSites++;
  const span = { start: (e as { start?: number }).start, end: (e as { end?: number }).end };
  const templateObject = loweredNode((f) => templateObjectOf(f, site, e.quasi));
  const call = { ...span, type: 'CallExpression', callee: e.tag, arguments: [templateObject, ...e.quasi.expressions],
    optional: false } as ESTree.SimpleCallExpression;
  return lowerCall(fc, call);
}

/** The template object of `site`: made from the quasis the first time the site runs. */
function templateObjectOf(fc: FunctionCompiler, site: number, quasi: ESTree.TemplateLiteral): Expr {
  const m = fc.m, w = fc.w;
  const t = fc.local(i64);
  const strings = (pick: (q: ESTree.TemplateElement) => ESTree.Expression): ESTree.ArrayExpression =>
    ({ type: 'ArrayExpression', elements: quasi.quasis.map(pick) });
  // An invalid escape (allowed in tagged templates) has no cooked string: undefined.
  const cooked = strings((q) => q.value.cooked == null
    ? { type: 'UnaryExpression', operator: 'void', prefix: true, argument: { type: 'Literal', value: 0 } }
    : { type: 'Literal', value: q.value.cooked });
  const raw = strings((q) => ({ type: 'Literal', value: q.value.raw }));
  return m.block(null, [
    fc.set(t, fc.call('rt_template_cached', [w.i32c(site)], i64)),
    m.if(w.isEmpty(fc.get(t, i64)), fc.set(t, withFirst(fc, lowerArray(fc, cooked), raw,
      (a, b) => fc.call('rt_template_object', [w.i32c(site), fc.get(a, i64), fc.get(b, i64)], i64)))),
    fc.get(t, i64),
  ], i64);
  void i32;
}
