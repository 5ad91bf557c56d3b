class Point {
  constructor(x, y) {
    this.x = x;
    this.y = y;
  }
}
console.log(new Point(1, 2));
console.log([new Point(1, 2), new Point(3, 4)]);
console.log({ p: new Point(0, 0) });

class Empty {}
console.log(new Empty());

class Point3 extends Point {
  constructor(x, y, z) {
    super(x, y);
    this.z = z;
  }
}
console.log(new Point3(1, 2, 3));
console.log(Point);
console.log(Point3);
console.log(class {});
console.log(class extends Point {});
const Named = class Foo {};
console.log(Named);

class WithStatic {
  static a = 1;
}
console.log(WithStatic);

class Nested {
  constructor() {
    this.inner = new Point(5, 6);
    this.list = [1, 'two', null, undefined];
    this.str = 'hello';
  }
}
console.log(new Nested());

class WithAccessor {
  constructor() { this.v = 1; }
  get computed() { return this.v * 2; }
}
console.log(new WithAccessor());

// object with null prototype
const np = Object.create(null);
np.a = 1;
console.log(np);

// instance whose constructor is overwritten
class Weird {}
const w = new Weird();
w.a = 1;
console.log(w);

// String() of instance
console.log(String(new Point(1, 2)));
console.log(`${new Empty()}`);

// class with custom toString used by template
class Money {
  constructor(c) { this.cents = c; }
  toString() { return '$' + (this.cents / 100).toFixed(2); }
}
console.log(`${new Money(1234)}`);
console.log(new Money(1234));
console.log('' + new Money(5));
