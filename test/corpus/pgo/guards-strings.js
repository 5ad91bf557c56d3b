// Warm string indexing and length on ASCII text (a tokenizer's inner loop), then reach the same
// sites with non-ASCII and astral characters, indices out of range or fractional, String
// objects, arrays and objects with numeric keys.
function charAt(s, i) { return s[i]; }
function len(s) { return s.length; }
function tokenize(src) {
  const out = [];
  let i = 0;
  while (i < len(src)) {
    const c = charAt(src, i);
    if (c === ' ') { i++; continue; }
    let j = i;
    while (j < len(src) && charAt(src, j) !== ' ') j++;
    out.push(src.slice(i, j));
    i = j;
  }
  return out;
}
let n = 0;
for (let r = 0; r < 300; r++) n += tokenize('let x = y + 42 * (z - 1) ; print x').length;
console.log('warm', n);
console.log(tokenize('héllo wörld  ünïcode'), tokenize('a 😀 b'), tokenize(''));
console.log(charAt('abc', 3), charAt('abc', -1), charAt('abc', 1.5), charAt('abc', '1'), charAt('😀', 0).length, charAt('😀', 1).charCodeAt(0));
console.log(charAt(new String('xyz'), 1), charAt(['p', 'q'], 1), charAt({ 2: 'obj' }, 2), charAt('\u007f\u0080', 0) === '\x7f', charAt('\u007f\u0080', 1));
console.log(len('abc'), len(''), len('😀'), len([1, 2]), len({ length: 'own' }), len(new String('four')), len(function (a, b) {}));
