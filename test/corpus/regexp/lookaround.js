// Lookahead and lookbehind, positive and negative, with captures.
console.log(/\d+(?=%)/.exec("50% of 100")[0], /\d+(?!%)/.exec("50% of 100")[0]);
console.log(/(?<=\$)\d+(\.\d*)?/.exec("cost: $10.53"), /(?<!\$)\b\d+/.exec("$10 20"));
console.log("$1 €2 $3".match(/(?<=\$)\d/g), "$1 €2 $3".match(/(?<!\$)\d/g));
console.log(/(?<=(\d+)(\d+))$/.exec("1053"), /(?<=\1(a))b/.exec("aab"), /(?<=(a)\1)b/.exec("aab"));
console.log(/(?=(a+))a*b\1/.exec("baaabac"), /(?=(a+))/.exec("baaabac"));
console.log(/(.*?)a(?!(a+)b\2c)\2(.*)/.exec("baaabaac"));
console.log(/(?<=a(?=b)b)c/.exec("abc"));
console.log("a,bb,ccc".match(/(?<=^|,)\w+/g), "price 100USD 200EUR".match(/\d+(?=EUR)/g));
console.log(/(?!a)\w/.exec("ab"), /(?=(x))?y/.exec("y"), /(?!(x))y/.exec("y"));
console.log("abcabc".replace(/(?<=a)b/g, "B"), "abc".replace(/(?<!a)c/, "C"), "xabc".replace(/(?<=x.)b/, "_"));
console.log(/(?<=([ab])+)c/.exec("abac"), /(?<!(^|[ab]))c/.exec("xc"));
console.log(/(?<=\b)x/.exec(" x"), /(?<=[a-z]{3})\d/.exec("ab1abc2"));
