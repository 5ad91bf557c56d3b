// Recursion: fib, factorial, ackermann, hanoi, permutations, deep-but-bounded recursion.
function fib(n) {
  return n < 2 ? n : fib(n - 1) + fib(n - 2);
}
const fibs = [];
for (let i = 0; i <= 20; i++) fibs.push(fib(i));
console.log(fibs.join(" "));
console.log(fib(25));
function fact(n) {
  return n <= 1 ? 1 : n * fact(n - 1);
}
console.log(fact(0), fact(5), fact(18), fact(21), fact(170), fact(171));
function ack(m, n) {
  if (m === 0) return n + 1;
  if (n === 0) return ack(m - 1, 1);
  return ack(m - 1, ack(m, n - 1));
}
console.log(ack(0, 0), ack(1, 2), ack(2, 3), ack(3, 3), ack(3, 5));
const moves = [];
function hanoi(n, from, to, via) {
  if (n === 0) return 0;
  const a = hanoi(n - 1, from, via, to);
  if (moves.length < 7) moves.push(from + "->" + to);
  const b = hanoi(n - 1, via, to, from);
  return a + 1 + b;
}
console.log(hanoi(10, "A", "C", "B"), moves.join(" "));
function permutations(items) {
  if (items.length <= 1) return [items.slice()];
  const out = [];
  for (let i = 0; i < items.length; i++) {
    const rest = items.slice(0, i).concat(items.slice(i + 1));
    const perms = permutations(rest);
    for (let j = 0; j < perms.length; j++) {
      out.push([items[i]].concat(perms[j]));
    }
  }
  return out;
}
const perms = permutations(["a", "b", "c", "d"]);
console.log(perms.length, perms.slice(0, 5).map((p) => p.join("")).join(" "));
function depth(n) {
  return n === 0 ? 0 : 1 + depth(n - 1);
}
console.log(depth(5000));
function sumDigits(n) {
  return n < 10 ? n : (n % 10) + sumDigits(Math.floor(n / 10));
}
console.log(sumDigits(987654321), sumDigits(0));
function flatten(arr) {
  let out = [];
  for (const x of arr) {
    if (x instanceof Array) out = out.concat(flatten(x));
    else out.push(x);
  }
  return out;
}
console.log(flatten([1, [2, [3, [4, [5]]]], [], [[6]]]));
function power(base, exp) {
  if (exp === 0) return 1;
  const half = power(base, Math.floor(exp / 2));
  return exp % 2 === 0 ? half * half : half * half * base;
}
console.log(power(2, 30), power(3, 13), power(1.5, 4));
const countDown = function down(n) {
  return n <= 0 ? "liftoff" : n + " " + down(n - 1);
};
console.log(countDown(5));
