// The engine's string literals one byte a character (assembly/string/static.ts says why). On asc's
// unoptimized module, as text: each literal that only code refers to loses its data segment (a
// UTF-16 copy behind a 20-byte header) and gets its characters in one packed segment after the
// engine's data; each `i32.const` of its address in code becomes
// `call staticString(address, packed characters, length)`, and so does each `global.get` of an
// immutable global holding it. asc's static function objects (32 bytes for a table index, placed
// between the literals) lose their segments too, their uses becoming
// `call staticFunction(address, class id, index)`. Kept as they are: empty literals, objects that
// static data or a mutable global refers to (those pointers never pass through code), and any
// object of another shape.
import binaryen from 'binaryen';

const HEADER = 20;
const STRING_ID = 2; // idof<String>() in AssemblyScript
const EXPORTS = ['staticString', 'staticFunction'];

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

/** The function object a segment is, if it is exactly one of asc's (a table index below
 *  `tableSize`, no environment, then zero padding): { at, id, index }. The engine has no other
 *  static objects of 8 bytes (no StaticArray, no class instances). */
function functionOf(seg, tableSize) {
  const d = seg.data, v = new DataView(d.buffer, d.byteOffset, d.byteLength);
  if (d.length !== 32 || (seg.offset + HEADER) % 16 !== 0) return null;
  if (v.getUint32(0, true) !== 28 || v.getUint32(4, true) !== 0 || v.getUint32(8, true) !== 0) return null;
  const id = v.getUint32(12, true), index = v.getUint32(HEADER, true);
  if (id <= STRING_ID || v.getUint32(16, true) !== 8 || index >= tableSize) return null;
  for (let i = HEADER + 4; i < 32; i++) if (d[i] !== 0) return null;
  return { at: seg.offset + HEADER, id, index };
}

/** Addresses that static objects hold (4-byte aligned words), which may be pointers to literals.
 *  Only asc's objects (a segment that starts with an object header) can hold one: the engine's
 *  memory.data tables are numbers, where a word equal to a literal's address is a coincidence
 *  that would keep the literal in the snapshot. */
function wordsInData(segs) {
  const words = new Set();
  for (const s of segs) {
    const header = new DataView(s.data.buffer, s.data.byteOffset, s.data.byteLength);
    if (s.data.length < HEADER || (s.offset + HEADER) % 16 !== 0 || header.getUint32(4, true) !== 0 || header.getUint32(8, true) !== 0) continue;
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
  const fns = EXPORTS.map((name) => {
    const m = new RegExp(`^\\s*\\(export "${name}" \\(func \\$(\\S+)\\)\\)$`, 'm').exec(text);
    if (!m) throw new Error(`static-strings: the engine does not export ${name}`);
    return m[1];
  });
  const table = /^\s*\(table \$\S+ (\d+)/m.exec(text);
  const referenced = wordsInData(segs);
  const globals = new Map(); // immutable global → payload address
  const pinned = new Set();
  for (const m of text.matchAll(/^\s*\(global \$(\S+) (\(mut i32\)|i32) \(i32\.const (-?\d+)\)\)$/gm)) {
    if (m[2] === 'i32') globals.set(m[1], Number(m[3]));
    else pinned.add(Number(m[3]));
  }
  // A constant inside an object (not at its start) may be code's address arithmetic folded into
  // a constant, or a number that happens to fall there (fdlibm's log has 0x6147a): either way
  // the object stays where it is.
  const code = text.split('\n').filter((line) => !/^\s*\(data /.test(line)).join('\n');
  const constants = [...new Set(Array.from(code.matchAll(/\(i32\.const (-?\d+)\)/g), (m) => Number(m[1])))].sort((a, b) => a - b);
  const hasInterior = (start, end, at) => {
    let lo = 0, hi = constants.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (constants[mid] < start) lo = mid + 1; else hi = mid; }
    for (let i = lo; i < constants.length && constants[i] < end; i++) if (constants[i] !== at) return true;
    return false;
  };
  const dataEnd = Math.max(...segs.map((s) => s.offset + s.data.length));
  const base = (dataEnd + 15) & ~15;
  const moved = new Map(); // payload address → { call, segment name, start, end }
  const packed = [];
  let packedLength = 0, literals = 0, functions = 0;
  for (const s of segs) {
    const lit = literalOf(s);
    const fn = lit ? null : functionOf(s, table ? Number(table[1]) : 0);
    const at = lit?.at ?? fn?.at;
    if (at === undefined || pinned.has(at) || referenced.has(at) || hasInterior(s.offset, s.offset + s.data.length, at)) continue;
    const where = { name: s.name, start: s.offset, end: s.offset + s.data.length };
    if (lit) {
      moved.set(at, { ...where, call: `(call $${fns[0]} (i32.const ${at}) (i32.const ${base + packedLength}) (i32.const ${lit.chars.length}))` });
      packed.push(lit.chars);
      packedLength += lit.chars.length;
      literals++;
    } else {
      moved.set(at, { ...where, call: `(call $${fns[1]} (i32.const ${at}) (i32.const ${fn.id}) (i32.const ${fn.index}))` });
      functions++;
    }
  }
  const ranges = [...moved.values()].sort((a, b) => a.start - b.start);
  const insideMoved = (n) => {
    let lo = 0, hi = ranges.length - 1;
    while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (ranges[mid].start <= n) lo = mid; else hi = mid - 1; }
    return ranges.length > 0 && n >= ranges[lo].start && n < ranges[lo].end;
  };
  const removed = new Set(ranges.map((l) => l.name));
  const out = [];
  for (const line of text.split('\n')) {
    const data = /^\s*\(data \$(\S+) /.exec(line);
    if (data) { if (!removed.has(data[1])) out.push(line); continue; }
    if (/^\s*\(global /.test(line)) { out.push(line); continue; }
    if (EXPORTS.some((name) => line.includes(`(export "${name}"`))) continue;
    out.push(line
      .replace(/\(i32\.const (-?\d+)\)/g, (m, n) => {
        const at = Number(n);
        if (moved.has(at)) return moved.get(at).call;
        // Code that computes an address inside a moved object from a constant would read zeros.
        if (insideMoved(at)) throw new Error(`static-strings: constant ${at} lies inside a static object`);
        return m;
      })
      .replace(/\(global\.get \$(\S+?)\)/g, (m, g) => (moved.has(globals.get(g)) ? moved.get(globals.get(g)).call : m)));
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
  const kept = segs.filter((s) => literalOf(s)).length - literals;
  return { module: result, literals, functions, kept, packedBytes: packedLength };
}
