// Between the in-memory Profile and protobufjs's plain objects for profile.proto. Going out,
// fields equal to their proto3 default are left out, as canonical proto3 encoders do. Coming in,
// enum values are mapped to names (an unknown one is an error) and missing messages are caught;
// everything else is checked by validateProfile.
import { stubKinds } from '@pgo/engine';
import { ProfileError, messages } from './errors.js';
import { describeFunction, stubKindId } from './keys.js';
import { siteKinds } from './types.js';
import type {
  FunctionKey, FunctionProfile, Profile, Shape, ShapeRoot, SiteProfile, StubFieldValue, StubProfile,
} from './types.js';

// ---- Out -------------------------------------------------------------------------------------

type Plain = Record<string, unknown>;

/** Drops entries equal to their proto3 default (0, "", false, []), which proto3 does not write. */
function compact(o: Plain): Plain {
  const out: Plain = {};
  for (const [k, v] of Object.entries(o)) {
    if (v === 0 || v === '' || v === false || (Array.isArray(v) && v.length === 0)) continue;
    out[k] = v;
  }
  return out;
}

const keyOut = (k: FunctionKey) => compact({ ...k });

function fieldOut(f: StubFieldValue): Plain {
  // Oneof members have presence: written even when 0 or "".
  return 'function' in f ? { function: keyOut(f.function) } : { ...f };
}

function rootOut(r: ShapeRoot): Plain {
  return 'functionPrototype' in r ? { functionPrototype: keyOut(r.functionPrototype) } : { ...r };
}

export function profileToWire(p: Profile): Plain {
  return compact({
    formatVersion: p.formatVersion,
    // Always written, even when empty: a decoded profile without provenance is foreign.
    provenance: compact({
      pgoVersion: p.provenance.pgoVersion,
      engineBuild: p.provenance.engineBuild,
      workloads: p.provenance.workloads.map((w) => compact({ ...w })),
    }),
    shapes: p.shapes.map((s) => compact({ root: rootOut(s.root), keys: s.keys.map((k) => compact({ ...k })) })),
    functions: p.functions.map((fn) => compact({
      key: keyOut(fn.key),
      sourceHash: fn.sourceHash,
      entryCount: fn.entryCount,
      sites: fn.sites.map((site) => compact({
        key: compact({ ...site.key, kind: siteKinds.indexOf(site.key.kind) + 1 }),
        stubs: site.stubs.map((s) => compact({ kind: stubKindId(s.kind), fields: s.fields.map(fieldOut), hits: s.hits })),
        fallbackHits: site.fallbackHits,
        operandTypes: site.operandTypes.map((t) => compact({ ...t })),
      })),
      branches: fn.branches.map((b) => compact({ ...b })),
      loops: fn.loops.map((l) => compact({ ...l })),
    })),
  });
}

// ---- In --------------------------------------------------------------------------------------

// protobufjs's toObject output with { defaults, arrays, oneofs, longs: Number, enums: Number }:
// scalars always present, absent messages null, a oneof's name holds the member set (if any).
interface WireKey { path: string; name: string; line: number; column: number }
interface WireField { value?: 'shape' | 'function' | 'u32' | 'name'; shape?: number; function?: WireKey; u32?: number; name?: string }
interface WireStub { kind: number; fields: WireField[]; hits: number }
interface WireSite {
  key: { kind: number; line: number; column: number; ordinal: number } | null;
  stubs: WireStub[]; fallbackHits: number; operandTypes: { left: string; right: string; count: number }[];
}
interface WireFunction {
  key: WireKey | null; sourceHash: string; entryCount: number; sites: WireSite[];
  branches: { line: number; column: number; taken: number; notTaken: number }[];
  loops: { line: number; column: number; entries: number; iterations: number }[];
}
interface WireShape {
  root: { kind?: 'intrinsic' | 'functionPrototype' | 'unknown'; intrinsic?: string; functionPrototype?: WireKey } | null;
  keys: { name: string; attributes: number }[];
}
export interface WireProfile {
  formatVersion: number;
  provenance: { pgoVersion: string; engineBuild: string; workloads: { name: string; weight: number; runs: number }[] } | null;
  shapes: WireShape[];
  functions: WireFunction[];
}

