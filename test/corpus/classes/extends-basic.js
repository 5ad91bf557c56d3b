class Animal {
  constructor(name) {
    this.name = name;
  }
  speak() {
    return `${this.name} makes a sound`;
  }
  get kind() { return 'animal'; }
  static create(name) { return new this(name); }
}

class Dog extends Animal {
  constructor(name, breed) {
    super(name);
    this.breed = breed;
  }
  speak() {
    return super.speak() + ' (woof)';
  }
  get kind() { return 'dog/' + super.kind; }
}

class Puppy extends Dog {
  speak() {
    return super.speak() + ' [tiny]';
  }
}

const d = new Dog('Rex', 'lab');
console.log(d.speak());
console.log(d.kind);
console.log(d);
const p = new Puppy('Bit', 'pug');
console.log(p.speak());
console.log(p);
console.log(p instanceof Puppy, p instanceof Dog, p instanceof Animal, p instanceof Object);
console.log(Object.getPrototypeOf(Puppy) === Dog);
console.log(Object.getPrototypeOf(Puppy.prototype) === Dog.prototype);
const c = Puppy.create('Zed');
console.log(c.constructor.name, c.name, c.breed);

// implicit constructor passes all args
class A { constructor(...args) { this.args = args; } }
class B extends A {}
console.log(new B(1, 2, 3).args);
console.log(B.length, A.length);

// extends null
class N extends null {
  constructor() { return Object.create(N.prototype); }
}
const n = new N();
console.log(Object.getPrototypeOf(N.prototype));
console.log(n instanceof N);

// extends expression
function mixin(Base) {
  return class extends Base {
    mixed() { return 'mixed:' + this.name; }
  };
}
class Cat extends mixin(Animal) {}
console.log(new Cat('Tom').mixed());
console.log(new Cat('Tom'));

// extends non-constructor
try {
  class Bad extends 42 {}
} catch (e) {
  console.log(e.constructor.name, e.message);
}
try {
  const notCtor = () => {};
  class Bad2 extends notCtor {}
} catch (e) {
  console.log(e.constructor.name, e.message);
}
