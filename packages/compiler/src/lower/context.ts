// What the lowering of every function shares: the module, the engine's runtime entry points, the
// analysis, the site table and the constant pool.
import binaryen from 'binaryen';
import { PointTable } from '../ir/sites.js';
import type { Analysis, Binding, FunctionScope } from '../analyze/scope.js';
import { bindingsNeedingTdz } from '../analyze/tdz.js';
import type { SiteTable } from '../ir/sites.js';
import type { ConstantPool } from '../ir/constants.js';
import type { RuntimeFunction, RuntimeGlobal } from '@pgo/engine';
import { Wasm } from './wasm.js';
import type { Specializer } from '../specialize/specializer.js';
import type { ShapeDescriptors } from '../specialize/shape-descriptors.js';

/** Resolves engine exports to the internal names generated code calls. */
export interface Runtime {
  fn(name: RuntimeFunction): string;
  global(name: RuntimeGlobal): string;
  /** The function table generated functions are appended to. */
  readonly table: string;
  /** Table index of the first generated function. */
  readonly firstTableIndex: number;
}

/** Maps a bundle offset to `file:line:column` text for messages. */
export type Locator = (offset: number) => string;

export class ProgramContext {
  readonly w: Wasm;
  /** Frame slots used by bindings, per function (set by planSlots). */
  readonly frameBindings = new Map<FunctionScope, number>();
  /** Functions whose bodies can suspend (generators, async functions): each has a second Wasm
   *  function, its coroutine body, appended to the table after all function entries. */
  readonly coroutines: FunctionScope[];
  /** Tagged template sites numbered so far (engine runtime-syntax.ts keeps their objects). */
  templateSites = 0;
  /** Record mode: sites report to the engine's recorder (lower/record.ts). */
  record = false;
  /** A profile-guided build: the profile's stubs become inline cases (specialize/). */
  specializer: Specializer | null = null;
  /** let/const bindings that may be used before their declaration runs (analyze/tdz.ts). */
  readonly tdzBindings: ReadonlySet<Binding>;
  /** Branches and loops, counted in record mode. */
  readonly branches = new PointTable();
  readonly loops = new PointTable();
  constructor(
    readonly m: binaryen.Module,
    readonly rt: Runtime,
    readonly analysis: Analysis,
    readonly sites: SiteTable,
    readonly constants: ConstantPool,
    readonly source: string,
    readonly icBaseGlobal: string,
    /** The shapes generated code names: those profile-guided guards compare with and those object
     *  literals create. */
    readonly descriptors: ShapeDescriptors,
  ) {
    this.w = new Wasm(m);
    this.coroutines = analysis.functions.filter((fs) => fs.isCoroutine);
    this.tdzBindings = bindingsNeedingTdz(analysis);
  }

  functionName(fs: FunctionScope): string { return `js:${fs.id}:${functionDisplayName(fs) || 'anonymous'}`; }
  tableIndex(fs: FunctionScope): number { return this.rt.firstTableIndex + fs.id; }
  /** The coroutine body of generator or async function `fs` (asyncify-onlylist names it). */
  bodyName(fs: FunctionScope): string { return `co:${fs.id}`; }
  bodyTableIndex(fs: FunctionScope): number {
    return this.rt.firstTableIndex + this.analysis.functions.length + this.coroutines.indexOf(fs);
  }
  infoGlobal(fs: FunctionScope): string { return `info:${fs.id}`; }
}

/** The name a function literal gets (`name` property): its id, or the name it is assigned to. */
export function functionDisplayName(fs: FunctionScope): string {
  const n = fs.node as { id?: { name: string } | null; inferredName?: string; writtenName?: string };
  if (n.id) return n.writtenName ?? n.id.name;
  return n.inferredName ?? '';
}
