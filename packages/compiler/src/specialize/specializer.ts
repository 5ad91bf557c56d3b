// The profile-guided build's decisions, site by site: which recorded stubs become inline cases
// (the hottest first, up to a polymorphism budget) and why a site stays generic. Each decision is
// written to the build report. The stub code itself is in stubs.ts, one method per stub kind.
import binaryen from 'binaryen';
import { classifySite, functionKeyId, type Profile, type StubFieldValue } from '@pgo/profile';
import type { FunctionScope } from '../analyze/scope.js';
import type { Site } from '../ir/sites.js';
import type { SourceKeys } from '../ir/source-map.js';
import type { ProgramContext } from '../lower/context.js';
import type { ConstantPool } from '../ir/constants.js';
import { ProfileFeedback } from './feedback.js';
import type { ShapeDescriptors } from './shape-descriptors.js';
import { specializeStub, type StubCase, type StubSite, type SpecializeContext } from './stubs.js';
import { BuildReport } from './report.js';
import { functionFlags, FF_CONSTRUCTOR, FF_DERIVED } from '../lower/program.js';
import { inlineCall } from '../lower/inline.js';

/** The engine entry points the initialization code calls. */
export interface SpecializerEngine {
  register(base: binaryen.ExpressionRef, bytes: binaryen.ExpressionRef): binaryen.ExpressionRef;
  materialize(desc: binaryen.ExpressionRef, rootName: binaryen.ExpressionRef): binaryen.ExpressionRef;
  wellKnownSymbol(description: binaryen.ExpressionRef): binaryen.ExpressionRef;
  builtinCode(path: binaryen.ExpressionRef): binaryen.ExpressionRef;
}

/** Most inline cases at one site: past it a site is left to its generic cache (megamorphic). */
export const MAX_CASES = 4;
/** A constructed object's slots are sized for at most this many properties up front. */
export const MAX_PRESIZED_SLOTS = 32;
/** Sites hit fewer times than this while recording stay generic: inline cases there cost code
 *  size and gain nothing measurable. */
export const COLD_HITS = 16;

export class Specializer {
  readonly feedback: ProfileFeedback;
  readonly report = new BuildReport();
  /** Intern every string the initialization code needs (before the constants are laid out). */
  internConstants(constants: ConstantPool): void {
    for (const path of this.builtinGlobals.keys()) constants.string(path);
  }

  /** Initialization code, run once the constants' atoms exist: the globals holding the code of
   *  each builtin a guard compares with (declared here). */
  initCode(constants: ConstantPool, engine: Pick<SpecializerEngine, 'builtinCode'>): binaryen.ExpressionRef[] {
    const ctx = this.ctx(), m = ctx.m;
    const atom = (text: string) => ctx.w.ptr(m.global.get(constants.string(text).global, binaryen.i64));
    return [...this.builtinGlobals].map(([path, g]) => {
      m.addGlobal(g, binaryen.i32, true, m.i32.const(0));
      return m.global.set(g, engine.builtinCode(atom(path)));
    });
  }

  private readonly functionsByKey = new Map<string, FunctionScope>();

  constructor(profile: Profile, keys: SourceKeys, file: string, private readonly ctx: () => ProgramContext,
              functions: readonly FunctionScope[], readonly descriptors: ShapeDescriptors) {
    this.feedback = new ProfileFeedback(profile, keys, file);
    for (const fs of functions) {
      const k = keys.functions.get(fs.id);
      if (k) this.functionsByKey.set(functionKeyId(k.key), fs);
    }
  }

