// The builtins a profile-guided build calls inline (compiler specialize/builtins.ts) are found
// at initialization by their path from the global object; their code then guards each call.
import { STR_LENGTH, STR_DATA, CELL_FUNCTION, FN_CODE } from "../layout.generated";
import { boxObject, isObject, ptr, EXCEPTION } from "../value";
import { internUtf16 } from "../string/atoms";
import { GlobalObject } from "../realm";
import { GetV } from "../ops/property";
import { cellKind } from "../heap/alloc";
import { pushRoot, saveSp, restoreSp } from "../heap/stack";
import { takeException } from "../errors";

/** The code (FN_CODE) of the builtin function at `path` ("Math.sqrt", "Array.prototype.push"),
 *  looked up from the global object at initialization, or 0: what a profile-guided build's
 *  inline builtins guard a callee with (compiler specialize/builtins.ts). */
export function rt_builtin_code(path: usize): u32 {
  const sp0 = saveSp();
  let v = boxObject(GlobalObject);
  const n = <i32>load<u32>(path, STR_LENGTH);
  let start = 0;
  for (let i = 0; i <= n; i++) {
    if (i < n && load<u16>(path + STR_DATA + (<usize>i << 1)) != 0x2e) continue; // '.'
    if (!isObject(v)) { restoreSp(sp0); return 0; }
    pushRoot(v);
    const key = internUtf16(path + STR_DATA + (<usize>start << 1), i - start);
    v = GetV(v, key);
    if (v == EXCEPTION) { takeException(); restoreSp(sp0); return 0; }
    start = i + 1;
  }
  restoreSp(sp0);
  if (!isObject(v) || cellKind(ptr(v)) != CELL_FUNCTION) return 0;
  return load<u32>(ptr(v), FN_CODE);
}
