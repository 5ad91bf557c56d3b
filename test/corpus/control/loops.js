// while, do-while and for loops: zero iterations, break/continue, empty bodies, nesting.
let i = 0;
while (i < 5) {
  i++;
  if (i === 2) continue;
  if (i === 4) break;
  console.log("while", i);
}
console.log("after while", i);
let n = 10;
do {
  console.log("do-while runs once even when false", n);
  n++;
} while (n < 5);
let m = 0;
do {
  m += 3;
} while (m < 20);
console.log("m", m);
let collatz = 27;
let steps = 0;
let peak = collatz;
while (collatz !== 1) {
  collatz = collatz % 2 === 0 ? collatz / 2 : 3 * collatz + 1;
  if (collatz > peak) peak = collatz;
  steps++;
}
console.log("collatz(27)", steps, peak);
for (let k = 0; k < 0; k++) {
  console.log("never");
}
let sum = 0;
for (let k = 1; k <= 100; k++) {
  if (k % 3 !== 0) continue;
  sum += k;
}
console.log("sum of multiples of 3", sum);
let count = 0;
for (;;) {
  count++;
  if (count >= 7) break;
}
console.log("infinite for broke at", count);
let a = 0;
let b = 0;
for (a = 0, b = 100; a < b; a += 7, b -= 13);
console.log("empty body", a, b);
let rows = [];
for (let r = 1; r <= 4; r++) {
  let row = "";
  for (let c = 1; c <= 4; c++) {
    row += String(r * c).padStart(4);
  }
  rows.push(row);
}
console.log(rows.join("\n"));
let primes = [];
for (let p = 2; primes.length < 15; p++) {
  let isPrime = true;
  for (let d = 2; d * d <= p; d++) {
    if (p % d === 0) {
      isPrime = false;
      break;
    }
  }
  if (isPrime) primes.push(p);
}
console.log(primes);
let x = 1;
while (x < 1000) x *= 2;
console.log(x);
let s = "";
let k = 5;
do s += k; while (--k);
console.log(s);
