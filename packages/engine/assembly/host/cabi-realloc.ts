// cabi_realloc, exported as the module's `cabi_realloc`, for a component's preview1 adapter
// (pgo build --component). Without it, wit-component gives the adapter a realloc that takes
// pages with memory.grow, behind the allocator's back: the heap owns everything up to the end of
// memory, so its next growth would bump straight over the adapter's stack and state. With it,
// the adapter's two 64 KiB blocks (its stack and its state) come from this static arena, which
// is zero data outside the heap: untouched, and free at instantiation, in every other run.

const ARENA_BYTES: usize = 3 * 65536;
const arena = memory.data(<i32>ARENA_BYTES, 16);
let arenaUsed: usize = 0;

/** The canonical ABI's realloc(old, oldSize, align, newSize): fresh blocks only (the adapter
 *  never resizes); traps when the arena is exhausted, as the adapter's own realloc does. */
export function rt_cabi_realloc(old: usize, oldSize: usize, align: usize, newSize: usize): usize {
  if (old != 0 || oldSize != 0) unreachable();
  const mask = align > 0 ? align - 1 : 0;
  const p = (arena + arenaUsed + mask) & ~mask;
  if (p + newSize > arena + ARENA_BYTES) unreachable();
  arenaUsed = p + newSize - arena;
  return p;
}
