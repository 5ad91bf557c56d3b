function* simple() {
  yield 1;
  yield 2;
  return 3;
}
const g = simple();
console.log(g.next());
console.log(g.next());
console.log(g.next());
console.log(g.next());
console.log(g.next());

console.log([...simple()]);
for (const v of simple()) console.log('for-of', v);

// body does not run until first next()
const log = [];
function* lazy() {
  log.push('started');
  yield 'x';
  log.push('resumed');
}
const lz = lazy();
console.log(log);
lz.next();
console.log(log);
lz.next();
console.log(log);

// empty generator
function* empty() {}
console.log(empty().next(), [...empty()]);

// yield with no value
function* bare() { yield; yield undefined; }
console.log([...bare()]);

// generator expression and arrow-free forms
const genExpr = function* () { yield 'expr'; };
const obj = { *method() { yield 'method'; } };
console.log([...genExpr()], [...obj.method()]);

// generator object identity & prototype
const it = simple();
console.log(it[Symbol.iterator]() === it);
console.log(Object.getPrototypeOf(it) === simple.prototype);
console.log(String(it), Object.prototype.toString.call(it));
console.log(it instanceof simple);
console.log(typeof simple.prototype.next);

// return value of generator not used by spread/for-of
function* withReturn() { yield 'a'; return 'r'; }
console.log([...withReturn()], Array.from(withReturn()));

// each call is independent
const g1 = simple(), g2 = simple();
g1.next();
console.log(g1.next().value, g2.next().value);

// generator cannot be constructed
try {
  new simple();
} catch (e) {
  console.log(e.constructor.name + ': ' + e.message);
}
console.log(simple);
console.log(simple());
