const key = 'dynamic';
const { [key]: value } = { dynamic: 'found' };
console.log(value);

const { [`pre_${key}`]: tpl = 'default' } = {};
console.log(tpl);

const { [1 + 2]: three } = { 3: 'three' };
console.log(three);

// computed key evaluation order interleaved with property reads
const log = [];
const src = {
  get a() { log.push('get a'); return 'A'; },
  get b() { log.push('get b'); return 'B'; },
};
function k(name) { log.push('key ' + name); return name; }
const { [k('a')]: va, [k('b')]: vb } = src;
console.log(va, vb, log);

// computed key from object -> toString
const objKey = { toString() { return 'custom'; } };
const { [objKey]: viaToString } = { custom: 'yes' };
console.log(viaToString);

// in loop
const records = [{ id: 1, n: 'a' }, { id: 2, n: 'b' }];
for (const field of ['id', 'n']) {
  const { [field]: v } = records[1];
  console.log(field, v);
}

// computed key with assignment pattern
let target;
const prop = 'p';
({ [prop]: target } = { p: 'assigned' });
console.log(target);

// computed keys with rest exclude correct key
const k2 = 'x';
const { [k2]: xv, ...restK } = { x: 1, y: 2 };
console.log(xv, restK);

// numeric computed key normalized
const { [1.0]: oneVal, [-0]: zeroVal } = { 1: 'one', 0: 'zero' };
console.log(oneVal, zeroVal);

// symbol computed
const sym = Symbol.iterator;
const { [sym]: iterFn } = [];
console.log(typeof iterFn, iterFn === Array.prototype.values);
