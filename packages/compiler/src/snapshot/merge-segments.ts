// Wizer writes one data segment per non-zero stretch of memory, and V8 pays ~15 ns per segment at
// instantiation. Merging segments whose gap is small (copying a few zero bytes is cheaper) makes
// startup faster. This rewrites the data section of the binary directly (no re-encoding of the
// code), and must be the last step: optimizing afterwards would split the segments again.

/** Gap in bytes below which two segments are merged (about the cost of one segment). */
const MAX_GAP = 32;

import { Cursor, sections, leb, sleb, encodeSection, concat } from './wasm-binary.js';

const SECTION_DATA = 11;
const SECTION_DATA_COUNT = 12;

interface Segment { offset: number; data: Uint8Array }

/** Active segments of a data section (memory 0, i32.const offsets); empty passive segments,
 *  which Wizer leaves in place of the input's, are dropped. */
function readSegments(r: Cursor): Segment[] {
  const segs: Segment[] = [];
  for (let n = r.u32(); n > 0; n--) {
    const flags = r.u32();
    if (flags === 1) {
      const len = r.u32();
      if (len !== 0) throw new Error('merge-segments: unexpected non-empty passive data segment');
      continue;
    }
    if (flags === 2 && r.u32() !== 0) throw new Error('merge-segments: data for a memory other than 0');
    if (flags !== 0 && flags !== 2) throw new Error(`merge-segments: unknown data segment flags ${flags}`);
    if (r.b[r.p++] !== 0x41) throw new Error('merge-segments: data offset is not an i32.const');
    const offset = r.i32() >>> 0;
    if (r.b[r.p++] !== 0x0b) throw new Error('merge-segments: data offset expression too long');
    const len = r.u32();
    segs.push({ offset, data: r.b.subarray(r.p, r.p + len) });
    r.p += len;
  }
  return segs;
}

/** Segments closer than MAX_GAP joined: runs are found first, then each is copied once (joining
 *  pairwise would copy a growing run again at every step). */
function merge(segs: Segment[]): Segment[] {
  const sorted = [...segs].sort((a, b) => a.offset - b.offset);
  const out: Segment[] = [];
  for (let i = 0; i < sorted.length;) {
    const start = sorted[i].offset;
    let end = start + sorted[i].data.length, j = i + 1;
    while (j < sorted.length && sorted[j].offset - end <= MAX_GAP) {
      end = Math.max(end, sorted[j].offset + sorted[j].data.length);
      j++;
    }
    if (j === i + 1) out.push(sorted[i]);
    else {
      const data = new Uint8Array(end - start);
      for (let k = i; k < j; k++) data.set(sorted[k].data, sorted[k].offset - start);
      out.push({ offset: start, data });
    }
    i = j;
  }
  return out;
}

/** The module with its data segments merged (and its data count section kept in step). */
export function mergeDataSegments(wasm: Uint8Array): Uint8Array {
  const all = sections(wasm);
  const data = all.find((s) => s.id === SECTION_DATA);
  const merged = data ? merge(readSegments(new Cursor(wasm, data.bodyStart))) : [];
  const parts: Uint8Array[] = [wasm.subarray(0, 8)];
  for (const s of all) {
    if (s.id === SECTION_DATA) {
      const body: (number[] | Uint8Array)[] = [leb(merged.length)];
      for (const m of merged) body.push([0, 0x41, ...sleb(m.offset | 0), 0x0b, ...leb(m.data.length)], m.data);
      parts.push(encodeSection(SECTION_DATA, body));
    } else if (s.id === SECTION_DATA_COUNT) parts.push(encodeSection(SECTION_DATA_COUNT, [leb(merged.length)]));
    else parts.push(wasm.subarray(s.start, s.end));
  }
  return concat(parts);
}
