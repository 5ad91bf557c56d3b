// WeakMap and WeakSet: object keys only, get/set/has/delete/add.
const wm = new WeakMap();
const k1 = {}, k2 = [], k3 = function () {};
console.log('set returns map', wm.set(k1, 'one') === wm);
wm.set(k2, 'two').set(k3, 'three');
console.log('get', wm.get(k1), wm.get(k2), wm.get(k3), wm.get({}));
console.log('has', wm.has(k1), wm.has({}), wm.has(1), wm.has('k'));
console.log('get primitive', wm.get(1), wm.get(undefined));
wm.set(k1, 'uno');
console.log('overwrite', wm.get(k1));
console.log('delete', wm.delete(k1), wm.delete(k1), wm.has(k1), wm.delete(5));
console.log(wm);

const fromPairs = new WeakMap([[k1, 1], [k2, 2]]);
console.log('from pairs', fromPairs.get(k1), fromPairs.get(k2), fromPairs.has(k3));

const ws = new WeakSet();
console.log('add returns set', ws.add(k1) === ws);
ws.add(k2).add(k1);
console.log('has', ws.has(k1), ws.has(k2), ws.has(k3), ws.has(1));
console.log('delete', ws.delete(k2), ws.delete(k2), ws.has(k2), ws.delete('x'));
console.log(ws, new WeakSet([k1, k3]).has(k3));

// Private data keyed by object, the classic use.
const privateData = new WeakMap();
function makeCounter(name) {
  const obj = { name: name };
  privateData.set(obj, { count: 0 });
  return obj;
}
function increment(obj) { privateData.get(obj).count++; return privateData.get(obj).count; }
const c1 = makeCounter('a'), c2 = makeCounter('b');
increment(c1); increment(c1); increment(c2);
console.log('counters', privateData.get(c1).count, privateData.get(c2).count, c1);
const made = [];
for (let i = 0; i < 200; i++) { const o = { i: i }; made.push(o); privateData.set(o, i * i); }
let total = 0;
for (let i = 0; i < 200; i++) total += privateData.get(made[i]);
console.log('many keys', total);

console.log('names', Object.getOwnPropertyNames(WeakMap.prototype), Object.getOwnPropertyNames(WeakSet.prototype));
console.log('lengths', WeakMap.length, WeakSet.length, WeakMap.prototype.set.length, typeof WeakMap.prototype.forEach);
console.log('no size', WeakMap.prototype.size, 'clear' in WeakSet.prototype);

function attempt(label, f) {
  try { console.log(label, f()); } catch (e) { console.log(label, e.name + ': ' + e.message); }
}
attempt('primitive key', function () { return new WeakMap().set(1, 2); });
attempt('string key', function () { return new WeakMap().set('s', 2); });
attempt('null key', function () { return new WeakMap().set(null, 2); });
attempt('primitive value', function () { return new WeakSet().add(true); });
attempt('ctor primitive key', function () { return new WeakMap([[1, 2]]); });
attempt('ctor primitive value', function () { return new WeakSet([1]); });
attempt('call', function () { return WeakMap(); });
attempt('call set', function () { return WeakSet(); });
attempt('receiver', function () { return WeakMap.prototype.get.call(new Map(), {}); });
attempt('receiver set', function () { return WeakSet.prototype.has.call(new Set(), {}); });
attempt('not iterable', function () { return new WeakSet({}); });
