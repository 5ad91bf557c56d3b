// The u flag: code points, surrogate pairs, \u{...}, empty matches advancing by code point.
const s = "a💩b";
console.log(/^.$/.test("💩"), /^.$/u.test("💩"), /^..$/.test("💩"), s.match(/./gu), s.match(/./g).length);
console.log(/\u{1F4A9}/u.test("💩"), /\u{61}/.test("a"), /\u{2}/.test("uu"), /[💩]/u.test("💩"), /^[💩]$/.test("💩"));
console.log(/\uD83D\uDCA9/u.exec("💩")[0].length, /\uD83D/u.test("💩"), /\uD83D/.test("💩"), /\uDCA9/u.test("💩"));
console.log("💩💩".replace(/(?:)/gu, "|"), "💩💩".replace(/(?:)/g, "|").length);
console.log(/[\u{1F400}-\u{1F4FF}]/u.exec("x🐱y")[0], /^[^a]$/u.test("💩"), /^[^a]$/.test("💩"));
const re = /(?:)/gu;
re.lastIndex = 1;
console.log(re.exec("💩").index, re.lastIndex);
const re2 = /./gu;
re2.lastIndex = 1;
console.log(re2.exec("💩x")[0], re2.lastIndex);
console.log(/\p{ASCII}+/u.exec("abc💩")[0], /\P{ASCII}/u.exec("abc💩")[0]);
console.log("a💩b".split(/(?:)/u), "💩".split(""), /(?<=💩)b/u.exec("💩b"), /(?<=.)b/u.exec("💩b").index);
console.log(/💩+/u.exec("💩💩💩")[0].length, /💩+/.exec("💩💩💩")[0].length, /^\S$/u.test("💩"), /\W/u.test("💩"));
console.log(/\u{10FFFF}/u.test("\u{10FFFF}"), /[\u{10000}-\u{10FFFF}]/u.test("\u{10400}"));
