function* naturals(start = 0) {
  let n = start;
  while (true) yield n++;
}

function* take(iter, n) {
  if (n <= 0) return;
  for (const x of iter) {
    yield x;
    if (--n <= 0) return;
  }
}

function* map(iter, fn) {
  for (const x of iter) yield fn(x);
}

function* filter(iter, pred) {
  for (const x of iter) if (pred(x)) yield x;
}

console.log([...take(naturals(), 5)]);
console.log([...take(naturals(10), 3)]);
console.log([...take(naturals(), 0)]);
console.log([...take(filter(map(naturals(1), x => x * x), x => x % 2 === 1), 5)]);

function* fibonacci() {
  let [a, b] = [0, 1];
  for (;;) {
    yield a;
    [a, b] = [b, a + b];
  }
}
console.log([...take(fibonacci(), 12)]);

function* primes() {
  const found = [];
  for (const n of naturals(2)) {
    if (found.every(p => n % p !== 0)) {
      found.push(n);
      yield n;
    }
  }
}
console.log([...take(primes(), 10)]);

// cycle
function* cycle(arr) {
  while (true) yield* arr;
}
console.log([...take(cycle(['r', 'g', 'b']), 7)]);

// zip of infinite generators
function* zip(...its) {
  const iters = its.map(i => i[Symbol.iterator]());
  while (true) {
    const steps = iters.map(i => i.next());
    if (steps.some(s => s.done)) return;
    yield steps.map(s => s.value);
  }
}
console.log([...zip(naturals(), 'abc', cycle([true, false]))]);

// closing the infinite generator via break runs finally
function* withCleanup() {
  try {
    yield* naturals();
  } finally {
    console.log('cleaned up');
  }
}
for (const x of withCleanup()) {
  if (x === 2) break;
}

// destructuring from infinite generator
const [a, b, c] = naturals(100);
console.log(a, b, c);
