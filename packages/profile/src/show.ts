// `pgo show`: what a profile says. summarize() computes the report (printed as JSON by
// `pgo show --json`), formatShow() lays it out for a terminal. Hits are the sum of a site's stub
// hits and its fallback (generic path) hits throughout.
import { stubKinds } from '@pgo/engine';
import {
  compareFunctionKeys, compareSiteKeys, compareStrings, describeFunction, describeSite, stubId,
} from './keys.js';
import type {
  FunctionKey, Profile, Provenance, Shape, SiteKey, SiteProfile, StubFieldValue, StubProfile,
} from './types.js';

/** How many shapes (or targets) a site saw. */
export type Polymorphism =
  /** One stub, no fallback hits. */
  | 'monomorphic'
  /** Two to four stubs, or one stub plus fewer fallback hits than stub hits. */
  | 'polymorphic'
  /** More than four stubs, or more fallback hits than stub hits. */
  | 'megamorphic'
  /** No hits recorded (never reached, or a site that records operand types only). */
  | 'none';

/** A site's class: the thresholds follow the engines' usual four-entry inline caches. */
export function classifySite(site: SiteProfile): Polymorphism {
  const stubHits = site.stubs.reduce((sum, s) => sum + s.hits, 0);
  if (stubHits + site.fallbackHits === 0) return 'none';
  if (site.stubs.length > 4 || site.fallbackHits > stubHits) return 'megamorphic';
  if (site.stubs.length === 1 && site.fallbackHits === 0) return 'monomorphic';
  return 'polymorphic';
}

/** What `pgo show` reports about a profile. */
export interface ShowReport {
  formatVersion: number;
  provenance: Provenance;
  totals: {
    functions: number;
    sites: number;
    /** Stub hits plus fallback hits, over all sites. */
    icHits: number;
    /** Hits no stub covered (the generic path). */
    fallbackHits: number;
    /** Distinct stubs (kind and field values) over all sites. */
    distinctStubs: number;
    shapes: number;
  };
  /** Functions by entry count, most entered first (at most `top`; never-entered ones left out). */
  hotFunctions: HotFunction[];
  /** Sites by hits, most hit first (at most `top`; sites without hits left out). */
  hotSites: HotSite[];
  /** How many sites fall in each polymorphism class. */
  polymorphism: Record<Polymorphism, number>;
  /**
   * How many distinct stubs, most hit first, it takes to cover 50%, 90% and 99% of all IC hits;
   * null where even all stubs fall short because too many hits took the generic path.
   */
  coverage: { percent: number; stubs: number | null }[];
}

export interface HotFunction {
  key: FunctionKey;
  /** "name (path:line:column)". */
  label: string;
  entryCount: number;
  sites: number;
  /** Hits at its sites. */
  icHits: number;
}

export interface HotSite {
  function: FunctionKey;
  site: SiteKey;
  /** "GetProp site at 14:8 in Parser.parseExpr (src/parser.js:12:2)". */
  label: string;
  hits: number;
  fallbackHits: number;
  polymorphism: Polymorphism;
  /** Its stubs, most hit first. */
  stubs: ShowStub[];
}

export interface ShowStub {
  kind: string;
  /** Field values by the stub table's field names: shapes and functions as text, u32 as numbers. */
  fields: Record<string, string | number>;
  /** The stub on one line: `GetProp.OwnSlot {shape: %Object.prototype%{x, y}, slot: 0}`. */
  text: string;
  hits: number;
}

const COVERAGE_PERCENTS = [50, 90, 99];

export function summarize(profile: Profile, opts: { top?: number } = {}): ShowReport {
  const top = opts.top ?? 10;
  const polymorphism: Record<Polymorphism, number> = { monomorphic: 0, polymorphic: 0, megamorphic: 0, none: 0 };
  const stubTotals = new Map<string, number>();
  const sites: HotSite[] = [];
  const functions: HotFunction[] = [];
  let icHits = 0;
  let fallbackHits = 0;

  for (const fn of profile.functions) {
    let fnHits = 0;
    for (const site of fn.sites) {
      const kind = classifySite(site);
      polymorphism[kind]++;
      const hits = site.stubs.reduce((sum, s) => sum + s.hits, site.fallbackHits);
      fnHits += hits;
      fallbackHits += site.fallbackHits;
      for (const s of site.stubs) {
        const id = stubId(s, profile.shapes);
        stubTotals.set(id, (stubTotals.get(id) ?? 0) + s.hits);
      }
      if (hits > 0) {
        sites.push({
          function: fn.key, site: site.key, label: describeSite(fn.key, site.key), hits,
          fallbackHits: site.fallbackHits, polymorphism: kind,
          stubs: [...site.stubs].sort((a, b) => b.hits - a.hits).map((s) => showStub(s, profile.shapes)),
        });
      }
    }
    icHits += fnHits;
    if (fn.entryCount > 0) {
      functions.push({ key: fn.key, label: describeFunction(fn.key), entryCount: fn.entryCount, sites: fn.sites.length, icHits: fnHits });
    }
  }

  functions.sort((a, b) => b.entryCount - a.entryCount || compareFunctionKeys(a.key, b.key));
  sites.sort((a, b) => b.hits - a.hits || compareFunctionKeys(a.function, b.function) || compareSiteKeys(a.site, b.site));
  return {
    formatVersion: profile.formatVersion,
    provenance: profile.provenance,
    totals: {
      functions: profile.functions.length,
      sites: profile.functions.reduce((n, fn) => n + fn.sites.length, 0),
      icHits, fallbackHits, distinctStubs: stubTotals.size, shapes: profile.shapes.length,
    },
    hotFunctions: functions.slice(0, top),
    hotSites: sites.slice(0, top),
    polymorphism,
    coverage: coverage(stubTotals, icHits),
  };
}

