// Objects made by constructor functions print with the constructor's name as a prefix.
function Foo(x) {
  this.x = x;
}
console.log(new Foo(1));
console.log(new Foo("s"), new Foo([1, 2]), new Foo({ a: 1 }));
function Empty() {}
console.log(new Empty());
function Point(x, y) {
  this.x = x;
  this.y = y;
}
Point.prototype.norm = function () {
  return Math.hypot(this.x, this.y);
};
const p = new Point(3, 4);
console.log(p, p.norm());
console.log([new Point(1, 2), new Point(-0, 0.5)]);
console.log({ origin: new Point(0, 0), unit: new Point(1, 0) });
function Node(value) {
  this.value = value;
  this.next = null;
}
const head = new Node(1);
head.next = new Node(2);
head.next.next = new Node(3);
head.next.next.next = new Node(4);
console.log(head);
function Wrapper(inner) {
  this.inner = inner;
}
console.log(new Wrapper(new Wrapper(new Wrapper(new Wrapper("core")))));
console.log(new Wrapper(new Empty()));
function Animal(name) {
  this.name = name;
}
function Dog(name) {
  this.name = name;
  this.tricks = [];
}
Dog.prototype = new Animal("proto");
Dog.prototype.constructor = Dog;
const d = new Dog("Rex");
d.tricks.push("sit");
console.log(d);
function Cat(name) {
  this.name = name;
}
Cat.prototype = new Animal("cat-proto");
console.log(new Cat("Tom"));
function Big() {
  this.alpha = "aaaaaaaaaaaa";
  this.beta = "bbbbbbbbbbbb";
  this.gamma = "cccccccccccc";
  this.delta = "dddddddddddd";
}
console.log(new Big());
const plainWithCtorKey = { constructor: "just a string", v: 1 };
console.log(plainWithCtorKey);
function Counter() {
  this.count = 0;
}
Counter.prototype.inc = function () {
  this.count++;
  return this;
};
console.log(new Counter().inc().inc());
const made = [];
for (let i = 0; i < 3; i++) made.push(new Foo(i));
console.log(made);
