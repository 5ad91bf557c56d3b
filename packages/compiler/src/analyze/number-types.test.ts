// Static number types: which bindings are unboxed, as which type, and what a loop version checks.
import { describe, it, expect } from 'vitest';
import * as acorn from 'acorn';
import type * as ESTree from 'estree';
import { analyze } from './resolve.js';
import { bindingsNeedingTdz } from './tdz.js';
import { NumberTypes } from './number-types.js';
import type { Binding } from './scope.js';

/** The typed bindings of the first function in `source` (name: type), and of its first loop. */
function types(source: string): { fn: Record<string, string>; loop: Record<string, string> | null; guarded: string[] } {
  const program = acorn.parse(source, { ecmaVersion: 'latest', sourceType: 'module' }) as unknown as ESTree.Program;
  const analysis = analyze(program, true, (_n, m) => { throw new Error(m); });
  const fs = analysis.functions.find((f) => !f.isProgram)!;
  const t = NumberTypes.of(analysis, fs, bindingsNeedingTdz(analysis));
  const bindings = new Set<Binding>([...analysis.references.values()].filter((b): b is Binding => !!b && b.scope.func === fs));
  const table = (nt: NumberTypes): Record<string, string> =>
    Object.fromEntries([...bindings].filter((b) => nt.binding(b)).map((b) => [b.name, nt.binding(b)!]).sort());
  let loopNode: ESTree.Node | null = null;
  const find = (n: unknown): void => {
    if (loopNode || !n || typeof n !== 'object') return;
    if (Array.isArray(n)) { n.forEach(find); return; }
    const node = n as ESTree.Node;
    if (node.type === 'ForStatement' || node.type === 'WhileStatement') { loopNode = node; return; }
    for (const k in node) if (k !== 'type') find((node as unknown as Record<string, unknown>)[k]);
  };
  find(fs.node.body);
  const plan = loopNode ? t.loop(loopNode) : null;
  return { fn: table(t), loop: plan ? table(plan) : null, guarded: plan ? plan.guarded.map((b) => b.name) : [] };
}

describe('NumberTypes', () => {
  it('types bindings from literals and numeric operators, widening int32 to double', () => {
    expect(types('function f(s) { let a = 0; const b = a | 0; let c = 1; c = c * 2; const d = -1 >>> 0; let e = 0; e++; }').fn)
      .toEqual({ a: 'i32', b: 'i32', c: 'f64', d: 'u32', e: 'f64' });
  });
  it('leaves boxed what may be a string, a BigInt or anything else', () => {
    expect(types('function f(s, o) { let a = 1; a = a + s; const b = o.x - 1 | 0; const c = o.x - o.y; let d = 2; d = o.n; let e; }').fn)
      .toEqual({ b: 'i32' });
  });
  it('does not type captured, destructured or TDZ-checked bindings, or params and vars', () => {
    expect(types('function f(p) { let a = 1; const g = () => a; let [b] = [1]; var v = 1; let c = 2; for (c of []) ; }').fn)
      .toEqual({});
  });
  it('versions a loop on the bindings from outside it that it uses and assigns as numbers', () => {
    const r = types('function f(h, n, dt) { let a = h[0], x = h[1]; for (let i = 0; i < n; i++) { a = (a + i) | 0; x = x * dt; h[i] = a; } }');
    expect(r.guarded.sort()).toEqual(['a', 'dt', 'n', 'x']);
    expect(r.loop).toEqual({ a: 'i32', dt: 'f64', i: 'f64', n: 'f64', x: 'f64' });
  });
  it('does not version on a binding the loop may assign something other than a number', () => {
    expect(types('function f(o, n) { let s = 0; for (let i = 0; i < 9; i++) s = o[i]; return s; }').guarded).toEqual([]);
  });
});
