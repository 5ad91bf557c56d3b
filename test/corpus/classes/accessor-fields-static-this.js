// static field initializers referencing the class and this
class Registry {
  static items = [];
  static register(x) {
    this.items.push(x);
    return this;
  }
  static first = Registry.register('a').register('b').items[0];
  static size = this.items.length;
  static arrow = () => this.name;
}
console.log(Registry.items, Registry.first, Registry.size);
const arrow = Registry.arrow;
console.log(arrow());

// static this in subclass
class Parent {
  static create() { return new this(); }
  static whoami() { return this.name; }
}
class Kid extends Parent {}
console.log(Kid.create().constructor.name, Kid.whoami(), Parent.whoami());

// static fields are not inherited as own properties but are readable via proto chain
class S1 { static v = 'base'; }
class S2 extends S1 {}
console.log(S2.v, Object.hasOwn(S2, 'v'));
S2.v = 'own';
console.log(S1.v, S2.v);

// class fields: arrow bound to instance, method not
class Btn {
  label = 'btn';
  handleArrow = () => this.label;
  handleMethod() { return this && this.label; }
}
const btn = new Btn();
const { handleArrow, handleMethod } = btn;
console.log(handleArrow());
try {
  console.log(handleMethod());
} catch (e) {
  console.log('error', e.constructor.name);
}

// getters/setters with same name static and instance
class Dual {
  static get x() { return 'static x'; }
  get x() { return 'instance x'; }
}
console.log(Dual.x, new Dual().x);

// static private method via this in static method (works only on class itself)
class Priv {
  static #hidden() { return 'hidden'; }
  static reveal() { return this.#hidden(); }
}
class PrivSub extends Priv {}
console.log(Priv.reveal());
try {
  PrivSub.reveal();
} catch (e) {
  console.log(e.constructor.name + ': ' + e.message);
}
