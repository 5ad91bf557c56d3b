const o = {};
Object.defineProperty(o, 'x', { value: 1 });
console.log(o.x, Object.keys(o), JSON.stringify(Object.getOwnPropertyDescriptor(o, 'x')));
o.x = 2;
console.log(o.x);
console.log(o);

// accessor pair
let stored = 10;
Object.defineProperty(o, 'y', {
  get() { return stored; },
  set(v) { stored = v * 2; },
  enumerable: true,
  configurable: true,
});
o.y = 5;
console.log(o.y, stored, Object.keys(o));
console.log(o);

// redefine configurable accessor as data
Object.defineProperty(o, 'y', { value: 'data now' });
console.log(o.y, Object.getOwnPropertyDescriptor(o, 'y'));

// redefine non-configurable throws
try {
  Object.defineProperty(o, 'x', { value: 3 });
} catch (e) {
  console.log(e.constructor.name + ': ' + e.message);
}
// same value allowed
Object.defineProperty(o, 'x', { value: 1 });
console.log('same value redefine ok');

// invalid descriptor: both value and get
try {
  Object.defineProperty({}, 'bad', { value: 1, get() {} });
} catch (e) {
  console.log(e.constructor.name + ': ' + e.message);
}

// defineProperties and getOwnPropertyDescriptors
const multi = Object.defineProperties({}, {
  a: { value: 'A', enumerable: true },
  b: { get() { return 'B'; }, enumerable: false },
});
console.log(multi, multi.b, Object.keys(Object.getOwnPropertyDescriptors(multi)));

// arrays' length
const arr = [1, 2, 3, 4, 5];
Object.defineProperty(arr, 'length', { value: 2 });
console.log(arr, arr.length);
Object.defineProperty(arr, 'length', { writable: false });
try {
  arr.push(9);
} catch (e) {
  console.log(e.constructor.name + ': ' + e.message);
}
arr[5] = 'ignored';
console.log(arr, arr.length);
try {
  Object.defineProperty(arr, 'length', { value: 10 });
} catch (e) {
  console.log(e.constructor.name + ': ' + e.message);
}

// length growth creates holes
const grow = [1];
grow.length = 3;
console.log(grow);

// defineProperty on index beyond length extends it
const ext = [];
Object.defineProperty(ext, 3, { value: 'x', enumerable: true, writable: true, configurable: true });
console.log(ext.length, ext);

// invalid length
try {
  [].length = -1;
} catch (e) {
  console.log(e.constructor.name + ': ' + e.message);
}
