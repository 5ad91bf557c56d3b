// Which let/const bindings keep a real TDZ: only those used before their declaration runs.
import { describe, it, expect } from 'vitest';
import * as acorn from 'acorn';
import type * as ESTree from 'estree';
import { analyze } from './resolve.js';
import { bindingsNeedingTdz } from './tdz.js';

function needing(source: string): string[] {
  const program = acorn.parse(source, { ecmaVersion: 'latest', sourceType: 'module' }) as unknown as ESTree.Program;
  const analysis = analyze(program, true, (_n, m) => { throw new Error(m); });
  return [...bindingsNeedingTdz(analysis)].map((b) => b.name).sort();
}

describe('bindingsNeedingTdz', () => {
  it('drops the TDZ of bindings only used after their declaration', () => {
    expect(needing('let a = 1; const b = a + 1; for (let i = 0; i < b; i++) { const c = i; a += c; }')).toEqual([]);
  });
  it('keeps it for a use in the initializer, before the declaration, in a hoisted function, or across switch cases', () => {
    expect(needing('let a = a;')).toEqual(['a']);
    expect(needing('f(); function f() { return g; } let g = 1;')).toEqual(['g']);
    expect(needing('{ x; let x = 1; }')).toEqual(['x']);
    expect(needing('switch (1) { case 0: let s = 1; break; case 1: s; }')).toEqual(['s']);
  });
  it('does not count the declaring identifiers of a destructuring pattern as uses', () => {
    expect(needing('const { p, q: [r = 1, ...s] } = { q: [] }; p; r; s;')).toEqual([]);
  });
});
