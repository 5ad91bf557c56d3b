// Default parameters: undefined triggers defaults, null does not; defaults see earlier params.
function greet(name = "stranger", greeting = "Hello") {
  return greeting + ", " + name + "!";
}
console.log(greet(), greet("Ada"), greet("Ada", "Hi"), greet(undefined, "Yo"), greet(null), greet(""));
function box(w, h = w, area = w * h) {
  return w + "x" + h + "=" + area;
}
console.log(box(3), box(3, 4), box(3, 4, 99), box(2, undefined, undefined));
let evaluations = 0;
function nextId() {
  evaluations++;
  return evaluations * 10;
}
function withId(label, id = nextId()) {
  return label + "#" + id;
}
console.log(withId("a"), withId("b", 7), withId("c"), evaluations);
function list(item, acc = []) {
  acc.push(item);
  return acc;
}
console.log(list(1), list(2), list(3, [0]));
const arrow = (a, b = a + 1, c = a + b) => [a, b, c];
console.log(arrow(1), arrow(1, 5), arrow(1, 5, 0));
function fnDefault(cb = (x) => x * 2) {
  return cb(21);
}
console.log(fnDefault(), fnDefault((x) => x + 1));
function missingArgs(a, b, c) {
  return [a, b, c];
}
console.log(missingArgs(1), missingArgs(), missingArgs(1, 2, 3, 4));
function typed(n = 0, s = "", b = false, o = { k: "v" }) {
  return typeof n + typeof s + typeof b + typeof o + o.k;
}
console.log(typed(), typed(1, "x", true, { k: "w" }));
function scope(x = 1, f = () => x) {
  x = 2;
  return f();
}
console.log(scope(), scope(10));
function counter(start = 0, step = start < 0 ? -1 : 1, limit = start + step * 3) {
  const out = [];
  for (let i = start; step > 0 ? i <= limit : i >= limit; i += step) out.push(i);
  return out;
}
console.log(counter(), counter(5), counter(-2), counter(0, 2), counter(0, 5, 12));
function outerDefault(v = "outer") {
  function inner(w = v + "-inner") {
    return w;
  }
  return inner();
}
console.log(outerDefault(), outerDefault("X"));
function falsyValues(a = "default") {
  return a;
}
console.log(falsyValues(0), falsyValues(false), falsyValues(NaN), falsyValues(""), falsyValues(undefined));
