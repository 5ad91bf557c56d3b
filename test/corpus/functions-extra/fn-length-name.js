function decl(a, b, c) {}
const expr = function (a) {};
const namedExpr = function inner(a, b) {};
const arrow = (a, b) => {};
const asyncFn = async function (x) {};
const asyncArrow = async (x, y) => {};
function* genFn(a) {}
async function* asyncGen() {}
const obj = {
  method(a) {},
  get prop() { return 1; },
  set prop(v) {},
  ['comp' + 'uted']() {},
  [Symbol('sym')]() {},
  [Symbol()]() {},
  arrowProp: () => {},
  123() {},
};

const list = [decl, expr, namedExpr, arrow, asyncFn, asyncArrow, genFn, asyncGen,
  obj.method, obj.computed, obj.arrowProp, obj[123]];
for (const f of list) console.log(JSON.stringify(f.name), f.length);

const desc = Object.getOwnPropertyDescriptor(obj, 'prop');
console.log(desc.get.name, desc.set.name, desc.set.length);
const syms = Object.getOwnPropertySymbols(obj);
console.log(JSON.stringify(obj[syms[0]].name), JSON.stringify(obj[syms[1]].name));

// bound
console.log(decl.bind(null).name, decl.bind(null, 1).length, decl.bind(null, 1, 2, 3, 4).length);

// Function constructor-free: new Function avoided; anonymous function
console.log(JSON.stringify((function () {}).name), JSON.stringify((() => {}).name));

// name/length are configurable but not writable
const d = Object.getOwnPropertyDescriptor(decl, 'name');
console.log(d.writable, d.enumerable, d.configurable);
decl.name = 'nope';
console.log(decl.name);
Object.defineProperty(decl, 'name', { value: 'redefined' });
console.log(decl.name);

// default & rest affect length
console.log(((a, b = 1, c) => {}).length, ((...r) => {}).length, ((a, ...r) => {}).length);

// name inference through assignment and logical ops
let assigned;
assigned = () => {};
let viaOr = null;
viaOr ||= function () {};
let viaNullish;
viaNullish ??= () => {};
console.log(assigned.name, viaOr.name, viaNullish.name);

// no inference for parenthesised/comma
const notInferred = (0, function () {});
console.log(JSON.stringify(notInferred.name));

// methods of builtins
console.log(Array.prototype.map.name, Array.prototype.map.length, Math.max.length, parseInt.length);
console.log(Object.getOwnPropertyDescriptor(Map.prototype, 'size').get.name);
console.log(Symbol.prototype[Symbol.toPrimitive].name);

// toString of functions
console.log(decl.toString());
console.log(arrow.toString());
console.log(obj.method.toString());
console.log(Math.max.toString());
