let order = [];
function note(s, v) { order.push(s); return v; }

class Base {
  a = note('Base.a', 1);
  constructor() {
    note('Base ctor');
    this.fromCtor = this.a + 100;
  }
}

class Derived extends Base {
  b = note('Derived.b', this.a + 1);
  c = this.b * 10;
  d;
  ['comp' + 'uted'] = 'yes';
  arrow = () => this.c;
  constructor() {
    note('Derived before super');
    super();
    note('Derived after super');
  }
}

const d = new Derived();
console.log(order);
console.log(d);
console.log('d' in d, d.d);
const f = d.arrow;
console.log(f());
console.log(Object.keys(d));

// fields are own properties, defined (not set) so setters on proto are not called
class P {
  set x(v) { console.log('setter called', v); }
}
class Q extends P {
  x = 5;
}
const q = new Q();
console.log(q.x, Object.getOwnPropertyDescriptor(q, 'x'));

// field initializer evaluated per instance
let n = 0;
class Ids {
  id = ++n;
}
console.log(new Ids().id, new Ids().id, new Ids().id);

// field with same name as method shadows
class Shadow {
  m = 'field';
  m() { return 'method'; }
}
const s = new Shadow();
console.log(s.m, typeof Shadow.prototype.m);

// field referring to earlier field via this
class Chain {
  x = 2;
  y = this.x ** 3;
  z = [this.x, this.y];
}
console.log(new Chain());

// computed key evaluated once at class definition
let k = 0;
class Comp {
  [`key${++k}`] = k;
}
console.log(new Comp(), new Comp(), k);
