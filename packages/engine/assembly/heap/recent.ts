// A ring of the last RECENT cells made of a kind whose table is weak (atoms, shape transitions),
// kept by every collection: engine code holds a fresh atom or shape in a local, unrooted, between
// making it and storing it where the collector sees it (they used to be immortal), and a loop
// that builds a chain of shapes holds only the newest, whose parents it traces.
import { CELL_RAW } from "../layout.generated";
import { allocCell } from "./alloc";
import { markCell } from "./gc";

const RING_NEXT: usize = 8;
const RING_DATA: usize = 16;
const RECENT: u32 = 256;

export function newRecentRing(): usize { return allocCell(CELL_RAW, RING_DATA + (<usize>RECENT << 2)); }

/** Keep `p` through the next collections, until RECENT newer cells push it out. */
export function noteRecent(ring: usize, p: usize): void {
  const i = load<u32>(ring, RING_NEXT);
  store<u32>(ring + RING_DATA + (<usize>i << 2), <u32>p);
  store<u32>(ring, (i + 1) & (RECENT - 1), RING_NEXT);
}

export function markRecent(ring: usize): void {
  markCell(ring);
  for (let i: u32 = 0; i < RECENT; i++) markCell(<usize>load<u32>(ring + RING_DATA + (<usize>i << 2)));
}
