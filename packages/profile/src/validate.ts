// Checks a profile against the schema's invariants and the engine's stub table, before it is
// written and after it is read: a profile that passes is safe to specialize on (DESIGN.md
// contract 7: a corrupt or foreign profile is a clear error, never a wrong build). Two functions
// or two sites with one key are refused: their data cannot be told apart. Equal stubs at a site
// are not: distinct runtime shapes may name the same symbolic shape, and canonicalize sums them.
import { operandTypes, stubKinds } from '@pgo/engine';
import { ProfileError, messages } from './errors.js';
import { describeFunction, describeSite, functionKeyId, siteKeyId } from './keys.js';
import { PROFILE_FORMAT_VERSION, siteKinds } from './types.js';
import type { FunctionKey, FunctionProfile, Profile, Shape, SiteProfile, StubFieldValue } from './types.js';

const U32_MAX = 0xffff_ffff;

/** Throws a ProfileError naming `file` at the first violation. */
export function validateProfile(p: Profile, file: string): void {
  new Validator(file, p.shapes).profile(p);
}

/** The stub table's type name for a field value's member. */
export function fieldType(f: StubFieldValue): string {
  return 'shape' in f ? 'shape' : 'function' in f ? 'function' : 'u32' in f ? 'u32' : 'name';
}

class Validator {
  constructor(private readonly file: string, private readonly shapes: readonly Shape[]) {}

  profile(p: Profile): void {
    if (p.formatVersion !== PROFILE_FORMAT_VERSION) this.fail(messages.formatVersion(p.formatVersion));
    for (const w of p.provenance.workloads) {
      this.u32('workload weight', w.weight, `workload ${w.name}`);
      this.u32('workload runs', w.runs, `workload ${w.name}`);
    }
    p.shapes.forEach((shape, i) => this.shape(shape, `shape ${i}`));
    const keys = new Set<string>();
    for (const fn of p.functions) {
      this.unique(keys, functionKeyId(fn.key), `function ${describeFunction(fn.key)}`);
      this.function(fn);
    }
  }

  private shape(shape: Shape, where: string): void {
    if ('functionPrototype' in shape.root) this.functionKey(shape.root.functionPrototype, where);
    for (const key of shape.keys) this.u32('attributes', key.attributes, `${where}, key ${key.name}`);
  }

  private function(fn: FunctionProfile): void {
    const where = describeFunction(fn.key);
    this.functionKey(fn.key, where);
    this.count('entry count', fn.entryCount, where);
    const sites = new Set<string>();
    for (const site of fn.sites) {
      this.unique(sites, siteKeyId(site.key), describeSite(fn.key, site.key));
      this.site(site, fn.key);
    }
    const branches = new Set<string>();
    for (const b of fn.branches) {
      const at = `branch at ${b.line}:${b.column} in ${where}`;
      this.position(b, at, branches);
      this.count('taken count', b.taken, at);
      this.count('not-taken count', b.notTaken, at);
    }
    const loops = new Set<string>();
    for (const l of fn.loops) {
      const at = `loop at ${l.line}:${l.column} in ${where}`;
      this.position(l, at, loops);
      this.count('loop entries', l.entries, at);
      this.count('loop iterations', l.iterations, at);
    }
  }

  private site(site: SiteProfile, fn: FunctionKey): void {
    const where = describeSite(fn, site.key);
    if (!(siteKinds as readonly string[]).includes(site.key.kind)) this.fail(messages.unknownSiteKind(site.key.kind, where));
    this.u32('line', site.key.line, where);
    this.u32('column', site.key.column, where);
    this.u32('ordinal', site.key.ordinal, where);
    this.count('fallback hits', site.fallbackHits, where);

    for (const stub of site.stubs) {
      const row = stubKinds.find((k) => k.name === stub.kind);
      if (!row) return this.fail(messages.unknownStubKind(stub.kind, where));
      if (row.site !== site.key.kind) this.fail(messages.stubAtWrongSite(stub.kind, where));
      const got = stub.fields.map(fieldType).join(', ');
      const expected = row.fields.map((f) => f.type).join(', ');
      if (got !== expected) this.fail(messages.stubFields(stub.kind, got, expected, where));
      for (const f of stub.fields) {
        if ('shape' in f && !(Number.isInteger(f.shape) && f.shape >= 0 && f.shape < this.shapes.length)) {
          this.fail(messages.shapeIndex(f.shape, this.shapes.length, where));
        }
        if ('u32' in f) this.u32(`field of ${stub.kind}`, f.u32, where);
        if ('function' in f) this.functionKey(f.function, where);
      }
      this.count('stub hits', stub.hits, where);
    }

    for (const t of site.operandTypes) {
      if (!operandTypes.includes(t.left)) this.fail(messages.unknownOperandType(t.left, where));
      if (t.right !== '' && !operandTypes.includes(t.right)) this.fail(messages.unknownOperandType(t.right, where));
      this.count('operand type count', t.count, where);
    }
  }

  private position(item: { line: number; column: number }, where: string, seen: Set<string>): void {
    this.u32('line', item.line, where);
    this.u32('column', item.column, where);
    this.unique(seen, `${item.line}:${item.column}`, where);
  }

  private functionKey(k: FunctionKey, where: string): void {
    this.u32('line', k.line, where);
    this.u32('column', k.column, where);
  }

  private u32(what: string, v: number, where: string): void {
    if (!Number.isInteger(v) || v < 0 || v > U32_MAX) this.fail(messages.badNumber(what, v, where));
  }

  private count(what: string, v: number, where: string): void {
    if (!Number.isSafeInteger(v) || v < 0) this.fail(messages.badNumber(what, v, where));
  }

  private unique(seen: Set<string>, id: string, what: string): void {
    if (seen.has(id)) this.fail(messages.duplicate(what));
    seen.add(id);
  }

  private fail(reason: string): never {
    throw new ProfileError(this.file, reason);
  }
}
