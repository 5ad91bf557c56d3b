// length, index access, charAt and charCodeAt, including out-of-range indices.
const s = "Hello, World";
console.log(s.length, s[0], s[4], s[s.length - 1], s[s.length], s[-1]);
console.log(s.charAt(0), s.charAt(7), "[" + s.charAt(99) + "]", "[" + s.charAt(-1) + "]");
console.log(s.charAt(), s.charAt(1.9), s.charAt("3"), s.charAt(NaN));
console.log(s.charCodeAt(0), s.charCodeAt(1), s.charCodeAt(5), s.charCodeAt(99), s.charCodeAt(-1));
console.log(s.charCodeAt(), s.charCodeAt(2.7), typeof s[100]);
console.log("".length, ""[0], "".charAt(0) === "", "".charCodeAt(0));
console.log("abc"["length"], "abc"[1], "abc"["1"], "abc"[1.0]);
let codes = [];
for (let i = 0; i < s.length; i++) {
  codes.push(s.charCodeAt(i));
}
console.log(codes.join(" "));
let reversed = "";
for (let i = s.length - 1; i >= 0; i--) {
  reversed += s[i];
}
console.log(reversed);
let upper = 0;
let lower = 0;
let other = 0;
for (let i = 0; i < s.length; i++) {
  const c = s.charCodeAt(i);
  if (c >= 65 && c <= 90) upper++;
  else if (c >= 97 && c <= 122) lower++;
  else other++;
}
console.log("upper", upper, "lower", lower, "other", other);
const str = "immutable";
const copy = str;
let changed = str + "!";
console.log(str, copy, changed, str === copy, str.length, changed.length);
console.log("tab\there", "new\nline", "quote\"s", 'single\'s', "back\\slash");
console.log("\u0041\u0042", "\x43", "\u00e9".length, "a\0b".length);
console.log("multi" +
  "part", "len" + "gth".length);
const digits = "0123456789";
let sumDigits = 0;
for (let i = 0; i < digits.length; i++) {
  sumDigits += digits.charCodeAt(i) - 48;
}
console.log(sumDigits, digits[digits.length >> 1]);
