// The one allocator. Every heap cell comes from `allocCell`, so the collector (gc.ts) sees every
// cell: it has an 8-byte header (kind, gc bits, flags, size) and 8-byte alignment, and cells tile
// the heap [heapBase, heapTop) without gaps, so the sweep can walk it.
//
// Free cells (kind CELL_FREE) sit on segregated free lists: one exact-size list per 8-byte size
// class up to SMALL_MAX, one first-fit list above. Allocation takes an exact fit, else carves the
// current free run (a large free cell), else sweeps a step of the last collection's heap (lazy
// sweeping, heap/sweep.ts) and tries again, else splits a larger free cell, else bumps heapTop,
// else finishes the sweep, else grows memory.
//
//   free cell:  0 header (CELL_FREE, size) | 8 next free cell (u32) | ... zeroed
import { HDR_KIND, HDR_SIZE, HDR_FLAGS, HDR_BYTES, CELL_FREE } from "../layout.generated";
import { keepStatic } from "../string/static";

const SMALL_MAX: usize = 512;
const CLASSES: usize = SMALL_MAX >> 3; // class i holds cells of (i + 1) * 8 bytes; 16..512 used
const FREE_NEXT: usize = 8;
const MIN_CELL: usize = 16;

/** First byte the heap may use; the compiler raises it past the program's literal data. */
export let heapBase: usize = 0;
export let heapTop: usize = 0;
let heapEnd: usize = 0;
/** Bytes allocated since start (monotonic). */
export let allocatedBytes: u64 = 0;
/** A collection runs when allocatedBytes passes this. */
let nextCollection: u64 = 0;
/** Stress mode (testing: flushes out missing roots): collect at every `gcStressEvery`-th
 *  allocation, 1 being every allocation; 0 is off. */
let gcStressEvery: u32 = 0;
let stressCountdown: u32 = 0;
/** No collection while set (the collector itself, or before the roots exist). */
let gcBlocked: i32 = 1;

const freeLists = memory.data(<i32>(CLASSES << 2));
/** Bit c set: small class c's list may be non-empty. A split finds the next class with cells in
 *  one step instead of looking at every larger list: with the lists empty (a young heap) that
 *  look cost ~60 loads per allocation, ~8% of a ray tracer's time. */
let nonEmptyClasses: u64 = 0;
let largeFree: usize = 0;

/** Bytes a collection waits for at least, and the heap growth factor over the live bytes. */
const MIN_TRIGGER: u64 = 4 << 20;

export function initHeap(base: usize): void {
  heapTop = (base + 7) & ~7;
  heapBase = heapTop;
  heapEnd = <usize>memory.size() << 16;
  memory.fill(freeLists, 0, CLASSES << 2);
  nonEmptyClasses = 0;
  largeFree = 0;
  nextCollection = MIN_TRIGGER;
}

export function setGcStress(every: u32): void { gcStressEvery = every; stressCountdown = every; }

// @ts-ignore: decorator
@inline function stressDue(): bool {
  if (gcStressEvery == 0 || --stressCountdown != 0) return false;
  stressCountdown = gcStressEvery;
  return true;
}
export function blockCollection(): void { gcBlocked++; }
export function unblockCollection(): void { gcBlocked--; }

// The collector, set by gc.ts (a function reference avoids an import cycle).
let collector: () => void = noCollector;
function noCollector(): void {}
export function setCollector(f: () => void): void { collector = f; keepStatic(changetype<usize>(f)); }

// The lazy sweeper (heap/sweep.ts): after a collection, part of the heap may still be unswept;
// an allocation that finds no free cell of its size sweeps a step before bumping.
let sweeper: (budget: usize) => bool = noSweeper;
function noSweeper(budget: usize): bool { return false; }
/** Whether the last collection's heap is still being swept. */
let sweeping = false;
export function setSweeper(f: (budget: usize) => bool): void { sweeper = f; keepStatic(changetype<usize>(f)); }
export function setSweeping(on: bool): void { sweeping = on; }
const SWEEP_STEP: usize = 64 << 10;

// Out of memory: set by runtime.ts to report and exit without trapping.
let outOfMemoryHandler: () => void = defaultOutOfMemory;
function defaultOutOfMemory(): void { unreachable(); }
export function setOutOfMemoryHandler(f: () => void): void { outOfMemoryHandler = f; keepStatic(changetype<usize>(f)); }

/** After a collection: collect again once `live` more bytes (or MIN_TRIGGER) are allocated. */
export function scheduleNextCollection(live: u64): void {
  lastCollectionAt = allocatedBytes;
  nextCollection = allocatedBytes + (live * 2 > MIN_TRIGGER ? live * 2 : MIN_TRIGGER);
}
let lastCollectionAt: u64 = 0;

/** The most 64 KiB pages linear memory may have (`pgo build --max-memory`; the whole 4 GiB by
 *  default). Past it, allocation fails as out of memory, as a memory-limited sandbox would. */
