// The receiver of a getter, setter, valueOf or iterator that the engine calls on a temporary:
// nothing but the call holds it, and the callee allocates before it reads `this`.
class Box {
  constructor(v) { this.v = v; this.log = []; }
  get doubled() { const tmp = { a: [1, 2, 3] }; return tmp.a.length + this.v * 2; }
  set note(s) { const parts = ('note:' + s).split(':'); this.log.push(parts[1]); console.log(this.v, this.log); }
  valueOf() { const junk = [this.v, this.v + 1].map((x) => ({ x })); return junk[0].x + 0.5; }
  toString() { return `Box(${[this.v].join(',')})`; }
  *[Symbol.iterator]() { const a = new Array(3).fill(0).map((_, i) => ({ i })); for (const o of a) yield this.v + o.i; }
}
console.log(new Box(3).doubled);
new Box(4).note = 'hello';
console.log(new Box(5) + 1, `${new Box(6)}`, new Box(7) * 2);
console.log([...new Box(10)]);
const prim = { [Symbol.toPrimitive](hint) { const s = 'hint-' + hint; return s.length + this.base; }, base: 100 };
console.log(+Object.assign(Object.create(prim), { base: 1 }), `${{ __proto__: prim, base: 2 }}`);
console.log(Reflect.get(new Box(8), 'doubled', new Box(9)));
console.log(JSON.stringify({ toJSON() { const t = { k: [this.n] }; return t; }, n: 11 }));
