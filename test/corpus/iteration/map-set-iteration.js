const m = new Map();
m.set('b', 2).set('a', 1).set(3, 'three').set('2', 'two-str').set(2, 'two-num');
console.log([...m.keys()]);
console.log(m);
m.forEach((v, k, map) => console.log(typeof k, k, v, map === m));

// NaN and -0 keys
const special = new Map([[NaN, 'n1']]);
special.set(NaN, 'n2');
special.set(-0, 'zero');
console.log(special.size, special.get(NaN), special.get(0), [...special.keys()]);
console.log(Object.is([...special.keys()][1], -0));

// object keys by identity
const k1 = { id: 1 };
const objMap = new Map([[k1, 'first'], [{ id: 1 }, 'second']]);
console.log(objMap.size, objMap.get(k1), objMap.get({ id: 1 }));
console.log(objMap);

// set ordering & re-adding existing doesn't move
const s = new Set(['x', 'y', 'z']);
s.add('x');
console.log([...s]);
s.delete('x');
s.add('x');
console.log([...s]);
s.forEach((v, v2, set) => console.log(v, v2, set === s));

// clear during iteration ends it
const cl = new Map([[1, 1], [2, 2], [3, 3]]);
const seen = [];
for (const [k] of cl) {
  seen.push(k);
  cl.clear();
}
console.log(seen, cl.size);

// clear then add during iteration: new entries visited
const cl2 = new Set([1, 2]);
const seen2 = [];
for (const v of cl2) {
  seen2.push(v);
  if (v === 1) { cl2.clear(); cl2.add('new'); }
}
console.log(seen2);

// entries iterator of Set yields [v, v]
console.log([...new Set(['q']).entries()]);

// nested maps and sets in console.log
console.log(new Map([['inner', new Set([1, 2])], ['arr', [1, { a: 1 }]]]));
console.log(new Set([[1, 2], { k: 'v' }, new Map()]));
console.log(new Map(), new Set());

// size is an accessor
console.log(typeof Object.getOwnPropertyDescriptor(Map.prototype, 'size').get);

// groupBy-like with maps
const words = ['apple', 'avocado', 'banana', 'blueberry', 'cherry'];
const byLetter = new Map();
for (const w of words) {
  const l = w[0];
  if (!byLetter.has(l)) byLetter.set(l, []);
  byLetter.get(l).push(w);
}
console.log(byLetter);
