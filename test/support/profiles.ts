// Profiles for the differential corpus: a program's own (recorded at test time from its record
// build), and a *cross-wired* one made from it, where every site gets the stubs another site of
// the same kind recorded. A cross-wired profile is what a stale or foreign profile is at worst:
// every guard it leads to sees shapes, targets and operand types it did not record, so the
// optimized build must take its generic paths and still print what node prints (DESIGN.md,
// contract 1: whatever profile the optimized build was given).
import type { Profile, SiteProfile } from '@pgo/profile';

export function crossWired(profile: Profile): Profile {
  return {
    ...profile,
    functions: profile.functions.map((fn) => {
      const byKind = new Map<string, SiteProfile[]>();
      for (const s of fn.sites) byKind.set(s.key.kind, [...(byKind.get(s.key.kind) ?? []), s]);
      const sites = fn.sites.map((s) => {
        const group = byKind.get(s.key.kind)!;
        const donor = group[(group.indexOf(s) + 1) % group.length];
        return { ...donor, key: s.key };
      });
      return { ...fn, sites };
    }),
  };
}