/** The Profile a decoded message describes; throws a ProfileError naming `file`. */
export function profileFromWire(w: WireProfile, file: string): Profile {
  const fail = (reason: string): never => {
    throw new ProfileError(file, reason);
  };
  if (!w.provenance) return fail(messages.missing('provenance', 'profile'));
  return {
    formatVersion: w.formatVersion,
    provenance: {
      pgoVersion: w.provenance.pgoVersion,
      engineBuild: w.provenance.engineBuild,
      workloads: w.provenance.workloads.map((x) => ({ name: x.name, weight: x.weight, runs: x.runs })),
    },
    shapes: w.shapes.map((s, i) => shapeIn(s, i, fail)),
    functions: w.functions.map((fn, i) => functionIn(fn, i, fail)),
  };
}

const keyIn = (k: WireKey): FunctionKey => ({ path: k.path, name: k.name, line: k.line, column: k.column });

function shapeIn(s: WireShape, index: number, fail: (reason: string) => never): Shape {
  let root: ShapeRoot;
  if (s.root?.kind === 'intrinsic') root = { intrinsic: s.root.intrinsic! };
  else if (s.root?.kind === 'functionPrototype') root = { functionPrototype: keyIn(s.root.functionPrototype!) };
  else if (s.root?.kind === 'unknown') root = { unknown: true };
  else return fail(messages.emptyShapeRoot(index));
  return { root, keys: s.keys.map((k) => ({ name: k.name, attributes: k.attributes })) };
}

function functionIn(fn: WireFunction, index: number, fail: (reason: string) => never): FunctionProfile {
  if (!fn.key) return fail(messages.missing('function key', `function ${index}`));
  const key = keyIn(fn.key);
  return {
    key,
    sourceHash: fn.sourceHash,
    entryCount: fn.entryCount,
    sites: fn.sites.map((site, i) => siteIn(site, i, key, fail)),
    branches: fn.branches.map((b) => ({ line: b.line, column: b.column, taken: b.taken, notTaken: b.notTaken })),
    loops: fn.loops.map((l) => ({ line: l.line, column: l.column, entries: l.entries, iterations: l.iterations })),
  };
}

function siteIn(site: WireSite, index: number, fn: FunctionKey, fail: (reason: string) => never): SiteProfile {
  if (!site.key) return fail(messages.missing('site key', `site ${index} in ${describeFunction(fn)}`));
  const where = `site at ${site.key.line}:${site.key.column} in ${describeFunction(fn)}`;
  const kind = siteKinds[site.key.kind - 1];
  if (!kind) return fail(messages.unknownSiteKind(site.key.kind, where));
  return {
    key: { kind, line: site.key.line, column: site.key.column, ordinal: site.key.ordinal },
    stubs: site.stubs.map((stub) => stubIn(stub, `${kind} ${where}`, fail)),
    fallbackHits: site.fallbackHits,
    operandTypes: site.operandTypes.map((t) => ({ left: t.left, right: t.right, count: t.count })),
  };
}

function stubIn(stub: WireStub, where: string, fail: (reason: string) => never): StubProfile {
  const row = stub.kind >= 1 ? stubKinds[stub.kind - 1] : undefined;
  if (!row) return fail(messages.unknownStubKind(stub.kind, where));
  const fields = stub.fields.map((f): StubFieldValue | undefined => {
    switch (f.value) {
      case 'shape': return { shape: f.shape! };
      case 'function': return { function: keyIn(f.function!) };
      case 'u32': return { u32: f.u32! };
      case 'name': return { name: f.name! };
      default: return undefined;
    }
  });
  if (fields.some((f) => f === undefined)) {
    const got = stub.fields.map((f) => f.value ?? 'empty').join(', ');
    return fail(messages.stubFields(row.name, got, row.fields.map((f) => f.type).join(', '), where));
  }
  return { kind: row.name, fields: fields as StubFieldValue[], hits: stub.hits };
}
