// strEscape: single quotes by default; double quotes when the string has a single quote; backticks
// when it has both; escapes for control characters, backslashes and lone surrogates. Long
// strings with newlines are split into "+"-joined pieces inside objects and arrays.
console.log(["plain", "it's", 'say "hi"', "both ' and \"", "all ' \" `", "both ' \" and ${x}"]);
console.log({ s: "it's" }, { s: 'a "b"' }, { s: "`" });
console.log(["tab\there", "new\nline", "cr\rx", "nul\0x", "bell\x07", "esc\x1b[0m", "del\x7f", "c1\x85"]);
console.log(["back\\slash", "\b\f\v", "\x01\x02\x1f", "\u00a0nbsp", "\u2028"]);
console.log(["\ud800", "x\udc00y", "\ud83d\ude00", "\ud83d", "\udbff\udfff"]);
console.log(["é", "日本語", "emoji 😀", "e\u0301"]);
console.log("raw at top level: it's \"fine\"\twith\ttabs");
const short = "short\nstring";
console.log([short], { short });
const long = "this is the first line of a long string\nand this is the second line\nthird";
console.log([long]);
console.log({ long });
console.log({ nested: { deeper: { text: long } } });
const noNewline = "a string without newlines that is much longer than the eighty column limit of lines";
console.log([noNewline]);
console.log({ noNewline });
const trailing = "ends with a newline and is long enough to be split across lines\n";
console.log([trailing]);
console.log(["0123456789abcdef\n", "0123456789abcdefg\nhij"]);
const lines = [];
for (let i = 0; i < 5; i++) lines.push("line number " + i + " of the generated text");
console.log({ text: lines.join("\n") });
console.log([lines.join("\n") + "\n"]);
console.log(["it's\na multi-line string with a quote ' in the first line", "second\n\"line\""]);
const big = "x".repeat(10005);
console.log([big]);
console.log({ one: "w".repeat(10001) });
console.log(["y".repeat(60) + "\n" + "z".repeat(10)]);
console.log({ k: "\n", k2: "\n\n", k3: "a\n" });
