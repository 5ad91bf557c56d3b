import add, { PI_ISH, counter, increment, Vec, renamedHidden } from './lib/named-default/math.js';
import Greeter, { DEFAULT_NAME as NAME } from './lib/named-default/greet.js';
import anon from './lib/named-default/anon-default.js';
import config, * as valueNs from './lib/named-default/value-default.js';
import { default as addAgain } from './lib/named-default/math.js';

console.log(add(2, 3), addAgain === add, add.name);
console.log(PI_ISH, renamedHidden);

// live bindings
console.log('counter before', counter);
increment();
increment();
console.log('counter after', counter);

try {
  counter = 10;
} catch (e) {
  console.log(e.constructor.name + ': ' + e.message);
}

const v = new Vec(3, 4);
console.log(v.len2(), v);
console.log(new Greeter(NAME).hello(), Greeter.name);
console.log(anon(), anon.name);
console.log(config, valueNs.default === config, valueNs.later);

// modules are strict
console.log((function () { return this; })());

// top-level this is undefined in ESM
console.log(this);
console.log(typeof import.meta);
