// decodeURI and decodeURIComponent (ECMA-262 §19.2.6.1-2, 6): the preserved escapes, UTF-8
// validation (overlong forms, surrogates, past U+10FFFF, bad continuation bytes) and URIError
// for truncated or non-hex escapes.
const show = (f, s) => {
  try { return JSON.stringify(f(s)); } catch (e) { return `${e.name}: ${e.message}`; }
};
// A constant first argument: console.log would read a % in the input as a format directive.
const both = (s) => console.log('>', JSON.stringify(s), show(decodeURI, s), show(decodeURIComponent, s));

// Every ASCII escape, in both cases of hex: decodeURI keeps ;/?:@&=+$,# escaped (as written).
let keptURI = '';
for (let c = 0; c < 128; c++) {
  const e = '%' + c.toString(16).padStart(2, '0');
  if (decodeURI(e) === e) keptURI += String.fromCharCode(c);
  if (decodeURIComponent(e) !== String.fromCharCode(c)) console.log('component differs at', c);
  if (decodeURIComponent(e.toUpperCase()) !== String.fromCharCode(c)) console.log('upper differs at', c);
}
console.log(JSON.stringify(keptURI));
both('%2f%2F%3b%3B%23%25%41');
both('a%20b+c%2Bd');

// Multi-byte sequences, valid and invalid.
for (const s of ['%C3%A9', '%c3%a9', '%E2%82%AC', '%F0%9F%98%80', '%F4%8F%BF%BF', '%EF%BF%BF', '%DF%BF', '%E0%A0%80'])
  both(s);
for (const s of ['%C0%80', '%C1%BF', '%E0%80%80', '%E0%9F%BF', '%F0%80%80%80', '%F0%8F%BF%BF', // overlong
  '%ED%A0%80', '%ED%BF%BF', '%ED%A0%BD%ED%B8%80', // surrogates encoded as UTF-8
  '%F4%90%80%80', '%F5%80%80%80', '%F8%88%80%80%80', '%FE', '%FF', // past U+10FFFF, 5+ octets
  '%80', '%BF', '%C3', '%C3%', '%C3%A', '%C3A9', '%C3%41', '%C3%C3%A9', '%E2%82', '%E2%82%4', '%F0%9F%98'])
  both(s);

// Truncated and non-hex escapes.
for (const s of ['%', '%%', '%4', '%g0', '%0g', '%-1', '% 1', 'abc%', 'abc%2', '%%41', '%u0041', '100%'])
  both(s);

// Escapes mixed with literal non-ASCII and surrogates (which decode leaves as they are).
both('日本%E8%AA%9E');
both('\ud83d\ude00%20\ud800');

// Round trips.
const samples = ['', 'plain', 'a b&c=d/e?f#g', 'ünïcödé', '😀🎉', '%', 'mixed 日本語 ;,/?:@&=+$#'];
for (const s of samples) {
  const c = encodeURIComponent(s), u = encodeURI(s);
  console.log(decodeURIComponent(c) === s, decodeURI(u) === s, decodeURI(c), c);
}

try { decodeURIComponent('%E0%A4%A'); } catch (e) {
  console.log(e instanceof URIError, e.name, e.message, Object.getPrototypeOf(e) === URIError.prototype);
}
console.log(decodeURIComponent(), decodeURI(null), decodeURI(42), decodeURI({ toString: () => '%41' }));
for (const f of [decodeURI, decodeURIComponent]) console.log(f.name, f.length, typeof f);
