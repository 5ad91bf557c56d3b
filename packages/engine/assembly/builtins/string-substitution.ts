// GetSubstitution(matched, str, position, captures, namedCaptures, replacementTemplate) —
// ECMA-262 §22.1.3.19.1: expands $$ $& $` $' $n $nn $<name> in a replacement template. Shared by
// String.prototype.replace/replaceAll with a string pattern (no captures) and RegExp replace.
import { UNDEFINED, EXCEPTION } from "../value";
import { pushRoot, saveSp, restoreSp } from "../heap/stack";
import { strLength, strData, strCharAt } from "../string/string";
import { sbAppendChar, sbAppendUtf16, sbAppendString } from "../string/builder";
import { internUtf16 } from "../string/atoms";
import { arrayLength, arrayGet } from "../object/array";
import { ToString } from "../ops/conversion";
import { GetV } from "../ops/property";

/** Append the expansion of `template` to builder `sb`. `captures` is an array of the captured
 *  strings (or undefined) of groups 1..n, or 0 for none; `named` the groups object or undefined.
 *  All cells must be rooted by the caller. False with an exception pending (a groups getter or
 *  ToString may throw). */
export function GetSubstitution(sb: usize, matched: usize, str: usize, position: i32, captures: usize,
                                named: i64, template: usize): bool {
  const n = strLength(template);
  const strLen = strLength(str);
  const m = captures == 0 ? 0 : <i32>arrayLength(captures);
  let i = 0;
  while (i < n) {
    const c = strCharAt(template, i);
    if (c != 0x24 || i + 1 >= n) { sbAppendChar(sb, c); i++; continue; }
    const d = strCharAt(template, i + 1);
    if (d == 0x24) { sbAppendChar(sb, 0x24); i += 2; continue; }
    if (d == 0x26) { sbAppendString(sb, matched); i += 2; continue; }
    if (d == 0x60) { sbAppendUtf16(sb, strData(str), position); i += 2; continue; }
    if (d == 0x27) {
      let tail = position + strLength(matched);
      if (tail > strLen) tail = strLen;
      sbAppendUtf16(sb, strData(str) + (<usize>tail << 1), strLen - tail);
      i += 2; continue;
    }
    if (d >= 0x30 && d <= 0x39) {
      // $n or $nn; a two-digit index past the captures is $n followed by a digit.
      let index = <i32>(d - 0x30), digits = 1;
      if (i + 2 < n) {
        const e = strCharAt(template, i + 2);
        if (e >= 0x30 && e <= 0x39) {
          const two = index * 10 + <i32>(e - 0x30);
          if (two <= m) { index = two; digits = 2; }
        }
      }
      if (index >= 1 && index <= m) {
        const cap = arrayGet(captures, <u32>(index - 1));
        if (cap != UNDEFINED) sbAppendString(sb, <usize><u32>cap);
      } else {
        sbAppendUtf16(sb, strData(template) + (<usize>i << 1), 1 + digits);
      }
      i += 1 + digits;
      continue;
    }
    if (d == 0x3c && named != UNDEFINED) { // $<name>
      let close = -1;
      for (let k = i + 2; k < n; k++) if (strCharAt(template, k) == 0x3e) { close = k; break; }
      if (close < 0) { sbAppendUtf16(sb, strData(template) + (<usize>i << 1), 2); i += 2; continue; }
      const sp0 = saveSp();
      const key = internUtf16(strData(template) + (<usize>(i + 2) << 1), close - i - 2);
      const v = GetV(named, key);
      if (v == EXCEPTION) { restoreSp(sp0); return false; }
      if (v != UNDEFINED) {
        pushRoot(v);
        const s = ToString(v);
        if (s == 0) { restoreSp(sp0); return false; }
        sbAppendString(sb, s);
      }
      restoreSp(sp0);
      i = close + 1;
      continue;
    }
    sbAppendChar(sb, c);
    i++;
  }
  return true;
}
