// Patterns that backtrack a lot but still finish; long inputs; nested quantifiers.
const a20 = "a".repeat(20);
console.log(/(a+)+b/.test(a20), /(a|aa)+c/.test("a".repeat(18)), /^(a*)*$/.test(a20 + "b"));
console.log(/(x+x+)+y/.test("x".repeat(16)), /^(\w+\s?)*$/.test("an example sentence that fails!"));
const long = "ab".repeat(50000);
console.log(long.match(/(ab)+/)[0].length, /.*b$/.test(long), long.replace(/a/g, "").length);
console.log(/^(?:a|b)*$/.test(long), long.split(/b/).length, (long + "c").search(/c/));
console.log(/((a)|b)*?c/.exec("ababc"), /(a{2,3}){2}/.exec("aaaaaaa"), /(a{2,3}?){2}/.exec("aaaaaaa"));
console.log(/(?:a{0,2}){3}/.exec("aaaaaaa")[0], /(a?){5}b/.exec("aab"), /(?:(a)|b){2,}/.exec("abab"));
console.log(/(a*)*b/.exec("aab"), /(a*)+?b/.exec("aab"), /(?:a*)*?$/.exec("aa"), /(a|b)*?a/.exec("bba"));
console.log(/(.)*c/.exec("abc"), /(?:(.)x)*c/.exec("axbxc"), /(\d{1,3})(?:,(\d{3}))*/.exec("1,234,567"));
console.log(/x{0}/.exec("x"), /(x){0}y/.exec("xy"), /a{3,1000}/.exec("a".repeat(2000))[0].length);
const csv = "name,age\nann,30\nbob,41\n".repeat(100);
let total = 0;
for (const m of csv.matchAll(/^(\w+),(\d+)$/gm)) if (m[1] !== "name") total += +m[2];
console.log(total);
const html = "<p>" + "<b>x</b>".repeat(1000) + "</p>";
console.log(html.match(/<b>.*?<\/b>/g).length, html.replace(/<[^>]+>/g, "").length);
console.log(/^([a-z0-9_.-]+)@([\da-z.-]+)\.([a-z.]{2,6})$/.test("john.doe@example.co.uk"));
