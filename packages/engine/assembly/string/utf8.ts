// UTF-8 ⇄ UTF-16 as the WHATWG Encoding Standard defines them (TextEncoder, TextDecoder, WASI
// argv/environ): encoding turns a lone surrogate into U+FFFD; decoding replaces each maximal
// ill-formed subpart with one U+FFFD (or fails, in fatal mode).
import { STR_DATA } from "../layout.generated";
import { allocString, strLength, strCharAt } from "./string";

/** Bytes UTF-8 needs for string cell `s`. */
export function utf8Length(s: usize): usize {
  const n = strLength(s);
  let bytes: usize = 0;
  for (let i = 0; i < n; i++) {
    const c = strCharAt(s, i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < n && strCharAt(s, i + 1) >= 0xdc00 && strCharAt(s, i + 1) <= 0xdfff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Write the UTF-8 of `s` at `dst` (utf8Length(s) bytes). */
export function utf8Encode(s: usize, dst: usize): void {
  const n = strLength(s);
  let q = dst;
  for (let i = 0; i < n; i++) {
    let c = strCharAt(s, i);
    if (c >= 0xd800 && c <= 0xdfff) {
      const d = i + 1 < n ? strCharAt(s, i + 1) : 0;
      if (c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff) { c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00); i++; }
      else c = 0xfffd;
    }
    if (c < 0x80) { store<u8>(q++, <u8>c); }
    else if (c < 0x800) { store<u8>(q++, <u8>(0xc0 | (c >> 6))); store<u8>(q++, <u8>(0x80 | (c & 63))); }
    else if (c < 0x10000) {
      store<u8>(q++, <u8>(0xe0 | (c >> 12))); store<u8>(q++, <u8>(0x80 | ((c >> 6) & 63)));
      store<u8>(q++, <u8>(0x80 | (c & 63)));
    } else {
      store<u8>(q++, <u8>(0xf0 | (c >> 18))); store<u8>(q++, <u8>(0x80 | ((c >> 12) & 63)));
      store<u8>(q++, <u8>(0x80 | ((c >> 6) & 63))); store<u8>(q++, <u8>(0x80 | (c & 63)));
    }
  }
}

/** The UTF-8 decoder over `n` bytes at `src`: writes UTF-16 code units at `out` (or only counts
 *  them when `out` is 0); returns the count, or -1 at the first error in fatal mode. */
function decode(src: usize, n: usize, out: usize, fatal: bool): i32 {
  let units = 0;
  let i: usize = 0;
  while (i < n) {
    const b = <u32>load<u8>(src + i++);
    let cp: u32 = 0xfffd;
    let need = 0;
    let lower: u32 = 0x80, upper: u32 = 0xbf;
    if (b < 0x80) cp = b;
    else if (b >= 0xc2 && b <= 0xdf) { need = 1; cp = b & 0x1f; }
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2; cp = b & 0xf;
      if (b == 0xe0) lower = 0xa0;
      if (b == 0xed) upper = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3; cp = b & 7;
      if (b == 0xf0) lower = 0x90;
      if (b == 0xf4) upper = 0x8f;
    } else if (fatal) return -1;
    // Continuation bytes; the first bad one ends the subpart and is read again as a lead.
    while (need > 0) {
      const c = i < n ? <u32>load<u8>(src + i) : 0;
      if (i >= n || c < lower || c > upper) { cp = 0xfffd; if (fatal) return -1; break; }
      cp = (cp << 6) | (c & 0x3f);
      lower = 0x80; upper = 0xbf;
      i++;
      need--;
    }
    if (cp >= 0x10000) {
      if (out != 0) {
        store<u16>(out + (<usize>units << 1), <u16>(0xd800 + ((cp - 0x10000) >> 10)));
        store<u16>(out + (<usize>units << 1) + 2, <u16>(0xdc00 + ((cp - 0x10000) & 0x3ff)));
      }
      units += 2;
    } else {
      if (out != 0) store<u16>(out + (<usize>units << 1), <u16>cp);
      units++;
    }
  }
  return units;
}

/** A string cell decoded from `n` UTF-8 bytes at `src` (which must stay valid across the
 *  allocation: root the cell holding it), or 0 on an error in fatal mode. */
export function utf8Decode(src: usize, n: usize, fatal: bool): usize {
  const units = decode(src, n, 0, fatal);
  if (units < 0) return 0;
  const s = allocString(units);
  decode(src, n, s + STR_DATA, false);
  return s;
}
