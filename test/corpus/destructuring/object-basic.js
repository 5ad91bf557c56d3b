const { a, b } = { a: 1, b: 2 };
console.log(a, b);

const { x: renamed, y: { z } } = { x: 'X', y: { z: 'Z' } };
console.log(renamed, z);

let { missing, present = 'dflt', nullVal = 'dflt2' } = { present: undefined, nullVal: null };
console.log(missing, present, nullVal);

var { length } = 'hello';
console.log(length);

const { toFixed } = 5;
console.log(typeof toFixed);

const { 0: zero, 1: one, length: len } = ['a', 'b'];
console.log(zero, one, len);

const { 'quoted-key': qk, 123: num } = { 'quoted-key': 'q', 123: 'n' };
console.log(qk, num);

// inherited properties are read
const proto = { inherited: 'from proto' };
const child = Object.create(proto);
child.own = 'own';
const { inherited, own } = child;
console.log(inherited, own);

// getters are invoked once each
let calls = 0;
const withGetter = { get g() { calls++; return 'got'; } };
const { g, g: g2 } = withGetter;
console.log(g, g2, calls);

// nested default objects
const { opts: { verbose = false, level = 1 } = {} } = {};
console.log(verbose, level);

const { opts2: { v2 = 'nested default' } = { v2: undefined } } = {};
console.log(v2);

// empty object pattern on primitive is fine
const {} = 42;
console.log('empty pattern ok');

// rename with default
const { key: aliased = 'alias-default' } = {};
console.log(aliased);

// symbol key
const s = Symbol('s');
const { [s]: symVal } = { [s]: 'symbol value' };
console.log(symVal);

// destructuring returns the rhs in expression position
let m, n;
const result = ({ m, n } = { m: 1, n: 2, o: 3 });
console.log(m, n, result);