  /** The inline cases of `site` (possibly none), deciding and reporting once per site. */
  cases(site: Site, at: StubSite, fs: FunctionScope): StubCase[] {
    const fb = this.feedback.of(site);
    if (!fb) {
      this.report.site(fs, site, this.feedback.profiled(fs) ? 'generic: never reached while recording' : 'generic: no profile data');
      return [];
    }
    const poly = classifySite(fb.site);
    const hits = fb.site.stubs.reduce((n, st) => n + st.hits, fb.site.fallbackHits);
    if (hits === 0) { this.report.site(fs, site, 'generic: no hits recorded'); return []; }
    if (hits < COLD_HITS) { this.report.site(fs, site, `generic: cold (${hits} hits)`); return []; }
    // The hottest stubs, up to the budget; a site they do not mostly cover stays generic.
    const hottest = [...fb.site.stubs].sort((a, b) => b.hits - a.hits);
    const covered = hottest.slice(0, MAX_CASES).reduce((n, st) => n + st.hits, 0);
    if (covered * 2 < hits) {
      this.report.site(fs, site, `generic: megamorphic (${fb.site.stubs.length} stubs cover ${covered} of ${hits} hits)`);
      return [];
    }
    const cx = this.context(fb.shapes);
    const out: StubCase[] = [];
    const notes: string[] = [];
    for (const stub of hottest) {
      if (out.length === MAX_CASES) { notes.push(`${stub.kind}: over the budget of ${MAX_CASES} cases`); continue; }
      if (stub.hits * 100 < hits) { notes.push(`${stub.kind}: cold (${stub.hits} hits)`); continue; }
      const c = specializeStub(stub.kind, at, stub.fields, cx);
      if (typeof c === 'string') notes.push(`${stub.kind}: ${c}`);
      else { out.push(c); notes.push(`${stub.kind} inline (${stub.hits} hits)${c.note ? `, ${c.note}` : ''}`); }
    }
    this.report.site(fs, site, `${out.length > 0 ? 'specialized' : 'generic'} (${poly}): ${notes.join('; ')}`, out.length > 0);
    return out;
  }

  /** Whether an Arith or Compare site's recorded operands were int32 numbers (most of them, and
   *  nothing but numbers): then an inline int32 path is worth its guard. */
  int32Operands(site: Site, fs: FunctionScope): boolean {
    const fb = this.feedback.of(site);
    if (!fb) {
      this.report.site(fs, site, this.feedback.profiled(fs) ? 'generic: never reached while recording' : 'generic: no profile data');
      return false;
    }
    let int32 = 0, numbers = 0, all = 0;
    for (const t of fb.site.operandTypes) {
      all += t.count;
      const isNum = (x: string): boolean => x === 'int32' || x === 'double';
      if (isNum(t.left) && isNum(t.right)) numbers += t.count;
      if (t.left === 'int32' && t.right === 'int32') int32 += t.count;
    }
    const yes = all > 0 && numbers === all && int32 * 2 > all;
    const types = fb.site.operandTypes.map((t) => `${t.left},${t.right}×${t.count}`).join(' ');
    this.report.site(fs, site, yes ? `specialized: int32 inline (${types})` : `generic: operands ${types || 'none recorded'}`, yes);
    return yes;
  }

  /** Builtins whose code a guard compares with: path → the global set at initialization. */
  readonly builtinGlobals = new Map<string, string>();

  private context(shapes: SpecializeContext['shapes']): SpecializeContext {
    return {
      shapes,
      builtinCode: (path) => {
        let g = this.builtinGlobals.get(path);
        if (!g) this.builtinGlobals.set(path, g = `builtin:${path}`);
        return this.ctx().m.global.get(g, binaryen.i32);
      },
      inline: (site, target, thisValue) => inlineCall(site.fc, target.scope, site.f, thisValue, site.argv(), site.argc),
      shape: (index) => {
        const s = shapes[index];
        return s ? this.descriptors.of(s) : `shape ${index} is not in the profile`;
      },
      target: (field: StubFieldValue) => {
        if (!('function' in field)) return 'the call target is not a function';
        const fs = this.functionsByKey.get(functionKeyId(field.function));
        if (!fs) return 'the call target is not in this build';
        const ctx = this.ctx();
        const flags = functionFlags(fs);
        const key = functionKeyId(field.function);
        const instanceSlots = Math.min(MAX_PRESIZED_SLOTS, Math.max(0, ...shapes
          .filter((s) => 'functionPrototype' in s.root && functionKeyId(s.root.functionPrototype) === key)
          .map((s) => s.keys.length)));
        return { name: ctx.functionName(fs), tableIndex: ctx.tableIndex(fs), scope: fs, instanceSlots,
          ordinaryConstructor: (flags & FF_CONSTRUCTOR) !== 0 && (flags & FF_DERIVED) === 0 };
      },
    };
  }
}
