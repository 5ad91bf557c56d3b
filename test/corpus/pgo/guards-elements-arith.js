// Warm element stores and int32 arithmetic, then feed them holes, frozen and sealed arrays,
// array-likes, typed arrays, doubles, -0, NaN, huge numbers, strings and objects with valueOf.
function store(a, i, v) { a[i] = v; return a; }
function mix(a, b) { return [a | b, a & b, a ^ b, a << b, a >> b, a >>> b, a % b]; }

const arr = [];
for (let i = 0; i < 500; i++) store(arr, i, i);
let acc = 0;
for (let i = 1; i < 500; i++) acc += mix(i, 3).reduce((x, y) => x + y, 0);
console.log('warm', arr.length, acc);

console.log(store([1, , 3], 1, 'hole'), store([1, 2], 5, 'far'), store([], 'k', 'key'));
// Module code is strict: a refused store throws.
const attempt = (f) => { try { return f(); } catch (e) { return `${e.constructor.name}: ${e.message}`; } };
const frozen = Object.freeze([1, 2, 3]);
console.log(attempt(() => store(frozen, 0, 'x')), attempt(() => store(Object.seal([1]), 3, 'y')));
console.log(store({ length: 2 }, 0, 'obj'), store(new Int8Array(2), 1, 300), attempt(() => store('str', 5, 'c')));
const withSetter = [0];
Object.defineProperty(withSetter, 1, { set(v) { console.log('setter', v); } });
store(withSetter, 1, 'via setter');
console.log(store([0, 1], 1.5, 'frac'), store([0], -0, 'negzero'), store([0], 2 ** 32, 'big').length);

console.log(mix(7.5, 2), mix(-0, 1), mix(NaN, 1), mix(2 ** 40 + 5, 3), mix(-7, 3), mix(-6, 3));
console.log(mix(5, 0), mix('12', '5'), mix({ valueOf: () => 9 }, 2), mix(true, null), mix(1, 33));
console.log(mix(-2147483648, -1), mix(2147483647, 1), mix(0xffffffff, 0));
