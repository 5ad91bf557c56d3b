// Hot loops get a typed version in the profile-guided build: bindings from outside the loop that
// it uses as numbers are checked once on entry and then live unboxed. Each case below runs both
// versions (entry values that fit and values that do not: a string, a double where an int32 was
// assumed, -0, undefined) and leaves the typed version by every edge: the end, break and continue
// to an outer label, return, and an exception caught outside that reads the bindings.
function mix(seed, n) {
  let a = seed, b = seed ^ 0x5bd1e995, c = 0;
  for (let i = 0; i < n; i++) {
    const t = (a + b + i) | 0;
    a = b; b = (t << 7) | (t >>> 25); c = (c + (a ^ b)) | 0;
  }
  return [a, b, c];
}

function sum(from, step, n) {
  let s = from;
  for (let i = 0; i < n; i++) s = s + step * i;
  return s;
}

function search(limit) {
  let found = -1, steps = 0;
  outer: for (let i = 0; i < 100; i++) {
    for (let j = 0; j < 100; j++) {
      steps = steps + 1;
      if (j > i) continue outer;
      if (i * j > limit) { found = i * 1000 + j; break outer; }
    }
  }
  return [found, steps];
}

function firstOver(limit) {
  let x = 1;
  while (x < 1e9) {
    x = x * 3 + 1;
    if (x > limit) return x;
  }
  return -x;
}

function thrower(n, bad) {
  let acc = 0, k = 0;
  try {
    for (k = 0; k < n; k++) {
      acc = acc + k * 2;
      if (k === bad) throw new Error(`stop at ${k}`);
    }
  } catch (e) {
    return [e.message, acc, k];
  }
  return ['done', acc, k];
}

function countDown(v) {
  let n = v, steps = 0;
  do { n = n - 1; steps++; } while (n > 0);
  return [n, steps, Object.is(n, -0)];
}

for (let r = 0; r < 30; r++) { mix(r, 50); sum(r, 0.5, 50); search(r * 10); firstOver(r * 1000); thrower(30, 100); countDown(20); }
console.log(mix(1, 1000), mix(-7, 10), mix('12', 300), mix(2.5, 300), mix(undefined, 5));
console.log(sum(0, 0.5, 1000), sum(1, 2, 300), sum('x', 1, 3), sum(-0, -0, 400), Object.is(sum(-0, 1, 0), -0));
console.log(search(50), search(1e9), search('20'));
console.log(firstOver(5000), firstOver(2e9), firstOver('100'));
console.log(thrower(300, 257), thrower(300, -1), thrower('5', 2));
console.log(countDown(300), countDown(0.5), countDown('3'), countDown(-0));
