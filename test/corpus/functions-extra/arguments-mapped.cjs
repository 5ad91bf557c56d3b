// sloppy mode: simple params alias arguments
function sloppy(a, b) {
  arguments[0] = 'changed-via-arguments';
  b = 'changed-via-param';
  return [a, arguments[0], b, arguments[1]];
}
console.log(sloppy('x', 'y'));

// aliasing only for passed arguments
function sloppyMissing(a, b) {
  b = 'set';
  arguments[1] = 'args-set';
  return [b, arguments[1], arguments.length];
}
console.log(sloppyMissing('only'));

// strict mode: no aliasing
function strict(a, b) {
  'use strict';
  arguments[0] = 'changed-via-arguments';
  b = 'changed-via-param';
  return [a, arguments[0], b, arguments[1]];
}
console.log(strict('x', 'y'));

// rest params make it unmapped
function withRest(a, ...r) {
  a = 'new';
  return [a, arguments[0]];
}
console.log(withRest('old', 1));

// destructured params make it unmapped
function withPattern(a, { b }) {
  a = 'new';
  return [a, arguments[0]];
}
console.log(withPattern('old', { b: 1 }));

// deleting an arguments index breaks mapping
function deleted(a) {
  delete arguments[0];
  a = 'after-delete';
  return [a, arguments[0], 0 in arguments];
}
console.log(deleted('orig'));

// defineProperty on mapped arguments
function defined(a) {
  Object.defineProperty(arguments, '0', { value: 'defined' });
  const first = a;
  a = 'reassigned';
  return [first, arguments[0]];
}
console.log(defined('orig'));

// increment via arguments
function inc(n) {
  arguments[0]++;
  return n;
}
console.log(inc(5));

// duplicate param names in sloppy mode: last wins
function dup(x, x) {
  return [x, arguments[0], arguments[1]];
}
console.log(dup(1, 2));
