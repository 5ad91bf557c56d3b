// Lazy sweeping. A collection only marks (gc.ts); the heap it marked, [heapBase, limit), is swept
// a step at a time by allocations that find no free cell of their size (alloc.ts), so a pause is
// the mark alone and the sweep's cost is spread over the allocations that use what it frees.
// A step clears the mark bits of live cells and turns each run of dead cells into one free cell.
// Cells bumped past `limit` meanwhile are new: unmarked and live. A collection finishes the sweep
// before it marks (every mark bit must be clear), and so does the build-time collection before
// the snapshot, where dead bytes are zeroed so they do not land in the module's data.
import { HDR_SIZE } from "../layout.generated";
import { heapBase, heapTop, freeCell, resetFreeLists, setHeapTop, setSweeping } from "./alloc";
import { isMarked, clearMark, gcTiming, addGcTime } from "./gc";
import { monotonicNanos } from "../io/clock";
import { initializing } from "../io/output";

let cursor: usize = 0;   // the next cell to sweep
let limit: usize = 0;    // the end of the heap the last collection marked
let runStart: usize = 0; // start of the dead run being gathered, 0 if none

/** After marking: the whole marked heap is to be swept; the free lists start empty. */
export function startSweep(): void {
  resetFreeLists();
  cursor = heapBase;
  limit = heapTop;
  runStart = 0;
  setSweeping(cursor < limit);
}

/** Sweep at least `budget` bytes (or to the end); whether any of the heap is left to sweep. The
 *  time counts as collector time in the statistics (it is the collection's sweep, deferred). */
export function sweepStep(budget: usize): bool {
  const timed = gcTiming && !initializing;
  const t0 = timed ? monotonicNanos() : 0;
  const more = sweepRange(budget);
  if (timed) addGcTime(monotonicNanos() - t0);
  return more;
}

function sweepRange(budget: usize): bool {
  const stop = budget >= limit - cursor ? limit : cursor + budget;
  let p = cursor;
  while (p < stop) {
    const size = <usize>load<u32>(p, HDR_SIZE);
    if (isMarked(p)) {
      clearMark(p);
      if (runStart != 0) { release(runStart, p); runStart = 0; }
    } else if (runStart == 0) {
      runStart = p;
    }
    p += size;
  }
  cursor = p;
  if (cursor < limit) return true;
  if (runStart != 0) {
    // A dead tail with nothing bumped above it goes back to the bump region, which allocation
    // zero-fills; otherwise it is a free cell like any other.
    if (limit == heapTop) {
      if (initializing) memory.fill(runStart, 0, limit - runStart);
      setHeapTop(runStart);
    } else {
      release(runStart, limit);
    }
    runStart = 0;
  }
  return false;
}

/** Free the dead run [start, end). Allocation zero-fills cells, so dead bytes are only zeroed at
 *  build time, where they would otherwise land in the snapshot. */
function release(start: usize, end: usize): void {
  if (initializing) memory.fill(start, 0, end - start);
  freeCell(start, end - start);
}
