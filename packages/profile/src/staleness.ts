// Staleness (DESIGN.md contract 4): before a build uses a profile, each function's data is
// checked against the function as it is now. Changed functions lose their data, with one warning
// that counts what was lost; functions the build does not contain (code of the workload that is
// not part of this program, or removed since) are dropped without a word; unchanged ones keep it.
import { messages } from './errors.js';
import { functionKeyId } from './keys.js';
import type { FunctionKey, Profile } from './types.js';

export interface CurrentFunction {
  key: FunctionKey;
  /** Hash of the function's source now, computed as the recorder computed it. */
  sourceHash: string;
}

export interface StalenessResult {
  /** The profile with only the functions that are in the build, unchanged. */
  profile: Profile;
  /** Functions in the build whose source changed since recording, in profile order. */
  stale: FunctionKey[];
  /** Sites of the stale functions, now built without profile data. */
  droppedSites: number;
  /** One line for the user when anything was stale, else null. */
  warning: string | null;
}

/** `file` only names the profile in the warning. */
export function applyStaleness(profile: Profile, current: CurrentFunction[], file = 'profile'): StalenessResult {
  const hashes = new Map(current.map((f) => [functionKeyId(f.key), f.sourceHash]));
  const stale: FunctionKey[] = [];
  let droppedSites = 0;
  const kept = profile.functions.filter((fn) => {
    const hash = hashes.get(functionKeyId(fn.key));
    if (hash === undefined) return false;
    if (hash === fn.sourceHash) return true;
    stale.push(fn.key);
    droppedSites += fn.sites.length;
    return false;
  });
  // The shape table is left as is: indices stay valid, and encoding drops shapes no longer used.
  return {
    profile: { ...profile, functions: kept },
    stale,
    droppedSites,
    warning: stale.length > 0 ? messages.stale(file, stale.length, profile.functions.length) : null,
  };
}