export let memoryLimitPages: i32 = 65536;

/** Grow memory by at least `bytes`, and by a quarter of the heap, so growth is rare. */
function grow(bytes: usize): bool {
  const quarter = (heapTop - heapBase) >> 2;
  if (bytes < quarter) bytes = quarter;
  const need = <i32>((bytes + 0xffff) >> 16);
  const room = memoryLimitPages - memory.size();
  if (need > room) return false;
  if (memory.grow(min(need + 16, room)) < 0) return false;
  heapEnd = <usize>memory.size() << 16;
  return true;
}

// @ts-ignore: decorator
@inline function classOf(size: usize): usize { return (size >> 3) - 1; }

/** Put a free cell of `size` bytes at `p` on its list (the body is already zero). */
export function freeCell(p: usize, size: usize): void {
  store<u8>(p, <u8>CELL_FREE, HDR_KIND);
  store<u8>(p, 0, 1);
  store<u16>(p, 0, HDR_FLAGS);
  store<u32>(p, <u32>size, HDR_SIZE);
  if (size <= SMALL_MAX) {
    const c = classOf(size);
    const head = freeLists + (c << 2);
    store<u32>(p, load<u32>(head), FREE_NEXT);
    store<u32>(head, <u32>p);
    nonEmptyClasses |= <u64>1 << c;
  } else {
    store<u32>(p, <u32>largeFree, FREE_NEXT);
    largeFree = p;
  }
}

/** Forget every free list and the free run (the sweep rebuilds them). */
export function resetFreeLists(): void {
  memory.fill(freeLists, 0, CLASSES << 2);
  nonEmptyClasses = 0;
  largeFree = 0;
  dropFreeRun();
}

/** Lower the bump pointer to `top` (the sweep found the heap's tail free). */
export function setHeapTop(top: usize): void { heapTop = top; }

function takeExact(size: usize): usize {
  if (size > SMALL_MAX) return 0;
  const c = classOf(size);
  const head = freeLists + (c << 2);
  const p = <usize>load<u32>(head);
  if (p == 0) { nonEmptyClasses &= ~(<u64>1 << c); return 0; }
  store<u32>(head, load<u32>(p, FREE_NEXT));
  return p;
}

/** Take a free cell of at least `size` bytes, splitting it (looking at `search` large cells at
 *  most); 0 if none. */
function takeSplit(size: usize, search: i32): usize {
  // Larger small classes first (only those that may hold cells), then the large list (first fit).
  const first = classOf(size < MIN_CELL ? MIN_CELL : size) + 1;
  let classes = first < CLASSES ? nonEmptyClasses & ~((<u64>1 << <u64>first) - 1) : 0;
  while (classes != 0) {
    const c = <usize>ctz(classes);
    classes &= classes - 1;
    const csize = (c + 1) << 3;
    if (csize != size && csize - size < MIN_CELL) continue;
    const head = freeLists + (c << 2);
    const p = <usize>load<u32>(head);
    if (p == 0) { nonEmptyClasses &= ~(<u64>1 << c); continue; }
    store<u32>(head, load<u32>(p, FREE_NEXT));
    if (csize > size) freeCell(p + size, csize - size);
    return p;
  }
  let prev: usize = 0;
  let budget = search;
  for (let p = largeFree; p != 0 && budget-- > 0; p = <usize>load<u32>(p, FREE_NEXT)) {
    const csize = <usize>load<u32>(p, HDR_SIZE);
    if (csize == size || csize - size >= MIN_CELL && csize > size) {
      const next = <usize>load<u32>(p, FREE_NEXT);
      if (prev == 0) largeFree = next; else store<u32>(prev, <u32>next, FREE_NEXT);
      if (csize > size) freeCell(p + size, csize - size);
      return p;
    }
    prev = p;
  }
  return 0;
}

function bump(size: usize): usize {
  const p = heapTop;
  if (p + size > heapEnd) return 0;
  heapTop = p + size;
  return p;
}

// The free run being allocated from: a large free cell taken off its list and carved from the
// start, so freed memory of any size is reused before the heap grows. [runPtr, runEnd) is always
// one free cell (or empty), so the heap stays tiled for the sweep.
let runPtr: usize = 0;
let runEnd: usize = 0;
/** The size of the cell reuseOrBump just returned: its request, or a little more when the rest of
 *  a free cell was too small to stand alone. */
let takenSize: usize = 0;

/** Forget the current run: a collection is about to sweep it with everything else. */
export function dropFreeRun(): void { runPtr = 0; runEnd = 0; }

/** Write a free cell's header at `p` without putting it on a list. */
function markFree(p: usize, size: usize): void {
  store<u8>(p, <u8>CELL_FREE, HDR_KIND);
  store<u8>(p, 0, 1);
  store<u16>(p, 0, HDR_FLAGS);
  store<u32>(p, <u32>size, HDR_SIZE);
}

