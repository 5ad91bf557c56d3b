function fact(n) {
  return n <= 1 ? 1 : n * fact(n - 1);
}
console.log(fact(0), fact(5), fact(20), fact(25));

function fib(n) {
  return n < 2 ? n : fib(n - 1) + fib(n - 2);
}
console.log([...Array(15).keys()].map(fib));

// mutual recursion with hoisted functions
function isEven(n) { return n === 0 ? true : isOdd(n - 1); }
function isOdd(n) { return n === 0 ? false : isEven(n - 1); }
console.log(isEven(10), isOdd(7), isEven(7));

// named function expression recursion
const countdown = function cd(n, acc = []) {
  if (n < 0) return acc;
  acc.push(n);
  return cd(n - 1, acc);
};
console.log(countdown(5));

// recursion over nested structure
function depth(v) {
  if (!Array.isArray(v)) return 0;
  return 1 + Math.max(0, ...v.map(depth));
}
console.log(depth([1, [2, [3, [4]]], []]), depth(5), depth([]));

function flatten(arr) {
  return arr.reduce((acc, x) => acc.concat(Array.isArray(x) ? flatten(x) : x), []);
}
console.log(flatten([1, [2, [3, [4, [5]]]], 6]));

// tree traversal
const tree = { v: 1, kids: [{ v: 2, kids: [{ v: 4, kids: [] }] }, { v: 3, kids: [] }] };
function sumTree(t) { return t.v + t.kids.reduce((s, k) => s + sumTree(k), 0); }
function paths(t, prefix = '') {
  const p = prefix + t.v;
  return t.kids.length ? t.kids.flatMap(k => paths(k, p + '/')) : [p];
}
console.log(sumTree(tree), paths(tree));

// permutations
function perms(xs) {
  if (xs.length <= 1) return [xs];
  return xs.flatMap((x, i) => perms([...xs.slice(0, i), ...xs.slice(i + 1)]).map(p => [x, ...p]));
}
console.log(perms([1, 2, 3]).map(p => p.join('')));

// Ackermann small
function ack(m, n) {
  return m === 0 ? n + 1 : n === 0 ? ack(m - 1, 1) : ack(m - 1, ack(m, n - 1));
}
console.log(ack(2, 3));

// deep recursion (within default stack)
function deep(n) { return n === 0 ? 0 : 1 + deep(n - 1); }
console.log(deep(5000));

// gcd
const gcd = (a, b) => (b === 0 ? a : gcd(b, a % b));
console.log(gcd(48, 18), gcd(17, 5));
