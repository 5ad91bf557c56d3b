// Sieve of Eratosthenes, prime factorization, and a few number-theory helpers.
function sieve(limit) {
  const isComposite = [];
  isComposite.length = limit + 1;
  isComposite.fill(false);
  const primes = [];
  for (let i = 2; i <= limit; i++) {
    if (isComposite[i]) continue;
    primes.push(i);
    for (let j = i * i; j <= limit; j += i) isComposite[j] = true;
  }
  return primes;
}
const primes = sieve(1000);
console.log(primes.length, primes.slice(0, 10), primes.slice(-3));
console.log(primes.filter((p) => p < 60));
function factorize(n) {
  const out = [];
  let d = 2;
  while (d * d <= n) {
    while (n % d === 0) {
      out.push(d);
      n /= d;
    }
    d++;
  }
  if (n > 1) out.push(n);
  return out;
}
const targets = [2, 12, 97, 360, 1001, 65536, 999999, 2147483647, 600851475143];
for (const t of targets) console.log(t, "=", factorize(t).join(" * "));
const twins = [];
for (let i = 1; i < primes.length && twins.length < 8; i++) {
  if (primes[i] - primes[i - 1] === 2) twins.push("(" + primes[i - 1] + "," + primes[i] + ")");
}
console.log(twins.join(" "));
let maxGap = 0;
let gapAt = 0;
for (let i = 1; i < primes.length; i++) {
  if (primes[i] - primes[i - 1] > maxGap) {
    maxGap = primes[i] - primes[i - 1];
    gapAt = primes[i - 1];
  }
}
console.log("max gap below 1000:", maxGap, "after", gapAt);
function totient(n) {
  let result = n;
  for (const p of factorize(n).filter((x, i, arr) => arr.indexOf(x) === i)) result = (result / p) * (p - 1);
  return result;
}
console.log([1, 2, 9, 10, 36, 97, 100].map(totient));
const perfect = [];
for (let n = 2; n < 10000; n++) {
  let s = 1;
  for (let d = 2; d * d <= n; d++) {
    if (n % d === 0) s += d + (d * d === n ? 0 : n / d);
  }
  if (s === n) perfect.push(n);
}
console.log("perfect numbers:", perfect);
console.log("sum of primes below 1000:", primes.reduce((a, b) => a + b, 0));
