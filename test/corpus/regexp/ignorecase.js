// Case-insensitive matching: Canonicalize with and without u.
console.log(/abc/i.test("ABC"), /[a-z]+/i.exec("HeLLo")[0], /[^a-z]/i.exec("abcD1")[0]);
console.log(/\u212a/i.test("k"), /\u212a/iu.test("k"), /\u017f/i.test("s"), /\u017f/iu.test("S"));
console.log(/ß/i.test("ẞ"), /ß/iu.test("ẞ"), /σ/i.test("ς"), /Σ/i.test("ς"), /σ/iu.test("Σ"));
console.log(/[a-z]/i.test("\u212a"), /[a-z]/iu.test("\u212a"), /\w/iu.test("\u017f"), /\w/i.test("\u017f"));
console.log(/\W/iu.test("\u017f"), /[\W]/iu.test("S"), /\bk/iu.exec("\u212a"), /é/i.test("É"), /[à-ÿ]+/i.exec("ÀÉÎ")[0]);
console.log(/i/i.test("İ"), /i/iu.test("İ"), /i/i.test("ı"), /I/iu.test("ı"), /ǆ/i.test("ǅ"), /ǆ/i.test("Ǆ"));
console.log(/[^\d]/i.exec("1a")[0], /[A-Z]/i.exec("_q")[0], "ABCabc".replace(/b/gi, "*"), /x{2}/i.exec("xX")[0]);
console.log(/\u{10400}/iu.test("\u{10428}"), /[\u{10400}]/iu.test("\u{10428}"), /ω/i.exec("ΩΩ"));
console.log(/[\u0390]/i.test("\u1fd3"), /[k-l]/i.test("K"), /[K-L]/i.test("k"), /[^K]/i.test("k"));
console.log("Straße STRASSE".match(/straße/gi), /ǰ/i.test("J̌"), /µ/i.test("μ"), /µ/iu.test("μ"), /µ/i.test("Μ"));
