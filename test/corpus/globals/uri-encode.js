// encodeURI and encodeURIComponent (ECMA-262 §19.2.6.3-5): the unescaped sets, UTF-8 octets of
// one to four bytes, surrogate pairs, and URIError on lone surrogates.
const show = (f, s) => {
  try { return f(s); } catch (e) { return `${e.name}: ${e.message}`; }
};

// Every ASCII code unit: which stay, which become %XX, in each function.
let keptURI = '', keptComponent = '';
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  if (encodeURI(ch) === ch) keptURI += ch;
  if (encodeURIComponent(ch) === ch) keptComponent += ch;
}
console.log(keptURI);
console.log(keptComponent);
console.log(encodeURIComponent('\x00\x01\x1f\x7f'), encodeURI(' "<>\\^`{|}'));
console.log(encodeURI(';/?:@&=+$,#'), encodeURIComponent(';/?:@&=+$,#'));

// Multi-byte: 2, 3 and 4 octets, boundaries of each.
for (const s of ['\x80', '\xff', 'é', '\u07ff', '\u0800', '€', '你好', '\uffff', '\ud800\udc00', '😀', '\udbff\udfff', 'naïve café'])
  console.log(JSON.stringify(s), encodeURIComponent(s), encodeURI(s));

// Lone surrogates: leading, trailing, reversed pair, at the end, after a good pair.
for (const s of ['\ud800', '\udc00', 'a\ud83d', '\ude00\ud83d', 'x\ud83d\ude00\ud83d', '\ud83d\ud83d\ude00'])
  console.log(JSON.stringify(s), show(encodeURIComponent, s), show(encodeURI, s));

// Caught error: class, message, prototype chain.
try { encodeURI('\udfff'); } catch (e) {
  console.log(e instanceof URIError, e instanceof Error, e.constructor === URIError, e.name, e.message, String(e));
  console.log(Object.prototype.hasOwnProperty.call(e, 'message'), e.stack.split('\n')[0]);
}

// Arguments go through ToString.
console.log(encodeURIComponent(), encodeURIComponent(undefined), encodeURIComponent(null), encodeURI(12.5), encodeURI(true));
console.log(encodeURIComponent({ toString() { return 'a b'; } }), encodeURIComponent([1, 'ü', 3]));
try { encodeURI(Symbol('s')); } catch (e) { console.log(e.name, e.message); }

// Unchanged strings come back equal; long strings.
const plain = 'abcXYZ019-_.!~*\'()';
console.log(encodeURIComponent(plain) === plain, encodeURIComponent('').length);
const long = 'ü/ '.repeat(2000);
const enc = encodeURIComponent(long);
console.log(enc.length, enc.slice(0, 27), decodeURIComponent(enc) === long);

// Function objects.
for (const f of [encodeURI, encodeURIComponent])
  console.log(typeof f, f.name, f.length, Object.getOwnPropertyDescriptor(globalThis, f.name).enumerable, 'prototype' in f);
try { new encodeURI('x'); } catch (e) { console.log(e.name, e.message); }
