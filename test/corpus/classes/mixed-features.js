class Point {
  #secret = 42;
  static count = 0;
  z = this.x;
  constructor(x, y) { this.x = x; this.y = y; Point.count++; }
  get norm() { return Math.hypot(this.x, this.y); }
  set norm(v) { this.x = v; }
  toString() { return `(${this.x}, ${this.y})`; }
  static origin() { return new Point(0, 0); }
  reveal() { return this.#secret; }
  #hidden() { return 'h' + this.#secret; }
  callHidden() { return this.#hidden(); }
  static { this.tag = 'P'; }
  has(o) { return #secret in o; }
}
const p = new Point(3, 4);
console.log(p, p.norm, String(p), Point.origin(), Point.count, p.reveal(), p.callHidden(), Point.tag, p.has(p), p.has({}));
class P3 extends Point {
  constructor(x, y, z) { super(x, y); this.z = z; }
  toString() { return 'P3' + super.toString(); }
  static origin() { return 'o3:' + super.origin(); }
}
const q = new P3(1, 2, 3);
console.log(q, String(q), P3.origin(), q instanceof Point, Object.getPrototypeOf(P3) === Point, P3.name, q.norm);
try { Point(); } catch (e) { console.log(e.message); }
class E extends Error { constructor(m) { super(m); this.name = 'E'; } }
const e = new E('boom');
console.log(e instanceof E, e instanceof Error, e.message, String(e));
class B { constructor() { console.log(new.target.name); } }
class D extends B {}
new D();
console.log(Point, P3, class {}, typeof Point);
const Anon = class {}; console.log(Anon.name);
class Bad extends B { constructor() { this.x = 1; } }
try { new Bad(); } catch (e) { console.log(e.constructor.name, e.message); }
try { p.norm = 10; console.log(p.x); } catch (e) { console.log(e.message); }
console.log(Object.getOwnPropertyNames(Point.prototype), Object.keys(p));
class A2 extends Array {}
const a2 = new A2(); a2.push(1, 2); console.log(a2.length, a2 instanceof A2, Array.isArray(a2));
console.log(Point.toString().slice(0, 13));
