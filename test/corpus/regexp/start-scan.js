// Where matches start and how simple repeats run: the start-position scan (a set of first code
// units, anchoring by ^), class ASCII sets under negation and case folding, surrogates in
// classes and at starts, empty matches, sticky and global lastIndex, lookbehind first, backrefs.
function all(re, s) {
  const out = [];
  re.lastIndex = 0;
  if (!re.global && !re.sticky) {
    const m = re.exec(s);
    return m ? [m.index, ...m].join("|") : "null";
  }
  let m, guard = 0;
  while ((m = re.exec(s)) && guard++ < 50) {
    out.push(m.index + ":" + m.map((x) => (x === undefined ? "~" : x)).join(","));
    if (m[0] === "") re.lastIndex++;
  }
  return out.join(" ") + " /" + re.lastIndex;
}
const cases = [
  // case-insensitive starts
  [/hello/i, "say HeLLo and hello"], [/[a-c]x/gi, "zAx bX Cx dx"], [/\u00df/i, "SS \u00df \u1e9e"],
  [/k/giu, "K k \u212a"], [/s/giu, "S s \u017f"], [/[k-m]/giu, "\u212a \u017f L"], [/\u212a/gi, "k K \u212a"],
  [/K/gi, "\u212a k"], [/[^a-z]/gi, "Qq1"], [/\w+/giu, "\u017f\u212a ab"], [/\W/giu, "\u017f s !"],
  [/[A-Z]+/gi, "abc DEF g"], [/\u0130/gi, "i I \u0130 \u0131"], [/\u00e9t\u00e9/gi, "\u00c9T\u00c9 \u00e9t\u00e9"],
  // surrogates and astral starts
  [/\u{1F600}/gu, "a\u{1F600}b\u{1F600}"], [/[\u{1F600}-\u{1F602}]/gu, "x\u{1F601}\u{1F603}\u{1F602}"],
  [/./gu, "a\u{1F600}"], [/[^a]/gu, "a\u{1F600}b"], [/\uDE00/gu, "\u{1F600}\uDE00"], [/\uDE00/g, "\u{1F600}"],
  [/[\uD800-\uDFFF]/gu, "\u{1F600}\uD800x"], [/[\uD800-\uDFFF]/g, "\u{1F600}x"], [/\uD83D/gu, "\u{1F600}\uD83D"],
  [/[\u{1F600}a]*a/u, "a\u{1F600}a\u{1F600}"], [/.+/su, "\u{1F600}\n\u{1F600}"], [/\S+/gu, "a\u2003\u{1F600}b\u3000c"],
  // alternations whose branches start differently, empty alternatives
  [/cat|dog|\d+/g, "a cat, 2 dogs, 31"], [/(?:x|y)z|[0-9]/g, "xz yz 7 zz"], [/a|/g, "bab"], [/(?:ab|)c/g, "c abc"],
  [/(?:é|e)t/g, "été et"], [/\{\{\{[^}]+\}\}\}|\{\{[^}]+\}\}/g, "a {{x}} {{{y}}} {z}"], [/"[^"]*"|\S+/g, 'a "b c" d"e'],
  // empty-matching patterns
  [/x*/g, "axxb"], [/(?:)/g, "ab"], [/\b/g, "ab cd"], [/(?=a)/g, "bab"], [/$/g, "ab"], [/^/gm, "a\nb\r\nc"],
  [/\s*/g, " a  b"], [/(a*)*/g, "aab"], [/(?:a?)+?b/g, "b ab"], [/(?:)+x/g, "axx"],
  // anchors
  [/^abc/g, "abcabc"], [/^abc/m, "x\nabc"], [/^a|b/g, "aab b"], [/(?:^a|^b)c/g, "bc ac"], [/a*^b/g, "b ab"],
  [/(^|x)y/g, "yxy y"], [/^$/g, ""], [/^/g, "abc"], [/$|a/g, "ba"], [/\Bb/g, "ab b"],
  // sticky and lastIndex
  [/foo/y, "foofoo foo"], [/[a-z]+/y, "ab cd"], [/\d/gy, "12a3"], [/^a/y, "aa"], [/^a/my, "a\na"],
  [/(?:)/y, "ab"], [/\u{1F600}/uy, "\u{1F600}\u{1F600}"],
  // lookbehind at the start, lookahead
  [/(?<=\$)\d+/g, "$12 34 $5"], [/(?<!\w)cat/g, "cat bobcat (cat"], [/(?<=(\w))x/g, "ax x bx"],
  [/(?=\d)\w+/g, "a1 2b c"], [/(?!a)\w/g, "ab"],
  // backreferences
  [/(a)\1/g, "aa a aaa"], [/\1(a)/g, "ba"], [/(?:(a)|b)\1c/g, "aac bc"], [/(\w)\1/gi, "aA bb cD"],
  [/(?<q>["'])[^"']*\k<q>/g, `"a" 'b" 'c'`],
  // classes: negated, non-ASCII members, empty
  [/[^abc]/g, "a\u00e9b"], [/[^\x00-\x7f]+/g, "ab\u00e9\u00e8c\u4e2d"], [/[^]/g, "a\n"], [/[]/g, "abc"],
  [/[\u00e0-\u00ff]/gi, "\u00c0 a \u00e0"], [/[^\s\w]+/g, "a, b!? c"], [/\D+/g, "12ab34\u00e9"], [/[\d\u4e2d]+/g, "x12\u4e2d3y"],
  // simple repeats (greedy and lazy, with and without giving back)
  [/"[^"]*"/g, 'x "ab" "" "c'], [/\s*x/g, "  x\tx x"], [/.*b/g, "aab\nab\nc"], [/[^"]*?"/g, 'ab"c"'],
  [/a{2,3}/g, "aaaaaaa"], [/\d{3}/g, "12345678"], [/[a-z]+?\d/g, "abc1 de2"], [/.*?(\d)/g, "ab12"],
  [/\w*(\d)/g, "ab12 x3"], [/[\s\S]+?\}\}/g, "a}} b}}"], [/x?x?y/g, "xxy xy y"],
  [/.*bc/, "abcabxbdbbc!"], [/.*b\d/g, "ab1 b b2 bb3b"], [/[a-z]*a=/, "aaaaba="], [/x.*yz/g, "xyyyyzyz y"],
  [/(\w*)(a)b/, "caaabab"], [/<.+?>>/g, "<a> <b>> <c>x>>"], [/[\s\S]+?\}\}/g, "a}b}} c}}"], [/a{2,4}?b/g, "aaaaab aab"],
  [/\d{2,}?0/g, "123405000"], [/"[^"]*"x/g, '"a"b"c"x'],
]
for (const [re, s] of cases) console.log(String(re), JSON.stringify(all(re, s)));

