const obj = {
  a: { b: { c: 'deep' } },
  fn() { return 'called ' + this.tag; },
  tag: 'obj',
  arr: [1, { x: 'ax' }],
  nul: null,
};

console.log(obj?.a?.b?.c, obj.missing?.b.c.d, obj.nul?.x);
console.log(obj.fn?.(), obj.nope?.(), obj.nul?.());
console.log(obj?.['a']?.['b'], obj.arr?.[1]?.x, obj.arr?.[5]?.x);
const k = 'tag';
console.log(obj?.[k]);

// short-circuits the whole chain
let evaluated = false;
const n = null;
console.log(n?.a.b.c[(evaluated = true)]);
console.log(evaluated);
console.log(n?.method(evaluated = true), evaluated);

// this preserved in optional call
console.log(obj?.fn(), (obj?.fn)());

// optional call on non-function throws
try {
  obj.tag?.();
} catch (e) {
  console.log(e.constructor.name + ': ' + e.message);
}

// only null/undefined short-circuit
console.log(''?.length, 0?.toFixed(1), false?.toString());

// delete with optional chain
const d = { p: { q: 1 } };
console.log(delete d?.p.q, d);
console.log(delete n?.p, delete d.zz?.p);

// parenthesised breaks the chain
try {
  (n?.a).b;
} catch (e) {
  console.log(e.constructor.name + ': ' + e.message);
}

// optional chain with template & function results
function maybe(x) { return x ? { val: x } : undefined; }
console.log(maybe(5)?.val, maybe(0)?.val);

// optional chaining on arrays of functions
const handlers = [() => 'h0', null];
console.log(handlers[0]?.(), handlers[1]?.(), handlers[2]?.());

// with private fields
class P {
  #x = 'priv';
  static read(o) { return o?.#x; }
}
console.log(P.read(new P()), P.read(null));

// super chains and optional calls with args evaluation
let argEval = 0;
const u = undefined;
u?.call(argEval++);
console.log(argEval);

// optional chaining in assignment target is syntax error; use in ternary
console.log(obj.a?.b ? 'has b' : 'no b');
