// Arbitrary-precision addition and multiplication on decimal digit strings.
function add(a, b) {
  let out = "";
  let carry = 0;
  let i = a.length - 1;
  let j = b.length - 1;
  while (i >= 0 || j >= 0 || carry) {
    const d = (i >= 0 ? a.charCodeAt(i--) - 48 : 0) + (j >= 0 ? b.charCodeAt(j--) - 48 : 0) + carry;
    out = String(d % 10) + out;
    carry = d >= 10 ? 1 : 0;
  }
  return out.length ? out : "0";
}
function mulSmall(a, k) {
  let out = "";
  let carry = 0;
  for (let i = a.length - 1; i >= 0; i--) {
    const d = (a.charCodeAt(i) - 48) * k + carry;
    out = String(d % 10) + out;
    carry = Math.floor(d / 10);
  }
  while (carry > 0) {
    out = String(carry % 10) + out;
    carry = Math.floor(carry / 10);
  }
  let z = 0;
  while (z < out.length - 1 && out[z] === "0") z++;
  return out.slice(z);
}
function mul(a, b) {
  let result = "0";
  for (let i = 0; i < b.length; i++) {
    result = add(mulSmall(result, 10), mulSmall(a, b.charCodeAt(i) - 48));
  }
  return result;
}
function factorial(n) {
  let r = "1";
  for (let i = 2; i <= n; i++) r = mulSmall(r, i);
  return r;
}
console.log(add("999", "1"), add("0", "0"), add("123456789123456789", "987654321987654321"));
console.log(mul("12345", "6789"), 12345 * 6789, mul("0", "999"), mul("1", "1"));
console.log(factorial(20), String(2432902008176640000));
console.log(factorial(25));
const f50 = factorial(50);
console.log(f50, f50.length);
let fa = "0";
let fb = "1";
for (let i = 0; i < 150; i++) {
  const t = add(fa, fb);
  fa = fb;
  fb = t;
}
console.log("fib(150) =", fa);
let pow2 = "1";
for (let i = 0; i < 100; i++) pow2 = mulSmall(pow2, 2);
console.log("2^100 =", pow2, "vs double", 2 ** 100);
console.log(mul("99999999999999999999", "99999999999999999999"));
let digitSum = 0;
for (const ch of factorial(100).split("")) digitSum += Number(ch);
console.log("digit sum of 100!:", digitSum);
console.log(mul("9007199254740993", "3"), 9007199254740993 * 3);
