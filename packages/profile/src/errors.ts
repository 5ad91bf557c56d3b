// Every message @pgo/profile reports, in one place, so wording stays consistent and testable.
import { PROFILE_FORMAT_VERSION } from './types.js';

/** A profile that cannot be read, written or merged: one line, `file: reason`. */
export class ProfileError extends Error {
  constructor(readonly file: string, readonly reason: string) {
    super(`${file}: ${reason}`);
    this.name = 'ProfileError';
  }
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

export const messages = {
  // Reading
  notAProfile: (reason: string) => `not a pgo profile (${reason})`,
  emptyFile: () => 'empty file',
  unparsable: (detail: string) => `truncated or corrupt: ${detail}`,
  noFormatVersion: () => 'no format version',
  noChecksum: () => 'no checksum at the end: truncated, or not written by pgo',
  badChecksum: () => 'truncated or corrupt: checksum mismatch',
  formatVersion: (version: number) =>
    `profile format version ${version}; this pgo reads version ${PROFILE_FORMAT_VERSION}`,

  // Contents (reading and writing)
  missing: (what: string, where: string) => `${what} missing (${where})`,
  unknownSiteKind: (value: number | string, where: string) => `unknown site kind ${value} (${where})`,
  unknownStubKind: (value: number | string, where: string) => `unknown stub kind ${value} (${where})`,
  stubAtWrongSite: (kind: string, where: string) => `stub ${kind} cannot occur at a ${where}`,
  stubFields: (kind: string, got: string, expected: string, where: string) =>
    `stub ${kind} has fields (${got}) but the stub table gives (${expected}) (${where})`,
  shapeIndex: (index: number, count: number, where: string) =>
    `shape index ${index} out of range: the profile has ${plural(count, 'shape')} (${where})`,
  emptyShapeRoot: (index: number) => `shape ${index} has no root`,
  unknownOperandType: (type: string, where: string) => `unknown operand type '${type}' (${where})`,
  badNumber: (what: string, value: number, where: string) => `${what} ${value} is out of range (${where})`,
  duplicate: (what: string) => `duplicate ${what}`,

  // Merging
  noInputs: () => 'no profiles to merge',
  badWeight: (weight: number) => `weight ${weight} is not a positive integer`,
  versionMismatch: (version: number, firstFile: string, firstVersion: number) =>
    `profile format version ${version} differs from ${firstFile}'s version ${firstVersion}; profiles of different versions do not merge`,
  engineMismatch: (build: string, firstFile: string, firstBuild: string) =>
    `recorded with engine build ${build || '(none)'} but ${firstFile} with ${firstBuild || '(none)'}; profiles of different engine builds do not merge`,
  sourceHashConflict: (fn: string, hash: string, otherFile: string, otherHash: string) =>
    `${fn} has source hash ${hash} but ${otherHash} in ${otherFile}: the profiles were recorded from different sources; re-record the older one`,

  // Staleness (a warning, not an error)
  stale: (file: string, changed: number, recorded: number) =>
    `${file}: ${changed} of ${plural(recorded, 'function')} changed since recording; their data is ignored`,
} as const;
