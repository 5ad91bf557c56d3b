// indexOf, lastIndexOf, includes, startsWith, endsWith with positions and edge cases.
const s = "the quick brown fox jumps over the lazy dog";
console.log(s.indexOf("the"), s.indexOf("the", 1), s.indexOf("cat"), s.indexOf(""));
console.log(s.indexOf("", 5), s.indexOf("", 100), s.indexOf("o", -5), s.indexOf("g", 42));
console.log(s.lastIndexOf("the"), s.lastIndexOf("the", 30), s.lastIndexOf("o"), s.lastIndexOf(""));
console.log(s.lastIndexOf("o", 0), s.lastIndexOf("t", 0), s.lastIndexOf("z", -10), s.lastIndexOf("cat"));
console.log(s.includes("fox"), s.includes("Fox"), s.includes(""), s.includes("dog", 41));
console.log(s.includes("dog", 40), s.includes("the", -100));
console.log(s.startsWith("the"), s.startsWith("quick", 4), s.startsWith("quick"), s.startsWith(""));
console.log(s.endsWith("dog"), s.endsWith("lazy", 39), s.endsWith("lazy"), s.endsWith("", 0));
console.log("aaa".indexOf("aa"), "aaa".lastIndexOf("aa"), "aaaa".indexOf("aa", 1));
console.log("abc".indexOf(undefined), "undefined".indexOf(undefined), "null".includes(null));
console.log("a1b2".indexOf(1), "x".indexOf("x", NaN), "xyx".lastIndexOf("x", NaN));
function countOccurrences(hay, needle) {
  let count = 0;
  let pos = hay.indexOf(needle);
  while (pos !== -1) {
    count++;
    pos = hay.indexOf(needle, pos + needle.length);
  }
  return count;
}
console.log(countOccurrences(s, "o"), countOccurrences(s, "the"), countOccurrences("aaaa", "aa"));
function allPositions(hay, ch) {
  const out = [];
  for (let i = hay.indexOf(ch); i >= 0; i = hay.indexOf(ch, i + 1)) {
    out.push(i);
  }
  return out;
}
console.log(allPositions(s, "u"), allPositions(s, " ").length, allPositions("", "x"));
const files = ["index.js", "style.css", "README.md", "main.test.js", "js"];
for (let i = 0; i < files.length; i++) {
  const f = files[i];
  const dot = f.lastIndexOf(".");
  console.log(f, f.endsWith(".js"), dot, dot >= 0 ? f.slice(dot + 1) : "(none)");
}
