// Linking: generated functions are lowered straight into a copy of the engine module. This file
// opens that module, resolves the engine's exported entry points to internal names, and at the end
// lays out memory (IC cells, literal text, heap start), appends the generated functions to the
// function table and removes the engine-only exports so dead engine code can be dropped.
import fs from 'node:fs';
import binaryen from 'binaryen';
import { engineWasmPath, runtimeExports, runtimeGlobals, type RuntimeFunction, type RuntimeGlobal } from '@pgo/engine';
import type { Runtime } from '../lower/context.js';
import { dataSegments, setMemoryWithSegments, setTableSize, memoryPages } from './binaryen-api.js';

/** The Wasm features pgo's output may use (../shared/DESIGN.md, contract 9). Optimization never
 *  introduces others. BulkMemoryOpt (not BulkMemory) allows memory.copy/fill but not data.drop. */
export const FEATURES = binaryen.Features.MVP | binaryen.Features.MutableGlobals |
  binaryen.Features.SignExt | binaryen.Features.NontrappingFPToInt | binaryen.Features.Multivalue |
  binaryen.Features.BulkMemoryOpt | binaryen.Features.SIMD128 | binaryen.Features.TailCall;

let engineBytes: Uint8Array | null = null;

/** The engine module, read once per process. */
function engine(): Uint8Array {
  engineBytes ??= fs.readFileSync(engineWasmPath);
  return engineBytes;
}

export interface EngineModule {
  module: binaryen.Module;
  runtime: Runtime;
}

/** A fresh copy of the engine module to lower a program into. */
export function openEngine(): EngineModule {
  const module = binaryen.readBinary(engine());
  module.setFeatures(FEATURES);
  const fns = new Map<string, string>();
  const globals = new Map<string, string>();
  for (let i = 0; i < module.getNumExports(); i++) {
    const info = binaryen.getExportInfo(module.getExportByIndex(i));
    if (info.kind === binaryen.ExternalFunction) fns.set(info.name, info.value);
    else if (info.kind === binaryen.ExternalGlobal) globals.set(info.name, info.value);
  }
  for (const n of runtimeExports) if (!fns.has(n)) throw new Error(`engine does not export ${n}`);
  for (const n of runtimeGlobals) if (!globals.has(n)) throw new Error(`engine does not export global ${n}`);
  const tableRef = module.getTableByIndex(0);
  const table = binaryen.getTableInfo(tableRef);
  const runtime: Runtime = {
    fn: (name: RuntimeFunction) => fns.get(name)!,
    global: (name: RuntimeGlobal) => globals.get(name)!,
    table: table.name,
    firstTableIndex: table.initial,
  };
  return { module, runtime };
}

export interface MemoryPlan {
  /** Base address of the IC cells. */
  icBase: number;
  /** Base address of the literal text blob. */
  literalBase: number;
  /** First byte of the engine heap. */
  heapStart: number;
}

/** Place IC cells and literal data after the engine's static data; add the literal data segment
 *  and size the memory. */
export function layoutMemory(module: binaryen.Module, icBytes: number, literals: Uint8Array): MemoryPlan {
  const segments = dataSegments(module);
  const dataEnd = Math.max(1024, ...segments.map((s) => s.offset + s.data.byteLength));
  const align = (n: number) => (n + 15) & ~15;
  const icBase = align(dataEnd);
  const literalBase = align(icBase + icBytes);
  const heapStart = align(literalBase + literals.byteLength);
  if (literals.byteLength > 0) segments.push({ offset: literalBase, data: literals });
  // Room for the heap start and the shadow stack without an immediate memory.grow.
  const pages = Math.max(memoryPages(module), Math.ceil((heapStart + (2 << 20)) / 65536));
  setMemoryWithSegments(module, pages, segments);
  return { icBase, literalBase, heapStart };
}

/** Append `functions` to the table after the engine's entries and grow the table to fit. */
export function appendToTable(module: binaryen.Module, runtime: Runtime, functions: string[]): void {
  setTableSize(module, runtime.table, runtime.firstTableIndex + functions.length);
  if (functions.length) {
    module.addActiveElementSegment(runtime.table, 'pgo:functions', functions, module.i32.const(runtime.firstTableIndex));
  }
}

/** Remove every export but the module's own entry points. */
export function finalizeExports(module: binaryen.Module, keep: string[]): void {
  const names: string[] = [];
  for (let i = 0; i < module.getNumExports(); i++) {
    names.push(binaryen.getExportInfo(module.getExportByIndex(i)).name);
  }
  for (const n of names) if (!keep.includes(n)) module.removeExport(n);
}
