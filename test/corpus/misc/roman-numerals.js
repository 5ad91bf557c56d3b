// Roman numeral conversion both ways, with validation, over a range of values.
const VALUES = [1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1];
const SYMBOLS = ["M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"];
function toRoman(n) {
  if (n <= 0 || n >= 4000 || n !== Math.floor(n)) throw new RangeError("cannot convert " + n);
  let out = "";
  for (let i = 0; i < VALUES.length; i++) {
    while (n >= VALUES[i]) {
      out += SYMBOLS[i];
      n -= VALUES[i];
    }
  }
  return out;
}
const SINGLE = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };
function fromRoman(s) {
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = SINGLE[s[i]];
    if (v === undefined) throw new SyntaxError("bad numeral character '" + s[i] + "'");
    const next = i + 1 < s.length ? SINGLE[s[i + 1]] : 0;
    total += v < next ? -v : v;
  }
  if (toRoman(total) !== s) throw new SyntaxError("non-canonical numeral " + s);
  return total;
}
const samples = [1, 3, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999, 444, 1666];
for (const n of samples) {
  const r = toRoman(n);
  console.log(String(n).padStart(4), r.padEnd(12), fromRoman(r));
}
let ok = 0;
for (let n = 1; n < 4000; n++) if (fromRoman(toRoman(n)) === n) ok++;
console.log("round trips:", ok);
const bad = [0, -1, 4000, 2.5, "IIII", "IC", "ABC", "MMMM", ""];
for (const b of bad) {
  try {
    const r = typeof b === "number" ? toRoman(b) : fromRoman(b);
    console.log("unexpected", r);
  } catch (e) {
    console.log(JSONish(b), "->", e.name + ": " + e.message);
  }
}
function JSONish(v) {
  return typeof v === "string" ? '"' + v + '"' : String(v);
}
let longest = "";
for (let n = 1; n < 4000; n++) {
  const r = toRoman(n);
  if (r.length > longest.length) longest = r;
}
console.log("longest numeral:", longest, fromRoman(longest), longest.length);
