// ToInt32 of unboxed numbers on both sides of 2^31 and 2^63 (inline below 2^63, the engine above),
// with -0, fractions, NaN and the infinities, and a hash that passes 2^31 every step.
const xs = [0, -0, 0.5, -0.5, 2147483647.9, 2147483648, -2147483648.5, -2147483649, 4294967295, 4294967296.7, 2 ** 53 + 2, -(2 ** 53), 1e18, -1e18, 2 ** 62 * 1.5, 2 ** 63, -(2 ** 63), 1e21, NaN, Infinity, -Infinity, 123456789012.3];
let h = 0;
for (const x of xs) { const a = x * 1, b = a + 0.25; console.log(x, a | 0, a >>> 0, a >> 3, b ^ 1, ~a, a << 1); h = (Math.imul(h, 31) + (a | 0)) >>> 0; }
for (let i = 0, s = 7; i < 1000; i++) s = (s * 31 + i * 2654435761) >>> 0, h ^= s;
console.log(h);
