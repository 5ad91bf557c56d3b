// Inline Uint8ClampedArray stores (ToUint8Clamp: round half to even, NaN to 0, clamp) and inline
// Math.imul, hot enough to be specialized, then given values the inline code must get right or
// leave to the generic path.
const px = new Uint8ClampedArray(64);
function fill(scale, bias) {
  for (let i = 0; i < px.length; i++) px[i] = i * scale + bias;
  return px.join(',');
}
for (let r = 0; r < 40; r++) fill(4.5, 0.5);
console.log(fill(4.5, 0.5));
console.log(fill(-3, 300));
console.log(fill(0.5, 0));
console.log(fill(1, -0.5));
console.log(fill(NaN, 0));
console.log(fill(Infinity, 0));
console.log(fill(1e300, -1e300));
const odd = [2.5, 3.5, -0, 254.5, 255.5, 0.49999999999999994, '7', '2.5', null, undefined, true, {}, 1n === 1n];
for (const v of odd) { px[0] = v; console.log(String(v), px[0]); }

function mix(a, b) { return Math.imul(a, b) ^ (a >>> 3); }
let h = 0;
for (let i = 0; i < 500; i++) h = mix(h + i, 0x9e3779b1) | 0;
console.log(h);
const pairs = [[3, 4], [-5, 7], [0xffffffff, 5], [2 ** 31, 3], [2 ** 53, 7], [2 ** 64, 3], [1.5, 2], [NaN, 2],
  [Infinity, 3], [-0, 5], ['6', '7'], [null, 9], [{ valueOf: () => 11 }, 3], [-(2 ** 63), 1], [2 ** 63, 1]];
for (const [a, b] of pairs) console.log(Math.imul(a, b), mix(a, b));
