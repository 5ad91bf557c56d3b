// Atoms: interned strings used as property keys, so a key comparison is a pointer comparison.
// An open-addressing table of string cells keyed by content. Every property key that reaches a
// shape is an atom (ToPropertyKey interns); array indices on arrays never become atoms.
//
// The table is weak for the atoms a program makes from its data (`intern`: obj[someString],
// JSON keys): a collection frees those that nothing else refers to, as for ephemerons, so a
// program that makes keys from data keeps only the live ones. Shapes, dictionaries and symbols
// trace their atoms; inline caches are cleared at each collection. The other atoms are *pinned*
// (kept for good): the engine's names (`internStatic`, `internUtf16`, cached in globals and
// static tables the collector does not see) and the compiler's constants (`rt_atom`, held in Wasm
// globals). The newest weak atoms are kept too (heap/recent.ts).
import { CELL_RAW, STR_DATA, STR_FLAG_ATOM, STR_FLAG_PINNED } from "../layout.generated";
import { allocCell, cellFlags, setCellFlags } from "../heap/alloc";
import { strLength, strHash, hashUtf16, newStringFromUtf16 } from "./string";
import { pushRoot, saveSp, restoreSp } from "../heap/stack";
import { boxString } from "../value";
import { markCell, isLiveCell } from "../heap/gc";
import { newRecentRing, noteRecent, markRecent } from "../heap/recent";

const TABLE_DATA: usize = 16;
let table: usize = 0; // raw cell: u32 slots [capacity]
let capacity: u32 = 0;
let count: u32 = 0;
/** The last weak atoms made (heap/recent.ts). */
let recent: usize = 0;

export function atomTable(): usize { return table; }

export function initAtoms(): void {
  capacity = 1024;
  table = allocCell(CELL_RAW, TABLE_DATA + (<usize>capacity << 2));
  count = 0;
  recent = newRecentRing();
}

function sameChars(s: usize, src: usize, len: i32): bool {
  return strLength(s) == len && memory.compare(s + STR_DATA, src, <usize>len << 1) == 0;
}

// @ts-ignore: decorator
@inline function slot(i: u32): usize { return table + TABLE_DATA + (<usize>i << 2); }

function insert(s: usize, h: u32): void {
  let i = h & (capacity - 1);
  while (load<u32>(slot(i)) != 0) i = (i + 1) & (capacity - 1);
  store<u32>(slot(i), <u32>s);
}

function growTable(): void {
  const old = table, oldCap = capacity;
  // Allocate first: a collection inside allocCell scans `table` up to `capacity`, which must
  // still describe the old table.
  const fresh = allocCell(CELL_RAW, TABLE_DATA + (<usize>(oldCap << 1) << 2));
  capacity = oldCap << 1;
  table = fresh;
  for (let i: u32 = 0; i < oldCap; i++) {
    const s = <usize>load<u32>(old + TABLE_DATA + (<usize>i << 2));
    if (s != 0) insert(s, strHash(s));
  }
}

/** The atom with the `len` code units at `src`, created if new; `pinned`: kept for good. */
function internChars(src: usize, len: i32, pinned: bool): usize {
  const h = hashUtf16(src, len);
  let i = h & (capacity - 1);
  while (true) {
    const s = <usize>load<u32>(slot(i));
    if (s == 0) break;
    if (strHash(s) == h && sameChars(s, src, len)) {
      if (pinned) setCellFlags(s, STR_FLAG_ATOM | STR_FLAG_PINNED);
      return s;
    }
    i = (i + 1) & (capacity - 1);
  }
  if ((count + 1) * 4 > capacity * 3) growTable();
  const atom = newStringFromUtf16(src, len);
  setCellFlags(atom, pinned ? STR_FLAG_ATOM | STR_FLAG_PINNED : STR_FLAG_ATOM);
  insert(atom, strHash(atom));
  count++;
  if (!pinned) noteRecent(recent, atom);
  return atom;
}

/** The pinned atom with the `len` code units at `src` (engine and compiler names). */
export function internUtf16(src: usize, len: i32): usize { return internChars(src, len, true); }

/** The atom with the `len` code units at `src`, which the program made: freed once unused. */
export function internDataUtf16(src: usize, len: i32): usize { return internChars(src, len, false); }

/** The atom equal to string cell `s` (itself if already interned), made from program data: the
 *  table does not keep it alive. */
export function intern(s: usize): usize {
  if (cellFlags(s) & STR_FLAG_ATOM) return s;
  const sp0 = saveSp();
  pushRoot(boxString(s)); // interning may allocate while reading s's characters
  const a = internDataUtf16(s + STR_DATA, strLength(s));
  restoreSp(sp0);
  return a;
}

/** The atom for an AssemblyScript string literal (engine-side names: "length", "prototype"). */
export function internStatic(lit: string): usize {
  return internUtf16(changetype<usize>(lit), lit.length);
}

/** The table's roots (heap/roots.ts): its cells, the pinned atoms and the recent ones. */
export function markAtoms(): void {
  markCell(table);
  markRecent(recent);
  for (let i: u32 = 0; i < capacity; i++) {
    const s = <usize>load<u32>(slot(i));
    if (s != 0 && (cellFlags(s) & STR_FLAG_PINNED) != 0) markCell(s);
  }
}

/** After marking, before the sweep: drop the atoms that died, and move each survivor to where a
 *  lookup now finds it. Re-inserting the entries in probe order from an empty slot keeps every
 *  entry reachable from its home slot (an entry only moves back into a hole before it). */
export function clearDeadAtoms(): void {
  let dead: u32 = 0;
  for (let i: u32 = 0; i < capacity; i++) {
    const s = <usize>load<u32>(slot(i));
    if (s != 0 && !isLiveCell(s)) { store<u32>(slot(i), 0); dead++; }
  }
  if (dead == 0) return;
  count -= dead;
  let start: u32 = 0;
  while (load<u32>(slot(start)) != 0) start++; // the table is never full
  for (let n: u32 = 1; n <= capacity; n++) {
    const i = (start + n) & (capacity - 1);
    const s = <usize>load<u32>(slot(i));
    if (s == 0) continue;
    store<u32>(slot(i), 0);
    insert(s, strHash(s));
  }
}
