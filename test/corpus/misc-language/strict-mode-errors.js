'use strict';

function attempt(label, fn) {
  try {
    fn();
    console.log(label, '-> ok');
  } catch (e) {
    console.log(label, '->', e.constructor.name + ': ' + e.message);
  }
}

const frozen = Object.freeze({ x: 1, nested: { y: 2 } });
attempt('write frozen', () => { frozen.x = 2; });
attempt('add to frozen', () => { frozen.z = 3; });
attempt('delete from frozen', () => { delete frozen.x; });
attempt('write nested (not deep frozen)', () => { frozen.nested.y = 3; });

const ro = {};
Object.defineProperty(ro, 'x', { value: 1, enumerable: true });
attempt('write read-only', () => { ro.x = 2; });

const sealed = Object.seal({ a: 1 });
attempt('write sealed', () => { sealed.a = 2; });
attempt('add to sealed', () => { sealed.b = 1; });
attempt('delete sealed', () => { delete sealed.a; });
console.log(sealed);

const nonExt = Object.preventExtensions({ p: 1 });
attempt('add to non-extensible', () => { nonExt.y = 1; });
attempt('delete from non-extensible', () => { delete nonExt.p; });
console.log(nonExt);

const getterOnly = { get g() { return 1; } };
attempt('set getter-only', () => { getterOnly.g = 2; });

const frozenArr = Object.freeze([1, 2]);
attempt('push frozen array', () => { frozenArr.push(3); });
attempt('index write frozen array', () => { frozenArr[0] = 9; });
attempt('length write frozen array', () => { frozenArr.length = 0; });

class Point { constructor() { this.x = 1; Object.freeze(this); } }
attempt('write frozen instance', () => { new Point().x = 5; });

attempt('assign to undeclared', () => { undeclaredVariable = 1; });
attempt('delete non-configurable', () => { delete Object.defineProperty({}, 'k', { value: 1 }).k; });
attempt('write to primitive', () => { 'str'.prop = 1; });
attempt('write NaN', () => { globalThis.NaN = 1; });
attempt('assign to function name in strict fn expression', () => {
  const f = function named() { named = 1; };
  f();
});

console.log(Object.isFrozen(frozen), Object.isSealed(frozen), Object.isExtensible(nonExt));
console.log(frozen);
