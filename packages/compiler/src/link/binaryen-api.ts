// binaryen.js 132 functions whose TypeScript declarations are missing or differ from the JS
// (see ../shared/NOTES.md): declared once here, with the types they really have.
import binaryen from 'binaryen';

export interface DataSegment {
  /** Constant byte offset of an active segment. */
  offset: number;
  data: Uint8Array;
}

interface RawDataSegmentInfo { name: string; offset: number; data: ArrayBuffer; passive: boolean }
interface ModuleWithSegments {
  getNumDataSegments(): number;
  getDataSegmentByIndex(i: number): number;
  getDataSegmentInfo(seg: number): RawDataSegmentInfo;
}

/** The active data segments of `module`, in module order. */
export function dataSegments(module: binaryen.Module): DataSegment[] {
  const m = module as unknown as ModuleWithSegments;
  const out: DataSegment[] = [];
  for (let i = 0; i < m.getNumDataSegments(); i++) {
    const info = m.getDataSegmentInfo(m.getDataSegmentByIndex(i));
    if (info.passive) {
      // Wizer leaves the input's segments behind as empty passive ones; nothing refers to them.
      if (info.data.byteLength === 0) continue;
      throw new Error(`unexpected passive data segment ${info.name}`);
    }
    out.push({ offset: info.offset, data: new Uint8Array(info.data) });
  }
  return out;
}

/** Replace memory and all data segments. */
export function setMemoryWithSegments(module: binaryen.Module, pages: number, segments: DataSegment[]): void {
  module.setMemory(pages, 65536, null,
    segments.map((s) => ({ offset: module.i32.const(s.offset), data: s.data, passive: false })));
}

/** Set a table's initial and maximum size. */
export function setTableSize(module: binaryen.Module, table: string, size: number): void {
  const b = binaryen as unknown as {
    _BinaryenTableSetInitial(t: number, n: number): void;
    _BinaryenTableSetMax(t: number, n: number): void;
  };
  const ref = module.getTable(table);
  b._BinaryenTableSetInitial(ref, size);
  b._BinaryenTableSetMax(ref, size);
}

/** Initial pages of the module's memory. */
export function memoryPages(module: binaryen.Module): number {
  return (module.getMemoryInfo('0') as { initial: number }).initial;
}
