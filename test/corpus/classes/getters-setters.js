class Temperature {
  constructor(c) {
    this._c = c;
  }
  get celsius() {
    return this._c;
  }
  set celsius(v) {
    if (typeof v !== 'number') throw new TypeError('not a number');
    this._c = v;
  }
  get fahrenheit() {
    return this._c * 9 / 5 + 32;
  }
  set fahrenheit(f) {
    this._c = (f - 32) * 5 / 9;
  }
  static get unit() {
    return 'C';
  }
  static set unit(v) {
    console.log('static setter', v);
  }
}

const t = new Temperature(100);
console.log(t.celsius, t.fahrenheit);
t.fahrenheit = 32;
console.log(t.celsius);
t.celsius = 37;
console.log(t.fahrenheit);
try {
  t.celsius = 'hot';
} catch (e) {
  console.log(e.name, e.message);
}
console.log(Temperature.unit);
Temperature.unit = 'K';
console.log(Temperature.unit);

const desc = Object.getOwnPropertyDescriptor(Temperature.prototype, 'celsius');
console.log(typeof desc.get, typeof desc.set, desc.enumerable, desc.configurable);
console.log('value' in desc, 'writable' in desc);

// getter only: assignment ignored in sloppy mode? class bodies are strict, but outside code is sloppy
class RO {
  get x() { return 1; }
}
const r = new RO();
r.x = 5;
console.log(r.x);

// getter only: assignment in strict function throws
(function () {
  'use strict';
  try {
    r.x = 10;
  } catch (e) {
    console.log(e.constructor.name, e.message);
  }
})();

// setter only: reading yields undefined
class WO {
  set y(v) { this._y = v * 2; }
}
const w = new WO();
w.y = 4;
console.log(w.y, w._y);

// getter invoked on each access
let count = 0;
class Lazy {
  get v() { return ++count; }
}
const l = new Lazy();
console.log(l.v, l.v, l.v);
console.log(t);
console.log(Object.keys(t));
