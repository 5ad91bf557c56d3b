// `pgo build --report`: per function, what the profile-guided build specialized, inlined or left
// generic, and why (no profile data, megamorphic, a budget, a refused stub, a stale function).
import type { FunctionScope } from '../analyze/scope.js';
import type { Site } from '../ir/sites.js';
import type { SourceKeys } from '../ir/source-map.js';

/** One decision: at a site (its kind) or a loop ('Loop'). */
interface SiteLine { kind: string; offset: number; decision: string; specialized: boolean }

export interface ReportSummary {
  sites: number;
  specializedSites: number;
  /** Hot loops lowered in two versions (a typed one and the generic one). */
  loopVersions: number;
  /** Call sites whose target's body is inlined (lower/inline.ts), not counting those inside inlined bodies. */
  inlinedCalls: number;
  functions: number;
  profiledFunctions: number;
}

export class BuildReport {
  private readonly byFunction = new Map<FunctionScope, SiteLine[]>();
  private readonly notes: string[] = [];

  /** While > 0, decisions are not written (the second copy of code lowered twice). */
  muted = 0;
  private inlined = 0;

  /** A call's target inlined (lower/inline.ts). */
  inlinedCall(): void { if (this.muted === 0) this.inlined++; }

  site(fs: FunctionScope, site: Site, decision: string, specialized = false): void {
    this.line(fs, { kind: site.kind, offset: site.offset, decision, specialized });
  }

  /** A loop's decision (lower/loop-versions.ts), listed with the sites. */
  loop(fs: FunctionScope, offset: number, decision: string, specialized: boolean): void {
    this.line(fs, { kind: 'Loop', offset, decision, specialized });
  }

  private line(fs: FunctionScope, l: SiteLine): void {
    if (this.muted > 0) return;
    let lines = this.byFunction.get(fs);
    if (!lines) this.byFunction.set(fs, lines = []);
    lines.push(l);
  }

  /** A build-wide line (the staleness warning, a foreign engine build). */
  note(line: string): void { this.notes.push(line); }

  summary(functions: readonly FunctionScope[], profiled: (fs: FunctionScope) => boolean): ReportSummary {
    let sites = 0, specializedSites = 0, loopVersions = 0;
    for (const lines of this.byFunction.values()) {
      for (const l of lines) {
        if (l.kind === 'Loop') loopVersions += l.specialized ? 1 : 0;
        else { sites++; if (l.specialized) specializedSites++; }
      }
    }
    return { sites, specializedSites, loopVersions, inlinedCalls: this.inlined, functions: functions.length, profiledFunctions: functions.filter(profiled).length };
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
    out.push(`profile-guided build: ${s.specializedSites} of ${s.sites} sites specialized, ${s.loopVersions} loops in two versions, ${s.inlinedCalls} calls inlined; ` +
      `${s.profiledFunctions} of ${s.functions} functions have profile data`);
    for (const fs of profiled) {
      out.push(`${describe(fs)}: ${entries(fs)} entries`);
      for (const l of this.byFunction.get(fs) ?? []) {
        const at = keys.position(l.offset);
        out.push(`  ${l.kind} ${at.line}:${at.column}  ${l.decision}`);
      }
    }
    if (unprofiled.length > 0) {
      out.push(`no profile data (not run while recording, or changed since), generic and optimized for size: ${unprofiled.map(describe).join(', ')}`);
    }
    return out.join('\n') + '\n';
  }
}
