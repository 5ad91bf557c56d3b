// `pgo build --report`: per function, what the profile-guided build specialized, inlined or left
// generic, and why (no profile data, megamorphic, a budget, a refused stub, a stale function).
import type { FunctionScope } from '../analyze/scope.js';
import type { Site } from '../ir/sites.js';
import type { SourceKeys } from '../ir/source-map.js';

interface SiteLine { site: Site; decision: string; specialized: boolean }

export interface ReportSummary {
  sites: number;
  specializedSites: number;
  functions: number;
  profiledFunctions: number;
}

export class BuildReport {
  private readonly byFunction = new Map<FunctionScope, SiteLine[]>();
  private readonly notes: string[] = [];

  site(fs: FunctionScope, site: Site, decision: string, specialized = false): void {
    let lines = this.byFunction.get(fs);
    if (!lines) this.byFunction.set(fs, lines = []);
    lines.push({ site, decision, specialized });
  }

  /** A build-wide line (the staleness warning, a foreign engine build). */
  note(line: string): void { this.notes.push(line); }

  summary(functions: readonly FunctionScope[], profiled: (fs: FunctionScope) => boolean): ReportSummary {
    let sites = 0, specializedSites = 0;
    for (const lines of this.byFunction.values()) {
      sites += lines.length;
      specializedSites += lines.filter((l) => l.specialized).length;
    }
    return { sites, specializedSites, functions: functions.length, profiledFunctions: functions.filter(profiled).length };
  }

  /** The report as text: profiled functions first (hottest first), then the rest in one line each. */
  format(keys: SourceKeys, functions: readonly FunctionScope[], entries: (fs: FunctionScope) => number | null): string {
    const out: string[] = [...this.notes];
    const describe = (fs: FunctionScope): string => {
      const k = keys.functions.get(fs.id)!.key;
      return `${k.name} (${k.path}:${k.line}:${k.column})`;
    };
    const profiled = functions.filter((fs) => entries(fs) !== null).sort((a, b) => entries(b)! - entries(a)!);
    const unprofiled = functions.filter((fs) => entries(fs) === null);
    const s = this.summary(functions, (fs) => entries(fs) !== null);
    out.push(`profile-guided build: ${s.specializedSites} of ${s.sites} sites specialized; ` +
      `${s.profiledFunctions} of ${s.functions} functions have profile data`);
    for (const fs of profiled) {
      out.push(`${describe(fs)}: ${entries(fs)} entries`);
      for (const l of this.byFunction.get(fs) ?? []) {
        const at = keys.position(l.site.offset);
        out.push(`  ${l.site.kind} ${at.line}:${at.column}  ${l.decision}`);
      }
    }
    if (unprofiled.length > 0) {
      out.push(`no profile data (not run while recording, or changed since), generic and optimized for size: ${unprofiled.map(describe).join(', ')}`);
    }
    return out.join('\n') + '\n';
  }
}
