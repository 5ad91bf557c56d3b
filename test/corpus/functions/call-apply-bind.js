// Function.prototype.call and apply: explicit this, argument lists, array-likes, errors.
"use strict";
function describe(greeting, punct) {
  return greeting + ", " + this.name + (punct === undefined ? "" : punct);
}
const alice = { name: "alice" };
const bob = { name: "bob", describe: describe };
console.log(describe.call(alice, "hi", "!"));
console.log(describe.call(bob, "hey"));
console.log(describe.apply(alice, ["hello", "?"]));
console.log(describe.apply(bob, ["yo"]));
console.log(bob.describe.call(alice, "swap"));

// Strict functions see the this value as passed.
function whatIsThis() { return this; }
console.log(whatIsThis.call(undefined), whatIsThis.call(null), whatIsThis.call(5), whatIsThis.apply("s"));
console.log(typeof whatIsThis.call(), whatIsThis.apply(undefined, undefined), whatIsThis.apply(null, null));

// Arguments beyond and below the parameter count.
function collect(a, b, c) { return [a, b, c]; }
console.log(collect.call(null), collect.call(null, 1), collect.call(null, 1, 2, 3, 4));
console.log(collect.apply(null, []), collect.apply(null, [1, 2, 3, 4, 5]));

// apply takes any array-like: length is read, then each index.
console.log(collect.apply(null, { length: 2, 0: "x", 1: "y", 2: "z" }));
console.log(collect.apply(null, { length: 3 }));
console.log(collect.apply(null, { length: "2", 0: 7, 1: 8 }));
console.log(collect.apply(null, { length: -4, 0: 1 }));
console.log(collect.apply(null, { 0: "no length" }));
const holes = [1, , 3];
console.log(collect.apply(null, holes));
function sum() {
  let s = 0;
  for (let i = 0; i < 100; i++) s += i;
  return s;
}
console.log(sum.apply(null, [1, 2]), Math.max.apply(null, [3, 9, 4]), Math.min.call(null, 3, -1, 2));

// A long list through apply.
const many = [];
for (let i = 0; i < 5000; i++) many.push(i);
function countArgs(a, b) { return [a, b]; }
console.log(countArgs.apply(null, many), Math.max.apply(Math, many));

// Builtins as targets, and call/apply on call/apply themselves.
console.log(Array.prototype.join.call(["a", "b", "c"], "-"));
console.log(String.prototype.toUpperCase.call("shout"), Number.prototype.toFixed.apply(3.14159, [2]));
console.log(describe.call.call(describe, alice, "nested"));
console.log(Function.prototype.apply.call(describe, bob, ["via apply", "."]));
console.log(Function.prototype.call.apply(collect, [null, "p", "q"]));

// Lengths and names of the methods.
console.log(Function.prototype.call.length, Function.prototype.apply.length);
console.log(Function.prototype.call.name, Function.prototype.apply.name);
console.log(typeof Function.prototype.call, describe.call === Function.prototype.call);

// The argument list of apply must be an object.
const bad = [1, "str", true];
for (let i = 0; i < bad.length; i++) {
  try {
    collect.apply(null, bad[i]);
  } catch (e) {
    console.log(e instanceof TypeError, e.message);
  }
}
// Exceptions thrown by the callee and by array-like getters propagate.
function thrower() { throw new Error("from callee"); }
try { thrower.call(null); } catch (e) { console.log(e.message); }
try { thrower.apply(null, [1]); } catch (e) { console.log(e.message); }
const trap = { length: { valueOf: function () { throw new RangeError("from valueOf"); } } };
try { collect.apply(null, trap); } catch (e) { console.log(e.name, e.message); }
let reads = 0;
const counted = { length: { valueOf: function () { reads++; return 3; } }, 0: "a", 2: "c" };
console.log(collect.apply(null, counted), reads);
