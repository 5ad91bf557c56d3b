const o = { z: 1, 2: 'two', y: 2, 0: 'zero', x: 3, '1': 'one' };
console.log(Object.keys(o));
console.log(Object.values(o));
console.log(Object.entries(o));

// Object.entries skips non-enumerable and symbols
const s = Symbol('s');
const o2 = Object.defineProperties({ [s]: 'sym', visible: 1 }, { hidden: { value: 2, enumerable: false } });
console.log(Object.entries(o2));

// entries of arrays and strings
console.log(Object.entries(['a', 'b']));
console.log(Object.entries('hi'));
console.log(Object.entries(5), Object.entries(true));

// entries vs getter invocation
let n = 0;
const o3 = { get g() { return ++n; }, plain: 'p' };
console.log(Object.entries(o3), Object.values(o3), n);

// fromEntries roundtrip and transformation
const prices = { apple: 1.5, banana: 0.25, cherry: 3 };
const doubled = Object.fromEntries(Object.entries(prices).map(([k, v]) => [k, v * 2]));
console.log(doubled);
const filtered = Object.fromEntries(Object.entries(prices).filter(([, v]) => v >= 1));
console.log(filtered);

// fromEntries with duplicate keys: last wins but position of first
console.log(Object.fromEntries([['a', 1], ['b', 2], ['a', 3]]));

// entries with property deleted by getter during enumeration
const o4 = {
  get first() { delete this.second; return 'f'; },
  second: 's',
  third: 't',
};
console.log(Object.entries(o4));

// Object.getOwnPropertyNames includes non-enumerable and follows same order
const o5 = Object.create(null);
o5.b = 1;
o5[3] = 2;
Object.defineProperty(o5, 'a', { value: 3, enumerable: false });
o5[1] = 4;
console.log(Object.getOwnPropertyNames(o5), Object.keys(o5));

// Reflect.ownKeys: integers, strings, then symbols
const o6 = { [Symbol('first')]: 0, b: 1, 1: 2, [Symbol('second')]: 3, a: 4 };
console.log(Reflect.ownKeys(o6));

// Map/Set preserve insertion order, including re-set
const m = new Map();
m.set('x', 1).set('y', 2).set('x', 3);
m.delete('y');
m.set('y', 4);
console.log([...m]);
