// for-of, spread and destructuring over Maps and Sets take the iterators' own next method until a
// program replaces it; then every step calls the replacement, and its results are read as objects.
const m = new Map([['a', 1], ['b', 2], ['c', 3]]);
const s = new Set([1, 2, 3, 2]);
const walk = (label) => {
  const out = [];
  for (const [k, v] of m) { out.push(k + v); if (k === 'a') m.set('d', 4); }
  for (const x of s) { out.push(x); if (x === 1) s.delete(2); }
  console.log(label, out.join(' '), [...m.keys()].join(), [...s.values()].length, [...m.entries()].length);
  m.delete('d'); s.add(2);
};
walk('intrinsic');
const mapNext = Object.getPrototypeOf(new Map().entries()).next;
const setNext = Object.getPrototypeOf(new Set().values()).next;
let steps = 0;
Object.getPrototypeOf(m.entries()).next = function () { steps++; return mapNext.call(this); };
walk('counted');
console.log('map steps', steps);
Object.getPrototypeOf(s.values()).next = function () { const r = setNext.call(this); return { done: r.done, get value() { return r.value * 10; } }; };
walk('scaled set');
Object.getPrototypeOf(s.values()).next = () => 42;
try { for (const x of s) console.log(x); } catch (e) { console.log(e.constructor.name, e.message); }
Object.getPrototypeOf(s.values()).next = setNext;
const it = m.values();
it.next = () => ({ done: true });
console.log([...it], [...m.values()], Array.from(new Set('abca')));
Object.getPrototypeOf(m.entries()).next = mapNext;
walk('restored');
