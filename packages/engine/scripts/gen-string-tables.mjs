// Writes assembly/builtins/string-tables.ts: the Unicode data behind String.prototype
// toUpperCase/toLowerCase, normalize and localeCompare, taken from the running node (its ICU is the
// behaviour pgo matches). Run with the node version the corpus expectations come from:
//   node packages/engine/scripts/gen-string-tables.mjs
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const out = path.join(root, 'assembly/builtins/string-tables.ts');

/** Simple (one code point to one code point) case mappings as runs: every `step`-th code point
 *  from `start`, `count` of them, maps to itself + delta. */
function caseRuns(map) {
  const runs = [];
  for (let cp = 0; cp < 0x110000; cp++) {
    if (cp >= 0xd800 && cp < 0xe000) continue;
    const s = String.fromCodePoint(cp);
    const r = map(s);
    if (r === s) continue;
    const cps = [...r];
    if (cps.length !== 1) continue; // full mappings: special table
    const delta = cps[0].codePointAt(0) - cp;
    const cur = runs[runs.length - 1];
    if (cur && cur.delta === delta && cur.count < 255) {
      const last = cur.start + (cur.count - 1) * cur.step;
      if (cur.count === 1 && (cp - last === 1 || cp - last === 2)) { cur.step = cp - last; cur.count++; continue; }
      if (cp - last === cur.step) { cur.count++; continue; }
    }
    runs.push({ start: cp, count: 1, step: 1, delta });
  }
  // word 0: start (21 bits) | count (8 bits) << 21 | (step == 2) << 29; word 1: delta.
  return runs.flatMap((r) => [r.start | (r.count << 21) | ((r.step === 2 ? 1 : 0) << 29), r.delta | 0]);
}

/** Code points whose toUpperCase is several code units (ß → SS): cp, then 3 units (0 = none). */
function specialUpper() {
  const rows = [];
  for (let cp = 0; cp < 0x10000; cp++) {
    if (cp >= 0xd800 && cp < 0xe000) continue;
    const s = String.fromCharCode(cp);
    const r = s.toUpperCase();
    if ([...r].length < 2) continue;
    if (r.length > 3) throw new Error('special upper mapping longer than 3');
    rows.push(cp, r.charCodeAt(0), r.charCodeAt(1), r.length > 2 ? r.charCodeAt(2) : 0);
  }
  for (let cp = 0; cp < 0x10000; cp++) {
    if (cp >= 0xd800 && cp < 0xe000) continue;
    const r = String.fromCharCode(cp).toLowerCase();
    if ([...r].length > 1 && cp !== 0x130) throw new Error('unexpected special lower mapping');
  }
  return rows;
}

/** Canonical decompositions (one level) of Latin, Greek and Cyrillic: cp | NOCOMPOSE, first,
 *  second (0 for a singleton). NOCOMPOSE marks composition exclusions. */
const NORM_RANGES = [[0xc0, 0x250], [0x340, 0x345], [0x370, 0x500], [0x1e00, 0x1f00], [0x2126, 0x212c]];
function decompositions() {
  const rows = [];
  for (const [a, b] of NORM_RANGES) {
    for (let cp = a; cp < b; cp++) {
      const s = String.fromCharCode(cp);
      const d = s.normalize('NFD');
      if (d === s) continue;
      if (d.length === 1) { rows.push(cp | 0x8000, d.charCodeAt(0), 0); continue; }
      const first = d.slice(0, -1).normalize('NFC');
      if (first.length !== 1) throw new Error(`no one-level decomposition for ${cp.toString(16)}`);
      const composes = s.normalize('NFC') === s;
      rows.push(cp | (composes ? 0 : 0x8000), first.charCodeAt(0), d.charCodeAt(d.length - 1));
    }
  }
  return rows;
}

/** Canonical combining classes of U+0300..U+036F as ranks (same order and equality as the real
 *  classes; 0 for a starter), found by asking NFD which pairs of marks it swaps. */
function combiningRanks() {
  const marks = [];
  for (let c = 0x300; c < 0x370; c++) {
    const s = String.fromCharCode(c);
    if (c !== 0x34f && s.normalize('NFD') === s) marks.push(c); // CGJ is a starter
  }
  const swaps = (a, b) => { const s = 'a' + String.fromCharCode(a, b); return s.normalize('NFD') !== s; };
  const below = new Map(marks.map((a) => [a, marks.filter((b) => swaps(a, b)).length]));
  const levels = [...new Set(below.values())].sort((x, y) => x - y);
  const ranks = [];
  for (let c = 0x300; c < 0x370; c++) ranks.push(below.has(c) ? levels.indexOf(below.get(c)) + 1 : 0);
  for (const a of marks) for (const b of marks) {
    if (swaps(a, b) !== ranks[a - 0x300] > ranks[b - 0x300]) throw new Error('inconsistent combining ranks');
  }
  return ranks;
}

