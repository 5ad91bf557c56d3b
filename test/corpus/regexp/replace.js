// String.prototype.replace / replaceAll with RegExps: $ patterns and replacer functions.
const s = "John Smith, Jane Doe";
console.log(s.replace(/(\w+)\s(\w+)/, "$2 $1"));
console.log(s.replace(/(\w+)\s(\w+)/g, "$2, $1"));
console.log(s.replace(/(?<first>\w+) (?<last>\w+)/g, "$<last> [$<first>] $<nope>."));
console.log("abc".replace(/b/, "[$&|$`|$'|$$|$]"));
for (const t of ["$0", "$00", "$01", "$1", "$2", "$3", "$10", "$11", "$21", "$<x>", "$", "x$"]) {
  console.log(t, JSON.stringify("xaby".replace(/(a)(b)?/, t)), JSON.stringify("xay".replace(/(a)(b)?/, t)));
}
console.log("aaa".replace(/a/g, (m, o, str) => `${m}${o}${str.length}`));
console.log("abc".replace(/(?<L>b)/, (m, p1, off, str, groups) => JSON.stringify([m, p1, off, str, groups])));
console.log("a-b-c".replace(/(-)/g, (m, p1, off) => `<${p1}@${off}>`));
console.log("x".replace(/y/, "z"), "".replace(/^/, "start"), "abc".replace(/(?:)/g, "-"));
console.log("💩a💩".replace(/(?:)/gu, "."), "💩a💩".replace(/(?:)/g, ".").length);
console.log("aaaa".replaceAll(/a/g, "b"), "a.b.c".replaceAll(/\./g, (m, o) => o));
try { "x".replaceAll(/a/, ""); } catch (e) { console.log(e.name, e.message); }
const re = /o/g;
re.lastIndex = 5;
console.log("foo boo".replace(re, "0"), re.lastIndex);
const sticky = /o/y;
console.log("foo".replace(sticky, "0"), sticky.lastIndex, "oof".replace(sticky, "0"), sticky.lastIndex);
console.log("tom&jerry".replace(/(t)(o)(m)(&)(j)(e)(r)(r)(y)(.)?/, "$10|$9|$1$2"));
console.log("2+3=5".replace(/\d/g, (d) => d * 2));
console.log("aBc".replace(/b/i, (m) => m.toLowerCase() + undefined), "abc".replace(/b/, null));
