// Wizer writes one data segment per non-zero stretch of memory, and V8 pays ~15 ns per segment at
// instantiation. Merging segments whose gap is small (copying a few zero bytes is cheaper) makes
// startup faster. This must be the last step: optimizing afterwards would split them again.
import binaryen from 'binaryen';
import { FEATURES } from '../link/link.js';
import { dataSegments, setMemoryWithSegments, memoryPages, type DataSegment } from '../link/binaryen-api.js';

/** Gap in bytes below which two segments are merged (about the cost of one segment). */
const MAX_GAP = 32;

export function mergeDataSegments(wasm: Uint8Array): Uint8Array {
  const module = binaryen.readBinary(wasm);
  try {
    module.setFeatures(FEATURES);
    const segs = dataSegments(module).sort((a, b) => a.offset - b.offset);
    const merged: DataSegment[] = [];
    for (const s of segs) {
      const last = merged[merged.length - 1];
      if (last && s.offset - (last.offset + last.data.length) <= MAX_GAP) {
        const data = new Uint8Array(s.offset + s.data.length - last.offset);
        data.set(last.data, 0);
        data.set(s.data, s.offset - last.offset);
        last.data = data;
      } else merged.push({ ...s });
    }
    setMemoryWithSegments(module, memoryPages(module), merged);
    return module.emitBinary();
  } finally {
    module.dispose();
  }
}
