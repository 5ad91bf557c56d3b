function f(a, b, ...rest) {
  return { a, b, rest, isArray: Array.isArray(rest) };
}
console.log(f());
console.log(f(1));
console.log(f(1, 2));
console.log(f(1, 2, 3, 4));

console.log(f.length);
console.log(((...all) => all).length);
console.log((function (a, ...r) {}).length);
console.log((function (a, b = 1, ...r) {}).length);
console.log((function (a = 0, b, ...r) {}).length);

// rest with destructuring
function g(first, ...[second, third]) {
  return [first, second, third];
}
console.log(g(1, 2, 3, 4), g.length);

function h(...{ length }) {
  return length;
}
console.log(h(), h(1, 2, 3));

// rest vs arguments
function both(a, ...rest) {
  return [arguments.length, rest.length];
}
console.log(both(1, 2, 3));

// rest is a real mutable array
function mutate(...xs) {
  xs.push('pushed');
  return xs;
}
console.log(mutate(1));

// arrow rest
const collect = (...items) => items.map(x => typeof x);
console.log(collect(1, 'a', null, undefined, {}, []));

// rest in methods, class constructors
class Logger {
  constructor(prefix, ...tags) {
    this.prefix = prefix;
    this.tags = tags;
  }
  log(...msgs) {
    return `${this.prefix}[${this.tags.join(',')}] ${msgs.join(' ')}`;
  }
}
console.log(new Logger('>', 'a', 'b').log('hello', 'world'));
console.log(new Logger('!').log());

// rest + defaults in same function
function mix(a = 'A', ...rest) {
  return a + rest.length;
}
console.log(mix(), mix(undefined, 1, 2), mix(null));

// forwarding
function forward(...args) {
  return f(...args);
}
console.log(forward('x', 'y', 'z'));
