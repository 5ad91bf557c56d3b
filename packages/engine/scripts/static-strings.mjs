// The engine's string literals one byte a character (assembly/string/static.ts says why). On asc's
// unoptimized module, as text: each literal that only code refers to loses its data segment (a
// UTF-16 copy behind a 20-byte header) and gets its characters in one packed segment after the
// engine's data; each `i32.const` of its address in code becomes
// `call staticString(address, packed characters, length)`, and so does each `global.get` of an
// immutable global holding it. Kept as they are: empty literals, literals that static data or a
// mutable global refers to (those pointers never pass through code), and any literal of another
// shape than AssemblyScript's static strings.
import binaryen from 'binaryen';

const HEADER = 20;
const STRING_ID = 2; // idof<String>() in AssemblyScript
const EXPORT = 'staticString';

/** asc's data segments, with their names, from the module. */
function segments(module) {
  const out = [];
  for (let i = 0; i < module.getNumDataSegments(); i++) {
    const info = module.getDataSegmentInfo(module.getDataSegmentByIndex(i));
    if (info.passive) throw new Error(`static-strings: unexpected passive segment ${info.name}`);
    out.push({ name: info.name, offset: info.offset, data: new Uint8Array(info.data) });
  }
  return out;
}

/** The literal a segment is, if it is exactly one AssemblyScript static string of Latin-1
 *  characters (then its zero padding): { at (payload address), chars }. */
function literalOf(seg) {
  const d = seg.data, v = new DataView(d.buffer, d.byteOffset, d.byteLength);
  if (d.length < HEADER || (seg.offset + HEADER) % 16 !== 0) return null;
  if (v.getUint32(4, true) !== 0 || v.getUint32(8, true) !== 0 || v.getUint32(12, true) !== STRING_ID) return null;
  const size = v.getUint32(16, true);
  if (size === 0 || size % 2 || HEADER + size > d.length) return null;
  if (v.getUint32(0, true) !== ((size + HEADER + 15) & ~15) - 4) return null;
  for (let i = HEADER + size; i < d.length; i++) if (d[i] !== 0) return null;
  const chars = new Uint8Array(size / 2);
  for (let i = 0; i < chars.length; i++) {
    const c = v.getUint16(HEADER + 2 * i, true);
    if (c > 255) return null;
    chars[i] = c;
  }
  return { at: seg.offset + HEADER, chars };
}

/** Addresses that static data holds (4-byte aligned words), which may be pointers to literals. */
function wordsInData(segs) {
  const words = new Set();
  for (const s of segs) {
    const v = new DataView(s.data.buffer, s.data.byteOffset, s.data.byteLength);
    for (let i = (4 - (s.offset % 4)) % 4; i + 4 <= s.data.length; i += 4) words.add(v.getUint32(i, true));
  }
  return words;
}

const hex = (bytes) => Array.from(bytes, (b) => '\\' + b.toString(16).padStart(2, '0')).join('');

/** The module with its literals packed; `module` itself is left as it was. */
export function packStaticStrings(module, features) {
  const segs = segments(module);
  const text = module.emitText();
  const fn = new RegExp(`^\\s*\\(export "${EXPORT}" \\(func \\$(\\S+)\\)\\)$`, 'm').exec(text);
  if (!fn) throw new Error(`static-strings: the engine does not export ${EXPORT}`);
  const referenced = wordsInData(segs);
  const globals = new Map(); // immutable global → payload address
  const pinned = new Set();
  for (const m of text.matchAll(/^\s*\(global \$(\S+) (\(mut i32\)|i32) \(i32\.const (-?\d+)\)\)$/gm)) {
    if (m[2] === 'i32') globals.set(m[1], Number(m[3]));
    else pinned.add(Number(m[3]));
  }
  const moved = new Map(); // payload address → { src, len, segment name }
  const packed = [];
  const dataEnd = Math.max(...segs.map((s) => s.offset + s.data.length));
  const base = (dataEnd + 15) & ~15;
  let packedLength = 0;
  for (const s of segs) {
    const lit = literalOf(s);
    if (!lit || pinned.has(lit.at) || referenced.has(lit.at)) continue;
    moved.set(lit.at, { src: base + packedLength, len: lit.chars.length, name: s.name, start: s.offset, end: s.offset + s.data.length });
    packed.push(lit.chars);
    packedLength += lit.chars.length;
  }
  const call = (at) => { const l = moved.get(at); return `(call $${fn[1]} (i32.const ${at}) (i32.const ${l.src}) (i32.const ${l.len}))`; };
  const ranges = [...moved.values()].sort((a, b) => a.start - b.start);
  const insideMoved = (n) => {
    let lo = 0, hi = ranges.length - 1;
    while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (ranges[mid].start <= n) lo = mid; else hi = mid - 1; }
    return ranges.length > 0 && n >= ranges[lo].start && n < ranges[lo].end;
  };
  const removed = new Set([...moved.values()].map((l) => l.name));
  const out = [];
  for (const line of text.split('\n')) {
    const data = /^\s*\(data \$(\S+) /.exec(line);
    if (data) { if (!removed.has(data[1])) out.push(line); continue; }
    if (/^\s*\(global /.test(line)) { out.push(line); continue; }
    if (line.includes(`(export "${EXPORT}"`)) continue;
    out.push(line
      .replace(/\(i32\.const (-?\d+)\)/g, (m, n) => {
        const at = Number(n);
        if (moved.has(at)) return call(at);
        // Code that computes an address inside a literal from a constant would read the zeros.
        if (insideMoved(at)) throw new Error(`static-strings: constant ${at} lies inside a string literal`);
        return m;
      })
      .replace(/\(global\.get \$(\S+?)\)/g, (m, g) => (globals.has(g) && moved.has(globals.get(g)) ? call(globals.get(g)) : m)));
  }
  // The packed characters after the engine's data; the memory holds them already (asc sizes it
  // with room to spare), or the build stops.
  const mem = /^\s*\(memory \$\S+ (\d+)/m.exec(text);
  if (!mem || Number(mem[1]) * 65536 < base + packedLength) throw new Error('static-strings: no room for the packed literals');
  const bytes = new Uint8Array(packedLength);
  let at = 0;
  for (const p of packed) { bytes.set(p, at); at += p.length; }
  const last = out.findLastIndex((l) => /^\s*\(data /.test(l));
  out.splice(last + 1, 0, ` (data $static-strings (i32.const ${base}) "${hex(bytes)}")`);
  const result = binaryen.parseText(out.join('\n'));
  result.setFeatures(features);
  if (!result.validate()) throw new Error('static-strings: the rewritten engine does not validate');
  return { module: result, literals: moved.size, kept: segs.filter(literalOf).length - moved.size, packedBytes: packedLength };
}
