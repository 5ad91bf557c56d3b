// The program's arguments and environment from WASI (args_get, environ_get), read at the start
// of the run: never during initialization, where Wizer traps on WASI calls.
import { CELL_RAW } from "../layout.generated";
import { boxObject, boxString } from "../value";
import { allocCell } from "../heap/alloc";
import { pushRoot, saveSp, restoreSp } from "../heap/stack";
import { arrayPush } from "../object/array";
import { putOwn } from "../object/object";
import { intern } from "../string/atoms";
import { utf8Decode } from "../string/utf8";

// @ts-ignore: decorator
@external("wasi_snapshot_preview1", "args_sizes_get")
declare function args_sizes_get(argc: usize, bufSize: usize): u32;
// @ts-ignore: decorator
@external("wasi_snapshot_preview1", "args_get")
declare function args_get(argv: usize, buf: usize): u32;
// @ts-ignore: decorator
@external("wasi_snapshot_preview1", "environ_sizes_get")
declare function environ_sizes_get(count: usize, bufSize: usize): u32;
// @ts-ignore: decorator
@external("wasi_snapshot_preview1", "environ_get")
declare function environ_get(environ: usize, buf: usize): u32;

const sizes = memory.data(8);

/** A raw cell with the pointer table and the strings of args_get/environ_get, or 0. */
function readStrings(env: bool): usize {
  if ((env ? environ_sizes_get(sizes, sizes + 4) : args_sizes_get(sizes, sizes + 4)) != 0) return 0;
  const count = <usize>load<u32>(sizes);
  const bytes = <usize>load<u32>(sizes, 4);
  const cell = allocCell(CELL_RAW, 16 + (count << 2) + bytes);
  store<u32>(cell, <u32>count, 8);
  const table = cell + 16;
  const buf = table + (count << 2);
  if ((env ? environ_get(table, buf) : args_get(table, buf)) != 0) return 0;
  return cell;
}

function cStringLength(p: usize): usize {
  let n: usize = 0;
  while (load<u8>(p + n) != 0) n++;
  return n;
}

/** For every string of args_get (or environ_get), `n` UTF-8 bytes at `p` valid across
 *  allocations: append it to the Array `target` (define it on the object `target`). A flag, not
 *  a callback: a function value is a static object that each run would write at first use
 *  (string/static.ts). */
function forEachWasiString(env: bool, target: usize): void {
  const cell = readStrings(env);
  if (cell == 0) return;
  const sp0 = saveSp();
  pushRoot(boxObject(cell));
  const count = <usize>load<u32>(cell, 8);
  for (let i: usize = 0; i < count; i++) {
    const p = <usize>load<u32>(cell + 16 + (i << 2));
    if (env) defineVariable(p, cStringLength(p), target);
    else appendString(p, cStringLength(p), target);
  }
  restoreSp(sp0);
}

function appendString(p: usize, n: usize, list: usize): void {
  arrayPush(list, boxString(utf8Decode(p, n, false)));
}

/** NAME=value: a string property of `env`. */
function defineVariable(p: usize, n: usize, env: usize): void {
  let eq: usize = 0;
  while (eq < n && load<u8>(p + eq) != 61) eq++; // '='
  const sp0 = saveSp();
  const name = intern(utf8Decode(p, eq, false));
  pushRoot(boxString(name));
  const value = utf8Decode(p + eq + 1, eq < n ? n - eq - 1 : 0, false);
  putOwn(env, name, boxString(value));
  restoreSp(sp0);
}

/** Append each WASI argument to the internal Array `list` (rooted) as a string. */
export function appendWasiArgs(list: usize): void { forEachWasiString(false, list); }

/** Define each WASI environment variable on `env` (rooted) as a string property. */
export function defineWasiEnvironment(env: usize): void { forEachWasiString(true, env); }
