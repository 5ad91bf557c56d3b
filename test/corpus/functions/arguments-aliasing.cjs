// Mapped arguments objects (a sloppy CommonJS file): arguments[i] and the i-th parameter alias
// each other, both ways, for the arguments passed; what ends the mapping; what never has one.

// Both ways, seen through every reader: indexing, descriptors, inspect, spread.
function both(a, b, c) {
  a = 'A';
  arguments[1] = 'B';
  const d = Object.getOwnPropertyDescriptor(arguments, '0');
  return [a, b, c, arguments[0], arguments[1], d.value, d.writable, [...arguments], arguments];
}
console.log(both(1, 2, 3));

// Compound assignments, updates and destructuring assignment write the parameter.
function compound(a, b, c) {
  a += 10; b++; [c] = ['destructured'];
  arguments[0] *= 2;
  return [a, b, c, Array.from(arguments)];
}
console.log(compound(1, 2, 3));

// Through an escaped arguments object and through closures, after the call too.
function setFirst(args, v) { args[0] = v; }
function escaped(a) {
  setFirst(arguments, 'via callee');
  const seen = a;
  const set = (v) => { a = v; };
  const args = arguments;
  set('via closure');
  return [seen, args[0], () => [a, args[0]], (v) => { args[0] = v; }];
}
const [seen, viaClosure, read, write] = escaped('orig');
write('after return');
console.log(seen, viaClosure, read());

// Arrow functions see their enclosing function's (mapped) object.
function arrows(a) {
  const viaArrow = () => { arguments[0] = 'arrow wrote'; return arguments.length; };
  const n = viaArrow('ignored', 'also');
  return [n, a];
}
console.log(arrows('x'));

// Length changes do not change the map; indices past the arguments passed are never mapped.
function lengths(a, b) {
  arguments.length = 0;
  a = 'still mapped';
  b = 'not passed';
  arguments[1] = 'own index';
  arguments.length = 5;
  return [arguments[0], b, arguments[1], arguments.length, Array.prototype.slice.call(arguments, 0, 2)];
}
console.log(lengths('x'));

// delete ends the mapping; a property defined again is a plain one.
function deleted(a, b) {
  delete arguments[0];
  arguments[0] = 'new own';
  a = 'param only';
  Array.prototype.shift.call(arguments); // moves index 1 down: sets 0, deletes 1
  b = 'b param';
  return [a, b, arguments[0], arguments[1], arguments.length];
}
console.log(deleted('x', 'y'));

// defineProperty: a value flows to the parameter; non-writable or accessor ends the mapping.
function defined(a, b, c) {
  Object.defineProperty(arguments, '0', { value: 'defined' });
  const a1 = a;
  Object.defineProperty(arguments, '1', { value: 'frozen value', writable: false });
  b = 'b after';
  Object.defineProperty(arguments, '2', { get() { return 'getter'; } });
  c = 'c after';
  return [a1, arguments[0], b, arguments[1], c, arguments[2]];
}
console.log(defined(1, 2, 3));

// Object.freeze makes every index non-writable: the parameters go their own way.
function frozen(a) {
  Object.freeze(arguments);
  a = 'param';
  arguments[0] = 'ignored';
  return [a, arguments[0], Object.isFrozen(arguments)];
}
console.log(frozen('orig'));

// A function declaration named like a parameter initializes it, and so the object.
function hoisted(a) {
  function a() {}
  return [typeof a, typeof arguments[0]];
}
console.log(hoisted(1));

// Duplicate names: the last one is mapped.
function dup(x, x) {
  x = 'written';
  return [x, arguments[0], arguments[1]];
}
console.log(dup(1, 2));

// `arguments` reassigned: the parameters still write the original object.
function reassigned(a) {
  const original = arguments;
  arguments = ['replacement'];
  a = 'param';
  return [original[0], arguments[0]];
}
console.log(reassigned('orig'));

// callee is the function itself in a mapped object.
function callee(a) { return [arguments.callee === callee, Object.keys(arguments)]; }
console.log(callee(1, 2));

// Generators have mapped objects too.
function* gen(a) {
  yield arguments[0];
  a = 'changed';
  yield arguments[0];
}
console.log([...gen('first')]);

// Unmapped: strict functions, default, rest and destructured parameters.
function strict(a) {
  'use strict';
  a = 'param';
  arguments[0] = 'object';
  let threw = false;
  try { arguments.callee; } catch (e) { threw = e instanceof TypeError; }
  return [a, arguments[0], threw];
}
function withDefault(a = 0) { a = 'param'; return [a, arguments[0]]; }
function withRest(a, ...rest) { arguments[0] = 'object'; return [a, arguments[0], rest]; }
function withPattern(a, { b }) { a = 'param'; return [a, arguments[0], b]; }
console.log(strict('x'), withDefault('x'), withRest('x', 1), withPattern('x', { b: 2 }));
