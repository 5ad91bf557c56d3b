// Wizer writes one data segment per non-zero stretch of memory, and V8 pays ~15 ns per segment at
// instantiation. Merging segments whose gap is small (copying a few zero bytes is cheaper) makes
// startup faster. This rewrites the data section of the binary directly (no re-encoding of the
// code), and must be the last step: optimizing afterwards would split the segments again.

/** Gap in bytes below which two segments are merged (about the cost of one segment). */
const MAX_GAP = 32;

const SECTION_DATA = 11;
const SECTION_DATA_COUNT = 12;

interface Segment { offset: number; data: Uint8Array }

class Reader {
  constructor(readonly b: Uint8Array, public p: number) {}
  u32(): number {
    let r = 0, s = 0, x: number;
    do { x = this.b[this.p++]; r += (x & 0x7f) * 2 ** s; s += 7; } while (x & 0x80);
    return r;
  }
  i32(): number {
    let r = 0, s = 0, x: number;
    do { x = this.b[this.p++]; r |= (x & 0x7f) << s; s += 7; } while (x & 0x80);
    if (s < 32 && (x & 0x40)) r |= -1 << s;
    return r;
  }
}

function leb(n: number): number[] {
  const out: number[] = [];
  do { let x = n & 0x7f; n = Math.floor(n / 128); if (n) x |= 0x80; out.push(x); } while (n);
  return out;
}
function sleb(n: number): number[] {
  const out: number[] = [];
  for (;;) {
    const x = n & 0x7f;
    n >>= 7;
    if ((n === 0 && !(x & 0x40)) || (n === -1 && (x & 0x40))) { out.push(x); return out; }
    out.push(x | 0x80);
  }
}

/** Active segments of a data section (memory 0, i32.const offsets); empty passive segments,
 *  which Wizer leaves in place of the input's, are dropped. */
function readSegments(r: Reader): Segment[] {
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

function encodeSection(id: number, body: number[][] | Uint8Array[]): Uint8Array {
  const size = body.reduce((n, part) => n + part.length, 0);
  const head = [id, ...leb(size)];
  const out = new Uint8Array(head.length + size);
  out.set(head, 0);
  let p = head.length;
  for (const part of body) { out.set(part, p); p += part.length; }
  return out;
}

/** The module with its data segments merged. */
export function mergeDataSegments(wasm: Uint8Array): Uint8Array {
  const parts: Uint8Array[] = [wasm.subarray(0, 8)];
  let count = -1;
  const r = new Reader(wasm, 8);
  while (r.p < wasm.length) {
    const start = r.p;
    const id = wasm[r.p++];
    const size = r.u32();
    const bodyStart = r.p;
    r.p = bodyStart + size;
    if (id === SECTION_DATA) {
      const merged = merge(readSegments(new Reader(wasm, bodyStart)));
      count = merged.length;
      const body: (number[] | Uint8Array)[] = [leb(merged.length)];
      for (const s of merged) body.push([0, 0x41, ...sleb(s.offset | 0), 0x0b, ...leb(s.data.length)], s.data);
      parts.push(encodeSection(SECTION_DATA, body as Uint8Array[]));
    } else if (id === SECTION_DATA_COUNT) {
      parts.push(new Uint8Array([0xff])); // placeholder, replaced below
    } else {
      parts.push(wasm.subarray(start, r.p));
    }
  }
  const fixed = parts.map((p) => (p.length === 1 && p[0] === 0xff ? encodeSection(SECTION_DATA_COUNT, [leb(Math.max(count, 0))]) : p));
  const out = new Uint8Array(fixed.reduce((n, p) => n + p.length, 0));
  let p = 0;
  for (const part of fixed) { out.set(part, p); p += part.length; }
  return out;
}
