// Atoms: interned strings used as property keys, so a key comparison is a pointer comparison.
// An open-addressing table of string cells keyed by content. Every property key that reaches a
// shape is an atom (ToPropertyKey interns); array indices on arrays never become atoms.
import { CELL_RAW, STR_DATA, STR_FLAG_ATOM } from "../layout.generated";
import { allocCell, cellFlags, setCellFlags } from "../heap/alloc";
import { strLength, strHash, hashUtf16, newStringFromUtf16 } from "./string";
import { pushRoot, saveSp, restoreSp } from "../heap/stack";
import { boxString } from "../value";

const TABLE_DATA: usize = 16;
let table: usize = 0; // raw cell: u32 slots [capacity]
let capacity: u32 = 0;
let count: u32 = 0;

export function atomTable(): usize { return table; }

export function initAtoms(): void {
  capacity = 1024;
  table = allocCell(CELL_RAW, TABLE_DATA + (<usize>capacity << 2));
  count = 0;
}

function sameChars(s: usize, src: usize, len: i32): bool {
  return strLength(s) == len && memory.compare(s + STR_DATA, src, <usize>len << 1) == 0;
}

function insert(s: usize, h: u32): void {
  let i = h & (capacity - 1);
  while (load<u32>(table + TABLE_DATA + (<usize>i << 2)) != 0) i = (i + 1) & (capacity - 1);
  store<u32>(table + TABLE_DATA + (<usize>i << 2), <u32>s);
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

/** The atom with the `len` code units at `src`, created if new. */
export function internUtf16(src: usize, len: i32): usize {
  const h = hashUtf16(src, len);
  let i = h & (capacity - 1);
  while (true) {
    const s = <usize>load<u32>(table + TABLE_DATA + (<usize>i << 2));
    if (s == 0) break;
    if (strHash(s) == h && sameChars(s, src, len)) return s;
    i = (i + 1) & (capacity - 1);
  }
  if ((count + 1) * 4 > capacity * 3) growTable();
  const atom = newStringFromUtf16(src, len);
  setCellFlags(atom, STR_FLAG_ATOM);
  insert(atom, strHash(atom));
  count++;
  return atom;
}

/** The atom equal to string cell `s` (itself if already interned). */
export function intern(s: usize): usize {
  if (cellFlags(s) & STR_FLAG_ATOM) return s;
  const sp0 = saveSp();
  pushRoot(boxString(s)); // interning may allocate while reading s's characters
  const a = internUtf16(s + STR_DATA, strLength(s));
  restoreSp(sp0);
  return a;
}

/** The atom for an AssemblyScript string literal (engine-side names: "length", "prototype"). */
export function internStatic(lit: string): usize {
  return internUtf16(changetype<usize>(lit), lit.length);
}

/** Atoms are strong roots for now: the table and every atom in it (heap/roots.ts). */
export function markAtoms(): void {
  markCell(table);
  for (let i: u32 = 0; i < capacity; i++) markCell(<usize>load<u32>(table + TABLE_DATA + (<usize>i << 2)));
}
import { markCell } from "../heap/gc";
