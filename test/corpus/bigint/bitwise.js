// BigInt bitwise operators on the infinite two's complement, shifts, asIntN / asUintN.
const vals = [0n, 1n, -1n, 5n, -5n, 0xffffffffn, -0x100000000n, 2n ** 70n + 3n, -(2n ** 70n) - 3n, 0x123456789abcdef0123n];
for (const a of vals) {
  const out = [];
  for (const b of vals) out.push(a & b, a | b, a ^ b);
  console.log(String(a), ~a, out.join(' '));
}
for (const a of [1n, -1n, 5n, -5n, -(2n ** 64n), 2n ** 64n - 1n, -12345678901234567890n]) {
  console.log(a << 0n, a << 1n, a << 31n, a << 32n, a << 65n, a >> 1n, a >> 31n, a >> 64n, a >> 200n, a << -3n, a >> -3n);
}
try { 1n >>> 1n; } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
try { 1n << (2n ** 40n); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
console.log(0n << (2n ** 40n), 5n >> (2n ** 80n), -5n >> (2n ** 80n));

for (const bits of [0, 1, 7, 8, 32, 63, 64, 65, 100]) {
  const row = [];
  for (const v of [0n, 1n, -1n, 127n, 128n, 255n, -128n, -129n, 2n ** 63n, -(2n ** 63n), 2n ** 64n - 1n, 2n ** 90n + 5n, -(2n ** 90n) - 5n]) {
    row.push(BigInt.asIntN(bits, v), BigInt.asUintN(bits, v));
  }
  console.log(bits, row.join(' '));
}
for (const f of [() => BigInt.asIntN(-1, 1n), () => BigInt.asUintN(2 ** 53, 1n), () => BigInt.asIntN(8, 1)]) {
  try { console.log(f()); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
}
console.log(BigInt.asUintN(64, -1n) === 2n ** 64n - 1n, BigInt.asIntN('8', '255'));
