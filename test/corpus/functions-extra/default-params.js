function greet(name = 'world', greeting = `hello ${name}`) {
  return greeting + '!';
}
console.log(greet(), greet('ann'), greet('ann', 'hi'), greet(undefined, 'yo'), greet(null));

// defaults evaluated at call time
let counter = 0;
function next(id = ++counter) { return id; }
console.log(next(), next(), next(50), next());

// defaults can call functions and use closures
const base = 10;
function add(a, b = base + a) { return a + b; }
console.log(add(1), add(1, 1));

// default referencing later param -> TDZ
function bad(a = b, b = 1) { return a; }
try {
  bad();
} catch (e) {
  console.log(e.constructor.name + ': ' + e.message);
}
console.log(bad(5));

// default referencing itself -> TDZ
function self(a = a) { return a; }
try {
  self();
} catch (e) {
  console.log(e.constructor.name + ': ' + e.message);
}

// param scope separate from body var
function scopes(a, getA = () => a) {
  var a = 'body';
  return [a, getA()];
}
console.log(scopes('param'));

// closure in defaults captures param
function makeGetter(x, get = () => x) {
  x = 'modified';
  return get();
}
console.log(makeGetter('orig'));

// default in arrow, method, class
const arrow = (x = 1, y = x * 2) => [x, y];
console.log(arrow(), arrow(3));
const obj = { m(v = this.fallback) { return v; }, fallback: 'fb' };
console.log(obj.m(), obj.m('given'));

// function length stops at first default
console.log(greet.length, add.length, arrow.length, ((a, b, c = 1, d) => 0).length);

// default with object
function opts({ a = 1 } = {}, [b = 2] = []) { return a + b; }
console.log(opts(), opts({ a: 10 }), opts({}, [20]));

// evaluation order of defaults
const log = [];
function order(a = log.push('a'), b = log.push('b'), c = log.push('c')) {}
order(undefined, 'given');
console.log(log);

// arguments reflects actual args, not defaults
function argsVsDefaults(a = 'dflt') {
  return [a, arguments.length, arguments[0]];
}
console.log(argsVsDefaults());
