// Closures: counters, adders, private state, shared environments, memoization.
function makeCounter(start) {
  let count = start;
  return {
    inc: function () { return ++count; },
    dec: function () { return --count; },
    peek: () => count,
  };
}
const c1 = makeCounter(0);
const c2 = makeCounter(100);
console.log(c1.inc(), c1.inc(), c2.dec(), c1.peek(), c2.peek());
function makeAdder(x) {
  return function (y) {
    return x + y;
  };
}
const add5 = makeAdder(5);
const add10 = makeAdder(10);
console.log(add5(1), add10(1), makeAdder("s")("t"), makeAdder(1)(makeAdder(2)(3)));
const compose = (f, g) => (x) => f(g(x));
const inc = (x) => x + 1;
const dbl = (x) => x * 2;
console.log(compose(inc, dbl)(5), compose(dbl, inc)(5), compose(compose(inc, inc), dbl)(1));
function once(fn) {
  let done = false;
  let result;
  return function (v) {
    if (!done) {
      done = true;
      result = fn(v);
    }
    return result;
  };
}
const init = once((v) => "initialized with " + v);
console.log(init(1), init(2), init(3));
function memo(fn) {
  const cache = {};
  let hits = 0;
  const wrapped = function (n) {
    if (n in cache) {
      hits++;
      return cache[n];
    }
    const r = fn(n);
    cache[n] = r;
    return r;
  };
  wrapped.hits = () => hits;
  return wrapped;
}
const slowFib = memo(function (n) {
  return n < 2 ? n : slowFib(n - 1) + slowFib(n - 2);
});
console.log(slowFib(50), slowFib(80), slowFib.hits());
function bank() {
  let balance = 0;
  const history = [];
  function record(kind, amount) {
    history.push(kind + amount);
  }
  return {
    deposit(a) { balance += a; record("+", a); return balance; },
    withdraw(a) {
      if (a > balance) return "insufficient";
      balance -= a;
      record("-", a);
      return balance;
    },
    log: () => history.join(" "),
  };
}
const acct = bank();
console.log(acct.deposit(50), acct.withdraw(20), acct.withdraw(100), acct.deposit(5), acct.log());
console.log(acct.balance, typeof acct.record);
function curry3(f) {
  return (a) => (b) => (c) => f(a, b, c);
}
console.log(curry3((a, b, c) => a * 100 + b * 10 + c)(1)(2)(3));
