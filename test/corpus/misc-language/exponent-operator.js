console.log(2 ** 10, 2 ** -1, 2 ** 0.5, (-2) ** 3, (-8) ** (1 / 3));
console.log(2 ** 3 ** 2, (2 ** 3) ** 2);
console.log(-(2 ** 2), (-2) ** 2);
console.log(0 ** 0, NaN ** 0, 1 ** Infinity, Infinity ** 0, 0 ** -1, (-0) ** -1);
console.log(10 ** 21, 10 ** -7, 2 ** 53, 2 ** 53 + 1, 2 ** 1024);
console.log(Math.pow(2, 10) === 2 ** 10);

let x = 3;
x **= 2;
console.log(x);
x **= 0.5;
console.log(x);

// unary operators on base require parens
console.log((+'2') ** 3, (~1) ** 2, (typeof 2 === 'number' ? 2 : 0) ** 2);

// with bigint
console.log(2n ** 64n, (-3n) ** 3n);
try {
  2n ** -1n;
} catch (e) {
  console.log(e.constructor.name);
}
try {
  2n ** 2;
} catch (e) {
  console.log(e.constructor.name + ': ' + e.message);
}

// string coercion
console.log('3' ** '2', '2' ** 2, [] ** 2, [3] ** 2, null ** 2, undefined ** 2, true ** 5);

// precedence with multiplication and negation
console.log(2 * 3 ** 2, -(3 ** 2), (-3) ** 2, 2 ** -(1), 4 ** 0.5 * 2);
