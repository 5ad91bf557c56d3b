const { a, ...rest } = { a: 1, b: 2, c: 3 };
console.log(a, rest);

// key order preserved, integer keys first
const { x, ...others } = { z: 1, 2: 'two', x: 0, y: 2, 1: 'one' };
console.log(x, others, Object.keys(others));

// non-enumerable skipped
const src = {};
Object.defineProperty(src, 'hidden', { value: 'h', enumerable: false });
src.visible = 'v';
const { ...copy } = src;
console.log(copy, 'hidden' in copy);

// inherited skipped
const proto = { inherited: 1 };
const child = Object.create(proto);
child.own = 2;
const { ...ownOnly } = child;
console.log(ownOnly);

// symbols included
const s = Symbol('sym');
const { ...withSym } = { [s]: 'S', k: 'K' };
console.log(withSym, withSym[s]);

// getters invoked, result is a data property
let calls = 0;
const withGetter = { get g() { calls++; return 'gv'; }, plain: 1 };
const { ...gcopy } = withGetter;
console.log(gcopy, calls, typeof Object.getOwnPropertyDescriptor(gcopy, 'g').get);

// excluded keys with computed name
const key = 'b';
const { [key]: bval, ...noB } = { a: 1, b: 2, c: 3 };
console.log(bval, noB);

// rest on primitives
const { ...strRest } = 'hi';
console.log(strRest);
const { length, ...strRest2 } = 'abc';
console.log(length, strRest2);
const { ...numRest } = 5;
console.log(numRest);

// rest on array
const { 0: first, ...arrRest } = ['a', 'b', 'c'];
console.log(first, arrRest);

// rest result is a plain new object
const orig = { p: { deep: 1 } };
const { ...shallow } = orig;
console.log(shallow.p === orig.p, shallow === orig, Object.getPrototypeOf(shallow) === Object.prototype);

// rest in params
function omitId({ id, ...data }) { return data; }
console.log(omitId({ id: 7, name: 'n', age: 3 }));

// nested rest
const { outer: { keep, ...innerRest }, ...outerRest } = { outer: { keep: 1, drop: 2 }, other: 3 };
console.log(keep, innerRest, outerRest);
