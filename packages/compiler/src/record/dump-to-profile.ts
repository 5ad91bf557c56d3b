// Turns what the recorder of an instrumented build saw (the JSON `pgo_profile_dump` returns; engine
// ic/profile-dump.ts) into a profile: engine numbers become source keys through the build's source
// map — sites by kind and original position, functions and call targets by function key, shape
// roots by the function whose `prototype` they are — and stub kinds become the table's names.
import { stubKinds, operandTypes } from '@pgo/engine';
import type {
  Profile, FunctionProfile, SiteProfile, StubProfile, StubFieldValue, Shape, ShapeRoot, FunctionKey,
  OperandTypeCount, Provenance,
} from '@pgo/profile';
import type { ProgramSourceMap } from '../ir/source-map.js';

/** The dump's JSON. A field is null, a number, a string, { shape } or { function } (table index). */
type RawField = null | number | string | { shape: number } | { function: number };
interface RawDump {
  functions: number[];
  sites: [number, number, [number, RawField, RawField, RawField, number][]][];
  branches: [number, number, number][];
  loops: [number, number, number][];
  shapes: { root: string | { function: number }; keys: [string, number][] }[];
}

/** Operand-type entries carry kind OPERANDS + left * 16 + right (engine ic/recorder.ts). */
const OPERANDS = 0x100;

export function dumpToProfile(json: string, map: ProgramSourceMap, provenance: Provenance): Profile {
  const raw = JSON.parse(json) as RawDump;
  const byTable = new Map(map.functions.map((f) => [f.tableIndex, f]));
  const functionKey = (tableIndex: number): FunctionKey => {
    const f = byTable.get(tableIndex);
    if (!f) throw new Error(`recorded function table index ${tableIndex} is not in this build`);
    return f.key;
  };
  const shapes: Shape[] = raw.shapes.map((s) => ({
    root: shapeRoot(s.root, functionKey),
    keys: s.keys.map(([name, attributes]) => ({ name: symbolName(name), attributes })),
  }));
  const functions = new Map<number, FunctionProfile>(map.functions.map((f) => [f.id, {
    key: f.key, sourceHash: f.sourceHash, entryCount: raw.functions[f.id] ?? 0, sites: [], branches: [], loops: [],
  }]));
  for (const [siteId, fallbackHits, entries] of raw.sites) {
    const src = map.sites[siteId];
    const stubs: StubProfile[] = [];
    const operands: OperandTypeCount[] = [];
    for (const [kind, f0, f1, f2, hits] of entries) {
      if (kind >= OPERANDS) {
        const t = kind - OPERANDS;
        operands.push({ left: operandTypes[t >> 4], right: operandTypes[t & 15] ?? '', count: hits });
        continue;
      }
      const row = stubKinds[kind - 1];
      const fields = row.fields.map((field, i) => stubField(field.type, [f0, f1, f2][i], functionKey));
      stubs.push({ kind: row.name, fields, hits });
    }
    const site: SiteProfile = {
      key: { kind: src.kind, line: src.line, column: src.column, ordinal: src.ordinal },
      stubs, fallbackHits, operandTypes: operands,
    };
    functions.get(src.func)!.sites.push(site);
  }
  for (const [id, taken, notTaken] of raw.branches) {
    const at = map.branches[id];
    functions.get(at.func)!.branches.push({ line: at.line, column: at.column, taken, notTaken });
  }
  for (const [id, entries, iterations] of raw.loops) {
    const at = map.loops[id];
    functions.get(at.func)!.loops.push({ line: at.line, column: at.column, entries, iterations });
  }
  return { formatVersion: 1, provenance, shapes, functions: [...functions.values()].filter((f) => f.entryCount > 0 || f.sites.length > 0) };
}

function shapeRoot(root: string | { function: number }, functionKey: (t: number) => FunctionKey): ShapeRoot {
  if (typeof root !== 'string') return { functionPrototype: functionKey(root.function) };
  return root === 'unknown' ? { unknown: true } : { intrinsic: root };
}

/** "Symbol(Symbol.iterator)" is the well-known @@iterator; other symbols keep their text. */
function symbolName(name: string): string {
  const m = /^Symbol\(Symbol\.(\w+)\)$/.exec(name);
  return m ? `@@${m[1]}` : name;
}

function stubField(type: string, v: RawField, functionKey: (t: number) => FunctionKey): StubFieldValue {
  if (v !== null && typeof v === 'object' && 'shape' in v) return { shape: v.shape };
  if (v !== null && typeof v === 'object' && 'function' in v) return { function: functionKey(v.function) };
  if (type === 'name') return { name: String(v) };
  return { u32: Number(v) };
}
