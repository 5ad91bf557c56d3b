// Arrow functions: concise and block bodies, lexical this, object-literal returns.
const square = (x) => x * x;
const add = (a, b) => a + b;
const noArgs = () => "none";
const block = (n) => {
  let s = 0;
  for (let i = 1; i <= n; i++) s += i;
  return s;
};
const makeObj = (k, v) => ({ key: k, value: v });
const noReturn = () => {};
console.log(square(9), add(2, 3), noArgs(), block(100), makeObj("a", 1), noReturn());
const timer = {
  ticks: 0,
  name: "timer",
  startArrow: function () {
    const step = () => {
      this.ticks++;
      return this.name + ":" + this.ticks;
    };
    return [step(), step(), step()];
  },
  startRegular: function () {
    const self = this;
    const step = function () {
      self.ticks += 10;
      return typeof this;
    };
    return [step(), self.ticks];
  },
};
console.log(timer.startArrow(), timer.startRegular(), timer.ticks);
const obj = {
  value: 42,
  arrowMethod: () => typeof this,
  regular() {
    return this.value;
  },
  nested() {
    return [1, 2, 3].map((x) => x + this.value);
  },
};
console.log(obj.arrowMethod(), obj.regular(), obj.nested());
function Counter() {
  this.count = 0;
  this.incrementLater = () => {
    this.count++;
    return this.count;
  };
}
const c = new Counter();
const detached = c.incrementLater;
console.log(detached(), detached(), c.count);
const curried = (a) => (b) => (c2) => a + b + c2;
console.log(curried(1)(2)(3), curried("x")("y")("z"));
const ops = [(x) => x + 1, (x) => x * 3, (x) => -x, (x) => x ** 2];
let v = 2;
for (const op of ops) v = op(v);
console.log(v);
const sumAll = (arr) => arr.reduce((acc, x) => acc + x, 0);
console.log(sumAll([1, 2, 3, 4.5]), sumAll([]));
const isEven = (n) => n % 2 === 0;
const negate = (f) => (x) => !f(x);
console.log([1, 2, 3, 4, 5].filter(negate(isEven)));
const outerThis = (() => typeof this)();
console.log(outerThis);
const tagged = [3, 1, 2].map((n, i) => ({ n, i, even: isEven(n) }));
console.log(tagged);
