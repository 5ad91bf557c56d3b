// Builders for hand-made profiles in tests (not exported from the package).
import { expect } from 'vitest';
import { ProfileError } from './errors.js';
import { PROFILE_FORMAT_VERSION } from './types.js';
import type {
  FunctionKey, FunctionProfile, Profile, Shape, SiteKind, SiteProfile, StubFieldValue, StubProfile,
} from './types.js';

export const ENGINE_BUILD = 'engine-test-build';

export function fnKey(name: string, line = 1, column = 0, path = 'src/app.js'): FunctionKey {
  return { path, name, line, column };
}

export function profile(functions: FunctionProfile[], shapes: Shape[] = [], workload = 'workload.js'): Profile {
  return {
    formatVersion: PROFILE_FORMAT_VERSION,
    provenance: { pgoVersion: '0.1.0', engineBuild: ENGINE_BUILD, workloads: [{ name: workload, weight: 1, runs: 1 }] },
    shapes,
    functions,
  };
}

export function fn(key: FunctionKey, sites: SiteProfile[] = [], extra: Partial<FunctionProfile> = {}): FunctionProfile {
  return { key, sourceHash: `hash-of-${key.name}`, entryCount: 1, sites, branches: [], loops: [], ...extra };
}

export function site(kind: SiteKind, line: number, column: number, stubs: StubProfile[], fallbackHits = 0, ordinal = 0): SiteProfile {
  return { key: { kind, line, column, ordinal }, stubs, fallbackHits, operandTypes: [] };
}

export function stub(kind: string, fields: StubFieldValue[], hits: number): StubProfile {
  return { kind, fields, hits };
}

/** An object literal's shape: %Object.prototype% plus the given keys, all plain data properties. */
export function objectShape(...keys: string[]): Shape {
  return { root: { intrinsic: '%Object.prototype%' }, keys: keys.map((name) => ({ name, attributes: 7 })) };
}

/** A profile using every kind of value the schema has: for round trips. */
export function richProfile(): Profile {
  const point = fnKey('Point', 3, 0);
  const shapes: Shape[] = [
    objectShape('x', 'y'),
    { root: { functionPrototype: point }, keys: [{ name: 'x', attributes: 7 }, { name: '@@iterator', attributes: 13 }] },
    { root: { intrinsic: 'null' }, keys: [] },
    { root: { unknown: true }, keys: [{ name: 'Symbol(tag)', attributes: 0 }] },
  ];
  const main = fn(fnKey('main', 10, 2), [
    site('GetProp', 11, 4, [stub('GetProp.OwnSlot', [{ shape: 0 }, { u32: 0 }], 1000), stub('GetProp.OwnSlot', [{ shape: 1 }, { u32: 1 }], 5)], 3),
    site('GetProp', 11, 4, [stub('GetProp.ProtoSlot', [{ shape: 3 }, { shape: 2 }, { u32: 2 }], 7)], 0, 1),
    site('SetProp', 12, 0, [stub('SetProp.AddSlot', [{ shape: 2 }, { shape: 0 }, { u32: 1 }], 9)]),
    site('Call', 13, 2, [stub('Call.Function', [{ function: point }], 40), stub('Call.Builtin', [{ name: 'Math.sqrt' }], 2)]),
    site('New', 14, 2, [stub('New.Function', [{ function: point }], 4)]),
    site('GetElem', 15, 8, [stub('GetElem.TypedArray', [{ u32: 0 }], 2 ** 40), stub('GetElem.DenseArray', [], 1)]),
    { ...site('Arith', 16, 6, []), operandTypes: [{ left: 'int32', right: 'int32', count: 50 }, { left: 'double', right: '', count: 2 }] },
  ], {
    entryCount: 2 ** 45 + 1,
    branches: [{ line: 17, column: 2, taken: 3, notTaken: 0 }],
    loops: [{ line: 18, column: 2, entries: 1, iterations: 100 }],
  });
  const top = fn(fnKey('<top>', 1, 0, 'src/main.js'), [], { sourceHash: '', entryCount: 0 });
  return profile([main, fn(point), top], shapes);
}

/** The message of the ProfileError `run` throws (the test fails if it throws anything else). */
export function errorOf(run: () => unknown): string {
  try {
    run();
  } catch (e) {
    expect(e).toBeInstanceOf(ProfileError);
    return (e as Error).message;
  }
  throw new Error('expected a ProfileError');
}
