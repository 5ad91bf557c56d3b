class Simple {}
console.log(Simple.toString());

class WithBody {
  constructor(a) { this.a = a; }
  method() { return this.a; }
}
console.log(String(WithBody));

const Expr = class   Spaced   { x = 1 };
console.log(`${Expr}`);

class Child extends WithBody {
  static s = 1;
  #p = 2;
}
console.log(Child.toString());

// method source text
console.log(WithBody.prototype.method.toString());
console.log(Object.getOwnPropertyDescriptor(class { get g() { return 1; } }.prototype, 'g').get.toString());
class St { static  sm ( x ) { return x } }
console.log(St.sm.toString());
console.log(class { *gen() { yield 1; } }.prototype.gen.toString());
console.log(class { async am() {} }.prototype.am.toString());
console.log(class { ['comp' + 1]() {} }.prototype.comp1.toString());

// Function.prototype.toString on constructor
console.log(WithBody.prototype.constructor.toString() === WithBody.toString());
console.log(typeof Simple.toString());
