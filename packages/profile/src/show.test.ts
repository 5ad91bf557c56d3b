import { describe, expect, test } from 'vitest';
import { classifySite, formatShow, shapeText, summarize } from './show.js';
import { fn, fnKey, objectShape, profile, site, stub } from './test-support.js';
import type { Profile } from './types.js';

const own = (shape: number, hits: number) => stub('GetProp.OwnSlot', [{ shape }, { u32: 0 }], hits);

/** Hits: 1000 + 200 at a polymorphic site, 10 + 5 + 3×1 + 1 fallback at a megamorphic one, and so on. */
function sample(): Profile {
  const shapes = [objectShape('a'), objectShape('b'), objectShape('c'), objectShape('d'), objectShape('e')];
  return profile([
    fn(fnKey('hot', 10), [
      site('GetProp', 11, 2, [own(0, 1000), own(1, 200)]),
      site('GetProp', 12, 2, [own(0, 500)]),
      site('Call', 13, 2, [stub('Call.Builtin', [{ name: 'Math.sqrt' }], 50)]),
    ], { entryCount: 900 }),
    fn(fnKey('cold', 30), [
      site('GetProp', 31, 2, [own(0, 10), own(1, 5), own(2, 1), own(3, 1), own(4, 1)], 1),
      site('GetProp', 32, 2, [], 40),
      site('GetElem', 33, 2, [stub('GetElem.DenseArray', [], 30)], 10),
      site('Arith', 34, 2, []),
    ], { entryCount: 3 }),
    fn(fnKey('never', 50), [], { entryCount: 0 }),
  ], shapes);
}

describe('classifySite', () => {
  test('monomorphic, polymorphic, megamorphic, none', () => {
    const [hot, cold] = sample().functions;
    expect(hot!.sites.map(classifySite)).toEqual(['polymorphic', 'monomorphic', 'monomorphic']);
    expect(cold!.sites.map(classifySite)).toEqual(['megamorphic', 'megamorphic', 'polymorphic', 'none']);
  });
});

describe('summarize', () => {
  const report = summarize(sample(), { top: 3 });

  test('totals and polymorphism counts', () => {
    // Stub hits 1200 + 500 + 50 + 18 + 30 = 1798; fallback 1 + 40 + 10 = 51.
    expect(report.totals).toEqual({ functions: 3, sites: 7, icHits: 1849, fallbackHits: 51, distinctStubs: 7, shapes: 5 });
    expect(report.polymorphism).toEqual({ monomorphic: 2, polymorphic: 2, megamorphic: 2, none: 1 });
  });

  test('hottest functions by entries, hottest sites by hits, limited to top', () => {
    expect(report.hotFunctions.map((f) => [f.label, f.entryCount, f.icHits])).toEqual([
      ['hot (src/app.js:10:0)', 900, 1750],
      ['cold (src/app.js:30:0)', 3, 99],
    ]);
    expect(report.hotSites.map((s) => [s.site.line, s.hits, s.polymorphism])).toEqual([
      [11, 1200, 'polymorphic'], [12, 500, 'monomorphic'], [13, 50, 'monomorphic'],
    ]);
    expect(report.hotSites[0]!.stubs.map((s) => s.text)).toEqual([
      'GetProp.OwnSlot {shape: %Object.prototype%{a}, slot: 0}',
      'GetProp.OwnSlot {shape: %Object.prototype%{b}, slot: 0}',
    ]);
    expect(report.hotSites[2]!.stubs[0]!.fields).toEqual({ builtin: 'Math.sqrt' });
  });

  test('coverage counts distinct stubs across sites, shapes by structure', () => {
    // Per stub: {a} 1000+500+10 = 1510, {b} 205, Math.sqrt 50, DenseArray 30, {c} {d} {e} 1 each.
    // 50% of 1849 needs 1 stub; 90% (1664.1) needs 2 (1715); 99% (1830.51) is out of reach (1798).
    expect(report.coverage).toEqual([{ percent: 50, stubs: 1 }, { percent: 90, stubs: 2 }, { percent: 99, stubs: null }]);
  });

  test('an empty profile', () => {
    const empty = summarize(profile([]), {});
    expect(empty.hotSites).toEqual([]);
    expect(empty.coverage.map((c) => c.stubs)).toEqual([0, 0, 0]);
    expect(formatShow(empty)).toContain('(none)');
  });

  test('the report is plain JSON', () => {
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });
});

describe('formatShow', () => {
  test('a readable table', () => {
    const text = formatShow(summarize(sample(), { top: 2 }));
    expect(text).toBe([
      'profile format 1, pgo 0.1.0, engine build engine-test-build',
      'workloads: workload.js (weight 1, 1 run)',
      '3 functions, 7 sites, 1,849 IC hits (51 on the generic path), 7 distinct stubs, 5 shapes',
      '',
      'Hottest functions',
      '  entries  sites  IC hits  function',
      '      900      3    1,750  hot (src/app.js:10:0)',
      '        3      4       99  cold (src/app.js:30:0)',
      '',
      'Hottest sites',
      '   hits  polymorphism  site / stub',
      '  1,200  polymorphic   GetProp site at 11:2 in hot (src/app.js:10:0)',
      '  1,000                  GetProp.OwnSlot {shape: %Object.prototype%{a}, slot: 0}',
      '    200                  GetProp.OwnSlot {shape: %Object.prototype%{b}, slot: 0}',
      '    500  monomorphic   GetProp site at 12:2 in hot (src/app.js:10:0)',
      '    500                  GetProp.OwnSlot {shape: %Object.prototype%{a}, slot: 0}',
      '',
      'polymorphism: 2 monomorphic, 2 polymorphic, 2 megamorphic, 1 without hits',
      'coverage of IC hits: 1 stub covers 50%, 2 stubs cover 90%, no number of stubs covers 99%',
      '',
    ].join('\n'));
  });

  test('shape text names the root and marks accessors', () => {
    expect(shapeText({ root: { functionPrototype: fnKey('Point') }, keys: [{ name: 'x', attributes: 7 }, { name: 'len', attributes: 12 }] }))
      .toBe('Point.prototype{x, get/set len}');
    expect(shapeText({ root: { unknown: true }, keys: [] })).toBe('?{}');
  });
});
