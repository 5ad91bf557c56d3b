// String.prototype.match, matchAll and search.
console.log("The Quick Brown Fox".match(/[A-Z]/g), "abc".match(/d/g), "abc".match(/b/));
console.log("abc".match(/(?<l>b)(c)/), "aaa".match(/a*?/g), "aaa".match(/a*/g), "".match(/x*/g));
console.log("x1y2".match("\\d"), "a.b".match("."), "abc".match(), "abc".match(undefined));
console.log("💩💩".match(/(?:)/gu).length, "💩💩".match(/(?:)/g).length, "💩".match(/./gu), "💩".match(/./g).length);
const it = "a1b22c333".matchAll(/\d+/g);
console.log(it.next());
for (const m of it) console.log(m[0], m.index);
console.log(it.next());
for (const m of "k1=v1;k2=v2".matchAll(/(?<k>\w+)=(?<v>\w+)/g)) console.log(m.groups.k, m.groups.v, m.index);
for (const m of "aXbx".matchAll("x")) console.log(m);
try { "x".matchAll(/a/); } catch (e) { console.log(e.name, e.message); }
const g = /o/g;
g.lastIndex = 2;
const ms = [];
for (const m of "foo boo".matchAll(g)) ms.push(m.index);
console.log(ms, g.lastIndex);
console.log("abc".search(/c/), "abc".search(/x/), "a.c".search("."), "abc".search(), "aBc".search(/b/i));
const s = /b/g;
s.lastIndex = 2;
console.log("abcb".search(s), s.lastIndex);
const gm = /a/g;
console.log("banana".match(gm), gm.lastIndex);