/** Collation keys for localeCompare: per code unit, primary | secondary << 16 | tertiary << 24,
 *  ranked with node's Intl.Collator. Covers COLL_RANGES; a primary of 0 is ignorable. */
const COLL_RANGES = [[0, 0x180], [0x2000, 0x20d0]];
function collationKeys() {
  const base = new Intl.Collator('en', { sensitivity: 'base' });
  const accent = new Intl.Collator('en', { sensitivity: 'accent' });
  const full = new Intl.Collator('en');
  const chars = [];
  for (const [a, b] of COLL_RANGES) for (let c = a; c < b; c++) chars.push(String.fromCharCode(c));
  const key = new Map(chars.map((c) => [c, 0]));
  const live = chars.filter((c) => base.compare(c, '') !== 0);
  live.sort((a, b) => base.compare(a, b) || accent.compare(a, b) || full.compare(a, b));
  let p = 0, s = 0, t = 0, prev = null;
  for (const c of live) {
    if (prev === null || base.compare(prev, c) !== 0) { p++; s = 0; t = 0; }
    else if (accent.compare(prev, c) !== 0) { s++; t = 0; }
    else if (full.compare(prev, c) !== 0) t++;
    key.set(c, p | (s << 16) | (t << 24));
    prev = c;
  }
  if (p >= 0x1000) throw new Error('too many primary classes');
  return chars.map((c) => key.get(c));
}

function list(type, values, perLine) {
  const lines = [];
  for (let i = 0; i < values.length; i += perLine) {
    lines.push('  ' + values.slice(i, i + perLine).map((v) => (type === 'i32' ? v | 0 : v)).join(', ') + ',');
  }
  return `memory.data<${type}>([\n${lines.join('\n')}\n])`;
}

const upper = caseRuns((s) => s.toUpperCase());
const lower = caseRuns((s) => s.toLowerCase());
const special = specialUpper();
const decomp = decompositions();
const coll = collationKeys();
const ccc = combiningRanks();

const text = `// Generated by scripts/gen-string-tables.mjs from node ${process.version} (ICU ${process.versions.icu},
// Unicode ${process.versions.unicode}). Do not edit; rerun the script.

/** Simple uppercase mappings as runs, 2 words each: start | count << 21 | (step == 2) << 29, delta. */
export const UPPER_RUNS: usize = ${list('i32', upper, 8)};
export const UPPER_RUN_COUNT: i32 = ${upper.length / 2};

/** Simple lowercase mappings, same format. */
export const LOWER_RUNS: usize = ${list('i32', lower, 8)};
export const LOWER_RUN_COUNT: i32 = ${lower.length / 2};

/** Full uppercase mappings to several code units: cp, u0, u1, u2 (0 = none), sorted by cp. */
export const SPECIAL_UPPER: usize = ${list('u16', special, 12)};
export const SPECIAL_UPPER_COUNT: i32 = ${special.length / 4};

/** One-level canonical decompositions for code points in [0xC0, 0x250), [0x340, 0x345),
 *  [0x370, 0x500), [0x1E00, 0x1F00) and [0x2126, 0x212C): cp (| 0x8000: never composed), first,
 *  second (0: singleton); sorted by cp. */
export const DECOMPOSITIONS: usize = ${list('u16', decomp, 12)};
export const DECOMPOSITION_COUNT: i32 = ${decomp.length / 3};

/** Combining-class ranks of U+0300..U+036F (0: starter). */
export const COMBINING_RANKS: usize = ${list('u8', ccc, 16)};

/** Collation keys for code units [0, 0x180) then [0x2000, 0x20D0): primary (12 bits, 0 =
 *  ignorable) | secondary << 16 | tertiary << 24. */
export const COLLATION_KEYS: usize = ${list('u32', coll, 8)};
export const COLLATION_PRIMARY_LIMIT: u32 = 0x1000;
`;
fs.writeFileSync(out, text);
console.log(`wrote ${path.relative(process.cwd(), out)}: ${upper.length / 2} upper runs, ${lower.length / 2} lower runs, ` +
  `${special.length / 4} special, ${decomp.length / 3} decompositions, ${coll.length} collation keys`);
