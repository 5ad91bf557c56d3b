// BigInt arithmetic: + - * / % ** and unary minus on small, multi-limb and mixed-sign values,
// checked against the division identity and printed for comparison with node.
const values = [0n, 1n, -1n, 7n, -7n, 2n ** 32n - 1n, 2n ** 32n, -(2n ** 32n), 2n ** 64n + 12345n,
  -(3n ** 50n), 10n ** 30n + 7n, 123456789012345678901234567890n, -(2n ** 127n) + 1n];
for (const a of values) {
  const row = [];
  for (const b of values) {
    row.push(a + b, a - b, a * b);
    if (b !== 0n) {
      const q = a / b, r = a % b;
      if (q * b + r !== a) throw new Error(`division identity fails for ${a} / ${b}`);
      if (r !== 0n && (r < 0n) !== (a < 0n)) throw new Error(`remainder sign for ${a} % ${b}`);
      row.push(q, r);
    }
  }
  console.log(String(a), row.length, row.slice(0, 6).join(' '), row[row.length - 1]);
}

// Knuth division with divisors whose top limb forces the correction steps.
const big = 2n ** 200n - 1n;
for (const d of [2n ** 64n - 1n, 2n ** 96n + 1n, 0xffffffff00000001n, 3n ** 40n, -(2n ** 63n)]) {
  console.log(big / d, big % d, (-big) / d, (-big) % d);
}

console.log(2n ** 64n, (-3n) ** 3n, (-2n) ** 127n, 0n ** 0n, 1n ** 1000000n, (-1n) ** 1000001n, 7n ** 0n);
console.log(3n ** 200n);
console.log(-0n, -(-5n), - (2n ** 70n), 5n - 5n === 0n);

let n = 1n;
for (let i = 1n; i <= 50n; i++) n *= i;
console.log('50! =', n, n.toString().length);

let x = 9n; x++; ++x; x--; x += 100n; x -= 1n; x *= -3n; x /= 2n; x %= 7n; x **= 3n;
console.log(x);

for (const [f, label] of [[() => 1n / 0n, '1n / 0n'], [() => 5n % 0n, '5n % 0n'], [() => 2n ** -1n, '2n ** -1n'],
  [() => 1n + 1, '1n + 1'], [() => 2 * 2n, '2 * 2n'], [() => 2n ** 2, '2n ** 2'], [() => +1n, '+1n'],
  [() => 1n - 'x', "1n - 'x'"], [() => 1n + Symbol(), '1n + Symbol()'], [() => 2n ** (2n ** 40n), 'huge exponent']]) {
  try { console.log(label, f()); } catch (e) { console.log(label, '->', e.constructor.name + ': ' + e.message); }
}
console.log(1n + '2', '3' + 4n, `${-5n}!`, [1n, 2n] + '', 1n + { valueOf() { return 2n; } });
