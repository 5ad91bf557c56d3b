// `pgo merge`: several profiles of one program and one engine build into one. Counts add up,
// each input's multiplied by its integer weight; stubs, operand-type pairs, branches and loops are
// unioned by key, stubs comparing their shapes by structure since every input numbers its shapes
// its own way. The result is canonical, so it is the same whatever the order of the inputs.
//
// A function whose source hash differs between inputs is refused rather than resolved: the inputs
// were recorded from different versions of the program, neither is the right one to keep, and
// re-recording the older one is cheap.
import { canonicalize, copyShape } from './canonical.js';
import { ProfileError, messages } from './errors.js';
import { compareStrings, describeFunction, functionKeyId, shapeId, siteKeyId, stubId } from './keys.js';
import type {
  FunctionKey, Profile, Shape, SiteKey, StubFieldValue, StubProfile, Workload,
} from './types.js';
import { validateProfile } from './validate.js';

export interface MergeInput {
  /** Names the input in errors. */
  file: string;
  profile: Profile;
  /** Positive integer the input's counts are multiplied by; 1 if absent. */
  weight?: number;
}

interface MergedSite {
  key: SiteKey;
  stubs: Map<string, StubProfile>;
  fallbackHits: number;
  operandTypes: Map<string, { left: string; right: string; count: number }>;
}

interface MergedFunction {
  key: FunctionKey;
  sourceHash: string;
  /** The first input that had the function, for a conflict's message. */
  file: string;
  entryCount: number;
  sites: Map<string, MergedSite>;
  branches: Map<string, { line: number; column: number; taken: number; notTaken: number }>;
  loops: Map<string, { line: number; column: number; entries: number; iterations: number }>;
}

/** One weighted, canonical profile from `inputs`; throws a ProfileError naming the input at fault. */
export function mergeProfiles(inputs: MergeInput[]): Profile {
  const first = inputs[0];
  if (!first) throw new ProfileError('pgo merge', messages.noInputs());
  const shapes: Shape[] = [];
  const shapeNumbers = new Map<string, number>();
  const functions = new Map<string, MergedFunction>();
  const workloads: Workload[] = [];
  let pgoVersion = first.profile.provenance.pgoVersion;

  for (const { file, profile, weight = 1 } of inputs) {
    if (!Number.isSafeInteger(weight) || weight < 1) throw new ProfileError(file, messages.badWeight(weight));
    validateProfile(profile, file);
    if (profile.formatVersion !== first.profile.formatVersion) {
      throw new ProfileError(file, messages.versionMismatch(profile.formatVersion, first.file, first.profile.formatVersion));
    }
    const build = profile.provenance.engineBuild;
    if (build !== first.profile.provenance.engineBuild) {
      throw new ProfileError(file, messages.engineMismatch(build, first.file, first.profile.provenance.engineBuild));
    }
    pgoVersion = newerVersion(pgoVersion, profile.provenance.pgoVersion);
    for (const w of profile.provenance.workloads) workloads.push({ ...w, weight: w.weight * weight });

    // This input's shape numbers → the merged table's, equal shapes sharing one number.
    const shapeMap = profile.shapes.map((shape) => {
      const id = shapeId(shape);
      let n = shapeNumbers.get(id);
      if (n === undefined) {
        n = shapes.length;
        shapeNumbers.set(id, n);
        shapes.push(copyShape(shape));
      }
      return n;
    });
    const field = (f: StubFieldValue): StubFieldValue =>
      'shape' in f ? { shape: shapeMap[f.shape]! } : 'function' in f ? { function: { ...f.function } } : { ...f };

    for (const fn of profile.functions) {
      const merged = functionFor(functions, fn.key, fn.sourceHash, file);
      merged.entryCount += fn.entryCount * weight;
      for (const site of fn.sites) {
        const m = getOrAdd(merged.sites, siteKeyId(site.key), () => ({
          key: { ...site.key }, stubs: new Map(), fallbackHits: 0, operandTypes: new Map(),
        }));
        m.fallbackHits += site.fallbackHits * weight;
        for (const s of site.stubs) {
          const stub = { kind: s.kind, fields: s.fields.map(field), hits: 0 };
          getOrAdd(m.stubs, stubId(stub, shapes), () => stub).hits += s.hits * weight;
        }
        for (const t of site.operandTypes) {
          getOrAdd(m.operandTypes, `${t.left},${t.right}`, () => ({ ...t, count: 0 })).count += t.count * weight;
        }
      }
      for (const b of fn.branches) {
        const m = getOrAdd(merged.branches, `${b.line}:${b.column}`, () => ({ ...b, taken: 0, notTaken: 0 }));
        m.taken += b.taken * weight;
        m.notTaken += b.notTaken * weight;
      }
      for (const l of fn.loops) {
        const m = getOrAdd(merged.loops, `${l.line}:${l.column}`, () => ({ ...l, entries: 0, iterations: 0 }));
        m.entries += l.entries * weight;
        m.iterations += l.iterations * weight;
      }
    }
  }

  return canonicalize({
    formatVersion: first.profile.formatVersion,
    provenance: { pgoVersion, engineBuild: first.profile.provenance.engineBuild, workloads },
    shapes,
    functions: [...functions.values()].map((fn) => ({
      key: fn.key,
      sourceHash: fn.sourceHash,
      entryCount: fn.entryCount,
      sites: [...fn.sites.values()].map((s) => ({
        key: s.key, stubs: [...s.stubs.values()], fallbackHits: s.fallbackHits, operandTypes: [...s.operandTypes.values()],
      })),
      branches: [...fn.branches.values()],
      loops: [...fn.loops.values()],
    })),
  });
}

function functionFor(functions: Map<string, MergedFunction>, key: FunctionKey, sourceHash: string, file: string): MergedFunction {
  const merged = getOrAdd(functions, functionKeyId(key), () => ({
    key: { ...key }, sourceHash, file, entryCount: 0, sites: new Map(), branches: new Map(), loops: new Map(),
  }));
  if (merged.sourceHash !== sourceHash) {
    throw new ProfileError(file, messages.sourceHashConflict(describeFunction(key), sourceHash, merged.file, merged.sourceHash));
  }
  return merged;
}

function getOrAdd<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let v = map.get(key);
  if (v === undefined) map.set(key, (v = make()));
  return v;
}

/**
 * The newer of two pgo versions ("0.10.0" > "0.9.1"): kept whatever the order of the inputs.
 * Dotted parts compare as numbers when both are numeric, as text otherwise.
 */
function newerVersion(a: string, b: string): string {
  const pa = a.split(/[.+-]/);
  const pb = b.split(/[.+-]/);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i] ?? '';
    const y = pb[i] ?? '';
    const c = /^\d+$/.test(x) && /^\d+$/.test(y) ? Number(x) - Number(y) : compareStrings(x, y);
    if (c !== 0) return c > 0 ? a : b;
  }
  return compareStrings(a, b) >= 0 ? a : b;
}
