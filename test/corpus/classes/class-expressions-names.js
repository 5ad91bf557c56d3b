const Anon = class {};
console.log(Anon.name);

const Named = class Inner {
  who() { return Inner.name; }
};
console.log(Named.name, new Named().who());
console.log(typeof Inner);

let assigned;
assigned = class {};
console.log(assigned.name);

const obj = {
  prop: class {},
  ['comp' + 'uted']: class {},
};
console.log(obj.prop.name, obj.computed.name);

function takesDefault(C = class {}) { return C.name; }
console.log(takesDefault());

const { destr = class {} } = {};
console.log(destr.name);

console.log((class {}).name === '');
const arr = [class {}];
console.log(JSON.stringify(arr[0].name));

// static name member overrides
class HasName { static name = 'custom'; }
console.log(HasName.name);
class HasNameMethod { static name() { return 'fn'; } }
console.log(typeof HasNameMethod.name);

// inner binding is const
const K = class Kb {
  static tryReassign() {
    try {
      Kb = 1;
    } catch (e) {
      return e.constructor.name + ': ' + e.message;
    }
  }
};
console.log(K.tryReassign());

// outer binding of class declaration is mutable, inner not
class Decl {
  static inner() { return Decl; }
}
const saved = Decl;
Decl = null;
console.log(saved.inner() === saved);

// immediately instantiated class expression
const inst = new (class { constructor() { this.v = 7; } })();
console.log(inst.v);
console.log(inst);

// symbol-keyed class name
const sym = Symbol('desc');
const o2 = { [sym]: class {} };
console.log(o2[sym].name);

// printing classes
class Point {}
class Point3 extends Point {}
console.log(Point);
console.log(Point3);
console.log(Anon);
console.log([Point, Point3]);
console.log({ C: Named });
