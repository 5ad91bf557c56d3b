const base = { a: 1, b: 2 };
console.log({ ...base });
console.log({ ...base, b: 3 });
console.log({ b: 3, ...base });
console.log({ ...base, ...{ c: 3 }, a: 'last' });

// null and undefined skipped
console.log({ ...null, ...undefined, x: 1 });
// primitives
console.log({ ...'hi' });
console.log({ ...123, ...true });
console.log({ ...[10, 20] });

// getters invoked, result is data property
let count = 0;
const withGetter = {
  get g() { count++; return 'value'; },
};
const copy = { ...withGetter };
console.log(copy, count);
console.log(Object.getOwnPropertyDescriptor(copy, 'g'));

// only own enumerable
const proto = { inherited: true };
const obj = Object.create(proto);
obj.own = true;
Object.defineProperty(obj, 'hidden', { value: 1, enumerable: false });
console.log({ ...obj });

// symbols copied
const s = Symbol('s');
console.log({ ...{ [s]: 'sym', k: 1 } });

// setters on target are NOT invoked (define semantics)
const spreadInto = { set x(v) { console.log('setter!', v); }, ...{ x: 5 } };
console.log(spreadInto);

// Object.assign DOES invoke setters
const withSetter = { set y(v) { console.log('assign setter', v); } };
Object.assign(withSetter, { y: 7 });

// key order: integer-like first then insertion
console.log({ z: 1, ...{ 2: 'b', a: 'a', 1: 'a1' }, 0: 'zero' });

// overriding preserves original position of key
const ordered = { first: 1, second: 2, ...{ first: 'override' } };
console.log(Object.keys(ordered), ordered);

// spreading a class instance loses prototype
class Pt { constructor() { this.x = 1; } get len() { return 5; } }
const ps = { ...new Pt() };
console.log(ps, ps instanceof Pt, ps.len);

// spreading Map/Set gives empty
console.log({ ...new Map([['a', 1]]) }, { ...new Set([1]) });

// nested objects shared
const inner = { deep: 1 };
const outer = { ...{ inner } };
console.log(outer.inner === inner);

// order of getter evaluation across spreads
const log = [];
const o1 = { get a() { log.push('a'); return 1; } };
const o2 = { get b() { log.push('b'); return 2; } };
const merged = { ...o2, ...o1 };
console.log(log, merged);
