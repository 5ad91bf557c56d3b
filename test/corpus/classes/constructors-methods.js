class Point {
  constructor(x, y) {
    this.x = x;
    this.y = y;
  }
  add(other) {
    return new Point(this.x + other.x, this.y + other.y);
  }
  toString() {
    return `(${this.x}, ${this.y})`;
  }
  static origin() {
    return new Point(0, 0);
  }
}

const a = new Point(1, 2);
const b = new Point(3, 4);
const c = a.add(b);
console.log(c.x, c.y);
console.log(String(c));
console.log(`${Point.origin()}`);
console.log(c instanceof Point);
console.log(typeof Point);
console.log(Point.name, Point.length);
console.log(Object.getPrototypeOf(c) === Point.prototype);
console.log(Point.prototype.constructor === Point);
console.log(Object.keys(c));
console.log(c);
console.log(Point.origin());

// constructor with no args / missing args
class Empty {}
const e = new Empty();
console.log(e);
console.log(Object.keys(e).length);
console.log(Empty.length);

class Defaults {
  constructor(a = 1, b = a * 2) {
    this.sum = a + b;
  }
}
console.log(new Defaults().sum, new Defaults(5).sum, new Defaults(5, 1).sum);
console.log(Defaults.length);

// methods are shared on prototype
const p1 = new Point(0, 0), p2 = new Point(1, 1);
console.log(p1.add === p2.add);
console.log(Object.prototype.hasOwnProperty.call(p1, 'add'));

// method chaining returning this
class Counter {
  constructor() { this.n = 0; }
  inc() { this.n++; return this; }
  get value() { return this.n; }
}
console.log(new Counter().inc().inc().inc().value);

// new without parens
const cc = new Counter;
console.log(cc.n);
