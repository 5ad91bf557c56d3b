// Map: construction, get/set/has/delete/clear/size, SameValueZero keys, insertion order.

const m = new Map();
console.log('empty size', m.size);
console.log('set returns map', m.set('a', 1) === m);
m.set('b', 2).set('c', 3);
console.log('size', m.size);
console.log('get a', m.get('a'), 'get z', m.get('z'));
console.log('has b', m.has('b'), 'has z', m.has('z'));
m.set('a', 10);
console.log('overwrite keeps order', Array.from(m.keys()), m.get('a'));
console.log('delete b', m.delete('b'), 'again', m.delete('b'), 'size', m.size);
m.set('b', 20);
console.log('re-added goes last', Array.from(m.keys()));

// SameValueZero: NaN equals NaN, -0 is +0, strings by content, objects by identity.
const k = new Map();
k.set(NaN, 'nan');
console.log('NaN', k.get(NaN), k.get(0 / 0), k.has(Number('x')));
k.set(-0, 'zero');
console.log('zero', k.get(0), k.get(-0), 1 / Array.from(k.keys())[1]);
k.set('ab', 'string');
console.log('string by content', k.get('a' + 'b'), k.get(['a', 'b'].join('')));
const o1 = {}, o2 = {};
k.set(o1, 'o1');
console.log('object identity', k.get(o1), k.get(o2), k.has({}));
k.set(1, 'one').set('1', 'string one').set(true, 'true').set(null, 'null').set(undefined, 'undef');
console.log('distinct types', k.get(1), k.get('1'), k.get(true), k.get(null), k.get(undefined), k.size);
console.log('missing undefined vs stored undefined', k.has(undefined), new Map().has(undefined));

// Many keys: growth and deletion keep order and lookups.
const big = new Map();
for (let i = 0; i < 1000; i++) big.set('k' + i, i);
for (let i = 0; i < 1000; i += 3) big.delete('k' + i);
let sum = 0;
for (let i = 0; i < 1000; i++) if (big.has('k' + i)) sum += big.get('k' + i);
console.log('big', big.size, sum, big.get('k999'), big.get('k998'));
const order = Array.from(big.keys());
console.log('big order', order.slice(0, 5), order[order.length - 1]);
for (let i = 0; i < 1000; i++) big.set(i, i * 2);
console.log('big numbers', big.size, big.get(500), big.get('500'));

// clear
big.clear();
console.log('cleared', big.size, big.has('k1'), big.get(1));
big.set('again', 1);
console.log('after clear', Array.from(big.entries()));

// Constructor from entries and from another Map.
const fromPairs = new Map([['x', 1], ['y', 2], ['x', 3]]);
console.log('from pairs', fromPairs.size, fromPairs.get('x'), Array.from(fromPairs.keys()));
const copy = new Map(fromPairs);
copy.set('z', 4);
console.log('copy independent', fromPairs.size, copy.size, copy.get('y'));
console.log('null/undefined iterable', new Map(null).size, new Map(undefined).size);
console.log('entry objects', new Map([{ 0: 'k', 1: 'v' }]).get('k'), new Map([[1]]).get(1), new Map([[]]).has(undefined));

// Property shape
console.log('typeof', typeof Map, typeof Map.prototype.get, Map.name, Map.length);
console.log('proto names', Object.getOwnPropertyNames(Map.prototype));
console.log('lengths', Map.prototype.set.length, Map.prototype.get.length, Map.prototype.forEach.length);
console.log('instance has no own keys', Object.keys(m));
m.extra = 'own';
console.log('own prop', m.extra, Object.keys(m), m.size);

// Errors
function attempt(label, f) {
  try { console.log(label, f()); } catch (e) { console.log(label, e.name + ': ' + e.message); }
}
attempt('call', function () { return Map(); });
attempt('not iterable number', function () { return new Map(5); });
attempt('not iterable object', function () { return new Map({}); });
attempt('not entry', function () { return new Map([1, 2]); });
attempt('string not entry', function () { return new Map('ab'); });
attempt('receiver object', function () { return Map.prototype.get.call({}, 1); });
attempt('receiver array', function () { return Map.prototype.has.call([], 1); });
attempt('receiver number', function () { return Map.prototype.set.call(1, 1, 2); });
attempt('receiver set', function () { return Map.prototype.get.call(new Set(), 1); });
attempt('size on proto', function () { return Map.prototype.size; });
attempt('forEach not callable', function () { return new Map().forEach(3); });
attempt('forEach object', function () { return new Map().forEach({}); });
attempt('forEach string', function () { return new Map().forEach('x'); });
