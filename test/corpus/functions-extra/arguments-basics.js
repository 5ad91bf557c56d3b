function f() {
  return [arguments.length, arguments[0], arguments[5], typeof arguments];
}
console.log(f());
console.log(f('a', 'b', 'c'));

function g(a, b) {
  return arguments.length;
}
console.log(g(), g(1), g(1, 2, 3, 4), g.length);

function toArr() {
  return [Array.from(arguments), Array.prototype.slice.call(arguments, 1), [...arguments]];
}
console.log(toArr(1, 2, 3));

function proto() {
  return [
    Object.prototype.toString.call(arguments),
    Array.isArray(arguments),
    arguments instanceof Object,
    Object.keys(arguments),
    typeof arguments[Symbol.iterator],
  ];
}
console.log(proto('x', 'y'));

// arrow functions see outer arguments
function outer() {
  const arrow = () => arguments[0];
  return arrow('ignored');
}
console.log(outer('outer-arg'));

// nested normal function has own arguments
function outer2() {
  function inner() { return arguments.length; }
  return [arguments.length, inner()];
}
console.log(outer2(1, 2, 3));

// arguments.length is writable
function lenWrite() {
  arguments.length = 1;
  return Array.from(arguments);
}
console.log(lenWrite('a', 'b', 'c'));

// arguments with default params is unmapped
function withDefault(a = 1) {
  arguments[0] = 'changed';
  return [a, arguments[0], arguments.length];
}
console.log(withDefault(), withDefault('orig'));

// console.log of arguments
function printArgs() { console.log(arguments); }
printArgs(1, 'two', [3]);
printArgs();

// arguments in method and callee
const o = {
  m() { return arguments.length; },
};
console.log(o.m(1, 2));
function sloppyCallee() { return arguments.callee === sloppyCallee; }
console.log(sloppyCallee());
function strictCallee() {
  'use strict';
  try {
    return arguments.callee;
  } catch (e) {
    return e.constructor.name;
  }
}
console.log(strictCallee());
