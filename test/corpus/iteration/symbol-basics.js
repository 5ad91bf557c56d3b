const s1 = Symbol('desc');
const s2 = Symbol('desc');
const s3 = Symbol();
console.log(s1.toString(), String(s2), s3.toString());
console.log(s1.description, s3.description, Symbol('').description);
console.log(s1 === s2, typeof s1, typeof Symbol.iterator);
console.log(s1);
console.log([s1, s3]);
console.log(Symbol.iterator.toString(), Symbol.iterator.description);

// implicit conversion throws
try {
  '' + s1;
} catch (e) {
  console.log(e.constructor.name + ': ' + e.message);
}
try {
  `${s1}`;
} catch (e) {
  console.log(e.constructor.name + ': ' + e.message);
}
try {
  s1 * 2;
} catch (e) {
  console.log(e.constructor.name + ': ' + e.message);
}
try {
  new Symbol();
} catch (e) {
  console.log(e.constructor.name + ': ' + e.message);
}
console.log(Boolean(s1), !s1);

// Symbol.for / keyFor
const g1 = Symbol.for('app.key');
const g2 = Symbol.for('app.key');
console.log(g1 === g2, Symbol.keyFor(g1), Symbol.keyFor(s1), g1.description);
console.log(Symbol.for() === Symbol.for('undefined'), Symbol.for().toString());

// wrapper object
const wrapped = Object(s1);
console.log(typeof wrapped, wrapped instanceof Symbol, wrapped.valueOf() === s1);
console.log(wrapped.description);

// symbols as Map keys
const m = new Map([[s1, 'one'], [s2, 'two']]);
console.log(m.get(s1), m.get(s2), m.size);

// well-known symbols are distinct
console.log(Symbol.iterator === Symbol.asyncIterator, Symbol.hasInstance.toString(), Symbol.toPrimitive.description);

// Symbol.toPrimitive
const money = {
  [Symbol.toPrimitive](hint) {
    return hint === 'number' ? 42 : hint === 'string' ? 'forty-two' : 'default';
  },
};
console.log(+money, `${money}`, money + '', money * 2);

// Symbol.toStringTag
const tagged = { [Symbol.toStringTag]: 'Custom' };
console.log(Object.prototype.toString.call(tagged), String(tagged));
class Tagged { get [Symbol.toStringTag]() { return 'TaggedClass'; } }
console.log(Object.prototype.toString.call(new Tagged()));
