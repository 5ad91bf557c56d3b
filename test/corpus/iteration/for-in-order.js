const obj = { b: 1, a: 2, 10: 'ten', 2: 'two', '-1': 'neg', 1.5: 'frac', '01': 'lead', 4294967294: 'maxidx', 4294967295: 'beyond' };
const keys = [];
for (const k in obj) keys.push(k);
console.log(keys);
console.log(Object.keys(obj));
console.log(JSON.stringify(obj));

// insertion order for string keys after deletion and re-adding
const o = { x: 1, y: 2, z: 3 };
delete o.x;
o.x = 4;
console.log(Object.keys(o));

// inherited enumerable keys come after own
const proto = { inherited1: 1, shared: 'proto' };
const child = Object.create(proto);
child.own = 1;
child.shared = 'child';
const ck = [];
for (const k in child) ck.push(k + '=' + child[k]);
console.log(ck);

// non-enumerable skipped, also shadows proto enumerable key
const p2 = { hiddenInChild: 'proto visible' };
const c2 = Object.create(p2);
Object.defineProperty(c2, 'hiddenInChild', { value: 'own hidden', enumerable: false });
c2.vis = 1;
const c2k = [];
for (const k in c2) c2k.push(k);
console.log(c2k);

// arrays: indices as strings, plus extra props
const arr = ['a', 'b'];
arr.extra = 'e';
arr[5] = 'f';
const ak = [];
for (const k in arr) ak.push(typeof k + ':' + k);
console.log(ak);

// strings
const sk = [];
for (const k in 'hey') sk.push(k);
console.log(sk);

// null / undefined: no iterations
for (const k in null) console.log('never');
for (const k in undefined) console.log('never');
let count = 0;
for (const k in 42) count++;
console.log('number iterations', count);

// class instance: methods not enumerable
class C { constructor() { this.f = 1; } m() {} }
const cik = [];
for (const k in new C()) cik.push(k);
console.log(cik);

// symbols skipped
const withSym = { [Symbol('s')]: 1, plain: 2 };
const wk = [];
for (const k in withSym) wk.push(k);
console.log(wk);
