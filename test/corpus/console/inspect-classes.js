// Classes print as "[class A]" / "[class B extends A]"; instances as "Name { ... }"; accessors
// as [Getter], [Setter] and [Getter/Setter]; error subclasses with their constructor name.
class Animal {
  constructor(name) { this.name = name; }
  speak() { return this.name; }
}
class Dog extends Animal {
  constructor(name) { super(name); this.tricks = ["sit"]; }
}
class Empty {}
console.log(Animal, Dog, Empty);
console.log(new Animal("generic"), new Dog("rex"), new Empty());
console.log([Animal, new Dog("fido")], { cls: Dog, inst: new Dog("spot") });
const Anonymous = [class {}][0];
console.log(Anonymous, [class {}]);
class WithStatic { static version = 2; static helper() {} }
console.log(WithStatic);
class Point {
  #secret = 1;
  constructor(x, y) { this.x = x; this.y = y; }
  get length() { return Math.sqrt(this.x * this.x + this.y * this.y); }
}
console.log(new Point(3, 4), new Point(3, 4).length);
const accessors = {
  get onlyGet() { return 1; },
  set onlySet(v) {},
  get both() { return 2; },
  set both(v) {},
  plain: 3,
};
console.log(accessors);
console.log([accessors], { nested: accessors });
class Temperature {
  constructor() { this.celsius = 20; }
  get fahrenheit() { return this.celsius * 1.8 + 32; }
}
const t = new Temperature();
console.log(t, t.fahrenheit);
class Base {}
class Derived extends Base {}
class MoreDerived extends Derived {}
console.log(new MoreDerived(), MoreDerived, [new Base(), new Derived()]);
class MyError extends Error {}
class ValidationError extends Error {
  constructor(message) { super(message); this.name = "ValidationError"; this.field = "email"; }
}
function noStack(e) { delete e.stack; return e; }
console.log(noStack(new MyError("mine")));
console.log(noStack(new ValidationError("invalid")));
console.log({ errors: [noStack(new MyError("a")), noStack(new ValidationError("b"))] });
class Collection extends Array {}
const coll = new Collection();
coll.push(1, 2, 3);
console.log(coll, new Collection());
class Counter {
  constructor() { this.count = 0; }
  increment() { this.count++; return this; }
}
console.log(new Counter().increment().increment());
console.log("%s", new Counter(), "%o");
console.log("%o", Empty);
