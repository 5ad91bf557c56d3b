function F() {
  console.log('F new.target:', new.target === undefined ? 'undefined' : new.target.name);
}
F();
new F();

class Base {
  constructor() {
    console.log('Base new.target.name =', new.target.name);
    this.created = new.target.name;
  }
}
class Derived extends Base {
  constructor() {
    super();
    console.log('Derived new.target.name =', new.target.name);
  }
}
class Deeper extends Derived {}

new Base();
new Derived();
const x = new Deeper();
console.log(x.created);

// abstract class pattern
class Shape {
  constructor() {
    if (new.target === Shape) {
      throw new TypeError('Shape is abstract');
    }
  }
}
class Circle extends Shape {}
try {
  new Shape();
} catch (e) {
  console.log(e.message);
}
console.log(new Circle() instanceof Shape);

// new.target in arrow refers to enclosing function
function Outer() {
  const arrow = () => new.target;
  return arrow();
}
console.log(Outer() === undefined);
console.log(new Outer() instanceof Outer);

// Reflect.construct with newTarget
class A {
  constructor() { this.nt = new.target.name; }
}
class B {}
const r = Reflect.construct(A, [], B);
console.log(r.nt, r instanceof B, r instanceof A);

// function requiring new
function Strict() {
  if (!new.target) return new Strict();
  this.ok = true;
}
console.log(Strict().ok, new Strict().ok);
