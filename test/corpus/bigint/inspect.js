// How console.log shows BigInts: alone, in containers, wrapped, with format specifiers.
console.log(1n, -2n, 0n, 2n ** 100n);
console.log([1n, -1n, [2n ** 64n]], { a: 1n, nested: { b: -3n } }, new Map([[1n, 2n]]), new Set([7n]));
console.log(Object(3n), Object(-4n), [Object(5n)], { w: Object(0n) });
console.log('%s %d %i %f|%s', 12n, 34n, 56n, 78n, 'end');
console.log('%o', 9n, '%O', 10n);
console.log(String([1n, 2n]), `${[3n]}`, [1n, 2n].join('+'));
const w = Object(6n);
w.extra = 1;
console.log(w, typeof w, w + 1n, w.valueOf() === 6n);
class Big { constructor() { this.v = 99n; } }
console.log(new Big(), [undefined, null, 1n, 'x', 1]);
