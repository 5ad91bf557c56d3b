// String.prototype.split with RegExps: captures, limits, empty matches, unicode.
console.log("a1b2c3".split(/\d/), "a1b2c3".split(/(\d)/), "a1b2c3".split(/\d/, 2));
console.log("aXbX".split(/(X)/), "one  two   three".split(/\s+/), " x ".split(/\s*/));
console.log("abc".split(/(?:)/), "abc".split(/(?:)/, 2), "".split(/x/), "".split(/(?:)/));
console.log("a,b;c d".split(/[,; ]/), "test".split(/(t)?/), "ab".split(/a*?/), "ab".split(/a*/));
console.log("A<B>bold</B>and<CODE>coded</CODE>".split(/<(\/)?([^<>]+)>/));
console.log("💩💩".split(/(?:)/u), "💩💩".split(/(?:)/).length, "a💩b".split(/(?=b)/u));
console.log("x1y22z".split(/(\d)(\d)?/), "abc".split(/b/, 0), "abc".split(/b/, -1));
console.log("Hello World. How are you doing?".split(/ /, 3), "a\nb\r\nc".split(/\r?\n/));
const re = /-/g;
re.lastIndex = 3;
console.log("a-b-c".split(re), re.lastIndex);
