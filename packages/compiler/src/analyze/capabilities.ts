// Which WASI capabilities (clock, sleep, randomness, args, environment) a program can reach. Every
// builtin is reachable from the global object, so binaryen alone keeps every WASI import; this pass
// proves, from the program's references to globals, that a capability's builtins cannot be reached,
// and the linker then replaces the capability's imports with ENOSYS stubs (link/wasi-imports.ts).
//
// The proof is conservative. A program that can reach the global object itself (`globalThis`,
// `global`, or `this` in sloppy code, which is the global object for a plain call) can reach
// every builtin by reflection: it keeps every capability. Otherwise a global `G` is reached only
// where the program names it: as `G.member` (a non-computed member access, reaching only that
// member) or in any other use (reaching all of `G`, e.g. `const { argv } = process`).
import type * as ESTree from 'estree';
import type { Analysis } from './scope.js';

export type Capability = 'clock' | 'sleep' | 'random' | 'args' | 'env' | 'stdin';

export interface CapabilityInfo {
  readonly name: Capability;
  /** The WASI preview1 functions behind it. */
  readonly imports: readonly string[];
  /** The global paths (`G` or `G.member`) whose builtins use it. */
  readonly reachedBy: readonly string[];
}

/** One row per capability: which imports it needs and which builtins reach it (engine sources:
 *  io/clock.ts, io/sleep.ts, builtins/math.ts, host/wasi-args.ts, host/stdio-bytes.ts and their callers). */
export const CAPABILITIES: readonly CapabilityInfo[] = [
  // Date reads the wall clock; timers read the event loop's monotonic clock.
  { name: 'clock', imports: ['clock_time_get'], reachedBy: ['Date', 'setTimeout', 'setInterval'] },
  // The event loop sleeps only while a timer is pending.
  { name: 'sleep', imports: ['poll_oneoff'], reachedBy: ['setTimeout', 'setInterval'] },
  { name: 'random', imports: ['random_get'], reachedBy: ['Math.random'] },
  { name: 'args', imports: ['args_sizes_get', 'args_get'], reachedBy: ['process.argv'] },
  { name: 'env', imports: ['environ_sizes_get', 'environ_get'], reachedBy: ['process.env'] },
  // Only the serve ABI's runtime library reads stdin (host/stdio-bytes.ts).
  { name: 'stdin', imports: ['fd_read'], reachedBy: ['process._stdioBytes'] },
];

/** Globals that hand out the global object itself. */
const GLOBAL_OBJECT_NAMES = new Set(['globalThis', 'global']);

/** The capabilities `program` may use: all of them unless the analysis proves otherwise. */
export function reachableCapabilities(program: ESTree.Program, analysis: Analysis): Set<Capability> {
  const all = new Set(CAPABILITIES.map((c) => c.name));
  if (analysis.functions.some((fs) => fs.usesThis && !fs.strict && !fs.isArrow)) return all;
  const paths = globalPaths(program, analysis);
  if (paths === null) return all;
  const reached = new Set<Capability>();
  for (const c of CAPABILITIES) {
    if (c.reachedBy.some((p) => reaches(paths, p))) reached.add(c.name);
  }
  return reached;
}

/** Whether the program's global uses `paths` reach builtin path `p` (`G` or `G.member`). */
function reaches(paths: Set<string>, p: string): boolean {
  const dot = p.indexOf('.');
  const g = dot < 0 ? p : p.slice(0, dot);
  if (paths.has(g)) return true; // the whole global is in the program's hands
  if (dot < 0) return [...paths].some((q) => q.startsWith(g + '.'));
  return paths.has(p);
}

/** Every global the program names, as `G` (any use) or `G.member`; null if it names the global
 *  object itself. Driven by the analysis' references (every identifier it resolved), with the AST
 *  walked only for each identifier's parent. */
function globalPaths(program: ESTree.Program, analysis: Analysis): Set<string> | null {
  const parents = new Map<ESTree.Node, ESTree.Node>();
  const walk = (node: ESTree.Node): void => {
    for (const key of Object.keys(node)) {
      if (key === 'loc' || key === 'range') continue;
      const child = (node as unknown as Record<string, unknown>)[key];
      for (const c of Array.isArray(child) ? child : [child]) {
        if (isNode(c) && !parents.has(c)) { parents.set(c, node); walk(c); }
      }
    }
  };
  walk(program);
  const paths = new Set<string>();
  for (const [id, resolution] of analysis.references) {
    if (resolution !== null) continue;
    if (GLOBAL_OBJECT_NAMES.has(id.name)) return null;
    const parent = parents.get(id);
    const member = parent?.type === 'MemberExpression' && parent.object === id && !parent.computed
      && parent.property.type === 'Identifier' ? parent.property.name : null;
    paths.add(member === null ? id.name : `${id.name}.${member}`);
  }
  return paths;
}

function isNode(v: unknown): v is ESTree.Node {
  return typeof v === 'object' && v !== null && typeof (v as { type?: unknown }).type === 'string';
}
