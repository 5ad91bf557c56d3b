// Function.prototype.bind: bound this and arguments, name and length, new on bound functions,
// instanceof, bound builtins, chains of binds, and how console.log shows them.
function greet(greeting, name, punct) {
  return greeting + " " + name + punct + " (" + this.tag + ")";
}
const ctx = { tag: "ctx" };
const hello = greet.bind(ctx, "hello");
const helloBob = greet.bind(ctx, "hello", "bob");
console.log(hello("ann", "!"), helloBob("?"), helloBob("!", "ignored"));
console.log(hello.name, hello.length, helloBob.name, helloBob.length);
console.log(greet.bind(null, 1, 2, 3, 4).length, greet.bind(null).length, greet.bind().name);
console.log(typeof hello, hello instanceof Function, hello.call === Function.prototype.call);
console.log(hello, helloBob, [hello], { f: hello });

// The bound this wins over every way of passing one.
const other = { tag: "other", run: hello };
console.log(other.run("cat", "."), hello.call(other, "dog", "."), hello.apply(other, ["eel", "."]));

// Binding a bound function keeps the first this and appends arguments.
const twice = hello.bind({ tag: "ignored" }, "zed");
console.log(twice("~"), twice.name, twice.length, twice.bind(null).name);

// Arrows keep their lexical this; bound arguments still apply.
const arrow = (a, b) => [a, b];
const boundArrow = arrow.bind({ x: 1 }, "first");
console.log(boundArrow("second"), boundArrow.name, boundArrow.length);

// Anonymous functions and renamed targets.
const anon = [function (a) { return a; }][0];
console.log("[" + anon.bind(null).name + "]", anon.bind(null)(42));

// Partial application in a loop: each bound function keeps its own arguments.
function scale(factor, x) { return factor * x; }
const scalers = [];
for (let i = 1; i <= 4; i++) scalers.push(scale.bind(null, i));
console.log(scalers.map(function (f) { return f(10); }), [1, 2, 3].map(scale.bind(null, 3)));

// Bound builtins.
const max = Math.max.bind(null, 100);
const join = Array.prototype.join.bind(["a", "b"]);
const upper = String.prototype.toUpperCase.bind("quiet");
console.log(max(5, 500), max(), join("+"), upper(), max.name, max.length, join.name);

// new on a bound function constructs the target, with the bound arguments first.
function Point(x, y) {
  this.x = x;
  this.y = y;
}
Point.prototype.sum = function () { return this.x + this.y; };
const XAxis = Point.bind({ ignored: true }, 0);
const p = new XAxis(7);
console.log(p, p.sum(), p instanceof Point, p instanceof XAxis);
console.log(p.sum === Point.prototype.sum, XAxis.prototype);
const Origin = XAxis.bind(null, 0);
const o = new Origin();
console.log(o, o instanceof Point, o instanceof Origin, Origin.name, Origin.length);
console.log({} instanceof XAxis, [] instanceof Array.bind(null));

// A constructor returning an object, through bind.
function Factory(v) { return { made: v }; }
console.log(new (Factory.bind(null, "thing"))(), Factory.bind(null)("plain"));

// Native constructors through bind.
const MakeError = Error.bind(null, "bound message");
const err = new MakeError();
console.log(err instanceof Error, err.message);
const MakeArray = Array.bind(null, 3);
console.log(new MakeArray().length, MakeArray().length);

// new.target seen by the target is the target itself when called through a bound function.
function Target() { return { same: new.target === Target }; }
console.log(new (Target.bind(null))());

// Errors: bind on a non-function; new on a bound non-constructor.
const notFns = [1, "s", {}, null];
for (let i = 0; i < notFns.length; i++) {
  try {
    Function.prototype.bind.call(notFns[i]);
  } catch (e) {
    console.log(e instanceof TypeError, e.message);
  }
}
const method = { m() { return 1; } }.m;
const boundMethod = method.bind(null);
console.log(boundMethod());
try {
  const C = boundMethod;
  new C();
} catch (e) {
  console.log(e instanceof TypeError, e.message);
}
console.log(Function.prototype.bind.length, Function.prototype.bind.name);
