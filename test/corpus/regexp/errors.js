// SyntaxErrors from the RegExp constructor, caught and printed, and TypeErrors from methods.
const pats = [["(", ""], ["(", "g"], [")", ""], ["*", ""], ["a{2,1}", ""], ["[b-a]", ""],
  ["(?<a>x)(?<a>y)", ""], ["\\k<b>(?<a>x)", ""], ["\\", ""], ["[", ""], ["(?", ""], ["a", "gg"],
  ["a", "x"], ["{1}", "u"], ["\\u{110000}", "u"], ["a**", ""], ["(?<1a>x)", ""], ["\\1(a)", ""],
  ["\\2(a)", "u"], ["a{1", "u"], ["]", "u"], ["[\\d-a]", "u"], ["(?=a)*", "u"], ["\\k<a>", "u"],
  ["x{99999999999}", ""], ["\\q", "u"], ["(?<=a)+", ""], ["}", "u"], ["a|*", ""], ["+a", ""],
  ["(?<n>a)\\k<m>", ""], ["\\k", ""], ["[\\d-a]", ""], ["a{,5}", ""], ["{", ""], ["x{2}{3}", ""],
  ["^*", ""], ["\\b+", ""], ["(?:a", ""], ["a)", ""], ["(?i:a)", ""], ["[z-a]", "u"], ["\\c", ""],
  ["\\01", "u"], ["\\x1", "u"], ["\\u12", "u"], ["(?<𝒜>.)", ""], ["(?<a\\u0062>.)\\k<ab>", ""]];
for (const pf of pats) {
  try {
    const r = new RegExp(pf[0], pf[1]);
    console.log("ok", String(r));
  } catch (e) {
    console.log(e.name + ": " + e.message, e instanceof SyntaxError);
  }
}
try { RegExp.prototype.exec.call({}, "a"); } catch (e) { console.log(e.name, e.message); }
const get = (n) => Object.getOwnPropertyDescriptor(RegExp.prototype, n).get;
try { get("global").call({}); } catch (e) { console.log(e.name, e.message); }
try { get("flags").call(1); } catch (e) { console.log(e.name, e.message); }
console.log(get("global").call(RegExp.prototype), get("source").call(RegExp.prototype), RegExp.prototype.flags);
console.log(RegExp.prototype.toString.call({ source: "x", flags: "q" }), String(RegExp.prototype));
console.log(RegExp.length, RegExp.name, RegExp.prototype.exec.name, RegExp.prototype.test.length);
console.log(Object.getOwnPropertyNames(RegExp.prototype).join());