/** For each percent, the fewest stubs (most hit first) whose hits reach it; integer arithmetic, no rounding. */
function coverage(stubTotals: Map<string, number>, icHits: number): ShowReport['coverage'] {
  const hits = [...stubTotals.entries()].sort((a, b) => b[1] - a[1] || compareStrings(a[0], b[0])).map(([, h]) => h);
  return COVERAGE_PERCENTS.map((percent) => {
    let covered = 0;
    for (let n = 0; n <= hits.length; n++) {
      if (covered * 100 >= percent * icHits) return { percent, stubs: n };
      covered += hits[n] ?? 0;
    }
    return { percent, stubs: null };
  });
}

function showStub(s: StubProfile, shapes: readonly Shape[]): ShowStub {
  const row = stubKinds.find((k) => k.name === s.kind);
  const fields: Record<string, string | number> = {};
  s.fields.forEach((f, i) => {
    fields[row?.fields[i]?.name ?? `field${i}`] = fieldText(f, shapes);
  });
  const inner = Object.entries(fields).map(([name, v]) => `${name}: ${v}`).join(', ');
  return { kind: s.kind, fields, text: inner ? `${s.kind} {${inner}}` : s.kind, hits: s.hits };
}

function fieldText(f: StubFieldValue, shapes: readonly Shape[]): string | number {
  if ('u32' in f) return f.u32;
  if ('name' in f) return f.name;
  if ('function' in f) return describeFunction(f.function);
  const shape = shapes[f.shape];
  return shape ? shapeText(shape) : `#${f.shape}`;
}

/** "%Object.prototype%{x, y}", "Point.prototype{x}", "null{}", "?{x}" (unknown root); accessors marked "get/set". */
export function shapeText(shape: Shape): string {
  const r = shape.root;
  const root = 'intrinsic' in r ? r.intrinsic : 'functionPrototype' in r ? `${r.functionPrototype.name}.prototype` : '?';
  const keys = shape.keys.map((k) => (k.attributes & 8 ? `get/set ${k.name}` : k.name));
  return `${root}{${keys.join(', ')}}`;
}

// ---- Text ------------------------------------------------------------------------------------

/** The report as a readable terminal table. */
export function formatShow(report: ShowReport): string {
  const { provenance: p, totals: t } = report;
  const out: string[] = [];
  out.push(`profile format ${report.formatVersion}, pgo ${p.pgoVersion || '?'}, engine build ${p.engineBuild || '?'}`);
  const workloads = p.workloads.map((w) => `${w.name} (weight ${w.weight}, ${plural(w.runs, 'run')})`);
  out.push(`workloads: ${workloads.join(', ') || 'none'}`);
  out.push(
    `${plural(t.functions, 'function')}, ${plural(t.sites, 'site')}, ${num(t.icHits)} IC hits ` +
      `(${num(t.fallbackHits)} on the generic path), ${plural(t.distinctStubs, 'distinct stub')}, ${plural(t.shapes, 'shape')}`,
  );

  out.push('', 'Hottest functions');
  out.push(...table(['entries', 'sites', 'IC hits', 'function'], 'rrrl', report.hotFunctions.map((f) =>
    [num(f.entryCount), num(f.sites), num(f.icHits), f.label])));

  out.push('', 'Hottest sites');
  const rows: string[][] = [];
  for (const s of report.hotSites) {
    rows.push([num(s.hits), s.polymorphism, s.label]);
    for (const stub of s.stubs.slice(0, 4)) rows.push([num(stub.hits), '', `  ${stub.text}`]);
    if (s.stubs.length > 4) rows.push(['', '', `  … ${plural(s.stubs.length - 4, 'more stub')}`]);
    if (s.fallbackHits > 0) rows.push([num(s.fallbackHits), '', '  (generic path)']);
  }
  out.push(...table(['hits', 'polymorphism', 'site / stub'], 'rll', rows));

  const poly = report.polymorphism;
  out.push('', `polymorphism: ${poly.monomorphic} monomorphic, ${poly.polymorphic} polymorphic, ` +
    `${poly.megamorphic} megamorphic, ${poly.none} without hits`);
  const cover = report.coverage.map((c) =>
    c.stubs === null
      ? `no number of stubs covers ${c.percent}%`
      : `${plural(c.stubs, 'stub')} ${c.stubs === 1 ? 'covers' : 'cover'} ${c.percent}%`);
  out.push(`coverage of IC hits: ${cover.join(', ')}`);
  return out.join('\n') + '\n';
}

/** Rows under a header, columns padded; `align` has an 'l' or 'r' per column. */
function table(header: string[], align: string, rows: string[][]): string[] {
  if (rows.length === 0) return ['  (none)'];
  const all = [header, ...rows];
  const widths = header.map((_, i) => Math.max(...all.map((r) => (r[i] ?? '').length)));
  const pad = (cell: string, i: number) => (align[i] === 'r' ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!));
  return all.map((r) => `  ${r.map(pad).join('  ')}`.trimEnd());
}

/** Digits grouped by thousands, independent of the locale. */
function num(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

function plural(n: number, one: string): string {
  return `${num(n)} ${n === 1 ? one : `${one}s`}`;
}
