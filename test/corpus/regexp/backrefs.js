// Backreferences: numbered, named, forward, unmatched, case-insensitive, inside quantifiers.
console.log(/(a)\1/.exec("xaa"), /(a)?b\1/.exec("b"), /\1(a)/.exec("a"), /(a)|\1b/.exec("b"));
console.log(/(?<q>['"]).*?\k<q>/.exec(`say "hi" and 'bye'`), /\k<x>(?<x>y)/.exec("y"));
console.log(/(\w)\1/gi.test("aA"), "aAbBcd".match(/(\w)\1/gi), /(ab)\1/i.exec("abAB"));
console.log(/((a)|b)+\2?/.exec("ab"), /(a*)+b\1/.exec("aab"), /(?:(a)|b)\1c/.exec("abc"));
console.log(/(z)((a+)?(b+)?(c))*/.exec("zaacbbbcac"));
console.log(/\8/.exec("8"), /\1/.exec("\u0001"), /[\1]/.exec("\u0001"), /(a)\2/.exec("a\u0002"));
console.log("aa bb cd ee".match(/\b(\w)\1\b/g), "abcabc".replace(/(abc)\1/, "[$1]"));
console.log(/^(?:(a)|(b))*$/.exec("ab"), /(a)|(b)/g[0]);
console.log(/(?<a>.)(?<b>.)\k<b>\k<a>/.exec("xabba"));
