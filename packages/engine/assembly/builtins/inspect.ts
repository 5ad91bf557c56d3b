// util.inspect as console.log uses it. Minimal placeholder: primitives only.
import { isString, ptr } from "../value";
import { ToString } from "../ops/conversion";
import { sbAppendString, sbAppendStatic } from "../string/builder";

/** Append the inspection of `v` to builder `sb`; top-level strings print raw. Returns false if an
 *  exception is pending. */
export function inspectValue(sb: usize, v: i64, topLevel: bool): bool {
  if (isString(v)) {
    if (topLevel) { sbAppendString(sb, ptr(v)); return true; }
    sbAppendStatic(sb, "'"); sbAppendString(sb, ptr(v)); sbAppendStatic(sb, "'");
    return true;
  }
  const s = ToString(v);
  if (s == 0) return false;
  sbAppendString(sb, s);
  return true;
}
