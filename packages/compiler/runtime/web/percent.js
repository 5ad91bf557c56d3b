// Percent-encoding (WHATWG URL §1.3) over UTF-8, shared by URL and URLSearchParams. Written here
// rather than on encodeURIComponent because each URL component has its own encode set.

const encoder = new TextEncoder();
const decoder = new TextDecoder();
const HEX = '0123456789ABCDEF';

/** The percent-encode sets of WHATWG URL §1.3, as a predicate over a byte per set name (bytes
 *  above 0x7E are always encoded). */
const SETS = {
  fragment: (c) => c <= 0x20 || c === 0x22 || c === 0x3c || c === 0x3e || c === 0x60,
  query: (c) => c <= 0x20 || c === 0x22 || c === 0x23 || c === 0x3c || c === 0x3e,
  specialQuery: (c) => c <= 0x20 || c === 0x22 || c === 0x23 || c === 0x3c || c === 0x3e || c === 0x27,
  path: (c) => c <= 0x20 || c === 0x22 || c === 0x23 || c === 0x3c || c === 0x3e || c === 0x3f
    || c === 0x60 || c === 0x7b || c === 0x7d,
  userinfo: (c) => SETS.path(c) || c === 0x2f || c === 0x3a || c === 0x3b || c === 0x3d || c === 0x40
    || (c >= 0x5b && c <= 0x5e) || c === 0x7c,
  // application/x-www-form-urlencoded: everything but *-._ and alphanumerics (space is handled apart).
  form: (c) => !((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)
    || c === 0x2a || c === 0x2d || c === 0x2e || c === 0x5f),
};

/** `text` with every UTF-8 byte in set `setName` (or above 0x7E) written as %XX. */
export function percentEncode(text, setName, spaceAsPlus = false) {
  const inSet = SETS[setName];
  let out = '';
  let plain = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 0x7e || inSet(c)) { plain = false; break; }
  }
  if (plain) return text;
  for (const b of encoder.encode(text)) {
    if (spaceAsPlus && b === 0x20) out += '+';
    else if (b > 0x7e || inSet(b)) out += '%' + HEX[b >> 4] + HEX[b & 15];
    else out += String.fromCharCode(b);
  }
  return out;
}

function hexValue(c) {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x41 && c <= 0x46) return c - 0x37;
  if (c >= 0x61 && c <= 0x66) return c - 0x57;
  return -1;
}

/** Percent-decode `text` (a malformed %XX stays as it is), then UTF-8 decode with U+FFFD for bad
 *  sequences; with `plusAsSpace`, + is a space first (form decoding). */
export function percentDecode(text, plusAsSpace = false) {
  if (plusAsSpace && text.includes('+')) text = text.replace(/\+/g, ' ');
  if (!text.includes('%')) return text;
  const bytes = encoder.encode(text);
  const out = new Uint8Array(bytes.length);
  let n = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b === 0x25 && i + 2 < bytes.length && hexValue(bytes[i + 1]) >= 0 && hexValue(bytes[i + 2]) >= 0) {
      out[n++] = hexValue(bytes[i + 1]) * 16 + hexValue(bytes[i + 2]);
      i += 2;
    } else {
      out[n++] = b;
    }
  }
  return decoder.decode(out.subarray(0, n));
}
