class Account {
  #balance = 0;
  #history = [];
  static #count = 0;

  constructor(owner) {
    this.owner = owner;
    Account.#count++;
  }
  deposit(n) {
    this.#balance += n;
    this.#history.push(n);
    return this;
  }
  get balance() {
    return this.#balance;
  }
  static get count() {
    return Account.#count;
  }
  equals(other) {
    return other.#balance === this.#balance;
  }
  static isAccount(o) {
    return #balance in o;
  }
  history() { return [...this.#history]; }
}

const a = new Account('ann');
a.deposit(10).deposit(5);
const b = new Account('bob');
b.deposit(15);
console.log(a.balance, b.balance, a.equals(b));
console.log(Account.count);
console.log(a.history());
console.log(Object.keys(a));
console.log(JSON.stringify(a));
console.log(a);
console.log(Account.isAccount(a), Account.isAccount({}), Account.isAccount(Object.create(Account.prototype)));

try {
  a.equals({});
} catch (e) {
  console.log(e.constructor.name, e.message);
}

// private with same name in different classes are distinct
class X { #v = 'x'; static read(o) { return o.#v; } }
class Y { #v = 'y'; static read(o) { return o.#v; } }
console.log(X.read(new X()), Y.read(new Y()));
try { X.read(new Y()); } catch (e) { console.log(e.constructor.name, e.message); }

// private field in subclass separate from parent
class P { #p = 'parent'; getP() { return this.#p; } }
class C extends P { #p = 'child'; getC() { return this.#p; } }
const c = new C();
console.log(c.getP(), c.getC());

// private via return override trick
class Stamper extends class { constructor(o) { return o; } } {
  #stamp = 'stamped';
  static get(o) { return o.#stamp; }
}
const plain = {};
new Stamper(plain);
console.log(Stamper.get(plain), Object.keys(plain));

// #x in with non-object throws
try {
  Account.isAccount(5);
} catch (e) {
  console.log(e.constructor.name);
}
