// cabi_realloc, exported as the module's `cabi_realloc`: where the canonical ABI puts what a
// component's imports return (strings, lists) and, in a command component (pgo build --component),
// where the preview1 adapter takes its memory. Without it, wit-component gives the adapter a
// realloc that takes pages with memory.grow, behind the allocator's back: the heap owns everything
// up to the end of memory, so its next growth would bump straight over the adapter's stack and
// state. With it, the adapter's two 64 KiB blocks (its stack and its state) come from this static
// arena, which is zero data outside the heap: untouched, and free at instantiation, in every other
// run. The wasi:http glue (wasi-http.ts) uses the arena as scratch: it marks it before a call that
// returns a list, copies the list into the heap, and releases it to the mark.

const ARENA_BYTES: usize = 3 * 65536;
const arena = memory.data(<i32>ARENA_BYTES, 16);
let arenaUsed: usize = 0;

/** The canonical ABI's realloc(old, oldSize, align, newSize): fresh blocks only (neither the
 *  adapter nor the canonical ABI's lowering of results resizes); traps when the arena is
 *  exhausted, as the adapter's own realloc does. */
export function rt_cabi_realloc(old: usize, oldSize: usize, align: usize, newSize: usize): usize {
  if (old != 0 || oldSize != 0) unreachable();
  const mask = align > 0 ? align - 1 : 0;
  const p = (arena + arenaUsed + mask) & ~mask;
  if (p + newSize > arena + ARENA_BYTES) unreachable();
  arenaUsed = p + newSize - arena;
  return p;
}

/** The arena's fill, to release to later. */
export function scratchMark(): usize { return arenaUsed; }
/** Free every block allocated since `mark`. */
export function scratchRelease(mark: usize): void { arenaUsed = mark; }
/** `n` bytes of scratch (aligned to 8), freed by the next release. */
export function scratchAlloc(n: usize): usize { return rt_cabi_realloc(0, 0, 8, n); }
