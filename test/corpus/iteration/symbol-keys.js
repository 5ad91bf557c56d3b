const a = Symbol('a');
const b = Symbol('b');
const obj = {
  str: 'string key',
  [a]: 1,
  num: 2,
  [b]: { nested: true },
};

console.log(obj);
console.log(Object.keys(obj));
console.log(Object.getOwnPropertyNames(obj));
console.log(Object.getOwnPropertySymbols(obj));
console.log(Object.getOwnPropertySymbols(obj).map(s => s.description));
console.log(Reflect.ownKeys(obj));
console.log(JSON.stringify(obj));
console.log(Object.entries(obj), Object.values(obj));
console.log(a in obj, obj[a], obj[b].nested);

const keys = [];
for (const k in obj) keys.push(k);
console.log(keys);

// Object.assign and spread copy symbols
const assigned = Object.assign({}, obj);
console.log(Object.getOwnPropertySymbols(assigned).length, { ...obj }[a]);

// non-enumerable symbol
const hidden = Symbol('hidden');
Object.defineProperty(obj, hidden, { value: 'h', enumerable: false });
console.log(obj);
console.log(Object.getOwnPropertySymbols(obj).length, { ...obj }[hidden]);

// Symbol key with console.log of nested & arrays
console.log({ [Symbol()]: 'anon', [Symbol('')]: 'empty', [Symbol.iterator]: 0 });
console.log([{ [a]: 'in array' }]);
const arr = [1, 2];
arr[a] = 'sym on array';
console.log(arr);

// JSON.stringify with symbol values
console.log(JSON.stringify({ v: Symbol('x'), arr: [Symbol('y')] }));

// Symbol keys in class
const method = Symbol('method');
class K {
  [method]() { return 'sym method'; }
  static [a] = 'static sym';
}
console.log(new K()[method](), K[a], Object.getOwnPropertySymbols(K.prototype));

// global registry symbols as keys
const reg = Symbol.for('reg');
const o2 = { [reg]: 'registered' };
console.log(o2[Symbol.for('reg')]);
console.log(o2);

// deleting symbol key
delete obj[a];
console.log(Object.getOwnPropertySymbols(obj).map(String));
