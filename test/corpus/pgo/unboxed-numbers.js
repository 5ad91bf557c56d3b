// Bindings that only ever hold Numbers live unboxed in the profile-guided build (i32, u32, f64):
// overflow past int32, ToInt32 of large and special doubles, -0, NaN, `>>>` as uint32, compound
// assignments, prefix/postfix values, and operands of unknown type (strings, objects with
// valueOf, a Symbol that throws) next to typed ones.
function overflow() {
  let x = 2147483647;
  x = x + 1;
  let y = -2147483648;
  y = y - 1;
  let w = (x | 0) + (y | 0);
  let m = 65536 * 65536;
  const p = 46341 * 46341;
  return [x, y, w, m, p, p | 0, (m + 5) | 0];
}

function toInt32() {
  const values = [3.7, -3.7, 1e20, -1e20, 2 ** 31, -(2 ** 31), 2 ** 32 + 5, 2 ** 53 + 2, Infinity, -Infinity, 0 / 0, 4294967295.5];
  const out = [];
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    let a = 0.5;
    a = a * 2 * v;
    out.push(a | 0, a >>> 0, a >> 1, ~a, a << 3);
  }
  return out;
}

function negativeZero() {
  let z = 0;
  z = -z;
  let q = -6;
  q = q % 3;
  let r = 5;
  r %= -5;
  let t = 0;
  t = t * -1;
  let u = -0;
  u = u + 0;
  return [Object.is(z, -0), Object.is(q, -0), Object.is(r, 0), Object.is(t, -0), Object.is(u, 0), 1 / z, 1 / q];
}

function unsigned() {
  const u = -1 >>> 0;
  let k = 0x80000000 >>> 0;
  let c = 0;
  for (let i = 0; i < 40; i++) { k = k >>> 1; if (k > 1000) c++; }
  const big = (0xdeadbeef >>> 0) > (0x7fffffff | 0);
  return [u, u > 1, u === 4294967295, u == '4294967295', u | 0, c, big, (u >>> 0) % 10, -1 >>> 31];
}

function compound() {
  let a = 7;
  a |= 8; a &= 13; a ^= 255; a <<= 3; a >>= 1; a >>>= 2; a **= 2; a %= 1000; a -= 0.25; a *= 4; a /= 3; a += 1;
  let b = 10;
  const pre = ++b, post = b++, dec = b--, pre2 = --b;
  return [a, b, pre, post, dec, pre2];
}

function mixed(s, o) {
  let n = 3;
  n = n * s;         // a string operand: ToNumber
  let m = 2;
  m = m - o;         // an object with valueOf
  let k = 1;
  k = k + 1;
  const cat = k + s; // not a number: concatenation
  let e = 'none';
  try { let v = 2; v = v * Symbol.iterator; e = String(v); } catch (err) { e = err.constructor.name; }
  return [n, m, k, cat, e, +s * 2, -s, ~s];
}

console.log(overflow());
console.log(toInt32().join(' '));
console.log(negativeZero());
console.log(unsigned());
console.log(compound());
for (let round = 0; round < 40; round++) mixed('4', { valueOf() { return 5; } });
console.log(mixed('4', { valueOf() { return 5; } }));
console.log(mixed(' 0x10 ', { valueOf() { return '7'; } }));
