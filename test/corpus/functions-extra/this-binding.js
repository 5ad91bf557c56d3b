function sloppyThis() {
  return this === globalThis ? 'globalThis' : typeof this;
}
function strictThis() {
  'use strict';
  return this === undefined ? 'undefined' : typeof this;
}

console.log(sloppyThis());
console.log(strictThis());

// primitive this: boxed in sloppy, raw in strict
function sloppyType() { return typeof this; }
function strictType() { 'use strict'; return typeof this; }
console.log(sloppyType.call(5), strictType.call(5));
console.log(sloppyType.call('s'), strictType.call('s'));
console.log(sloppyType.call(null) === 'object', strictType.call(null));
console.log(sloppyType.call(undefined), strictType.call(undefined));
function sloppyIsGlobal() { return this === globalThis; }
console.log(sloppyIsGlobal.call(null), sloppyIsGlobal.call(undefined));

// method extraction loses this
const obj = {
  name: 'obj',
  getName() { return this?.name; },
  getArrow: () => typeof this,
  nested() {
    const inner = () => this.name;
    function innerFn() { return this === globalThis; }
    return [inner(), innerFn()];
  },
};
console.log(obj.getName());
const extracted = obj.getName;
console.log(extracted());
console.log((0, obj.getName)());
console.log((obj.getName)());
console.log(obj.nested());

// bind / call / apply
const bound = obj.getName.bind({ name: 'bound' });
console.log(bound(), bound.call({ name: 'other' }));
console.log(obj.getName.call({ name: 'called' }), obj.getName.apply({ name: 'applied' }, []));
console.log(bound.name);
const boundTwice = bound.bind({ name: 'second' });
console.log(boundTwice(), boundTwice.name);

// arrow ignores call's this
const arrowThis = () => this;
console.log(arrowThis.call({ a: 1 }) === arrowThis());

// this in callback
class Counter {
  constructor() { this.count = 0; }
  incAll(arr) {
    arr.forEach(function () { this.count++; }, this);
    arr.forEach(() => this.count++);
    return this.count;
  }
}
console.log(new Counter().incAll([1, 2, 3]));
