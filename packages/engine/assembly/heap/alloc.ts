// The one allocator. Every heap cell comes from `allocCell`, or from the allocation window that
// generated code bumps in inline (below), so the collector (gc.ts) sees every cell: it has an 8-byte header (kind, gc bits, flags, size) and 8-byte alignment, and cells tile
// the heap [heapBase, heapTop) without gaps, so the sweep can walk it.
//
// Free cells (kind CELL_FREE) sit on segregated free lists: one exact-size list per 8-byte size
// class up to SMALL_MAX, one first-fit list above. Allocation takes an exact fit, else carves the
// allocation window (a large free cell, or a chunk of the bump region), else sweeps a step of the last collection's heap (lazy
// sweeping, heap/sweep.ts) and tries again, else splits a larger free cell, else opens a window
// above heapTop, else finishes the sweep, else grows memory.
//
//   free cell:  0 header (CELL_FREE, size) | 8 next free cell (u32) | ... (zeroed only at build time)
//   filler:     0 header (CELL_FREE, 8): the one-word rest of a window, on no list
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
/** Allocations through the engine's allocator (allocBytes): all but those generated code bumps
 *  inline. Statistics (pgo build --gc-stats), and the test that the inline path is taken. */
export let engineAllocations: u64 = 0;
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
  dropWindow();
}

export function setGcStress(every: u32): void {
  gcStressEvery = every;
  stressCountdown = every;
  accountWindow();
  limitWindow(); // closed to inline allocation while stressed
}

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

/** Put a free cell of `size` bytes at `p` on its list. A cell of one word (the rest of an
 *  allocation window, which carves exact sizes) is a filler: too small for a list link, it only
 *  keeps the heap tiled until the sweep coalesces it with a dead neighbour. */
