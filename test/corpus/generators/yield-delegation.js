function* inner() {
  yield 'i1';
  yield 'i2';
  return 'inner-result';
}

function* outer() {
  yield 'o1';
  const r = yield* inner();
  yield 'got ' + r;
  yield* [10, 20];
  yield* 'ab';
  yield* new Set(['s']);
  yield* new Map([['k', 'v']]);
  return 'outer-done';
}
const g = outer();
let step;
while (!(step = g.next()).done) console.log(step.value);
console.log('final', step.value);

// yield* of a generator that returns without yielding
function* immediate() { return 'imm'; }
function* useImm() { const v = yield* immediate(); yield v; }
console.log([...useImm()]);

// recursive yield* (tree traversal)
function* walk(node) {
  yield node.name;
  for (const child of node.children || []) yield* walk(child);
}
const tree = { name: 'root', children: [{ name: 'a', children: [{ name: 'a1' }] }, { name: 'b' }] };
console.log([...walk(tree)]);

// flatten arbitrarily nested
function* flat(arr) {
  for (const x of arr) {
    if (Array.isArray(x)) yield* flat(x);
    else yield x;
  }
}
console.log([...flat([1, [2, [3, [4]], 5], [[6]]])]);

// next(v) is forwarded through yield*
function* echoInner() {
  const a = yield 'first';
  const b = yield 'second:' + a;
  return 'inner got ' + b;
}
function* echoOuter() {
  const res = yield* echoInner();
  yield res;
}
const e = echoOuter();
console.log(e.next('ignored').value);
console.log(e.next('A').value);
console.log(e.next('B').value);
console.log(e.next().done);

// yield* on non-iterable
function* bad() { yield* 5; }
try {
  bad().next();
} catch (err) {
  console.log(err.constructor.name);
}

// yield* of a custom iterable returns its final value
const custom = {
  [Symbol.iterator]() {
    let i = 0;
    return { next: () => (i++ < 2 ? { value: i, done: false } : { value: 'custom-ret', done: true }) };
  },
};
function* useCustom() { const r = yield* custom; yield r; }
console.log([...useCustom()]);
