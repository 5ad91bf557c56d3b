// Non-ASCII BMP characters and a surrogate-pair emoji: UTF-16 length and indices.
const words = ["café", "über", "中文", "naïve", "日本語テキスト"];
for (let i = 0; i < words.length; i++) {
  const w = words[i];
  console.log(w, w.length, w.charCodeAt(w.length - 1), w.toUpperCase(), w.split(""));
}
const e = "é";
console.log(e.length, e.charCodeAt(0), e === "\u00e9", "e\u0301".length, "e\u0301" === e);
const smile = "😀";
console.log(smile, smile.length, smile.charCodeAt(0), smile.charCodeAt(1));
console.log(smile[0] === "\ud83d", smile[1] === "\ude00", smile === "\ud83d\ude00");
const mixed = "a😀b中c";
console.log(mixed.length, mixed.indexOf("b"), mixed.indexOf("中"), mixed.slice(1, 3) === smile);
console.log(mixed.slice(0, 1) + mixed.slice(3), mixed.includes("😀"), mixed.lastIndexOf("c"));
console.log(["😀", "é", "中"], { emoji: "😀", accent: "é" });
console.log("ü".padStart(3, "·"), "中".repeat(3), "ÄÖÜ".toLowerCase(), "äöü".toUpperCase());
console.log("😀😀".split("😀"), "x中y".split("中"), "résumé".indexOf("é", 2));
console.log(`${smile} is ${smile.length} code units`);
let codes = [];
const greek = "αβγδ";
for (let i = 0; i < greek.length; i++) {
  codes.push(greek.charCodeAt(i));
}
console.log(greek, codes, String.fromCharCode(codes[0] - 32));
console.log("中" > "z", "é" > "z", "a" < "é", "😀" > "中");
let count = 0;
const text = "Grüße aus Köln! 🎉";
for (let i = 0; i < text.length; i++) {
  if (text.charCodeAt(i) > 127) count++;
}
console.log(text, text.length, count, text.trim().endsWith("🎉"));
