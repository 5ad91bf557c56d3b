// The parts of a module's binary the startup measurements look at: its sections, and the data
// segments with the 4 KiB pages they write. V8 copies the segments into each instance's fresh
// memory, and every page written costs a page fault.

const leb = (b, at) => {
  let r = 0, s = 0, x;
  do { x = b[at.p++]; r += (x & 0x7f) * 2 ** s; s += 7; } while (x & 0x80);
  return r;
};

/** The sections of `wasm`: id and where the whole section (id byte to end) lies. */
export function sections(wasm) {
  const out = [];
  const at = { p: 8 };
  while (at.p < wasm.length) {
    const start = at.p, id = wasm[at.p++], size = leb(wasm, at);
    out.push({ id, start, end: at.p + size, bodyStart: at.p });
    at.p += size;
  }
  return out;
}

/** `wasm` without its sections of id `id` (a variant for measurements: it no longer runs). */
export function withoutSection(wasm, id) {
  const parts = [wasm.subarray(0, 8), ...sections(wasm).filter((s) => s.id !== id).map((s) => wasm.subarray(s.start, s.end))];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let p = 0;
  for (const part of parts) { out.set(part, p); p += part.length; }
  return out;
}

/** The data section: segment count, section bytes, the segments (offset, size) and the number of
 *  4 KiB pages they write. Only active segments with an i32.const offset (what pgo emits). */
export function dataSegments(wasm) {
  const data = sections(wasm).find((s) => s.id === 11);
  if (!data) return { count: 0, bytes: 0, segments: [], pages: 0 };
  const at = { p: data.bodyStart };
  const count = leb(wasm, at), segments = [], pages = new Set();
  for (let i = 0; i < count; i++) {
    if (leb(wasm, at) !== 0 || wasm[at.p++] !== 0x41) throw new Error('data segment: not active with an i32.const offset');
    const offset = leb(wasm, at); // a signed LEB, read alike for offsets below 2^31
    at.p++; // end
    const size = leb(wasm, at);
    segments.push({ offset, size });
    for (let page = Math.floor(offset / 4096); size > 0 && page <= Math.floor((offset + size - 1) / 4096); page++) pages.add(page);
    at.p += size;
  }
  return { count, bytes: data.end - data.bodyStart, segments, pages: pages.size };
}