// lastIndex inside a surrogate pair (the match starts at the pair), and past the end
const pair = /./gu;
pair.lastIndex = 1;
console.log(pair.exec("\u{1F600}x")?.index, pair.lastIndex);
const half = /\uDE00/g;
half.lastIndex = 1;
console.log(half.exec("\u{1F600}")?.index, half.lastIndex);
const sticky = /b/y;
for (const i of [0, 1, 2, 5]) { sticky.lastIndex = i; console.log(i, sticky.test("abb"), sticky.lastIndex); }
const anchored = /^a/g;
anchored.lastIndex = 1;
console.log(anchored.test("aa"), anchored.lastIndex);

// replace, split and search over the same scans
console.log("a<b>&'c\"".replace(/[&<>"']/g, (c) => "&#" + c.charCodeAt(0) + ";"));
console.log("x {{a}} y {{{b}}} z".split(/(\{\{\{[\s\S]+?\}\}\}|\{\{[\s\S]+?\}\})/));
console.log("Content-Type: text/HTML; CHARSET=utf-8".replace(/content-type|charset/gi, (m) => m.toLowerCase()));
console.log("no digits here".search(/\d{3}-\d{4}/), "call 555-1234 now".search(/\d{3}-\d{4}/));
console.log("line1\nline2".replace(/^/gm, "> "), "a\u{1F600}b".split(/(?:)/u));
