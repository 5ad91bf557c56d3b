class A {
  greet() { return 'A.greet from ' + this.id; }
  static sgreet() { return 'A.sgreet ' + this.name; }
  get value() { return 'A.value'; }
}
A.prototype.field = 'proto-field';

class B extends A {
  constructor() {
    super();
    this.id = 'b1';
  }
  greet() { return 'B>' + super.greet(); }
  static sgreet() { return 'B>' + super.sgreet(); }
  get value() { return 'B>' + super.value; }
  readField() { return super.field; }
  arrowSuper() {
    const f = () => super.greet();
    return f();
  }
  setViaSuper() {
    super.written = 'w';   // sets on this
    return Object.prototype.hasOwnProperty.call(this, 'written');
  }
  missing() { return super.nope; }
}

const b = new B();
console.log(b.greet());
console.log(B.sgreet());
console.log(b.value);
console.log(b.readField());
console.log(b.arrowSuper());
console.log(b.setViaSuper(), b.written);
console.log(b.missing());

// super in object literal methods with __proto__
const base = {
  hello() { return 'base hello ' + this.tag; },
  tag: 'base',
};
const obj = {
  __proto__: base,
  tag: 'obj',
  hello() { return 'obj>' + super.hello(); },
};
console.log(obj.hello());

// super with Object.setPrototypeOf
const base2 = { who() { return 'base2'; } };
const obj2 = {
  who() { return 'obj2>' + super.who(); },
};
Object.setPrototypeOf(obj2, base2);
console.log(obj2.who());

// super is bound to home object, not to this
const borrowed = { who: obj2.who };
console.log(borrowed.who());

// changing prototype after the fact changes super lookup
Object.setPrototypeOf(obj2, { who() { return 'other'; } });
console.log(obj2.who());

// super in getter of object literal
const o3 = {
  __proto__: { get x() { return 10; } },
  get x() { return super.x + 1; },
};
console.log(o3.x);
