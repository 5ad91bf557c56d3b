// The canonical form of a profile: every list sorted by its key and shapes deduplicated and
// numbered in first-use order, so equal profiles encode to identical bytes (DESIGN.md contract 8)
// however they were built. Stubs sort by their shapes' structure, not their indices, which is what
// lets the numbering follow the sorted order. Equal stubs at a site (distinct runtime shapes can
// name one symbolic shape) and repeated operand-type pairs are summed into one entry.
import {
  compareFunctionKeys, comparePositions, compareSiteKeys, compareStrings, compareStubs, shapeId,
} from './keys.js';
import type { Profile, Shape, StubFieldValue, StubProfile, Workload } from './types.js';

/** A sorted copy of `p` with shapes renumbered; does not modify `p`. Assumes `p` is valid. */
export function canonicalize(p: Profile): Profile {
  const functions = [...p.functions].sort((a, b) => compareFunctionKeys(a.key, b.key)).map((fn) => ({
    key: { ...fn.key },
    sourceHash: fn.sourceHash,
    entryCount: fn.entryCount,
    sites: [...fn.sites].sort((a, b) => compareSiteKeys(a.key, b.key)).map((site) => ({
      key: { ...site.key },
      stubs: sumEqual(
        [...site.stubs].sort((a, b) => compareStubs(a, b, p.shapes)),
        (a, b) => compareStubs(a, b, p.shapes) === 0,
        (a, b) => ({ ...a, hits: a.hits + b.hits }),
      ),
      fallbackHits: site.fallbackHits,
      operandTypes: sumEqual(
        site.operandTypes.map((t) => ({ ...t })).sort((a, b) => compareStrings(a.left, b.left) || compareStrings(a.right, b.right)),
        (a, b) => a.left === b.left && a.right === b.right,
        (a, b) => ({ ...a, count: a.count + b.count }),
      ),
    })),
    branches: [...fn.branches].sort(comparePositions).map((b) => ({ ...b })),
    loops: [...fn.loops].sort(comparePositions).map((l) => ({ ...l })),
  }));

  // Number shapes in the order the sorted stubs first use them; equal shapes share a number.
  const shapes: Shape[] = [];
  const numbers = new Map<string, number>();
  const renumber = (f: StubFieldValue): StubFieldValue => {
    if (!('shape' in f)) return 'function' in f ? { function: { ...f.function } } : { ...f };
    const shape = p.shapes[f.shape]!;
    const id = shapeId(shape);
    let n = numbers.get(id);
    if (n === undefined) {
      n = shapes.length;
      numbers.set(id, n);
      shapes.push(copyShape(shape));
    }
    return { shape: n };
  };
  for (const fn of functions) {
    for (const site of fn.sites) {
      site.stubs = site.stubs.map((s): StubProfile => ({ kind: s.kind, fields: s.fields.map(renumber), hits: s.hits }));
    }
  }

  return {
    formatVersion: p.formatVersion,
    provenance: {
      pgoVersion: p.provenance.pgoVersion,
      engineBuild: p.provenance.engineBuild,
      workloads: [...p.provenance.workloads].sort(compareWorkloads).map((w) => ({ ...w })),
    },
    shapes,
    functions,
  };
}

/** A sorted list with runs of equal neighbours combined into one. */
function sumEqual<T>(sorted: T[], equal: (a: T, b: T) => boolean, add: (a: T, b: T) => T): T[] {
  const out: T[] = [];
  for (const item of sorted) {
    const last = out[out.length - 1];
    if (last !== undefined && equal(last, item)) out[out.length - 1] = add(last, item);
    else out.push(item);
  }
  return out;
}

function compareWorkloads(a: Workload, b: Workload): number {
  return compareStrings(a.name, b.name) || a.weight - b.weight || a.runs - b.runs;
}

export function copyShape(s: Shape): Shape {
  const root = 'functionPrototype' in s.root ? { functionPrototype: { ...s.root.functionPrototype } } : { ...s.root };
  return { root, keys: s.keys.map((k) => ({ ...k })) };
}
