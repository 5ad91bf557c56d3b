// slice vs substring: negative indices, swapped arguments, NaN and out of range.
const s = "JavaScript";
console.log(s.slice(0, 4), s.slice(4), s.slice(-6), s.slice(-6, -3), s.slice(2, -2));
console.log("[" + s.slice(5, 2) + "]", "[" + s.slice(100) + "]", s.slice(-100), s.slice());
console.log(s.slice(NaN), s.slice(0, NaN) === "", s.slice(1.7, 3.2), s.slice("2", "5"));
console.log(s.slice(undefined, 4), s.slice(0, undefined), s.slice(null, 3) === "Jav");
console.log(s.substring(0, 4), s.substring(4), s.substring(4, 0), s.substring(7, 2));
console.log(s.substring(-3), s.substring(-3, 2), s.substring(2, -3), s.substring(NaN, 3));
console.log(s.substring(100, 4), s.substring(), s.substring(3, 3) === "");
const cases = [[0, 3], [3, 0], [-2, 4], [4, -2], [-3, -1], [8, 100], [11, 5]];
for (let i = 0; i < cases.length; i++) {
  const a = cases[i][0];
  const b = cases[i][1];
  console.log(a, b, "slice=[" + s.slice(a, b) + "]", "substring=[" + s.substring(a, b) + "]");
}
function words(text) {
  const out = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === " ") {
      if (i > start) out.push(text.substring(start, i));
      start = i + 1;
    }
  }
  return out;
}
console.log(words("  split   these words  manually "));
function truncate(text, max) {
  return text.length <= max ? text : text.slice(0, max - 3) + "...";
}
console.log(truncate("short", 10), truncate("a much longer sentence here", 12));
function rotate(text, n) {
  const k = ((n % text.length) + text.length) % text.length;
  return text.slice(k) + text.slice(0, k);
}
console.log(rotate("abcdef", 2), rotate("abcdef", -1), rotate("abcdef", 13));
let tails = [];
for (let i = 1; i <= 4; i++) {
  tails.push(s.slice(-i));
}
console.log(tails);
