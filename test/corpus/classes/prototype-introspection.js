class A {
  constructor() { this.own = 1; }
  method() {}
  get acc() { return 1; }
  set acc(v) {}
  static sm() {}
  static sf = 1;
  field = 2;
  *gen() {}
  async am() {}
}

console.log(Object.getOwnPropertyNames(A.prototype));
console.log(Object.keys(A.prototype));
console.log(Object.getOwnPropertyNames(A).sort());
console.log(Object.keys(A));

const md = Object.getOwnPropertyDescriptor(A.prototype, 'method');
console.log(md.enumerable, md.writable, md.configurable, typeof md.value);
const cd = Object.getOwnPropertyDescriptor(A.prototype, 'constructor');
console.log(cd.enumerable, cd.writable, cd.configurable);
const pd = Object.getOwnPropertyDescriptor(A, 'prototype');
console.log(pd.enumerable, pd.writable, pd.configurable);
const sfd = Object.getOwnPropertyDescriptor(A, 'sf');
console.log(sfd.enumerable, sfd.writable, sfd.configurable);

const a = new A();
const keys = [];
for (const k in a) keys.push(k);
console.log(keys);

// enumerability of methods on a plain object vs class
const obj = { m() {}, get g() { return 1; } };
console.log(Object.keys(obj));

// methods have no prototype property; generators do
console.log('prototype' in A.prototype.method, 'prototype' in A.prototype.gen, 'prototype' in A.prototype.am);
console.log(A.prototype.method.name, A.prototype.gen.name, A.sm.name);

// class is a function
console.log(typeof A, A instanceof Function, Object.getPrototypeOf(A) === Function.prototype);

class B extends A {}
console.log(Object.getPrototypeOf(B) === A);
console.log(Object.getOwnPropertyNames(B.prototype));
console.log(A.prototype.isPrototypeOf(new B()));
console.log(Object.getOwnPropertyNames(new B()));

// instanceof uses prototype chain; modifying chain changes result
const plain = {};
console.log(plain instanceof A);
Object.setPrototypeOf(plain, A.prototype);
console.log(plain instanceof A, plain instanceof B);
