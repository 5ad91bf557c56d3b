class Foo {
  constructor() { this.x = 1; }
}

try {
  Foo();
} catch (e) {
  console.log(e.constructor.name + ': ' + e.message);
}

try {
  Foo.call({});
} catch (e) {
  console.log(e.constructor.name + ': ' + e.message);
}

const Anon = class {};
try {
  Anon();
} catch (e) {
  console.log(e.message);
}

class Base {}
class Derived extends Base {
  constructor() {
    try {
      this.x = 1;
    } catch (e) {
      console.log(e.constructor.name + ': ' + e.message);
    }
    super();
    this.x = 2;
  }
}
console.log(new Derived().x);

class NoSuper extends Base {
  constructor() {}
}
try {
  new NoSuper();
} catch (e) {
  console.log(e.constructor.name + ': ' + e.message);
}

class DoubleSuper extends Base {
  constructor() {
    super();
    try {
      super();
    } catch (e) {
      console.log(e.constructor.name + ': ' + e.message);
    }
  }
}
new DoubleSuper();

class ReturnsPrimitive extends Base {
  constructor() {
    super();
    return 42;
  }
}
try {
  new ReturnsPrimitive();
} catch (e) {
  console.log(e.constructor.name + ': ' + e.message);
}

class BaseReturnsPrimitive {
  constructor() { return 42; }
}
console.log(new BaseReturnsPrimitive() instanceof BaseReturnsPrimitive);

// methods are not constructors
class M { m() {} static s() {} }
try {
  const m = new M().m;
  new m();
} catch (e) {
  console.log(e.constructor.name + ': ' + e.message);
}

// TDZ for class declaration
try {
  new Later();
} catch (e) {
  console.log(e.constructor.name + ': ' + e.message);
}
class Later {}

// class name TDZ inside extends clause
try {
  class Self extends Self {}
} catch (e) {
  console.log(e.constructor.name + ': ' + e.message);
}

// writing prototype on class is silently ignored in sloppy, not writable
Foo.prototype = {};
console.log(Object.getOwnPropertyDescriptor(Foo, 'prototype').writable);
