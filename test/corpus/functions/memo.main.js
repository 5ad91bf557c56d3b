// Memoization and call counting with closures, all driven from main().
function memoize(fn) {
  const cache = {};
  let misses = 0;
  function wrapped(n) {
    if (!(n in cache)) {
      misses++;
      cache[n] = fn(n);
    }
    return cache[n];
  }
  wrapped.misses = function () {
    return misses;
  };
  return wrapped;
}

let rawCalls = 0;
function slowFib(n) {
  rawCalls++;
  return n < 2 ? n : slowFib(n - 1) + slowFib(n - 2);
}

const fastFib = memoize((n) => (n < 2 ? n : fastFib(n - 1) + fastFib(n - 2)));

const ways = memoize((n) => {
  if (n === 0) return 1;
  if (n < 0) return 0;
  return ways(n - 1) + ways(n - 2) + ways(n - 3);
});

export function main() {
  console.log(slowFib(20), "raw calls:", rawCalls);
  console.log(fastFib(20), "misses:", fastFib.misses());
  console.log(fastFib(90), "misses:", fastFib.misses());
  console.log(fastFib(78) === 8944394323791464, "misses:", fastFib.misses());
  const stairs = [];
  for (let i = 1; i <= 12; i++) stairs.push(ways(i));
  console.log(stairs, ways.misses());
  const squares = memoize((x) => x * x);
  console.log(squares(-0), squares(0), squares.misses(), squares("3"), squares(3), squares.misses());
}
