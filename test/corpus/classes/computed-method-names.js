const prefix = 'get';
let counter = 0;
const sym = Symbol('special');

class Computed {
  [prefix + 'Name']() { return 'name'; }
  [`${prefix}Age`]() { return 42; }
  [sym]() { return 'symbol method'; }
  [1 + 1]() { return 'two'; }
  ['with space']() { return 'spaced'; }
  get [prefix + 'Prop']() { return 'getter'; }
  static [prefix + 'Static']() { return 'static'; }
  [(counter++, 'once')]() { return counter; }
  *['gen' + 'erator']() { yield 1; yield 2; }
  async ['as' + 'ync']() { return 1; }
}

const c = new Computed();
console.log(c.getName(), c.getAge(), c[sym](), c[2](), c['with space']());
console.log(c.getProp, Computed.getStatic());
console.log(c.once(), counter);
console.log([...c.generator()]);
console.log(Object.getOwnPropertyNames(Computed.prototype));
console.log(Object.getOwnPropertySymbols(Computed.prototype).length);
console.log(c.getName.name, c[sym].name, c[2].name, c.generator.name, c.async.name);
console.log(Object.getOwnPropertyDescriptor(Computed.prototype, 'getProp').get.name);

// evaluation order of computed keys
const log = [];
function k(n) { log.push(n); return 'k' + n; }
class Order {
  [k(1)]() {}
  static [k(2)] = k(3);
  [k(4)] = k(5);
  static [k(6)]() {}
}
console.log(log);
new Order();
console.log(log);

// numeric keys normalize
class Num {
  [0.5]() { return 'half'; }
  [1e3]() { return 'thousand'; }
  ['01']() { return 'str01'; }
}
console.log(Object.getOwnPropertyNames(Num.prototype));
