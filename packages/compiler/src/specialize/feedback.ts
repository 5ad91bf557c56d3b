// The profile as a profile-guided build reads it: checked for staleness against this build's
// functions (DESIGN.md contract 4), then looked up site by site while the lowering makes each site.
// A site is found by its function's key and its own key (kind, original position, ordinal), the
// same keys the recorder wrote, so a profile recorded from a workload that imports the app applies.
import { applyStaleness, functionKeyId, siteKeyId, type FunctionProfile, type Profile, type Shape, type SiteProfile } from '@pgo/profile';
import type { FunctionScope } from '../analyze/scope.js';
import type { Site } from '../ir/sites.js';
import { SiteOrdinals, type SourceKeys } from '../ir/source-map.js';

/** A site's recorded feedback, with the profile's shape table to resolve its shape fields. */
export interface SiteFeedback {
  readonly site: SiteProfile;
  readonly shapes: readonly Shape[];
  /** Entries of the function the site is in. */
  readonly functionEntries: number;
}

export class ProfileFeedback {
  /** The staleness warning, if any function changed since recording. */
  readonly warning: string | null;
  readonly staleFunctions: number;
  private readonly byFunction = new Map<number, { fn: FunctionProfile; sites: Map<string, SiteProfile> }>();
  private readonly ordinals = new SiteOrdinals();
  private readonly bySite = new Map<number, SiteFeedback>();
  readonly shapes: readonly Shape[];

  constructor(profile: Profile, private readonly keys: SourceKeys, file: string) {
    const current = [...keys.functions.values()];
    const fresh = applyStaleness(profile, current, file);
    this.warning = fresh.warning;
    this.staleFunctions = fresh.stale.length;
    this.shapes = fresh.profile.shapes;
    const byKey = new Map(fresh.profile.functions.map((fn) => [functionKeyId(fn.key), fn]));
    for (const [id, { key }] of keys.functions) {
      const fn = byKey.get(functionKeyId(key));
      if (!fn) continue;
      const sites = new Map(fn.sites.map((s) => [siteKeyId(s.key), s]));
      this.byFunction.set(id, { fn, sites });
    }
  }

  /** Whether the profile has data for `fs` (it ran while recording and is unchanged since). */
  profiled(fs: FunctionScope): FunctionProfile | null {
    return this.byFunction.get(fs.id)?.fn ?? null;
  }

  /** Look up the feedback of a site just made (SiteTable calls this for every site, in the order
   *  sites are made: the ordinal among the sites at one position counts these calls). */
  observe(site: Site): void {
    const { line, column } = this.keys.position(site.offset);
    const ordinal = this.ordinals.next(site.func, site.kind, line, column);
    const f = this.byFunction.get(site.func);
    const found = f?.sites.get(siteKeyId({ kind: site.kind, line, column, ordinal }));
    if (f && found) this.bySite.set(site.id, { site: found, shapes: this.shapes, functionEntries: f.fn.entryCount });
  }

  /** Site numbering state: code lowered twice (a loop's two versions) rewinds to a mark so both
   *  copies find the same feedback. */
  markSites(): Map<string, number> { return this.ordinals.mark(); }
  rewindSites(mark: Map<string, number>): void { this.ordinals.rewind(mark); }
  /** Before a callee's body is lowered again inlined (after a mark): its sites number from zero,
   *  as they did in its own function, so they find its feedback. */
  restartSites(fs: FunctionScope): void { this.ordinals.restart(fs.id); }

  /** Iterations recorded for the loop whose body starts at `bodyOffset` in `fs`, or null. */
  loopIterations(fs: FunctionScope, bodyOffset: number): number | null {
    const fn = this.byFunction.get(fs.id)?.fn;
    if (!fn) return null;
    const { line, column } = this.keys.position(bodyOffset);
    return fn.loops.find((l) => l.line === line && l.column === column)?.iterations ?? null;
  }

  /** The recorded feedback of `site`, or null (never reached while recording, or stale). */
  of(site: Site): SiteFeedback | null {
    return this.bySite.get(site.id) ?? null;
  }
}
