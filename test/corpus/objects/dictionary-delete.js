// Deleting properties (dictionary mode in pgo): delete and re-add, the last-added fast case,
// getters/setters and defineProperty on a dictionary object, an object that turns dictionary
// while it serves as a prototype, and Object.setPrototypeOf on a dictionary object.
const o = { a: 1, b: 2, c: 3, d: 4 };
delete o.d; // the last-added property
o.e = 5;
console.log(Object.keys(o).join(','), o.d, o.e);
delete o.b; // not the last one
console.log(Object.keys(o).join(','), o.a, o.b, o.c, JSON.stringify(o));
o.b = 'again';
console.log(Object.keys(o).join(','), o.b);

// Many rounds of delete and re-add keep working (and stay in insertion order).
const map = {};
for (let i = 0; i < 200; i++) map['k' + i] = i;
for (let round = 0; round < 5; round++) {
  for (let i = round; i < 200; i += 7) delete map['k' + i];
  for (let i = round; i < 200; i += 6) map['k' + i] = 'r' + round;
}
const keys = Object.keys(map);
console.log(keys.length, keys.slice(0, 6).join(','), keys.slice(-6).join(','));
let sum = 0;
for (const k in map) if (typeof map[k] === 'number') sum += map[k];
console.log(sum, map.k0, map.k1, map.k199, 'k3' in map);
for (const k of keys) delete map[k];
console.log(Object.keys(map).length, JSON.stringify(map));
map.fresh = 1;
console.log(map);

// Integer keys after deletes.
const ints = {};
for (let i = 100; i > 0; i--) ints[i * 3] = i;
ints.name = 'n';
for (let i = 3; i <= 300; i += 6) delete ints[i];
console.log(Object.keys(ints).slice(0, 10).join(' '), Object.keys(ints).length);

// Accessors and defineProperty on a dictionary object.
const acc = {};
for (let i = 0; i < 80; i++) acc['v' + i] = i;
delete acc.v10;
let log = [];
Object.defineProperty(acc, 'computed', {
  get() { log.push('get'); return this.v1 + this.v2; },
  set(v) { log.push('set ' + v); this.v1 = v; },
  enumerable: true, configurable: true,
});
acc.computed = 40;
console.log(acc.computed, acc.v1, log.join(';'));
Object.defineProperty(acc, 'v20', { value: 'fixed', writable: false, enumerable: false });
try { acc.v20 = 'try'; } catch (e) { console.log(e.constructor.name, e.message); }
console.log(acc.v20, Object.keys(acc).includes('v20'), JSON.stringify(Object.getOwnPropertyDescriptor(acc, 'v20')));
try { Object.defineProperty(acc, 'v20', { value: 'other' }); } catch (e) { console.log(e.constructor.name, e.message); }
console.log(delete acc.v21, 'v21' in acc);
try { delete acc.v20; } catch (e) { console.log(e.constructor.name, e.message); }
Object.defineProperty(acc, 'computed', { value: 'now data' });
console.log(acc.computed, Object.getOwnPropertyDescriptor(acc, 'computed').writable);
const literal = { get g() { return 'getter'; }, x: 1 };
for (let i = 0; i < 70; i++) literal['y' + i] = i;
delete literal.x;
console.log(literal.g, Object.getOwnPropertyNames(literal).length, Object.getOwnPropertyDescriptors(literal).g.get !== undefined);

// A prototype that turns dictionary while objects inherit from it (a getter on the chain).
const proto = { base: 'b', get both() { return this.own + '/' + this.base; } };
const child = Object.create(proto);
child.own = 'c';
function readBoth(x) { return x.both; }
function readBase(x) { return x.base; }
const seen = [];
for (let i = 0; i < 100; i++) {
  seen.push(readBoth(child) + ':' + readBase(child));
  proto['extra' + i] = i; // past the threshold the prototype turns dictionary
  if (i === 50) delete proto.base;
  if (i === 70) proto.base = 'B';
}
console.log(seen[0], seen[50], seen[51], seen[70], seen[71], seen[99]);
console.log(child.extra99, 'extra5' in child, Object.keys(child).join(','));
const grand = Object.create(child);
console.log(grand.both, grand.extra42);

// Object.setPrototypeOf on a dictionary object.
const dict = {};
for (let i = 0; i < 90; i++) dict['d' + i] = i;
delete dict.d0;
const protoA = { hello() { return 'A ' + this.d1; } };
const protoB = { hello() { return 'B ' + this.d2; }, get extra() { return 'from B'; } };
Object.setPrototypeOf(dict, protoA);
console.log(dict.hello(), Object.getPrototypeOf(dict) === protoA, dict.extra);
Object.setPrototypeOf(dict, protoB);
console.log(dict.hello(), Object.getPrototypeOf(dict) === protoB, dict.extra, protoB.isPrototypeOf(dict));
Object.setPrototypeOf(dict, null);
console.log(typeof dict.hello, dict.d89, Object.keys(dict).length, 'toString' in dict);
const other = {};
for (let i = 0; i < 90; i++) other['d' + i] = -i;
delete other.d5;
Object.setPrototypeOf(other, protoA);
console.log(other.hello(), dict.d1, other.d1);

// Arrays with many named properties, and one with its elements made named (slow).
const arr = [1, 2, 3];
for (let i = 0; i < 80; i++) arr['p' + i] = i;
delete arr.p3;
arr.push(4);
console.log(arr.length, arr[3], arr.p79, Object.keys(arr).length, arr.slice(0, 4).join());
const slow = [];
for (let i = 0; i < 100; i++) slow[i] = i;
Object.defineProperty(slow, 5, { value: 'five', enumerable: false });
Object.freeze(slow);
console.log(slow.length, slow[5], slow[99], Object.keys(slow).length, Object.isFrozen(slow));
const shrink = [];
for (let i = 0; i < 100; i++) shrink[i] = i;
Object.defineProperty(shrink, 1, { value: 'one', writable: true, enumerable: false, configurable: true });
shrink.length = 50;
console.log(shrink.length, shrink[1], shrink[49], shrink[50], Object.keys(shrink).length);
