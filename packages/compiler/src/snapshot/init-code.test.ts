import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it, expect } from 'vitest';
import { build } from '../index.js';
import { initOnlyCode } from './init-code.js';

const corpus = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../test/corpus');

describe('snapshot of the code initialization reaches', () => {
  // A plain program (only the engine initializes) and one whose top level runs at build time.
  for (const program of ['numbers/exponents.js', 'numbers/stats.main.js']) {
    it(`gives the module a whole-module snapshot gives: ${program}`, () => {
      const entry = path.join(corpus, program);
      const lean = build({ entry });
      const whole = build({ entry, wholeModuleSnapshot: true });
      expect(Buffer.compare(Buffer.from(lean.wasm), Buffer.from(whole.wasm))).toBe(0);
    });
  }

  it('keeps only a fraction of the engine for a plain program', () => {
    const { wasm } = build({ entry: path.join(corpus, 'numbers/exponents.js'), snapshot: false });
    const r = initOnlyCode(wasm, 'pgo_init')!;
    expect(r.kept).toBeGreaterThan(10);
    expect(r.kept).toBeLessThan(r.total / 4);
  });
});
