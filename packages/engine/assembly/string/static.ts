// The engine's own string literals, stored compactly. An AssemblyScript literal is UTF-16 behind a
// 20-byte header, 16-byte aligned (~57 bytes each, 21 of hello's 47 snapshot pages), and V8
// writes every page of data into each instance. The build (scripts/static-strings.mjs) therefore
// keeps each literal's bytes one a character in a packed table and leaves its AssemblyScript
// place zero; every use of the literal becomes a call of `staticString`, which writes the
// literal's AssemblyScript form in its place the first time. A snapshot forgets the literals
// initialization wrote (`forgetStaticStrings`): the next use writes them again. asc's static
// function objects, as scattered between the literals, are treated the same way.

/** Payload addresses of the objects written since the last forget, for the snapshot to zero
 *  them. One beyond the log's room is simply kept. */
const LOG_ROOM: i32 = 2048;
const log = memory.data(LOG_ROOM << 2);
let logged: i32 = 0;

/** Bytes of an AssemblyScript static string's block before its payload (BLOCK + OBJECT). */
const HEADER: usize = 20;

/** The AssemblyScript string literal whose payload belongs at `at`, of the `len` one-byte
 *  characters at `src` in the packed table: written there if not yet (its length is never 0,
 *  the build keeps empty literals as they are). */
export function staticString(at: usize, src: usize, len: i32): usize {
  if (load<u32>(at - 4) == 0) {
    for (let i = 0; i < len; i++) store<u16>(at + (<usize>i << 1), load<u8>(src + i));
    writeHeader(at, idof<String>(), <usize>len << 1);
  }
  return at;
}

/** The AssemblyScript function object (class `id`, table entry `index`, no environment) whose
 *  payload belongs at `at`: written there if not yet. asc makes one for each function the code
 *  uses as a value (the builtins' natives), between the literals. */
export function staticFunction(at: usize, id: u32, index: u32): usize {
  if (load<u32>(at - 4) == 0) {
    store<u32>(at, index);
    writeHeader(at, id, 8);
  }
  return at;
}

/** The header AssemblyScript gives a static object: mmInfo (the block's size after it), the
 *  object's gcInfo words (0), its class id and its byte size, written last (it marks the object
 *  written); and the object's place in the log. */
function writeHeader(at: usize, id: u32, size: usize): void {
  store<u32>(at - HEADER, <u32>(((size + HEADER + 15) & ~15) - 4));
  store<u32>(at - 8, id);
  store<u32>(at - 4, <u32>size);
  if (logged < LOG_ROOM) {
    store<u32>(log + (<usize>logged << 2), <u32>at);
    logged++;
  }
}

/** Keep the static object at `at` (a string or function object) through the snapshot's forget:
 *  what a global holds past initialization must be kept, as the global's reads do not write it
 *  again (the build keeps the objects globals start with). Marked in the object's gcInfo word,
 *  which nothing else uses under asc's stub runtime. */
export function keepStatic(at: usize): void {
  store<u32>(at - 16, 1);
}

/** Zero the objects written so far but those kept, and the log, so a snapshot keeps neither.
 *  Only for a snapshot. */
export function forgetStaticStrings(): void {
  for (let i = 0; i < logged; i++) {
    const at = <usize>load<u32>(log + (<usize>i << 2));
    if (load<u32>(at - 16) == 0) memory.fill(at - HEADER, 0, HEADER + <usize>load<u32>(at - 4));
  }
  memory.fill(log, 0, <usize>logged << 2);
  logged = 0;
}