/** A search of the large free list looks at this many cells at most: a long list of cells too
 *  small for the request must not make every allocation walk it. */
const LARGE_SEARCH: i32 = 8;

/** Take one of the first LARGE_SEARCH cells of at least `size` bytes off the large free list. */
function takeLarge(size: usize): usize {
  let prev: usize = 0;
  let budget = LARGE_SEARCH;
  for (let p = largeFree; p != 0 && budget-- > 0; p = <usize>load<u32>(p, FREE_NEXT)) {
    if (<usize>load<u32>(p, HDR_SIZE) >= size) {
      const next = <usize>load<u32>(p, FREE_NEXT);
      if (prev == 0) largeFree = next; else store<u32>(prev, <u32>next, FREE_NEXT);
      return p;
    }
    prev = p;
  }
  return 0;
}

/** `size` bytes from the current free run, refilled from the large free list; 0 if none fits. */
function takeFromRun(size: usize): usize {
  if (runEnd - runPtr < size) {
    if (runEnd > runPtr) freeCell(runPtr, runEnd - runPtr); // the rest of the old run
    runPtr = 0; runEnd = 0;
    const next = takeLarge(size);
    if (next == 0) return 0;
    runPtr = next;
    runEnd = next + <usize>load<u32>(next, HDR_SIZE);
  }
  const p = runPtr;
  takenSize = runEnd - runPtr - size < MIN_CELL ? runEnd - runPtr : size; // a sliver goes along
  runPtr += takenSize;
  if (runPtr < runEnd) markFree(runPtr, runEnd - runPtr);
  return p;
}

function reuseOrBump(size: usize): usize {
  takenSize = size;
  let p = takeExact(size);
  if (p == 0) p = takeFromRun(size);
  // Sweep on until something fits: bumping instead would grow the heap past what is free.
  while (p == 0 && sweeping) {
    sweeping = sweeper(SWEEP_STEP);
    p = takeExact(size);
    if (p == 0) p = takeFromRun(size);
  }
  // Split a larger free cell before bumping: bumping first left freed cells of sizes no longer
  // asked for unused while the heap grew (gc-churn, 300 generations: peak memory 136 -> 108 MB).
  if (p == 0) p = takeSplit(size, LARGE_SEARCH);
  if (p == 0) p = bump(size);
  return p;
}

/** Sweep what is left of the last collection's heap (before growing memory, or a collection). */
export function finishSweep(): void {
  while (sweeping) sweeping = sweeper(<usize>-1);
}

/** Allocate a cell of `size` bytes (header included), zero-filled. May run the collector: every
 *  pointer the caller holds across this call must be rooted. */
export function allocCell(kind: u32, size: usize): usize {
  size = (size + 7) & ~7;
  if (size < MIN_CELL) size = MIN_CELL;
  if (gcBlocked == 0 && (stressDue() || allocatedBytes >= nextCollection)) collector();
  let p = reuseOrBump(size);
  // Out of room: collect only if enough was allocated since the last collection to be worth it
  // (otherwise the heap just needs to grow).
  if (p == 0 && gcBlocked == 0 && allocatedBytes - lastCollectionAt >= MIN_TRIGGER >> 1) {
    collector();
    p = reuseOrBump(size);
  }
  if (p == 0 && sweeping) {
    finishSweep();
    p = reuseOrBump(size);
  }
  if (p == 0) p = takeSplit(size, i32.MAX_VALUE); // every free cell, before memory grows
  if (p == 0) {
    // bump failed, so heapTop + size > heapEnd
    if (!grow(heapTop + size - heapEnd)) { outOfMemoryHandler(); unreachable(); }
    p = bump(size);
    takenSize = size;
  }
  size = takenSize;
  allocatedBytes += size;
  // memory.fill is a call out of Wasm in V8 (~2% of an allocation-heavy program at small sizes);
  // most cells are a few words, cleared faster by stores.
  if (size <= 128) for (let q = p + 8; q < p + size; q += 8) store<u64>(q, 0);
  else memory.fill(p, 0, size);
  store<u64>(p, 0);
  store<u8>(p, <u8>kind, HDR_KIND);
  store<u32>(p, <u32>size, HDR_SIZE);
  return p;
}

// @ts-ignore: decorator
@inline export function cellKind(p: usize): u32 { return load<u8>(p, HDR_KIND); }
// @ts-ignore: decorator
@inline export function cellFlags(p: usize): u32 { return load<u16>(p, HDR_FLAGS); }
// @ts-ignore: decorator
@inline export function setCellFlags(p: usize, f: u32): void { store<u16>(p, <u16>f, HDR_FLAGS); }
// @ts-ignore: decorator
@inline export function cellSize(p: usize): usize { return load<u32>(p, HDR_SIZE); }
export const CELL_HEADER: usize = HDR_BYTES;

/** Bytes between the heap base and the bump pointer (live cells and free cells). */
export function heapUsed(): usize { return heapTop - heapBase; }
