// toUpperCase, toLowerCase, concat and String.fromCharCode.
console.log("Hello World".toUpperCase(), "Hello World".toLowerCase());
console.log("MiXeD 123 !?".toLowerCase(), "already UPPER".toUpperCase());
console.log("éàü".toUpperCase(), "ÉÀÜ".toLowerCase(), "straße".toUpperCase());
console.log("".toUpperCase() === "", "中文".toUpperCase(), "Ωμέγα".toLowerCase(), "ÿ".toUpperCase());
console.log("a".concat("b", "c"), "x".concat(), "n".concat(1, 2), "".concat(null, undefined, true));
console.log("arr:".concat([1, 2]), "num:".concat(0.5, -0));
console.log(String.fromCharCode(72, 105), String.fromCharCode(), String.fromCharCode(65 + 25));
console.log(String.fromCharCode(0x263a), String.fromCharCode(65601), String.fromCharCode(-1).charCodeAt(0));
console.log(String.fromCharCode(233, 252, 20013), String.fromCharCode("66", 67.9));
console.log(String.fromCharCode(0xd83d, 0xde00), String.fromCharCode(0xd83d, 0xde00).length);
let alphabet = "";
for (let c = 97; c < 123; c++) {
  alphabet += String.fromCharCode(c);
}
console.log(alphabet, alphabet.toUpperCase());
function capitalize(word) {
  if (word.length === 0) return word;
  return word[0].toUpperCase() + word.slice(1).toLowerCase();
}
function titleCase(text) {
  const parts = text.split(" ");
  const out = [];
  for (let i = 0; i < parts.length; i++) {
    out.push(capitalize(parts[i]));
  }
  return out.join(" ");
}
console.log(titleCase("the QUICK bRoWn fox"), "[" + titleCase("") + "]");
function caesar(text, shift) {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) out += String.fromCharCode(((c - 65 + shift) % 26 + 26) % 26 + 65);
    else if (c >= 97 && c <= 122) out += String.fromCharCode(((c - 97 + shift) % 26 + 26) % 26 + 97);
    else out += text[i];
  }
  return out;
}
const secret = caesar("Attack at Dawn, Zebra!", 3);
console.log(secret, caesar(secret, -3), caesar("abc", 26 * 4 + 1));
function swapCase(text) {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    out += ch === ch.toUpperCase() ? ch.toLowerCase() : ch.toUpperCase();
  }
  return out;
}
console.log(swapCase("Hello, World 42"));
console.log("abc" < "ABC", "a".toUpperCase() === "A", "Z".toLowerCase().charCodeAt(0));
