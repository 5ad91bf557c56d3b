// Named function expressions: the name is bound inside only, is read-only, and recursion works.
const factorial = function fact(n) {
  return n <= 1 ? 1 : n * fact(n - 1);
};
console.log(factorial(6), typeof fact);
const alias = factorial;
console.log(alias(5));
const fib = function f(n) {
  return n < 2 ? n : f(n - 1) + f(n - 2);
};
let savedFib = fib;
console.log(savedFib(15));
const selfRef = function me() {
  return typeof me;
};
console.log(selfRef());
const reassign = function inner() {
  try {
    inner = 5;
  } catch (e) {
    return e.name + ": " + e.message;
  }
  return "no error";
};
console.log(reassign());
const shadow = function name(name) {
  return typeof name;
};
console.log(shadow(1), shadow("s"));
const counter = function count(n) {
  if (n === 0) return "done";
  return count(n - 1);
};
console.log(counter(100));
console.log(factorial, fib, function () {}, () => 0);
const obj = {
  method: function namedMethod() {
    return "method via " + typeof namedMethod;
  },
  anon: function () {
    return "anon";
  },
  arrow: () => "arrow",
  shorthand() {
    return "short";
  },
};
console.log(obj.method(), obj.anon(), obj.arrow(), obj.shorthand());
console.log(obj);
const walk = function visit(node, depth) {
  let out = "-".repeat(depth) + node.name + "\n";
  for (let i = 0; i < node.children.length; i++) out += visit(node.children[i], depth + 1);
  return out;
};
const tree = {
  name: "root",
  children: [
    { name: "a", children: [{ name: "a1", children: [] }] },
    { name: "b", children: [] },
  ],
};
console.log(walk(tree, 0).trim());
const handlers = [function first() {}, function second() {}, function () {}];
console.log(handlers);
let assigned;
assigned = function () {};
const arrowNamed = () => {};
console.log(assigned, arrowNamed);
