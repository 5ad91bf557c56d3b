// What real programs use BigInt for: 64-bit hashes, a 64-bit PRNG, exact big integer math.
const MASK = (1n << 64n) - 1n;
function fnv1a64(str) {
  let h = 0xcbf29ce484222325n;
  for (let i = 0; i < str.length; i++) {
    h ^= BigInt(str.charCodeAt(i));
    h = (h * 0x100000001b3n) & MASK;
  }
  return h;
}
for (const s of ['', 'a', 'foobar', 'hello world', 'The quick brown fox jumps over the lazy dog']) {
  console.log(JSON.stringify(s), fnv1a64(s).toString(16).padStart(16, '0'));
}

// xorshift64*: a generator of 64-bit words, with BigInt.asUintN for the wrap-around.
let state = 0x9e3779b97f4a7c15n;
function next() {
  state ^= state >> 12n;
  state ^= (state << 25n) & MASK;
  state ^= state >> 27n;
  return BigInt.asUintN(64, state * 0x2545f4914f6cdd1dn);
}
const words = [];
for (let i = 0; i < 2000; i++) words.push(next());
console.log(words.slice(0, 3), words[1999], words.reduce((a, b) => a ^ b));

// Exact arithmetic: Fibonacci, modular exponentiation, an integer square root by Newton.
let a = 0n, b = 1n;
for (let i = 0; i < 500; i++) [a, b] = [b, a + b];
console.log('fib(500) =', a);
function modPow(base, exp, mod) {
  let r = 1n;
  base %= mod;
  while (exp > 0n) {
    if (exp & 1n) r = (r * base) % mod;
    base = (base * base) % mod;
    exp >>= 1n;
  }
  return r;
}
const p = 2n ** 127n - 1n; // a Mersenne prime: Fermat's little theorem holds
console.log(modPow(3n, p - 1n, p), modPow(2n, 10n ** 18n, 1000000007n));
function isqrt(n) {
  if (n < 2n) return n;
  let x = n, y = (x + 1n) / 2n;
  while (y < x) { x = y; y = (x + n / x) / 2n; }
  return x;
}
const sq = isqrt(2n * 10n ** 100n);
console.log(sq, sq * sq <= 2n * 10n ** 100n, (sq + 1n) ** 2n > 2n * 10n ** 100n);
// Parse and print ids beyond 2^53 without losing digits.
const ids = ['9007199254740993', '18446744073709551615', '-170141183460469231731687303715884105728'];
console.log(ids.map((s) => BigInt(s) + 1n), ids.map((s) => Number(s) === Number(BigInt(s))));
