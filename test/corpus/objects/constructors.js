// Constructor functions with new, prototype methods, shared vs own state, return override.
function Point(x, y) {
  this.x = x;
  this.y = y;
}
Point.prototype.add = function (other) {
  return new Point(this.x + other.x, this.y + other.y);
};
Point.prototype.len = function () {
  return Math.sqrt(this.x * this.x + this.y * this.y);
};
Point.prototype.toText = function () {
  return "(" + this.x + ", " + this.y + ")";
};
const p = new Point(3, 4);
const q = new Point(-1, 2.5);
console.log(p.len(), p.add(q).toText(), p.add(q).add(q).toText());
console.log(p, q, Object.keys(p));
console.log(p.add === q.add, p.constructor === Point, Point.prototype.constructor === Point);
function Stack() {
  this.items = [];
}
Stack.prototype.push = function (v) {
  this.items.push(v);
  return this;
};
Stack.prototype.pop = function () {
  return this.items.pop();
};
Stack.prototype.size = function () {
  return this.items.length;
};
const s1 = new Stack();
const s2 = new Stack();
s1.push(1).push(2).push(3);
s2.push("a");
console.log(s1.pop(), s1.size(), s2.size(), s1.items !== s2.items);
function Shared() {}
Shared.prototype.list = [];
const sa = new Shared();
const sb = new Shared();
sa.list.push("oops shared");
console.log(sb.list, sa.list === sb.list);
sa.list = ["own now"];
console.log(sa.list, sb.list, Object.keys(sa), Object.keys(sb));
function ReturnsObject() {
  this.ignored = true;
  return { replaced: "yes" };
}
function ReturnsPrimitive() {
  this.kept = true;
  return 42;
}
console.log(new ReturnsObject(), new ReturnsPrimitive());
console.log(new ReturnsObject() instanceof ReturnsObject, new ReturnsPrimitive() instanceof ReturnsPrimitive);
function Counter() {
  Counter.created = (Counter.created || 0) + 1;
  this.id = Counter.created;
}
new Counter();
new Counter();
const c3 = new Counter();
console.log(c3.id, Counter.created);
function NoArgs() {
  this.made = "no parens";
}
const na = new NoArgs;
console.log(na.made);
Point.prototype.scale = function (k) {
  this.x *= k;
  this.y *= k;
  return this;
};
console.log(p.scale(2).toText(), q.scale(-1).toText());