export function freeCell(p: usize, size: usize): void {
  markFree(p, size);
  if (size < MIN_CELL) return;
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

/** Forget every free list and the allocation window (the sweep rebuilds them; the window was closed first). */
export function resetFreeLists(): void {
  memory.fill(freeLists, 0, CLASSES << 2);
  nonEmptyClasses = 0;
  largeFree = 0;
  dropWindow();
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

// The allocation window: [allocTop, allocLimit) is free memory that generated code allocates
// from inline (compiler lower/alloc.ts: `p = allocTop; if (p + n <= allocLimit) allocTop = p + n;
// else p = rt_alloc(n)`, then it writes every word of its cells), and engine allocations carve
// after their exact-size list. The window lies in one free region [allocTop, windowEnd) inside
// [heapBase, heapTop): a large free cell taken off its list (so freed memory of any size is
// reused) or a chunk of the bump region reserved by raising heapTop. Exported Wasm globals, not
// memory words: V8 keeps a mutable global in the instance, a load and a store like a memory word,
// but binaryen can keep it in a local across a function's allocations, and Wizer snapshots it.
// Invariants:
// - Walkable heap: while the window is open its rest has no header. closeWindow writes it (or
//   gives the rest back to the bump region) before anything walks cells: a collection (its mark
//   rescan, transition pruning and sweep), and the statistics. The window is never inside the
//   unswept heap: it comes from cells the sweep already released, or from above its limit.
// - Accounting: bytes carved from the window count in allocatedBytes when it is accounted
//   (accountWindow: at every slow allocation, and when the window closes); allocLimit never
//   passes the point where allocatedBytes reaches nextCollection, so the trigger stays exact.
// - Stress mode: allocLimit = allocTop, so every inline allocation takes the slow path (which
//   counts it and may collect).
// - Window memory is not zeroed (freed cells are not zeroed at run time): inline code writes
//   every word it hands out; engine allocations zero-fill as before.
export let allocTop: usize = 0;
export let allocLimit: usize = 0;
/** The end of the free region the window lies in (allocLimit <= windowEnd). */
let windowEnd: usize = 0;
/** allocTop when the window's carving was last counted in allocatedBytes. */
let windowMark: usize = 0;
/** The bump region is reserved for the window this much at a time (or what the request needs). */
const WINDOW_CHUNK: usize = 64 << 10;

/** Count the bytes carved from the window since it was last accounted. */
// @ts-ignore: decorator
@inline function accountWindow(): void {
  allocatedBytes += <u64>(allocTop - windowMark);
  windowMark = allocTop;
}

/** Set allocLimit: the window's end, or sooner where the next collection is due (at once in
 *  stress mode). allocatedBytes must be accounted. */
function limitWindow(): void {
  if (gcStressEvery != 0 || allocatedBytes >= nextCollection) { allocLimit = allocTop; return; }
  const budget = nextCollection - allocatedBytes;
  const room = windowEnd - allocTop;
  allocLimit = budget < <u64>room ? allocTop + <usize>budget : windowEnd;
}

function openWindow(start: usize, end: usize): void {
  allocTop = start;
  windowEnd = end;
  windowMark = start;
  limitWindow();
}

/** Forget the window (its rest must already be accounted for in the heap). */
function dropWindow(): void {
  allocTop = 0; allocLimit = 0; windowEnd = 0; windowMark = 0;
}

/** Close the window so the heap is walkable and allocatedBytes exact: its rest becomes a free
 *  cell, or goes back to the bump region when it is the heap's tail (not while sweeping: the
 *  sweep compares its limit with heapTop). */
export function closeWindow(): void {
  accountWindow();
  const rest = windowEnd - allocTop;
  if (rest > 0) {
    if (windowEnd == heapTop && !sweeping) heapTop = allocTop;
    else freeCell(allocTop, rest);
  }
  dropWindow();
}

/** Carve `size` bytes from the window (accounted by the caller); 0 if they do not fit. */
// @ts-ignore: decorator
@inline function carve(size: usize): usize {
  const p = allocTop;
  if (windowEnd - p < size) return 0;
  allocTop = p + size;
  windowMark += size;
  return p;
}

/** `size` bytes from the window, refilled from the large free list if they do not fit; 0 if
 *  nothing there fits. */
function takeFromWindow(size: usize): usize {
  const p = carve(size);
  if (p != 0) return p;
  const next = takeLarge(size);
  if (next == 0) return 0;
  closeWindow();
  openWindow(next, next + <usize>load<u32>(next, HDR_SIZE));
  return carve(size);
}

/** `size` bytes from a fresh window in the bump region [heapTop, heapEnd); 0 if it has no room. */
function bumpWindow(size: usize): usize {
  closeWindow();
  const room = heapEnd - heapTop;
  if (room < size) return 0;
  const chunk = room < WINDOW_CHUNK ? room : (size > WINDOW_CHUNK ? size : WINDOW_CHUNK);
  const p = heapTop;
  heapTop = p + chunk;
  openWindow(p, p + chunk);
  return carve(size);
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

/** Write a free cell's header at `p` without putting it on a list. */
function markFree(p: usize, size: usize): void {
  store<u8>(p, <u8>CELL_FREE, HDR_KIND);
  store<u8>(p, 0, 1);
  store<u16>(p, 0, HDR_FLAGS);
  store<u32>(p, <u32>size, HDR_SIZE);
}

function reuseOrBump(size: usize): usize {
  let p = takeExact(size);
  if (p == 0) p = takeFromWindow(size);
  // Sweep on until something fits: bumping instead would grow the heap past what is free.
  while (p == 0 && sweeping) {
    sweeping = sweeper(SWEEP_STEP);
    p = takeExact(size);
    if (p == 0) p = takeFromWindow(size);
  }
  // Split a larger free cell before bumping: bumping first left freed cells of sizes no longer
  // asked for unused while the heap grew (gc-churn, 300 generations: peak memory 136 -> 108 MB).
  if (p == 0) p = takeSplit(size, LARGE_SEARCH);
  if (p == 0) p = bumpWindow(size);
  return p;
}

/** Sweep what is left of the last collection's heap (before growing memory, or a collection). */
export function finishSweep(): void {
  while (sweeping) sweeping = sweeper(<usize>-1);
}

/** `size` bytes (a multiple of 8, at least MIN_CELL) of free memory, not zeroed and without a
 *  header, counted in allocatedBytes. May run the collector. */
function allocBytes(size: usize): usize {
  engineAllocations++;
  accountWindow();
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
    // no window fits in the bump region, so heapTop + size > heapEnd
    closeWindow();
    if (!grow(heapTop + size - heapEnd)) { outOfMemoryHandler(); unreachable(); }
    p = bumpWindow(size);
  }
  allocatedBytes += size;
  limitWindow();
  return p;
}

/** The slow path of generated code's inline allocation (lower/alloc.ts): `size` bytes, a
 *  multiple of 8, that the caller writes every word of (headers included) before it allocates
 *  again. May run the collector. */
export function allocRaw(size: usize): usize {
  return allocBytes(size < MIN_CELL ? MIN_CELL : size);
}

/** Allocate a cell of `size` bytes (header included), zero-filled. May run the collector: every
 *  pointer the caller holds across this call must be rooted. */
export function allocCell(kind: u32, size: usize): usize {
  const p = allocCellUninitialized(kind, size);
  size = cellSize(p);
  // memory.fill is a call out of Wasm in V8 (~2% of an allocation-heavy program at small sizes);
  // most cells are a few words, cleared faster by stores.
  if (size <= 128) for (let q = p + 8; q < p + size; q += 8) store<u64>(q, 0);
  else memory.fill(p + 8, 0, size - 8);
  return p;
}

/** Allocate a cell of `size` bytes whose body is left as it was: for cells without pointers whose
 *  every word the caller writes before anything reads it (a string's code units, a builder's
 *  buffer), which zero-filling would write twice. Only the header is written. At build time
 *  free memory is zero, so the snapshot stays deterministic. May run the collector. */
export function allocCellUninitialized(kind: u32, size: usize): usize {
  size = (size + 7) & ~7;
  if (size < MIN_CELL) size = MIN_CELL;
  const p = allocBytes(size);
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
