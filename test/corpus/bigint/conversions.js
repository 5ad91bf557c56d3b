// BigInt conversions and comparisons: BigInt(), StringToBigInt, toString(radix), Number(),
// mixed comparisons and loose equality, SameValueZero in collections, property keys, JSON.
const show = (label, f) => {
  try { console.log(label, f()); } catch (e) { console.log(label, '->', e.constructor.name + ': ' + e.message); }
};
for (const v of [0, -0, 42, -7, 2 ** 53, 2 ** 64, -(2 ** 70), 1e21, Number.MAX_VALUE, 1.5, NaN, Infinity,
  '123', '  -45  ', '0x1F', '0o17', '0b101', '', '   ', '1e3', '12n', '-0x1', '1_000', true, false,
  undefined, null, Symbol('s'), { valueOf() { return 9n; } }, [10]]) {
  show(typeof v === 'symbol' ? 'symbol' : JSON.stringify(String(v)), () => BigInt(v));
}
show('new BigInt', () => new BigInt(1));
show('BigInt.length', () => [BigInt.name, BigInt.length, BigInt.asIntN.length, typeof BigInt.prototype.toString]);

const big = -(2n ** 100n) - 12345n;
for (const r of [2, 3, 8, 10, 16, 36]) console.log(r, big.toString(r), (255n).toString(r));
show('radix 1', () => (1n).toString(1));
show('radix 37', () => (1n).toString(37));
show('toString on number', () => BigInt.prototype.toString.call(1));
console.log((1234567n).toLocaleString(), (-1234n).toLocaleString(), (12n).toLocaleString(), Object(5n).valueOf());

console.log(Number(2n ** 53n + 1n), Number(-(2n ** 64n)), Number(2n ** 1024n), Number(2n ** 1023n * 3n / 2n),
  Number(123456789012345678901234567890n), Number(0n), Number(-1n));
console.log(parseInt(10n), parseFloat(-3n), String(10n ** 25n), `${0n}`, 17n + '');
show('Math.abs', () => Math.abs(1n));
show('isNaN', () => isNaN(1n));
console.log(Number.isInteger(5n), Number.isSafeInteger(5n), Number.isFinite(5n));

const cmp = [0n, 1n, -1n, 2n ** 64n, 0, 1, -1, 0.5, -0.5, 1.5, 2 ** 64, 2 ** 64 + 4096, NaN, Infinity, -Infinity, '1', '  2 ', 'x', '0x10', '1.5'];
for (const a of cmp.slice(0, 4)) {
  console.log(String(a), cmp.map((b) => [a < b, a <= b, a > b, a >= b, a == b].map(Number).join('')).join(' '));
}
console.log(1n == true, 0n == false, 1n == [1], 1n == '1', 2n == 2, 2n === 2, 2n != '2', 1n == Object(1n), Object(1n) == Object(1n));
console.log(0n ? 'truthy' : 'falsy', 1n ? 'truthy' : 'falsy', !0n, !!-3n, 0n || 'dflt', 5n && 'and', 0n ?? 'nn');
console.log(typeof 1n, typeof Object(1n), Object(1n) instanceof BigInt, Object.prototype.toString.call(1n));

const m = new Map([[1n, 'one'], [2n ** 80n, 'big']]);
m.set(1n, 'uno');
console.log(m.get(1n), m.get(2n ** 80n), m.has(1), m.size, new Set([1n, 1n, -1n, 1, 2n ** 80n, 2n ** 80n]).size);
console.log([1n, 2n].includes(2n), [1n, 2n].indexOf(2n), [1n].includes(1), Object.is(5n, 5n), Object.is(0n, -0n));
const o = { [10n]: 'ten', 2n: 'two' };
console.log(o[10n], o['10'], o[2], Object.keys(o), 1n in { 1: 0 });
const arr = ['a', 'b', 'c'];
console.log(arr[1n], arr.at(-1));
show('JSON', () => JSON.stringify({ a: 1n }));
show('JSON wrapped', () => JSON.stringify([Object(2n)]));
BigInt.prototype.toJSON = function () { return this.toString() + 'n'; };
console.log(JSON.stringify({ a: 1n, b: [2n] }));
delete BigInt.prototype.toJSON;
console.log(1n < 2n ? 'switch:' : '', (() => { switch (3n) { case 3: return 'number'; case 3n: return 'bigint'; } })());
console.log([10n, 9n, 1n, -5n].sort(), [10n, 9n, 1n, -5n].sort((a, b) => (a < b ? -1 : 1)), Object.getPrototypeOf(1n) === BigInt.prototype);
Object.defineProperty(BigInt.prototype, 'kind', { get() { return typeof this; }, configurable: true });
console.log(5n.kind, Reflect.ownKeys(BigInt.prototype).length, Object.getOwnPropertyNames(BigInt));
console.log(1n < true, 2n > null, 1n == undefined, 1n < undefined, 0n == '', 9007199254740993n == 9007199254740992,
  9007199254740993n > 9007199254740992, 2n ** 64n == 2 ** 64, -(2n ** 1100n) < -Number.MAX_VALUE, 1n < 1.0000001, 0n == -0);
show('call', () => 5n());
show('method', () => 5n.foo());
show('spread', () => [...5n]);
show('in', () => 'x' in 5n);
