// Shortest round-trip number printing for ordinary fractions and sums.
console.log(0.1 + 0.2);
console.log(0.1 + 0.7);
console.log(0.3 - 0.1);
console.log(1 / 3);
console.log(2 / 3);
console.log(10 / 3);
console.log(1 / 7);
console.log(0.1 * 3);
console.log(1.1 * 1.1);
console.log(100 / 3);
console.log(4.35 * 100);
console.log(1.15 * 100);
console.log(9.95);
console.log(0.5, 0.25, 0.125, 0.0625);
console.log(3.0, 3.5, -3.5, 42);
console.log(1 - 0.9);
console.log(0.07 * 100);
console.log(123.456);
console.log(-123.456e3);
console.log(5e-1, 5e0, 5e1);
console.log(1.7976931348623157e308);
console.log(2.2250738585072014e-308);
console.log(5e-324);
console.log(-5e-324);
console.log(4.9e-324);
console.log(Math.PI);
console.log(Math.E);
console.log(Math.PI * 2);
console.log(22 / 7);
console.log(0.000001);
console.log(0.0000001);
console.log(123e-20);
console.log(1 / 1024);
console.log(1 / 3 + 1 / 3 + 1 / 3);
let sum = 0;
for (let i = 0; i < 10; i++) {
  sum += 0.1;
}
console.log(sum);
console.log(sum === 1, sum < 1);
let prod = 1;
for (let i = 1; i <= 20; i++) {
  prod *= i;
}
console.log(prod);
console.log(prod * 21);
console.log(prod * 21 * 22 * 23);
