// later keys can use earlier bindings in computed keys
const arr = ['a', 'b', 'c'];
const { length: len, [len - 1]: last } = arr;
console.log(len, last);

// destructuring a function's properties
function fn(a, b) {}
const { name, length } = fn;
console.log(name, length);

// property names that are reserved words
const { if: ifVal, class: classVal, new: newVal } = { if: 1, class: 2, new: 3 };
console.log(ifVal, classVal, newVal);

// same source property into multiple targets
const { v: v1, v: v2, v: { inner } } = { v: { inner: 'in' } };
console.log(v1 === v2, inner);

// array pattern inside object pattern inside array pattern
const [{ list: [, second] }] = [{ list: [1, 2, 3] }];
console.log(second);

// default that is itself destructured
const [{ dx = 'dx-default' } = { dx: 'from-default-obj' }] = [];
console.log(dx);
const [{ dy = 'dy-default' } = { dx: 'no dy' }] = [];
console.log(dy);

// destructuring NaN/0/'' does not trigger defaults
const { n1 = 'd', n2 = 'd', n3 = 'd', n4 = 'd' } = { n1: NaN, n2: 0, n3: '', n4: false };
console.log(n1, n2, JSON.stringify(n3), n4);

// destructuring in a while loop with shift
const queue = [[1, 'one'], [2, 'two']];
let item;
while ((item = queue.shift())) {
  const [num, word] = item;
  console.log(num, word);
}

// swap via destructuring within object
const pt = { x: 1, y: 2 };
[pt.x, pt.y] = [pt.y, pt.x];
console.log(pt);

// destructure with exotic keys
const { '': emptyKey, ' ': spaceKey } = { '': 'E', ' ': 'S' };
console.log(emptyKey, spaceKey);

// destructure index beyond length
const { 10: beyond = 'none' } = [1, 2];
console.log(beyond);

// pattern in arrow returning object
const pick = ({ a, c }) => ({ a, c });
console.log(pick({ a: 1, b: 2, c: 3 }));

// destructure a Map's entries into an object
const m = new Map([['x', 1], ['y', 2]]);
const { x, y } = Object.fromEntries(m);
console.log(x, y);
