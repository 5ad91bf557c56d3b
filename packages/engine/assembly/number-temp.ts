// TEMPORARY until number/ lands: integers only.
export function NumberToString(x: f64, out: usize): i32 {
  let n = <i64>x; let neg = n < 0; if (neg) n = -n;
  let buf = out + 64; let i = 0;
  do { store<u16>(buf - (++i << 1), <u16>(48 + n % 10)); n /= 10; } while (n > 0);
  if (neg) store<u16>(buf - (++i << 1), 45);
  memory.copy(out, buf - (i << 1), i << 1);
  return i;
}
export function StringToNumber(p: usize, len: i32): f64 {
  let v: f64 = 0; for (let i = 0; i < len; i++) { const c = load<u16>(p + (i << 1)); if (c < 48 || c > 57) return NaN; v = v * 10 + (c - 48); } return v;
}
