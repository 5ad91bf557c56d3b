import { describe, expect, test } from 'vitest';
import { encodeProfile } from './codec.js';
import { mergeProfiles } from './merge.js';
import type { MergeInput } from './merge.js';
import { errorOf, fn, fnKey, objectShape, profile, richProfile, site, stub } from './test-support.js';
import type { Profile } from './types.js';

const point = objectShape('x', 'y');
const line = objectShape('from', 'to');

/** Run 1: main reads .x of points; run 2 (shapes numbered the other way): of points and lines. */
function run1(): Profile {
  return profile([fn(fnKey('main', 5), [
    site('GetProp', 6, 2, [stub('GetProp.OwnSlot', [{ shape: 0 }, { u32: 0 }], 10)], 1),
    { ...site('Arith', 7, 2, []), operandTypes: [{ left: 'int32', right: 'int32', count: 4 }] },
  ], { entryCount: 2, branches: [{ line: 8, column: 2, taken: 1, notTaken: 2 }], loops: [{ line: 9, column: 0, entries: 1, iterations: 10 }] })],
  [point], 'run1.js');
}

function run2(): Profile {
  return profile([
    fn(fnKey('main', 5), [
      site('GetProp', 6, 2, [
        stub('GetProp.OwnSlot', [{ shape: 0 }, { u32: 0 }], 5),
        stub('GetProp.OwnSlot', [{ shape: 1 }, { u32: 0 }], 7),
      ]),
      { ...site('Arith', 7, 2, []), operandTypes: [{ left: 'int32', right: 'double', count: 1 }, { left: 'int32', right: 'int32', count: 1 }] },
    ], { entryCount: 3, branches: [{ line: 8, column: 2, taken: 5, notTaken: 0 }] }),
    fn(fnKey('helper', 20)),
  ], [line, point], 'run2.js');
}

function permutations<T>(items: T[]): T[][] {
  if (items.length <= 1) return [items];
  return items.flatMap((item, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]));
}

describe('mergeProfiles', () => {
  test('sums weighted counts and unions stubs by structure, not shape index', () => {
    const merged = mergeProfiles([{ file: 'run1.pb', profile: run1(), weight: 3 }, { file: 'run2.pb', profile: run2() }]);
    const main = merged.functions.find((f) => f.key.name === 'main')!;
    expect(main.entryCount).toBe(2 * 3 + 3);
    const getProp = main.sites.find((s) => s.key.kind === 'GetProp')!;
    expect(getProp.fallbackHits).toBe(3);
    const hitsOf = (shape: typeof point) =>
      getProp.stubs.find((s) => 'shape' in s.fields[0]! && merged.shapes[s.fields[0].shape]!.keys[0]!.name === shape.keys[0]!.name)!.hits;
    expect(getProp.stubs).toHaveLength(2);
    expect(hitsOf(point)).toBe(10 * 3 + 7);
    expect(hitsOf(line)).toBe(5);
    expect(merged.shapes).toHaveLength(2);
    expect(main.sites.find((s) => s.key.kind === 'Arith')!.operandTypes).toEqual([
      { left: 'int32', right: 'double', count: 1 },
      { left: 'int32', right: 'int32', count: 4 * 3 + 1 },
    ]);
    expect(main.branches).toEqual([{ line: 8, column: 2, taken: 1 * 3 + 5, notTaken: 2 * 3 }]);
    expect(main.loops).toEqual([{ line: 9, column: 0, entries: 3, iterations: 30 }]);
    expect(merged.functions.map((f) => f.key.name)).toEqual(['helper', 'main']);
  });

  test('provenance: workloads concatenated with weights multiplied, versions kept', () => {
    const merged = mergeProfiles([{ file: 'run1.pb', profile: run1(), weight: 3 }, { file: 'run2.pb', profile: run2(), weight: 2 }]);
    expect(merged.provenance).toEqual({
      pgoVersion: '0.1.0',
      engineBuild: 'engine-test-build',
      workloads: [{ name: 'run1.js', weight: 3, runs: 1 }, { name: 'run2.js', weight: 2, runs: 1 }],
    });
    const newer = run2();
    newer.provenance.pgoVersion = '0.10.0';
    for (const order of permutations([run1(), newer])) {
      expect(mergeProfiles(order.map((p, i) => ({ file: `${i}.pb`, profile: p }))).provenance.pgoVersion).toBe('0.10.0');
    }
  });

  test('the result is the same, byte for byte, whatever the order of the inputs', () => {
    const inputs: MergeInput[] = [
      { file: 'run1.pb', profile: run1(), weight: 2 },
      { file: 'run2.pb', profile: run2() },
      { file: 'rich.pb', profile: richProfile(), weight: 5 },
    ];
    const outputs = permutations(inputs).map((order) => encodeProfile(mergeProfiles(order)));
    expect(outputs).toHaveLength(6);
    for (const bytes of outputs) expect(bytes).toEqual(outputs[0]);
  });

  test('merging is associative on bytes: (a + b) + c equals a + (b + c)', () => {
    const m = (inputs: { file: string; profile: ReturnType<typeof run1> }[]) => mergeProfiles(inputs);
    const ab = m([{ file: 'a', profile: run1() }, { file: 'b', profile: run2() }]);
    const bc = m([{ file: 'b', profile: run2() }, { file: 'c', profile: richProfile() }]);
    const left = m([{ file: 'ab', profile: ab }, { file: 'c', profile: richProfile() }]);
    const right = m([{ file: 'a', profile: run1() }, { file: 'bc', profile: bc }]);
    expect(encodeProfile(left)).toEqual(encodeProfile(right));
  });

  test('merging one profile gives it back in canonical form', () => {
    const p = richProfile();
    expect(encodeProfile(mergeProfiles([{ file: 'rich.pb', profile: p }]))).toEqual(encodeProfile(p));
  });

  test('refuses another engine build, another format version, a bad weight, no inputs', () => {
    const other = run2();
    other.provenance.engineBuild = 'other-build';
    expect(errorOf(() => mergeProfiles([{ file: 'a.pb', profile: run1() }, { file: 'b.pb', profile: other }])))
      .toBe('b.pb: recorded with engine build other-build but a.pb with engine-test-build; profiles of different engine builds do not merge');
    const future = { ...run2(), formatVersion: 2 };
    expect(errorOf(() => mergeProfiles([{ file: 'a.pb', profile: run1() }, { file: 'b.pb', profile: future }])))
      .toMatch(/^b\.pb: profile format version 2/);
    expect(errorOf(() => mergeProfiles([{ file: 'a.pb', profile: run1(), weight: 0 }])))
      .toBe('a.pb: weight 0 is not a positive integer');
    expect(errorOf(() => mergeProfiles([{ file: 'a.pb', profile: run1(), weight: 1.5 }]))).toMatch(/weight 1\.5/);
    expect(errorOf(() => mergeProfiles([]))).toBe('pgo merge: no profiles to merge');
  });

  test('refuses a function recorded from different sources, naming both files', () => {
    const edited = run2();
    edited.functions[0]!.sourceHash = 'edited';
    expect(errorOf(() => mergeProfiles([{ file: 'old.pb', profile: run1() }, { file: 'new.pb', profile: edited }])))
      .toBe('new.pb: main (src/app.js:5:0) has source hash edited but hash-of-main in old.pb: ' +
        'the profiles were recorded from different sources; re-record the older one');
  });
});
