// Annex B escape and unescape (ECMA-262 §B.2.1): %XX below U+0100, %uXXXX above, and unescape's
// tolerance of anything that is not a complete escape.
let kept = '';
for (let c = 0; c < 256; c++) {
  const ch = String.fromCharCode(c);
  const e = escape(ch);
  if (e === ch) kept += ch;
  else if (e !== '%' + c.toString(16).toUpperCase().padStart(2, '0')) console.log('unexpected', c, e);
}
console.log(kept);
for (const s of ['\u0100', 'ĀāĂ', '\u0fff', '\uabcd', '\uffff', '😀', '\ud800', 'a b+c/d@e*f', 'ü', ''])
  console.log(JSON.stringify(s), escape(s), unescape(escape(s)) === s);

for (const s of ['%41%42', '%u0041%u00e9', '%u00E9%U00E9', '%uD83D%uDE00', '%uD800', '%u004', '%u00', '%u', '%u0041x',
  '%4', '%', '%%41', '%zz', '%4z', '%u00zz', '%u41%41', 'abc', 'a%20b%2', '%E9', '%C3%A9', '%u12345', '100%', '%%%'])
  console.log('>', JSON.stringify(s), JSON.stringify(unescape(s))); // '>': no format directives

console.log(escape(123), escape(null), unescape(undefined), escape(), unescape({ toString: () => '%u263A' }));
for (const f of [escape, unescape]) console.log(f.name, f.length, typeof f);
const big = '\u2603 x'.repeat(3000);
console.log(escape(big).length, unescape(escape(big)) === big);
