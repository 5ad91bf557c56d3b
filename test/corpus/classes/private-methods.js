class Formatter {
  #prefix;
  constructor(prefix) { this.#prefix = prefix; }
  #wrap(s) { return `${this.#prefix}[${s}]`; }
  get #upper() { return this.#prefix.toUpperCase(); }
  set #upper(v) { this.#prefix = v.toLowerCase(); }
  static #helper(x) { return x * 2; }
  static double(x) { return Formatter.#helper(x); }

  format(s) { return this.#wrap(s); }
  shout() { return this.#upper; }
  setUpper(v) { this.#upper = v; return this.#prefix; }
  hasWrap(o) { return #wrap in o; }
  getWrapFn() { return this.#wrap; }
  tryAssignMethod() {
    try {
      this.#wrap = 1;
    } catch (e) {
      return e.constructor.name + ': ' + e.message;
    }
  }
  incr() {
    let holder = { n: 1 };
    return holder;
  }
}

const f = new Formatter('pre');
console.log(f.format('x'));
console.log(f.shout());
console.log(f.setUpper('NEW'));
console.log(f.format('y'));
console.log(Formatter.double(21));
console.log(f.hasWrap(f), f.hasWrap({}));
console.log(f.getWrapFn() === new Formatter('a').getWrapFn());
console.log(f.tryAssignMethod());
console.log(Object.getOwnPropertyNames(Formatter.prototype));
console.log(Object.getOwnPropertyNames(f));
console.log(f);

// private getter only: writing throws
class G {
  get #g() { return 1; }
  w() {
    try { this.#g = 2; } catch (e) { return e.constructor.name + ': ' + e.message; }
  }
}
console.log(new G().w());

// private setter only: reading throws
class S {
  set #s(v) {}
  r() {
    try { return this.#s; } catch (e) { return e.constructor.name + ': ' + e.message; }
  }
}
console.log(new S().r());

// calling private method on wrong object
class M {
  #m() { return 'm'; }
  static call(o) { return o.#m(); }
}
console.log(M.call(new M()));
try { M.call({}); } catch (e) { console.log(e.constructor.name, e.message); }

// private names usable inside nested functions/arrows
class N {
  #v = 3;
  arr() { return [1, 2].map(x => x * this.#v); }
}
console.log(new N().arr());
