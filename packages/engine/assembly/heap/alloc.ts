// The one allocator. Every heap cell comes from `allocCell`, so the collector (a later piece) sees
// every cell: it has an 8-byte header (kind, gc bits, flags, size) and 8-byte alignment.
// For now cells are bump-allocated over memory.grow; the mark-sweep collector plugs in here.
import { HDR_KIND, HDR_SIZE, HDR_FLAGS, HDR_BYTES } from "../layout.generated";

/** First byte the heap may use; the compiler raises it past the program's literal data. */
export let heapBase: usize = 0;
let heapTop: usize = 0;
let heapEnd: usize = 0;
/** Bytes allocated since start: the collector's trigger will read it. */
export let allocatedBytes: u64 = 0;

export function initHeap(base: usize): void {
  heapTop = (base + 7) & ~7;
  heapBase = heapTop;
  heapEnd = <usize>memory.size() << 16;
}

function grow(bytes: usize): void {
  const pages = <i32>((bytes + 0xffff) >> 16) + 16;
  if (memory.grow(pages) < 0) {
    // Out of memory: report and exit without trapping.
    outOfMemory();
  }
  heapEnd = <usize>memory.size() << 16;
}

// Defined in io/exit.ts; declared here through a function pointer to avoid an import cycle.
let outOfMemoryHandler: () => void = defaultOutOfMemory;
function defaultOutOfMemory(): void { unreachable(); }
export function setOutOfMemoryHandler(f: () => void): void { outOfMemoryHandler = f; }
function outOfMemory(): void { outOfMemoryHandler(); }

/** Allocate a cell of `size` bytes (header included), zero-filled. */
export function allocCell(kind: u32, size: usize): usize {
  size = (size + 7) & ~7;
  let p = heapTop;
  if (p + size > heapEnd) grow(p + size - heapEnd);
  heapTop = p + size;
  allocatedBytes += size;
  memory.fill(p, 0, size);
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

/** Bytes in use by the heap (for the snapshot and tests). */
export function heapUsed(): usize { return heapTop - heapBase; }
