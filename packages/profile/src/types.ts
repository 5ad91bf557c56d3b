// The profile in memory: profile.proto's messages with camelCase names, counts as numbers (exact up
// to 2^53), stub kinds by their name in the engine's stub table and site kinds by name. See
// profile.proto for what each field means; the comments here only add what the types change.

/** Version of the profile format written by `pgo record`; readers refuse other versions. */
export const PROFILE_FORMAT_VERSION = 1;

/** Site kinds in the order of profile.proto's SiteKind enum (value = index + 1). */
export const siteKinds = [
  'GetProp', 'SetProp', 'GetElem', 'SetElem', 'GetGlobal', 'SetGlobal',
  'Call', 'New', 'Arith', 'Compare', 'In', 'InstanceOf',
] as const;
export type SiteKind = (typeof siteKinds)[number];

/** Bits of ShapeKey.attributes. */
export const ShapeAttribute = { writable: 1, enumerable: 2, configurable: 4, accessor: 8 } as const;

export interface Profile {
  formatVersion: number;
  provenance: Provenance;
  /** Deduplicated shapes; `{ shape: i }` stub fields index this table. */
  shapes: Shape[];
  functions: FunctionProfile[];
}

export interface Provenance {
  pgoVersion: string;
  /** Hash of the instrumented engine build. */
  engineBuild: string;
  workloads: Workload[];
}

export interface Workload {
  name: string;
  weight: number;
  runs: number;
}

/** A function by its position in the original source: project-relative path, name path, 1-based line, 0-based column. */
export interface FunctionKey {
  path: string;
  name: string;
  line: number;
  column: number;
}

export interface FunctionProfile {
  key: FunctionKey;
  sourceHash: string;
  entryCount: number;
  sites: SiteProfile[];
  branches: BranchProfile[];
  loops: LoopProfile[];
}

export interface SiteKey {
  kind: SiteKind;
  line: number;
  column: number;
  ordinal: number;
}

export interface SiteProfile {
  key: SiteKey;
  stubs: StubProfile[];
  /** Hits no stub covered (the generic, megamorphic path). */
  fallbackHits: number;
  operandTypes: OperandTypeCount[];
}

export interface StubProfile {
  /** A stub table row's name, e.g. "GetProp.OwnSlot". */
  kind: string;
  /** In the order the stub table lists the kind's fields. */
  fields: StubFieldValue[];
  hits: number;
}

/** One stub field; the member follows the field's type in the stub table. `shape` indexes Profile.shapes. */
export type StubFieldValue = { shape: number } | { function: FunctionKey } | { u32: number } | { name: string };

export interface OperandTypeCount {
  /** One of the engine's operand types. */
  left: string;
  /** One of the engine's operand types, or "" for a unary operator. */
  right: string;
  count: number;
}

export interface BranchProfile {
  line: number;
  column: number;
  taken: number;
  notTaken: number;
}

export interface LoopProfile {
  line: number;
  column: number;
  entries: number;
  iterations: number;
}

export interface Shape {
  root: ShapeRoot;
  /** Own keys in the order they were added. */
  keys: ShapeKey[];
}

/** The prototype a shape starts from: an intrinsic ("%Object.prototype%", "null"), a function's `prototype`, or unknown. */
export type ShapeRoot = { intrinsic: string } | { functionPrototype: FunctionKey } | { unknown: true };

export interface ShapeKey {
  /** String key as is; "@@iterator" for a well-known symbol; "Symbol(desc)" for another symbol. */
  name: string;
  /** ShapeAttribute bits. */
  attributes: number;
}
